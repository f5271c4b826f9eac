/**
 * <llr-training-incentives> against the real msw mock API: each demo course anonymously, each persona's net
 * cost and usable leave (consistent with the domain's netCost), the course that opens nothing, faults (quiet
 * or hidden, with an event), de-duplication, accessibility in every state and language, keyboard, hostile
 * strings, and no layout shift.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { getLocale } from '../../src/i18n/localization';
import { captureSignals } from '../support/usage-signals';
import { useHandlers, seenRequests } from '../support/mock-api';
import { faultHandlers } from '../../mocks/scenarios';
import { PERSONAS, findPersona, walletFor } from '../../mocks/personas';
import { TRAININGS } from '../../mocks/trainings';
import type { FaultScenario } from '../../mocks/mock-api';
import { formatAmount, netCost, selectRuleSet } from '../../src/domain';
import { ruleSets } from '../../src/domain/rules';
import type { Wallet } from '../../src/api';
import '../../src/elements/training-incentives/define';
import type { LlrTrainingIncentives, TrainingIncentivesErrorDetail } from '../../src/elements/training-incentives/training-incentives';
import { LANGS, type Lang } from '../../src/domain/lang';
import { deepText } from '../support/dom';
import '../support/uncaught';




const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel);

/** The text of the compact line, without the decorative icon. */
function lineText(el: LlrTrainingIncentives): string {
  const line = $(el, '.line');
  if (!line) return '';
  const copy = line.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('.icon').forEach((i) => i.remove());
  return norm(copy.textContent ?? '');
}

async function settled(el: LlrTrainingIncentives, lang: Lang = 'nl', timeout = 8000): Promise<void> {
  await waitUntil(() => getLocale() === lang, `locale ${lang}`, { timeout });
  await waitUntil(() => !!$(el, '.badge') && !$(el, '[aria-busy="true"]'), 'badge settled', { timeout });
  await el.updateComplete;
}

async function expand(el: LlrTrainingIncentives): Promise<void> {
  const toggle = $<HTMLButtonElement>(el, '.toggle');
  expect(toggle, 'toggle button').to.exist;
  toggle!.click();
  await el.updateComplete;
  const cards = Array.from(el.shadowRoot!.querySelectorAll('llr-incentive-card'));
  if (cards.length) {
    await waitUntil(() => cards.every((c) => !c.shadowRoot?.querySelector('[aria-busy="true"]') && c.shadowRoot?.querySelector('.card')), 'cards loaded', { timeout: 6000 });
  }
}

interface MountOptions {
  id?: string;
  persona?: string;
  lang?: Lang;
  wegwijzer?: string;
  onError?: 'quiet' | 'hidden';
  wait?: boolean;
}

async function mount(o: MountOptions = {}): Promise<LlrTrainingIncentives> {
  const el = await fixture<LlrTrainingIncentives>(html`<llr-training-incentives
    training-id=${o.id ?? 'boekhouden-voor-beginners'}
    lang=${o.lang ?? 'nl'}
    wegwijzer-url=${o.wegwijzer ?? 'https://www.vlaanderen.be/wegwijzer'}
    wallet-url="https://www.vlaanderen.be/mijn-burgerprofiel"
    on-error=${o.onError ?? 'quiet'}
    .getToken=${o.persona ? () => `demo-${o.persona}` : undefined}
  ></llr-training-incentives>`);
  if (o.wait !== false) await settled(el, o.lang ?? 'nl');
  return el;
}

/** Money as the domain formats it (Intl), with the no-break spaces collapsed like the line text. */
const eur = (n: number, lang: Lang = 'nl') => norm(formatAmount(n, 'EUR', lang));
const RULES = selectRuleSet(ruleSets, '2026-11-28');
const name = (id: string, lang: Lang = 'nl') => RULES.incentives.find((i) => i.id === id)!.name[lang];


// ---------------------------------------------------------------- anonymous

describe('llr-training-incentives: anonymous, each demo course', () => {
  const expected: Record<string, string[]> = {
    'boekhouden-voor-beginners': ['opleidingscheques', 'vlaams-opleidingsverlof'],
    'digitale-basisvaardigheden': ['opleidingscheques', 'vlaams-opleidingsverlof'],
    'nt2-richtgraad-2': ['opleidingscheques', 'vlaams-opleidingsverlof', 'vlaams-zorgkrediet-opleiding'],
    'graduaat-programmeren': ['opleidingscheques', 'vlaams-opleidingsverlof', 'vlaams-zorgkrediet-opleiding'],
    'fotografie-voor-hobbyisten': [],
  };

  it('covers every course of the mock training database', () => {
    expect(Object.keys(expected).sort()).to.deep.equal(TRAININGS.map((t) => t.id).sort());
  });

  for (const [id, incentives] of Object.entries(expected)) {
    it(`${id}: ${incentives.length ? incentives.join(' + ') : 'nothing'}`, async () => {
      const el = await mount({ id });
      const line = lineText(el);
      const all = ['opleidingscheques', 'vlaams-opleidingsverlof', 'vlaams-zorgkrediet-opleiding', 'vlaams-opleidingskrediet', 'kmo-portefeuille', 'loopbaancheques'];
      for (const inc of all) {
        if (incentives.includes(inc)) expect(line, inc).to.include(name(inc));
        else expect(line, inc).not.to.include(name(inc));
      }
      if (incentives.length) {
        expect(line).to.match(/mogelijk\.$|mogelijk\. Bekijk of jij recht hebt →$/);
        const link = $<HTMLAnchorElement>(el, 'a[part="link"]')!;
        expect(link.href).to.equal('https://www.vlaanderen.be/wegwijzer');
        expect(norm(link.textContent!)).to.equal('Bekijk of jij recht hebt →');
        expect($(el, '.badge')!.classList.contains('neutral')).to.equal(false);
      }
      expect(seenRequests('/wallet'), 'no wallet call without a token').to.deep.equal([]);
    });
  }

  it('the issue example: "Opleidingscheques en Vlaams opleidingsverlof mogelijk." with the Wegwijzer link', async () => {
    const el = await mount({ id: 'boekhouden-voor-beginners' });
    expect(lineText(el)).to.equal('Opleidingscheques en Vlaams opleidingsverlof mogelijk. Bekijk of jij recht hebt →');
  });

  it('expands to the conditions: which courses qualify and what must hold for the person', async () => {
    const el = await mount({ id: 'boekhouden-voor-beginners' });
    const panel = $(el, '[part="details"]')!;
    expect(panel.hidden).to.equal(true);
    await expand(el);
    expect(panel.hidden).to.equal(false);
    const text = norm(panel.textContent!);
    expect(text).to.include('Voor opleidingen in de Vlaamse opleidingsdatabank');
    expect(text).to.include('Voorwaarden:');
    expect(text).to.include('Je bent werknemer of tijdelijk werkloos.');
    expect(text).to.include('Je werkt minstens 80 % en minstens 28 uur per week.');
    expect(text, 'the host did not say who pays: an open course condition').to.include('Je kiest en betaalt de opleiding zelf.');
  });

  it('course facts as attributes, without a training id (no course request; the rule set from the API once)', async () => {
    const el = await fixture<LlrTrainingIncentives>(html`<llr-training-incentives registered contact-hours="130" cost="300" lang="nl"></llr-training-incentives>`);
    await settled(el);
    expect(lineText(el)).to.include(`${name('opleidingscheques')}, ${name('vlaams-opleidingsverlof')} en ${name('vlaams-zorgkrediet-opleiding')} mogelijk.`);
    expect(seenRequests('/trainings')).to.deep.equal([]);
    expect(seenRequests('/rule-sets')).to.deep.equal(['GET /api/llr/v1/rule-sets/current']);
    el.contactHours = 20;
    await el.updateComplete;
    await settled(el);
    expect(lineText(el)).not.to.include(name('vlaams-zorgkrediet-opleiding'));
    el.registered = false;
    await el.updateComplete;
    await settled(el);
    expect($(el, '.badge')!.classList.contains('neutral')).to.equal(true);
    expect(seenRequests('/rule-sets').length, 'new course facts, same rule set: not fetched again').to.equal(1);
  });

  it('employer-paid closes the cheques, not the leave', async () => {
    const el = await fixture<LlrTrainingIncentives>(html`<llr-training-incentives registered employer-paid contact-hours="40" cost="275"></llr-training-incentives>`);
    await settled(el);
    expect(lineText(el)).to.include(`${name('vlaams-opleidingsverlof')} mogelijk.`);
    expect(lineText(el)).not.to.include(name('opleidingscheques'));
  });

  it('reference-date applies the rules in force on that day (e.g. the course starts before a rule change)', async () => {
    const before = await fixture<LlrTrainingIncentives>(
      html`<llr-training-incentives training-id="boekhouden-voor-beginners" reference-date="2025-03-01" lang="nl"></llr-training-incentives>`,
    );
    const today = await fixture<LlrTrainingIncentives>(html`<llr-training-incentives training-id="boekhouden-voor-beginners" reference-date="not a date" lang="nl"></llr-training-incentives>`);
    for (const el of [before, today]) {
      await settled(el);
      await expand(el);
    }
    // Training leave: half-time in the 2024-25 rules, 80 % and 28 hours a week since 1 September 2025.
    expect(deepText(before)).to.include('Je werkt minstens halftijds (50 %).');
    expect(deepText(today), 'not a date: today').to.include('Je werkt minstens 80 % en minstens 28 uur per week.');
  });

  it('renders nothing without a training id or course facts', async () => {
    const el = await fixture<LlrTrainingIncentives>(html`<llr-training-incentives></llr-training-incentives>`);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.badge')).to.equal(null);
    expect(seenRequests()).to.deep.equal([]);
  });
});

// ---------------------------------------------------------------- a course that opens nothing

describe('llr-training-incentives: a course that opens nothing', () => {
  it('shows a neutral, helpful line, never an error look', async () => {
    const el = await mount({ id: 'fotografie-voor-hobbyisten' });
    const badge = $(el, '.badge')!;
    expect(badge.classList.contains('neutral')).to.equal(true);
    expect(badge.querySelector('[role="alert"]')).to.equal(null);
    expect(lineText(el)).to.equal('Geen Vlaamse opleidingspremie voor deze opleiding. Andere steun kan wel. Bekijk welke steun bij jou past →');
    const color = getComputedStyle(badge).borderLeftColor;
    expect(color, 'no error red').not.to.equal('rgb(210, 55, 60)');
    await expand(el);
    const text = norm($(el, '[part="details"]')!.textContent!);
    expect(text, 'the POP route').to.include('Of ze staat in je POP.');
    expect(text).to.include('Opleiding via je sectorfonds');
    expect(text).to.include('Loopbaanbegeleiding en een POP');
    const links = Array.from($(el, '[part="details"]')!.querySelectorAll('a'));
    expect(links.length).to.equal(2);
    for (const a of links) expect(a.protocol).to.equal('https:');
  });
});

// ---------------------------------------------------------------- personal

describe('llr-training-incentives: personal net cost and usable leave', () => {
  it('the issue example: Sarah pays € 150 instead of € 275 and can use 40 of her 109 hours', async () => {
    const el = await mount({ id: 'boekhouden-voor-beginners', persona: 'partial-sources' });
    expect(lineText(el)).to.include(`Jij betaalt ${eur(150)} in plaats van ${eur(275)}`);
    expect(lineText(el)).to.include('Je kan 40 van je 109 uur opleidingsverlof gebruiken');
    const link = $<HTMLAnchorElement>(el, 'a[part="link"]')!;
    expect(link.href).to.equal('https://www.vlaanderen.be/mijn-burgerprofiel');
  });

  it('An (cheques partly used): € 200 instead of € 275, 40 of 93 hours; the why names the cheques and the limit', async () => {
    const el = await mount({ id: 'boekhouden-voor-beginners', persona: 'low-educated-employee' });
    expect(lineText(el)).to.include(`Jij betaalt ${eur(200)} in plaats van ${eur(275)}`);
    expect(lineText(el)).to.include('Je kan 40 van je 93 uur opleidingsverlof gebruiken');
    await expand(el);
    const text = deepText($(el, '[part="details"]')!);
    expect(text).to.include(`Opleidingscheques: ${eur(75)}`);
    expect(text).to.include('Je hebt niet genoeg opleidingscheques meer over');
    const cards = el.shadowRoot!.querySelectorAll('llr-incentive-card');
    expect(cards.length, 'a compact card per right used').to.equal(2);
  });

  it('Fatima, basic-skills NT2: pays nothing', async () => {
    const el = await mount({ id: 'nt2-richtgraad-2', persona: 'flemish-public-servant' });
    expect(lineText(el)).to.include(`Jij betaalt niets in plaats van ${eur(120)}`);
  });

  it('a job seeker with no rights gets a neutral personal line and her referrals', async () => {
    const el = await mount({ id: 'boekhouden-voor-beginners', persona: 'jobseeker' });
    expect($(el, '.badge')!.classList.contains('neutral')).to.equal(true);
    expect(lineText(el)).to.include('Voor deze opleiding betaalt geen van jouw rechten mee.');
    await expand(el);
    expect(norm($(el, '[part="details"]')!.textContent!)).to.include('Gratis opleiding bij de VDAB');
  });

  for (const persona of PERSONAS) {
    it(`${persona.id}: every course matches the domain's netCost`, async () => {
      const wallet = walletFor(persona, 'nl') as Wallet;
      const balances = wallet.entitlements.map((e) => ({ incentive: e.incentive, remaining: e.remaining, unit: e.unit }));
      const wrapper = await fixture<HTMLElement>(html`<div>
        ${TRAININGS.map((t) => html`<llr-training-incentives training-id=${t.id} lang="nl" .getToken=${() => `demo-${persona.id}`}></llr-training-incentives>`)}
      </div>`);
      const els = Array.from(wrapper.querySelectorAll<LlrTrainingIncentives>('llr-training-incentives'));
      for (const el of els) await settled(el);
      expect(seenRequests('/wallet').length, 'one wallet request for five badges').to.equal(1);
      TRAININGS.forEach((t, i) => {
        const el = els[i]!;
        const want = netCost(t, balances, { ruleSet: selectRuleSet(ruleSets, wallet.referenceDate), referenceDate: wallet.referenceDate });
        const line = lineText(el);
        const leave = wallet.entitlements.find((e) => e.incentive === 'vlaams-opleidingsverlof');
        if (want.covered.length) {
          const sentence = want.youPay === 0 ? `Jij betaalt niets in plaats van ${eur(want.price)}` : `Jij betaalt ${eur(want.youPay)} in plaats van ${eur(want.price)}`;
          expect(line, `${t.id}: money`).to.include(sentence);
        } else {
          expect(line, `${t.id}: no money sentence`).not.to.include('Jij betaalt');
        }
        if (want.leaveHoursUsable > 0) {
          expect(line, `${t.id}: leave`).to.include(`Je kan ${norm(formatAmount(want.leaveHoursUsable, 'hours', 'nl'))} van je ${norm(formatAmount(leave!.remaining, 'hours', 'nl'))} uur opleidingsverlof gebruiken`);
        } else {
          expect(line, `${t.id}: no leave sentence`).not.to.include('opleidingsverlof gebruiken');
        }
        if (!want.covered.length && want.leaveHoursUsable === 0) {
          expect(line).to.include('Voor deze opleiding betaalt geen van jouw rechten mee.');
        }
      });
    });
  }

  it('a wallet 401 falls back to the anonymous line silently', async () => {
    const events: Event[] = [];
    const listener = (e: Event) => events.push(e);
    document.addEventListener('llr-training-incentives-error', listener);
    try {
      const el = await mount({ id: 'boekhouden-voor-beginners', persona: 'nobody-we-know' });
      expect(lineText(el)).to.equal('Opleidingscheques en Vlaams opleidingsverlof mogelijk. Bekijk of jij recht hebt →');
      expect(seenRequests('/wallet').length).to.equal(1);
      expect(events).to.deep.equal([]);
    } finally {
      document.removeEventListener('llr-training-incentives-error', listener);
    }
  });

  it('a wallet 503 falls back to anonymous and says so with an event', async () => {
    useHandlers(...faultHandlers('503', '/wallet'));
    const events: CustomEvent<TrainingIncentivesErrorDetail>[] = [];
    const listener = (e: CustomEvent<TrainingIncentivesErrorDetail>) => events.push(e);
    document.addEventListener('llr-training-incentives-error', listener);
    try {
      const el = await mount({ id: 'boekhouden-voor-beginners', persona: 'partial-sources' });
      expect(lineText(el)).to.include('mogelijk.');
      expect(events.map((e) => e.detail)).to.deep.equal([{ kind: 'unavailable', source: 'wallet', trainingId: 'boekhouden-voor-beginners' }]);
    } finally {
      document.removeEventListener('llr-training-incentives-error', listener);
    }
  });

  it('switching persona never shows the previous person’s numbers', async () => {
    const el = await mount({ id: 'boekhouden-voor-beginners', persona: 'partial-sources' });
    expect(lineText(el)).to.include(eur(150));
    el.getToken = () => 'demo-low-educated-employee';
    await el.updateComplete;
    expect(lineText(el), 'no stale numbers while loading').not.to.include(eur(150));
    await settled(el);
    expect(lineText(el)).to.include(eur(200));
  });
});

// ---------------------------------------------------------------- faults

describe('llr-training-incentives: API faults', () => {
  const scenarios: [FaultScenario, string][] = [
    ['500', 'server'],
    ['503', 'unavailable'],
    ['404', 'not-found'],
    ['offline', 'offline'],
    ['malformed-json', 'invalid-response'],
    ['schema-invalid', 'invalid-response'],
    ['empty-body', 'invalid-response'],
  ];
  for (const [scenario, kind] of scenarios) {
    it(`${scenario}: a quiet line and one error event (${kind})`, async () => {
      useHandlers(...faultHandlers(scenario, '*'));
      const events: CustomEvent<TrainingIncentivesErrorDetail>[] = [];
      const wrapper = await fixture<HTMLElement>(html`<div></div>`);
      wrapper.addEventListener('llr-training-incentives-error', (e) => events.push(e));
      const el = document.createElement('llr-training-incentives');
      el.setAttribute('training-id', 'boekhouden-voor-beginners');
      el.setAttribute('wegwijzer-url', 'https://www.vlaanderen.be/wegwijzer');
      wrapper.append(el);
      await waitUntil(() => events.length > 0 && !!$(el, '.badge.quiet'), 'quiet', { timeout: 8000 });
      expect(events.length).to.equal(1);
      const event = events[0]!;
      expect(event.detail).to.deep.equal({ kind, source: 'training', trainingId: 'boekhouden-voor-beginners' });
      expect(event.bubbles && event.composed).to.equal(true);
      const badge = $(el, '.badge')!;
      expect(badge.querySelector('[role="alert"], button')).to.equal(null);
      expect(lineText(el)).to.equal('Premies voor deze opleiding kunnen we nu niet tonen. Naar de Wegwijzer →');
      await expect(el).to.be.accessible();
    });
  }

  for (const onError of ['quiet', 'hidden'] as const) {
    it(`the rule set cannot be fetched (503): ${onError}, and one error event with source "rule-set"`, async () => {
      useHandlers(...faultHandlers('503', '/rule-sets/current'));
      const events: CustomEvent<TrainingIncentivesErrorDetail>[] = [];
      const listener = (e: CustomEvent<TrainingIncentivesErrorDetail>) => events.push(e);
      document.addEventListener('llr-training-incentives-error', listener);
      try {
        const el = await mount({ id: 'boekhouden-voor-beginners', persona: 'partial-sources', onError, wait: false });
        await waitUntil(() => events.length > 0, 'event', { timeout: 8000 });
        await el.updateComplete;
        expect(events.map((e) => e.detail)).to.deep.equal([{ kind: 'unavailable', source: 'rule-set', trainingId: 'boekhouden-voor-beginners' }]);
        if (onError === 'quiet') expect(lineText(el)).to.equal('Premies voor deze opleiding kunnen we nu niet tonen. Naar de Wegwijzer →');
        else expect(el.shadowRoot!.querySelector('.badge')).to.equal(null);
        expect(seenRequests('/trainings').length, 'the course was fetched').to.equal(1);
      } finally {
        document.removeEventListener('llr-training-incentives-error', listener);
      }
    });
  }

  it('on-error="hidden": nothing at all, still the event', async () => {
    useHandlers(...faultHandlers('500', '*'));
    const events: Event[] = [];
    const listener = (e: Event) => events.push(e);
    document.addEventListener('llr-training-incentives-error', listener);
    try {
      const el = await mount({ id: 'boekhouden-voor-beginners', onError: 'hidden', wait: false });
      await waitUntil(() => events.length === 1, 'event');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.badge')).to.equal(null);
      expect(el.getBoundingClientRect().height).to.equal(0);
    } finally {
      document.removeEventListener('llr-training-incentives-error', listener);
    }
  });
});

// ---------------------------------------------------------------- requests

describe('llr-training-incentives: requests', () => {
  it('ten badges share one wallet request, one rule-set request and one request per course', async () => {
    const ids = Array.from({ length: 10 }, (_, i) => TRAININGS[i % 2]!.id);
    const wrapper = await fixture<HTMLElement>(html`<div>
      ${ids.map((id) => html`<llr-training-incentives training-id=${id} .getToken=${() => 'demo-partial-sources'}></llr-training-incentives>`)}
    </div>`);
    const els = Array.from(wrapper.querySelectorAll<LlrTrainingIncentives>('llr-training-incentives'));
    for (const el of els) await settled(el);
    expect(seenRequests('/wallet')).to.deep.equal(['GET /api/llr/v1/wallet']);
    expect(seenRequests('/rule-sets')).to.deep.equal(['GET /api/llr/v1/rule-sets/current']);
    expect(seenRequests('/trainings').length).to.equal(2);
    for (const el of els) expect(lineText(el)).to.include('Jij betaalt');
  });
});

// ---------------------------------------------------------------- accessibility, keyboard, layout

describe('llr-training-incentives: accessibility', () => {
  it('marks its text with its language, also when the host sets lang as a property (React, Vue, Angular)', async () => {
    const el = await mount({ lang: 'nl' });
    expect($(el, '.badge')!.getAttribute('lang')).to.equal('nl');
    el.removeAttribute('lang');
    el.lang = 'fr';
    await settled(el, 'fr');
    expect(el.hasAttribute('lang'), 'no attribute written on the host').to.equal(false);
    expect($(el, '.badge')!.getAttribute('lang')).to.equal('fr');
  });

  for (const lang of LANGS) {
    it(`${lang}: axe in every state (loading, anonymous, nothing, personal, personal nothing), collapsed and expanded`, async () => {
      useHandlers(...faultHandlers('slow', '/trainings/graduaat-programmeren', { slowMs: 1500 }));
      const loading = await mount({ id: 'graduaat-programmeren', lang, wait: false });
      await waitUntil(() => !!$(loading, '[aria-busy="true"]'), 'loading');
      await expect(loading).to.be.accessible();

      const states: MountOptions[] = [
        { id: 'boekhouden-voor-beginners' },
        { id: 'fotografie-voor-hobbyisten' },
        { id: 'boekhouden-voor-beginners', persona: 'low-educated-employee' },
        { id: 'fotografie-voor-hobbyisten', persona: 'low-educated-employee' },
        { id: 'boekhouden-voor-beginners', persona: 'jobseeker' },
      ];
      for (const state of states) {
        const el = await mount({ ...state, lang });
        await expect(el, `${JSON.stringify(state)} collapsed`).to.be.accessible();
        await expand(el);
        await expect(el, `${JSON.stringify(state)} expanded`).to.be.accessible();
      }
    });
  }

  it('en, fr and de lines are translated', async () => {
    const en = await mount({ id: 'boekhouden-voor-beginners', persona: 'partial-sources', lang: 'en' });
    expect(lineText(en)).to.include(`You pay ${eur(150, 'en')} instead of ${eur(275, 'en')}`);
    expect(lineText(en)).to.include('You can use 40 of your 109 hours of training leave');
    const fr = await mount({ id: 'boekhouden-voor-beginners', lang: 'fr' });
    await settled(fr, 'fr');
    expect(lineText(fr)).to.include(`Possible : ${name('opleidingscheques', 'fr')} et ${name('vlaams-opleidingsverlof', 'fr')}.`);
    const de = await mount({ id: 'boekhouden-voor-beginners', persona: 'partial-sources', lang: 'de' });
    await settled(de, 'de');
    // de-BE writes the euro after the amount: "150 €", as Intl gives it.
    expect(lineText(de)).to.include(`Sie zahlen ${eur(150, 'de')} statt ${eur(275, 'de')}`);
    expect(eur(150, 'de').replace(/\s/g, ' ')).to.equal('150 €');
    expect(lineText(de)).to.include('Sie können 40 Ihrer 109 Stunden Bildungsurlaub nutzen');
    const anonymous = await mount({ id: 'boekhouden-voor-beginners', lang: 'de' });
    await settled(anonymous, 'de');
    expect(lineText(anonymous)).to.include(`Möglich: ${name('opleidingscheques', 'de')} und ${name('vlaams-opleidingsverlof', 'de')}.`);
  });

  it('keyboard: Tab reaches the toggle, Enter and Space expand and collapse, then Tab reaches the link', async () => {
    const el = await mount({ id: 'boekhouden-voor-beginners' });
    const before = await fixture<HTMLButtonElement>(html`<button>before</button>`);
    el.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    const toggle = $<HTMLButtonElement>(el, '.toggle')!;
    expect(el.shadowRoot!.activeElement).to.equal(toggle);
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(toggle.getAttribute('aria-controls')).to.equal($(el, '[part="details"]')!.id);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect($(el, '[part="details"]')!.hidden).to.equal(false);
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect($(el, '[part="details"]')!.hidden).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal($(el, 'a[part="link"]'));
  });

  it('usage signals only with usage-events and a usage-host: expanded (not collapsed) and the Wegwijzer link, nothing else', async () => {
    const quiet = await mount({ id: 'boekhouden-voor-beginners' });
    quiet.usageHost = 'vdab';
    $<HTMLButtonElement>(quiet, '.toggle')!.click();
    const signals = captureSignals();
    const el = await mount({ id: 'digitale-basisvaardigheden' });
    el.usageEvents = true;
    el.usageHost = 'vdab';
    await el.updateComplete;
    $<HTMLButtonElement>(el, '.toggle')!.click();
    await el.updateComplete;
    $<HTMLButtonElement>(el, '.toggle')!.click();
    await el.updateComplete;
    const link = $<HTMLAnchorElement>(el, 'a[href="https://www.vlaanderen.be/wegwijzer"]')!;
    link.addEventListener('click', (e) => e.preventDefault());
    link.click();
    expect(await signals.flush()).to.deep.equal([{ type: 'badge-expanded' }, { type: 'badge-wegwijzer-followed' }]);
    expect(signals.batches.map((b) => b.host)).to.deep.equal(['vdab']);
    expect(seenRequests('/events').length, 'none from the badge without usage-events').to.equal(1);
  });

  it('the toggle event fires on user action only', async () => {
    const el = await mount({ id: 'boekhouden-voor-beginners' });
    const seen: boolean[] = [];
    el.addEventListener('llr-training-incentives-toggle', (e) => seen.push(e.detail.open));
    el.lang = 'nl';
    await el.updateComplete;
    expect(seen).to.deep.equal([]);
    $<HTMLButtonElement>(el, '.toggle')!.click();
    $<HTMLButtonElement>(el, '.toggle')!.click();
    expect(seen).to.deep.equal([true, false]);
  });

  it('no layout shift: the loading line has the height of the final line', async () => {
    useHandlers(...faultHandlers('slow', '/trainings/boekhouden-voor-beginners', { slowMs: 800 }));
    const wrapper = await fixture<HTMLElement>(html`<div style="width: 60em"></div>`);
    const el = document.createElement('llr-training-incentives');
    el.setAttribute('training-id', 'boekhouden-voor-beginners');
    wrapper.append(el);
    await waitUntil(() => !!$(el, '[aria-busy="true"]'), 'loading');
    const loadingHeight = el.getBoundingClientRect().height;
    expect(loadingHeight).to.be.greaterThan(40);
    await settled(el);
    expect(el.getBoundingClientRect().height).to.equal(loadingHeight);
  });
});

// ---------------------------------------------------------------- hostile strings

describe('llr-training-incentives: hostile strings render as text', () => {
  const evil = '<img src=x onerror="window.__pwned=1">';

  it('a hostile training id is sent encoded and never becomes markup', async () => {
    const el = await mount({ id: evil, wait: false });
    await waitUntil(() => !!$(el, '.badge.quiet'), 'quiet');
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('javascript: URLs from the host are refused', async () => {
    const el = await mount({ id: 'boekhouden-voor-beginners', wegwijzer: 'javascript:alert(1)' });
    expect($(el, 'a[part="link"]')).to.equal(null);
    expect(lineText(el)).to.include('mogelijk.');
  });

  it('hostile wallet texts (source, period) stay text inside the explanation', async () => {
    const persona = findPersona('partial-sources')!;
    const wallet = walletFor(persona, 'nl');
    wallet.entitlements = wallet.entitlements.map((e) => ({
      ...e,
      period: { ...e.period, label: evil },
      dataSource: { ...e.dataSource, name: `${evil}<script>window.__pwned=2</script>` },
    }));
    useHandlers(http.get('*/api/llr/v1/wallet', () => HttpResponse.json(wallet)));
    const el = await mount({ id: 'boekhouden-voor-beginners', persona: 'partial-sources' });
    await expand(el);
    const text = deepText(el);
    expect(text).to.include('<img src=x onerror="window.__pwned=1">');
    const imgs: Element[] = [];
    const walk = (root: ParentNode) => {
      imgs.push(...Array.from(root.querySelectorAll('img, script')));
      root.querySelectorAll('*').forEach((e) => e.shadowRoot && walk(e.shadowRoot));
    };
    walk(el.shadowRoot!);
    expect(imgs).to.deep.equal([]);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});
