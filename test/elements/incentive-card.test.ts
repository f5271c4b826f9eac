/**
 * <llr-incentive-card>: given data or fetched by id from the real msw mock API; every state, language,
 * variant; the meter; hostile data; unsafe links; no layout shift.
 */
// A plain <div> root goes through fixtureSync: fixture() waits for an animation frame, which never comes while a
// test page is in the background. wtr runs one page at a time (concurrency: 1 in web-test-runner.config.mjs), so
// that does not happen today; fixtureSync keeps these tests independent of it.
import { expect, fixture, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { useHandlers, seenRequests, clearFaults } from '../support/mock-api';
import { faultHandlers } from '../../mocks/scenarios';
import { INCENTIVES, REFERRALS } from '../../mocks/catalogue';
import { findPersona, walletFor } from '../../mocks/personas';
import { FAULT_SCENARIOS, type FaultScenario } from '../../mocks/mock-api';
import { clearApiCache, type CatalogueEntry, type Entitlement, type Incentive } from '../../src/api';
import { LANGS, type Lang } from '../../src/domain/lang';
import { getLocale } from '../../src/i18n/localization';
import '../../src/elements/incentive-card/define';
import type { LlrIncentiveCard } from '../../src/elements/incentive-card/incentive-card';
import '../support/uncaught';



const text = (el: LlrIncentiveCard) => (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ').replace(/\u202f|\u00a0/g, ' ').trim();
const incentive = (id: string) => structuredClone(INCENTIVES.find((i) => i.id === id)!) as Incentive;
const entitlementOf = (persona: string, id: string, lang: Lang = 'nl') =>
  walletFor(findPersona(persona)!, lang).entitlements.find((e) => e.incentive === id)!;

async function settled(el: LlrIncentiveCard, lang: Lang = 'nl', timeout = 8000): Promise<void> {
  await waitUntil(() => getLocale() === lang, `locale ${lang}`, { timeout });
  await waitUntil(() => !el.shadowRoot?.querySelector('[aria-busy="true"]'), 'card settled', { timeout });
  await el.updateComplete;
}

async function card(
  props: { incentive?: CatalogueEntry; entitlement?: Entitlement; id?: string; variant?: 'full' | 'compact'; lang?: Lang; level?: number; stale?: boolean } = {},
  wait = true,
): Promise<LlrIncentiveCard> {
  const lang = props.lang ?? 'nl';
  const el = await fixture<LlrIncentiveCard>(html`<llr-incentive-card
    lang=${lang}
    incentive-id=${props.id ?? ''}
    variant=${props.variant ?? 'full'}
    heading-level=${props.level ?? 3}
    ?stale=${!!props.stale}
    .incentive=${props.incentive}
    .entitlement=${props.entitlement}
  ></llr-incentive-card>`);
  if (wait) await settled(el, lang);
  return el;
}

beforeEach(() => {
  clearApiCache();
});

describe('llr-incentive-card: with data', () => {
  it('shows name, plain summary, pillar as text and icon, provider, balance, meter, period, lapse and source', async () => {
    const el = await card({ incentive: incentive('vlaams-opleidingsverlof'), entitlement: entitlementOf('low-educated-employee', 'vlaams-opleidingsverlof') });
    const t = text(el);
    expect(el.shadowRoot!.querySelector('h3')!.textContent!.trim()).to.equal('Vlaams opleidingsverlof');
    expect(t).to.include('Je volgt een opleiding tijdens je werkuren');
    expect(t).to.include('Tijd om te leren');
    expect(el.shadowRoot!.querySelector('.pillar-label svg[aria-hidden="true"]'), 'icon next to the text').to.exist;
    expect(t).to.include('Van Departement WSE');
    expect(t).to.include('Nog 93 uur van 125 uur');
    expect(t).to.include('schooljaar 2026-2027, tot 31 augustus 2027');
    expect(t).to.include('Op 31 augustus 2027, als je het niet gebruikt.');
    expect(t).to.include('Departement WSE, bijgewerkt op 27 november 2026');
    const meter = el.shadowRoot!.querySelector('[role="meter"]')!;
    expect(meter.getAttribute('aria-valuemin')).to.equal('0');
    expect(meter.getAttribute('aria-valuemax')).to.equal('125');
    expect(meter.getAttribute('aria-valuenow')).to.equal('93');
    expect(meter.getAttribute('aria-valuetext')).to.equal('93 uur over (74 %)');
    expect(el.shadowRoot!.getElementById(meter.getAttribute('aria-labelledby')!)!.textContent).to.equal('Nog 93 uur van 125 uur');
    expect(seenRequests(), 'nothing fetched when data is given').to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('shows the steps and the official https apply link behind "Zo gebruik je het"', async () => {
    const el = await card({ incentive: incentive('opleidingscheques'), entitlement: entitlementOf('low-educated-employee', 'opleidingscheques') });
    const details = el.shadowRoot!.querySelector('details')!;
    expect(details.open).to.equal(false);
    expect(details.querySelector('summary')!.textContent!.trim()).to.equal('Zo gebruik je het');
    const steps = Array.from(details.querySelectorAll('ol.steps li')).map((li) => li.textContent!.trim());
    expect(steps).to.deep.equal(incentive('opleidingscheques').howToApply.nl);
    const apply = details.querySelector<HTMLAnchorElement>('a[part="apply-link"]')!;
    expect(apply.href).to.equal(incentive('opleidingscheques').links[0]!.url);
    expect(apply.rel).to.include('noopener');
    expect(details.querySelector('.legal a')).to.exist;
    details.open = true;
    await expect(el).to.be.accessible();
  });

  it('says when a right is used up, expired or not yet confirmed (never colour alone)', async () => {
    const base = entitlementOf('low-educated-employee', 'opleidingscheques');
    const cases: [Entitlement['status'], string][] = [
      ['used-up', 'Helemaal gebruikt voor deze periode.'],
      ['expired', 'Deze periode is voorbij.'],
      ['pending', 'Nog niet bevestigd: dit bedrag kan nog veranderen.'],
    ];
    for (const [status, message] of cases) {
      const el = await card({ incentive: incentive('opleidingscheques'), entitlement: { ...base, status } });
      expect(text(el)).to.include(message);
      if (status !== 'pending') expect(text(el)).not.to.include('als je het niet gebruikt');
      await expect(el).to.be.accessible();
    }
  });

  it('a right that does not lapse says so; a career-long period has no end date', async () => {
    const el = await card({ incentive: incentive('vlaams-zorgkrediet-opleiding'), entitlement: entitlementOf('flemish-public-servant', 'vlaams-zorgkrediet-opleiding') });
    expect(text(el)).to.include('Nog 15 maanden van 18 maanden');
    expect(text(el)).to.include('over je hele loopbaan');
    expect(text(el)).not.to.include(', tot ');
    expect(text(el)).to.include('Niet: wat je niet gebruikt, blijft staan.');
  });

  it('formats every unit with Intl: €, hours, days, months, cheques', async () => {
    const cases: [string, string, string][] = [
      ['self-employed', 'kmo-portefeuille', 'Nog € 6.600 van € 7.500'],
      ['brussels-employee', 'opleidingscheques', 'Nog € 62,50 van € 125'],
      ['low-educated-employee', 'federaal-opleidingsrecht', 'Nog 2 dagen van 4 dagen'],
      ['high-educated-pop', 'vlaams-opleidingskrediet', 'Nog 34 maanden van 36 maanden'],
      ['low-educated-employee', 'loopbaancheques', 'Nog 1 cheque van 1 cheque'],
    ];
    for (const [persona, id, expected] of cases) {
      const el = await card({ incentive: incentive(id), entitlement: entitlementOf(persona, id) });
      expect(text(el), id).to.include(expected);
    }
  });

  it('marks stale data in words', async () => {
    const el = await card({ incentive: incentive('kmo-portefeuille'), entitlement: entitlementOf('self-employed', 'kmo-portefeuille'), stale: true });
    expect(text(el)).to.include('VLAIO, bijgewerkt op 12 mei 2026');
    expect(text(el)).to.include('Deze gegevens zijn mogelijk niet meer actueel.');
    await expect(el).to.be.accessible();
  });

  it('compact variant: name, pillar, balance, period and one link; no steps', async () => {
    const el = await card({ incentive: incentive('opleidingscheques'), entitlement: entitlementOf('low-educated-employee', 'opleidingscheques'), variant: 'compact', level: 4 });
    expect(el.shadowRoot!.querySelector('h4')!.textContent!.trim()).to.equal('Opleidingscheques');
    expect(text(el)).to.include('Nog € 75 van € 125');
    expect(text(el)).to.include('Geld voor je opleiding');
    expect(el.shadowRoot!.querySelector('details')).to.equal(null);
    expect(el.shadowRoot!.querySelectorAll('a')).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('compact variant without a person (badge): no balance, still the pillar and link', async () => {
    const el = await card({ incentive: incentive('vlaams-opleidingsverlof'), variant: 'compact' });
    expect(el.shadowRoot!.querySelector('[role="meter"]')).to.equal(null);
    expect(text(el)).to.include('Tijd om te leren');
    await expect(el).to.be.accessible();
  });

  it('a referral: "Andere steun", its provider, steps and link; no meter', async () => {
    const referral = REFERRALS.find((r) => r.id === 'vdab-werkzoekenden')!;
    const el = await card({ incentive: referral });
    expect(text(el)).to.include('Andere steun');
    expect(text(el)).to.include('Gratis opleiding bij VDAB');
    expect(el.shadowRoot!.querySelector('[role="meter"]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('a[part="apply-link"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('tells its host when "Zo gebruik je het" is opened (not closed) and when the apply link is followed: the id only', async () => {
    const el = await card({ incentive: incentive('loopbaancheques'), entitlement: entitlementOf('large', 'loopbaancheques') });
    const seen: string[] = [];
    const wrapper = el.parentElement!;
    wrapper.addEventListener('llr-incentive-card-open', (e) => seen.push(`open ${JSON.stringify(e.detail)} ${e.composed}`));
    wrapper.addEventListener('llr-incentive-card-apply', (e) => seen.push(`apply ${JSON.stringify(e.detail)} ${e.composed}`));
    const how = el.shadowRoot!.querySelector<HTMLDetailsElement>('details.how')!;
    how.open = true;
    await new Promise((resolve) => setTimeout(resolve, 50));
    how.open = false;
    await new Promise((resolve) => setTimeout(resolve, 50));
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('a[part="apply-link"]')!;
    link.addEventListener('click', (e) => e.preventDefault()); // no new window in the test
    link.click();
    const legal = el.shadowRoot!.querySelector<HTMLAnchorElement>('.legal a')!;
    legal.addEventListener('click', (e) => e.preventDefault());
    legal.click(); // another link: not the apply link
    expect(seen).to.deep.equal(['open {"incentive":"loopbaancheques"} true', 'apply {"incentive":"loopbaancheques"} true']);
  });

  it('hostile data renders as text; non-https links are refused', async () => {
    const hostile = incentive('opleidingscheques');
    hostile.name.nl = '<img src=x onerror="window.__pwnedCard=1">';
    hostile.howToApply.nl = ['<script>window.__pwnedCard=1</script>'];
    hostile.links = [
      { label: { nl: 'Klik', en: 'Click', fr: 'Clic', de: 'Klick' }, url: 'javascript:alert(1)' },
      { label: { nl: 'Onveilig', en: 'Unsafe', fr: 'Pas sûr', de: 'Unsicher' }, url: 'http://example.com/' },
      { label: { nl: 'Data', en: 'Data', fr: 'Data', de: 'Daten' }, url: 'data:text/html,<b>x</b>' },
    ];
    hostile.legalSource = { title: 'Decreet', url: 'javascript:alert(2)' };
    const ent = { ...entitlementOf('low-educated-employee', 'opleidingscheques'), provider: '<b>X</b>' };
    for (const variant of ['full', 'compact'] as const) {
      const el = await card({ incentive: hostile, entitlement: ent, variant });
      const details = el.shadowRoot!.querySelector('details');
      if (details) details.open = true;
      expect(el.shadowRoot!.querySelector('h3')!.textContent).to.include('<img src=x');
      expect(el.shadowRoot!.querySelectorAll('img, script, b')).to.have.length(0);
      expect(el.shadowRoot!.querySelectorAll('a')).to.have.length(0);
      if (variant === 'full') expect(text(el)).to.include('Regelgeving: Decreet');
    }
    expect((window as { __pwnedCard?: number }).__pwnedCard).to.equal(undefined);
  });
});

describe('llr-incentive-card: fetched by incentive-id', () => {
  it('shows a skeleton with aria-busy, then the entry, without layout shift', async () => {
    useHandlers(...faultHandlers('slow', '/incentives/opleidingscheques', { slowMs: 1500 }));
    const wrapper = fixtureSync<HTMLDivElement>(html`<div style="width: 320px">
      <llr-incentive-card lang="nl" incentive-id="opleidingscheques" variant="compact"></llr-incentive-card>
      <p id="after">Na de kaart</p>
    </div>`);
    const el = wrapper.querySelector('llr-incentive-card')!;
    await el.updateComplete;
    const skeleton = el.shadowRoot!.querySelector('[aria-busy="true"]');
    expect(skeleton).to.exist;
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('Bezig met laden…');
    await expect(el).to.be.accessible();
    const before = el.getBoundingClientRect().height;
    await settled(el);
    expect(text(el)).to.include('Opleidingscheques');
    const after = el.getBoundingClientRect().height;
    // The skeleton reserves about the final space: what follows moves less than two lines.
    expect(Math.abs(after - before), `skeleton ${before}px, card ${after}px`).to.be.below(48);
    expect(seenRequests('/incentives/opleidingscheques')).to.have.length(1);
  });

  for (const withEntitlement of [false, true]) {
    it(`the full card reserves its space too (${withEntitlement ? 'with' : 'without'} a balance)`, async () => {
      useHandlers(...faultHandlers('slow', '/incentives/vlaams-opleidingsverlof', { slowMs: 1500 }));
      const ent = withEntitlement ? entitlementOf('low-educated-employee', 'vlaams-opleidingsverlof') : undefined;
      const wrapper = fixtureSync<HTMLDivElement>(html`<div style="width: 320px">
        <llr-incentive-card lang="nl" incentive-id="vlaams-opleidingsverlof" .entitlement=${ent}></llr-incentive-card>
      </div>`);
      const el = wrapper.querySelector('llr-incentive-card')!;
      await el.updateComplete;
      const before = el.getBoundingClientRect().height;
      await settled(el);
      const after = el.getBoundingClientRect().height;
      expect(Math.abs(after - before), `skeleton ${before}px, card ${after}px`).to.be.below(48);
    });
  }

  it('fetches the entry for an entitlement given without catalogue data', async () => {
    const el = await card({ entitlement: entitlementOf('low-educated-employee', 'loopbaancheques') });
    expect(text(el)).to.include('Loopbaancheque');
    expect(text(el)).to.include('Nog 1 cheque van 1 cheque');
  });

  it('two cards for the same id share one request', async () => {
    const wrapper = fixtureSync<HTMLDivElement>(html`<div>
      <llr-incentive-card incentive-id="kmo-portefeuille"></llr-incentive-card>
      <llr-incentive-card incentive-id="kmo-portefeuille" variant="compact"></llr-incentive-card>
    </div>`);
    for (const el of wrapper.querySelectorAll('llr-incentive-card')) await settled(el);
    expect(seenRequests('/incentives/kmo-portefeuille')).to.have.length(1);
  });

  const ERROR: Partial<Record<FaultScenario, string>> = {
    '500': 'Er ging iets mis bij het ophalen van je gegevens.',
    '503': 'De dienst is even niet beschikbaar.',
    '401': 'Meld je aan om je gegevens te zien.',
    '403': 'Je hebt geen toegang tot deze gegevens.',
    '404': 'We vinden deze steunmaatregel niet.',
    timeout: 'Het duurt te lang om je gegevens op te halen.',
    offline: 'Je bent niet verbonden met het internet.',
    'malformed-json': 'We kregen onvolledige of foute gegevens.',
    'schema-invalid': 'We kregen onvolledige of foute gegevens.',
    'empty-body': 'We kregen onvolledige of foute gegevens.',
  };

  for (const scenario of FAULT_SCENARIOS) {
    it(`${scenario}: its designed state`, async function () {
      this.timeout(scenario === 'timeout' ? 30000 : 15000);
      useHandlers(...faultHandlers(scenario, '/incentives/*', { slowMs: 300 }));
      const el = await card({ id: 'vlaams-opleidingsverlof' }, false);
      await settled(el, 'nl', 25000);
      const message = ERROR[scenario];
      if (message) {
        expect(text(el)).to.include(message);
        expect(el.shadowRoot!.querySelector('h3'), 'never half-rendered').to.equal(null);
        const retry = el.shadowRoot!.querySelector('button');
        if (scenario === '404') expect(retry).to.equal(null);
        else expect(retry!.textContent!.trim()).to.equal('Probeer opnieuw');
      } else {
        expect(el.shadowRoot!.querySelector('h3')!.textContent).to.match(/Vlaams opleidingsverlof/);
      }
      await expect(el).to.be.accessible();
    });
  }

  it('retry recovers after the fault clears', async () => {
    useHandlers(...faultHandlers('500', '/incentives/*'));
    const el = await card({ id: 'opleidingscheques' });
    expect(text(el)).to.include('Er ging iets mis');
    clearFaults();
    el.shadowRoot!.querySelector('button')!.click();
    await settled(el);
    expect(el.shadowRoot!.querySelector('h3')!.textContent!.trim()).to.equal('Opleidingscheques');
  });

  it('an unknown id: "we cannot find this", no retry', async () => {
    const el = await card({ id: 'bestaat-niet' });
    expect(text(el)).to.include('We vinden deze steunmaatregel niet.');
    expect(el.shadowRoot!.querySelector('button')).to.equal(null);
  });
});

describe('llr-incentive-card: languages', () => {
  const EXPECTED: Record<Lang, string[]> = {
    nl: ['Opleidingscheques', 'Nog € 75 van € 125', 'schooljaar 2026-2027, tot 31 augustus 2027', 'Geld voor je opleiding', 'Zo gebruik je het'],
    en: ['Training vouchers', '€75 left of €125', 'school year 2026-2027, until 31 August 2027', 'Money for your training', 'How to use it'],
    fr: ['Chèques-formation flamands', 'Il reste 75 € sur 125 €', 'année scolaire 2026-2027, jusqu’au 31 août 2027', 'De l’argent pour votre formation', 'Comment l’utiliser'],
    de: ['Flämische Bildungsschecks', 'Noch 75 € von 125 €', 'Schuljahr 2026-2027, bis zum 31. August 2027', 'Geld für Ihre Weiterbildung', 'So nutzen Sie es'],
  };
  for (const lang of LANGS) {
    it(`${lang}: text, formats and accessibility in every variant and state`, async function () {
      this.timeout(15000);
      const el = await card({ incentive: incentive('opleidingscheques'), entitlement: entitlementOf('low-educated-employee', 'opleidingscheques', lang), lang });
      for (const t of EXPECTED[lang]) expect(text(el)).to.include(t);
      expect(el.shadowRoot!.querySelector('article')!.getAttribute('lang')).to.equal(lang);
      await expect(el).to.be.accessible();
      const compact = await card({ incentive: incentive('opleidingscheques'), entitlement: entitlementOf('low-educated-employee', 'opleidingscheques', lang), lang, variant: 'compact' });
      await expect(compact).to.be.accessible();
      const referral = await card({ incentive: REFERRALS[0]!, lang });
      await expect(referral).to.be.accessible();
      useHandlers(...faultHandlers('500', '/incentives/*'));
      const failed = await card({ id: 'opleidingscheques', lang });
      expect(failed.shadowRoot!.querySelector('button')).to.exist;
      await expect(failed).to.be.accessible();
    });
  }
});
