/**
 * <llr-wegwijzer> against the real msw mock API: every persona completes the wizard with the KEYBOARD ONLY and
 * sees the outcomes the engine computes; focus after continue, back and a validation error; axe at every step,
 * on the summary and the result in nl, en and fr; a failing rule-set or catalogue fetch keeps the answers; a
 * reload restores them; events and usage signals carry no answers; nothing but the rule set and the catalogue
 * is fetched.
 */
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { getLocale } from '../../src/i18n/localization';
import { useHandlers, seenRequests, clearFaults } from '../support/mock-api';
import { faultHandlers } from '../../mocks/scenarios';
import { PERSONAS, walletFor } from '../../mocks/personas';
import { evaluate, getAnswer, getQuestion, selectRuleSet, withAnswer, type AnswerKey, type AnswerValue, type Situation } from '../../src/domain';
import { ruleSets } from '../../src/domain/rules';
import { captureSignals } from '../support/usage-signals';
import { LANGS, type Lang } from '../../src/domain/lang';
import '../../src/elements/wegwijzer/define';
import type { LlrWegwijzer, WegwijzerCompleteDetail } from '../../src/elements/wegwijzer/wegwijzer';
import { deepText } from '../support/dom';

const DATE = '2026-11-28';
const RULE_SET = selectRuleSet(ruleSets, DATE);
const STORAGE_KEY = 'llr-wegwijzer:v1:default';

const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel);
const $$ = <T extends Element = HTMLElement>(el: Element, sel: string) => Array.from(el.shadowRoot!.querySelectorAll<T>(sel));
const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const active = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;
const headingText = (el: Element) => norm($(el, '.step-heading')?.textContent);

interface Mounted {
  el: LlrWegwijzer;
  steps: string[];
  completes: WegwijzerCompleteDetail[];
  restarts: number;
  details: unknown[];
}

async function mount(lang: Lang = 'nl', attrs: { usageEvents?: boolean; usageHost?: string } = {}): Promise<Mounted> {
  const el = await fixture<LlrWegwijzer>(
    html`<llr-wegwijzer reference-date=${DATE} lang=${lang} heading-level="2" ?usage-events=${!!attrs.usageEvents} usage-host=${attrs.usageHost ?? 'burgerprofiel'}></llr-wegwijzer>`,
  );
  const m: Mounted = { el, steps: [], completes: [], restarts: 0, details: [] };
  el.addEventListener('llr-wegwijzer-step', (e) => {
    m.steps.push(e.detail.step);
    m.details.push(e.detail);
  });
  el.addEventListener('llr-wegwijzer-complete', (e) => {
    m.completes.push(e.detail);
    m.details.push(e.detail);
  });
  el.addEventListener('llr-wegwijzer-restart', (e) => {
    m.restarts += 1;
    m.details.push(e.detail);
  });
  await waitUntil(() => getLocale() === lang, `locale ${lang}`, { timeout: 8000 });
  await waitUntil(() => !!$(el, '.step-heading') && !$(el, '.fetch-error'), 'first step', { timeout: 8000 });
  await el.updateComplete;
  return m;
}

/** The answer key of the question on screen (from the step events, which carry only that). */
function currentKey(m: Mounted): AnswerKey {
  const step = m.steps[m.steps.length - 1];
  if (!step || step === 'summary' || step === 'result') throw new Error(`not on a question: ${step}`);
  return step as AnswerKey;
}

async function press(key: string): Promise<void> {
  await sendKeys({ press: key });
}

/** Selects all text of the focused input (Ctrl+A), so typing replaces it. */
async function selectAll(): Promise<void> {
  await sendKeys({ down: 'Control' });
  await sendKeys({ press: 'KeyA' });
  await sendKeys({ up: 'Control' });
}

/** Presses Tab until the focused element inside the widget matches. */
async function tabTo(el: Element, match: (a: HTMLElement) => boolean, what: string, max = 20): Promise<HTMLElement> {
  for (let i = 0; i < max; i++) {
    await press('Tab');
    const a = active(el);
    if (a && match(a)) return a;
  }
  throw new Error(`Tab never reached ${what}`);
}

const isRadio = (a: HTMLElement) => a instanceof HTMLInputElement && a.type === 'radio';
const isNumber = (a: HTMLElement) => a instanceof HTMLInputElement && a.type === 'text';
const isCheckbox = (a: HTMLElement) => a instanceof HTMLInputElement && a.type === 'checkbox';
const isButton = (label: RegExp) => (a: HTMLElement) => a instanceof HTMLButtonElement && label.test(norm(a.textContent));
const CONTINUE = /^(Doorgaan|Continue|Continuer|Weiter)$/;
const BACK = /^(Vorige|Back|Retour)$/;
const SHOW_RESULT = /^(Toon mijn resultaat|Show my result|Voir mon résultat|Mein Ergebnis zeigen)$/;

function typed(value: number, lang: Lang): string {
  return lang === 'en' ? String(value) : String(value).replace('.', ',');
}

/** Answers the open question with the keyboard only: radios with arrows/space, numbers typed, "I don't know" where needed. */
async function answerWithKeyboard(el: LlrWegwijzer, value: AnswerValue | undefined, lang: Lang): Promise<void> {
  const radios = $$<HTMLInputElement>(el, 'input[type=radio]');
  if (radios.length) {
    const target = value === undefined ? radios.length - 1 : radios.findIndex((r) => r.value === String(value));
    expect(target, `option ${String(value)}`).to.be.at.least(0);
    const focused = await tabTo(el, isRadio, 'a radio');
    let index = radios.indexOf(focused as HTMLInputElement);
    if (!radios.some((r) => r.checked)) {
      if (target === index) await press('Space');
    }
    while (index !== target) {
      await press('ArrowDown');
      index = (index + 1) % radios.length;
    }
    expect(radios[target]!.checked, 'chosen radio').to.be.true;
  } else if (value === undefined) {
    await tabTo(el, isCheckbox, 'the "I don\'t know" checkbox');
    await press('Space');
  } else {
    const input = await tabTo(el, isNumber, 'the number input');
    if ((input as HTMLInputElement).value) {
      await selectAll();
      await press('Backspace');
    }
    await sendKeys({ type: typed(value as number, lang) });
  }
  await tabTo(el, isButton(CONTINUE), 'Doorgaan');
  await press('Enter');
  await el.updateComplete;
}

interface Completed {
  asked: AnswerKey[];
}

/** Runs the wizard to the summary for a situation, keyboard only; checks focus moves to each new heading. */
async function toSummaryWithKeyboard(m: Mounted, situation: Situation, lang: Lang, each?: () => Promise<void>): Promise<Completed> {
  const asked: AnswerKey[] = [];
  // A keyboard user arrives in the widget by tabbing from the page.
  for (let i = 0; i < 20; i++) {
    if (m.steps[m.steps.length - 1] === 'summary') break;
    const key = currentKey(m);
    asked.push(key);
    expect(headingText(m.el)).to.equal(getQuestion(key).text[lang]);
    expect(norm($(m.el, '.caption')?.textContent)).to.match(new RegExp(`${asked.length}$`));
    if (each) await each();
    const value = (key.startsWith('training.') ? undefined : (situation as Record<string, AnswerValue | undefined>)[key]) ?? undefined;
    await answerWithKeyboard(m.el, value, lang);
    await waitUntil(() => m.steps.length > asked.length, 'next step', { timeout: 4000 });
    // Focus is on the new step's heading.
    expect(active(m.el)?.classList.contains('step-heading'), `focus after answering ${key}`).to.be.true;
  }
  return { asked };
}

async function toResultWithKeyboard(m: Mounted): Promise<void> {
  await tabTo(m.el, isButton(SHOW_RESULT), 'Toon mijn resultaat');
  await press('Enter');
  await m.el.updateComplete;
  await waitUntil(() => m.steps[m.steps.length - 1] === 'result', 'result', { timeout: 4000 });
  expect(active(m.el)?.classList.contains('step-heading'), 'focus on the result heading').to.be.true;
}

function shown(el: Element, section: string): string[] {
  return $$(el, `section[aria-labelledby="${section}"] li[data-incentive]`).map((li) => li.dataset['incentive']!);
}

/**
 * What the engine decides for a situation when asked the wizard's way: the engine's next question each time
 * (also the ones that decide referrals), "I don't know" for anything the situation doesn't hold.
 */
function expected(situation: Situation) {
  let known: Situation = {};
  const asked: AnswerKey[] = [];
  const dontKnow: AnswerKey[] = [];
  for (;;) {
    const evaluation = evaluate(RULE_SET, known, { referenceDate: DATE, dontKnow, referralQuestions: true });
    const key = evaluation.nextQuestion;
    if (key === null || asked.length > 30) {
      const ids = (o: string) => evaluation.results.filter((r) => r.outcome === o).map((r) => r.incentive);
      return { asked, eligible: ids('eligible'), unknown: ids('unknown'), notEligible: ids('not-eligible'), referrals: evaluation.referrals };
    }
    asked.push(key);
    const value = getAnswer(situation, key);
    if (value === undefined) dontKnow.push(key);
    else known = withAnswer(known, key, value);
  }
}

function stored(): { answers: Record<string, unknown>; dontKnow: string[]; step: string | null } | null {
  const raw = sessionStorage.getItem(STORAGE_KEY);
  return raw ? JSON.parse(raw) : null;
}

const questionCounts: Record<string, number> = {};

afterEach(() => {
  fixtureCleanup();
});

describe('llr-wegwijzer', function () {
  this.timeout(60000);

  before(async () => {
    await setViewport({ width: 1024, height: 900 });
  });

  describe('each persona, keyboard only', () => {
    for (const persona of PERSONAS) {
      it(`${persona.id}: reaches the result and sees what the engine decides`, async () => {
        const m = await mount('nl');
        const exp = expected(persona.situation);
        const { asked } = await toSummaryWithKeyboard(m, persona.situation, 'nl');
        questionCounts[persona.id] = asked.length;
        expect(asked, 'questions asked').to.deep.equal(exp.asked);

        // The summary lists every answer with a "Wijzig" button.
        expect(headingText(m.el)).to.equal('Kijk je antwoorden na');
        expect($$(m.el, '.check-answers > div')).to.have.length(asked.length);
        expect($$(m.el, '.check-answers button').every((b) => norm(b.textContent).startsWith('Wijzig'))).to.be.true;

        await toResultWithKeyboard(m);
        expect(headingText(m.el)).to.equal('Jouw resultaat');
        expect(shown(m.el, 'applies').sort()).to.deep.equal([...exp.eligible].sort());
        expect(shown(m.el, 'maybe').sort()).to.deep.equal([...exp.unknown].sort());
        expect(shown(m.el, 'not').sort()).to.deep.equal([...exp.notEligible].sort());
        const referrals = $$(m.el, 'li[data-referral]').map((li) => li.dataset['referral']!);
        expect(referrals.sort()).to.deep.equal([...exp.referrals].sort());
        // No wrong door: every referral of the persona's wallet is shown.
        const wallet = walletFor(persona, 'nl');
        for (const r of wallet.referrals) expect(referrals, `referral ${r}`).to.include(r);
        // Whatever the wallet of this persona can use today, the signpost also says applies.
        for (const e of wallet.entitlements.filter((x) => x.usable !== false)) expect(exp.eligible, `wallet ${e.incentive}`).to.include(e.incentive);

        // Every incentive that applies says how much and why; every one that doesn't says why not.
        for (const li of $$(m.el, 'section[aria-labelledby="applies"] li[data-incentive]')) {
          expect(norm(li.querySelector('.amount')?.textContent), `${li.dataset['incentive']} amount`).to.not.equal('');
          expect(li.querySelectorAll('.why li').length, `${li.dataset['incentive']} why`).to.be.greaterThan(0);
        }
        for (const li of $$(m.el, 'section[aria-labelledby="not"] li[data-incentive]')) {
          expect(li.querySelectorAll('.why li').length, `${li.dataset['incentive']} why not`).to.be.greaterThan(0);
        }
        // Never a bare "not eligible": the page always points somewhere.
        expect($(m.el, 'a[part="wallet-link"]')).to.exist;
        expect(norm($(m.el, '.next-steps')?.textContent)).to.include('1700');

        // The completion event names incentive ids per outcome and nothing else.
        expect(m.completes).to.have.length(1);
        expect(m.completes[0]).to.deep.equal({ ruleSet: RULE_SET.id, eligible: exp.eligible, unknown: exp.unknown, notEligible: exp.notEligible });
      });
    }

    after(() => {
      const counts = Object.values(questionCounts);
      if (counts.length === PERSONAS.length) {
        const mean = counts.reduce((a, b) => a + b, 0) / counts.length;
        console.log(`wegwijzer questions per persona: ${JSON.stringify(questionCounts)}; mean ${mean.toFixed(2)}, max ${Math.max(...counts)} (a fixed questionnaire asks 12)`);
      }
    });
  });

  describe('focus', () => {
    it('moves to the next heading on continue and back to the previous one with "Vorige", keeping the answer', async () => {
      const m = await mount('nl');
      await answerWithKeyboard(m.el, 'employee', 'nl');
      await waitUntil(() => m.steps.length === 2, 'second step');
      const second = currentKey(m);
      expect(active(m.el)).to.equal($(m.el, '.step-heading'));
      expect(headingText(m.el)).to.equal(getQuestion(second).text.nl);

      await tabTo(m.el, isButton(BACK), 'Vorige');
      await press('Enter');
      await m.el.updateComplete;
      expect(m.steps[m.steps.length - 1]).to.equal('status');
      expect(active(m.el)).to.equal($(m.el, '.step-heading'));
      expect(headingText(m.el)).to.equal(getQuestion('status').text.nl);
      const checked = $<HTMLInputElement>(m.el, 'input[type=radio]:checked');
      expect(checked?.value, 'answer kept').to.equal('employee');
      // The first question has no "Vorige".
      expect($$(m.el, 'button').some((b) => BACK.test(norm(b.textContent)))).to.be.false;
    });

    it('shows an error summary on continue without an answer, focuses it, and its link moves focus to the field', async () => {
      const m = await mount('nl');
      await tabTo(m.el, isButton(CONTINUE), 'Doorgaan');
      await press('Enter');
      await m.el.updateComplete;
      const summary = $(m.el, '.error-summary');
      expect(summary).to.exist;
      expect(active(m.el)).to.equal(summary);
      expect(summary!.querySelector('[role="alert"]')).to.exist;
      expect(norm(summary!.textContent)).to.include('Er is een probleem');
      expect(norm(summary!.textContent)).to.include('Kies een antwoord.');
      expect(norm($(m.el, '.error-message')?.textContent)).to.include('Kies een antwoord.');
      expect($(m.el, 'fieldset')?.getAttribute('aria-describedby')).to.include('error-message');
      expect(m.steps, 'no step change').to.deep.equal(['status']);
      await expect(m.el).to.be.accessible();

      const link = await tabTo(m.el, (a) => a instanceof HTMLAnchorElement, 'the error link');
      expect(link.getAttribute('href')).to.equal('#answer-0');
      await press('Enter');
      expect(active(m.el)).to.equal($(m.el, '#answer-0'));
    });

    it('rejects a number out of range or not a number, with a clear message', async () => {
      const m = await mount('nl');
      // Go to a number question: an employee in the private sector in Flanders is asked the employment percentage.
      const situation = PERSONAS[0]!.situation;
      for (let i = 0; i < 20 && currentKey(m) !== 'employmentPercent'; i++) {
        const key = currentKey(m);
        const n = m.steps.length;
        await answerWithKeyboard(m.el, (situation as Record<string, AnswerValue>)[key], 'nl');
        await waitUntil(() => m.steps.length > n, 'next step');
      }
      expect(currentKey(m)).to.equal('employmentPercent');
      const input = await tabTo(m.el, isNumber, 'number input');
      expect(input.getAttribute('inputmode')).to.equal('numeric');
      await sendKeys({ type: '150' });
      await tabTo(m.el, isButton(CONTINUE), 'Doorgaan');
      await press('Enter');
      await m.el.updateComplete;
      expect(active(m.el)).to.equal($(m.el, '.error-summary'));
      expect(norm($(m.el, '.error-summary')?.textContent)).to.include('Vul een getal van 0 tot 100 in.');
      expect($<HTMLInputElement>(m.el, '#answer')?.value, 'what was typed stays').to.equal('150');
      expect($(m.el, '#answer')?.getAttribute('aria-invalid')).to.equal('true');

      await tabTo(m.el, (a) => a instanceof HTMLAnchorElement, 'the error link');
      await press('Enter');
      expect(active(m.el)).to.equal($(m.el, '#answer'));
      await selectAll();
      await sendKeys({ type: 'veel' });
      await tabTo(m.el, isButton(CONTINUE), 'Doorgaan');
      await press('Enter');
      await m.el.updateComplete;
      expect(norm($(m.el, '.error-summary')?.textContent)).to.include('Vul alleen cijfers in');

      // "80 %" with a unit is read as 80.
      $<HTMLInputElement>(m.el, '#answer')!.focus();
      await selectAll();
      await sendKeys({ type: '80 %' });
      const n = m.steps.length;
      await tabTo(m.el, isButton(CONTINUE), 'Doorgaan');
      await press('Enter');
      await waitUntil(() => m.steps.length > n, 'next step');
      expect(stored()?.answers['employmentPercent']).to.equal(80);
    });
  });

  describe('"Ik weet het niet"', () => {
    it('keeps the outcome unknown and says where to find the answer', async () => {
      const situation: Situation = { ...PERSONAS[0]!.situation };
      delete (situation as Record<string, unknown>)['employmentPercent'];
      const m = await mount('nl');
      const exp = expected(situation);
      expect(exp.unknown, 'engine').to.include('vlaams-opleidingsverlof');
      await toSummaryWithKeyboard(m, situation, 'nl');
      const row = $$(m.el, '.check-answers > div').find((d) => norm(d.querySelector('dt')?.textContent) === getQuestion('employmentPercent').text.nl);
      expect(norm(row?.querySelector('dd')?.textContent)).to.equal('Ik weet het niet');
      await toResultWithKeyboard(m);
      expect(shown(m.el, 'maybe')).to.deep.equal(exp.unknown);
      const vov = $(m.el, 'section[aria-labelledby="maybe"] li[data-incentive="vlaams-opleidingsverlof"]');
      expect(norm(vov?.textContent)).to.include(getQuestion('employmentPercent').whereToFind!.nl);
    });
  });

  describe('summary', () => {
    it('"Wijzig" goes to the question, keeps the other answers and returns to the summary', async () => {
      const persona = PERSONAS.find((p) => p.id === 'flemish-public-servant')!;
      const m = await mount('nl');
      const { asked } = await toSummaryWithKeyboard(m, persona.situation, 'nl');
      const index = asked.indexOf('education');
      const change = $$<HTMLButtonElement>(m.el, '.check-answers button')[index]!;
      expect(norm(change.textContent)).to.equal(`Wijzig: ${getQuestion('education').text.nl}`);
      change.focus();
      await press('Enter');
      await m.el.updateComplete;
      expect(currentKey(m)).to.equal('education');
      expect(active(m.el)).to.equal($(m.el, '.step-heading'));
      expect($<HTMLInputElement>(m.el, 'input[type=radio]:checked')?.value).to.equal('medium');
      await answerWithKeyboard(m.el, 'low', 'nl');
      await waitUntil(() => m.steps[m.steps.length - 1] === 'summary', 'back to the summary');
      expect(stored()?.answers['education']).to.equal('low');
      expect(stored()?.answers['status']).to.equal('employee');
    });
  });

  describe('accessibility', () => {
    for (const lang of LANGS) {
      it(`has no axe violations at any step, on the summary and the result (${lang})`, async () => {
        const situation: Situation = { ...PERSONAS[0]!.situation };
        delete (situation as Record<string, unknown>)['employmentPercent'];
        const m = await mount(lang);
        expect(norm($(m.el, 'button[type=submit]')?.textContent)).to.match(CONTINUE);
        let checked = 0;
        await toSummaryWithKeyboard(m, situation, lang, async () => {
          await expect(m.el).to.be.accessible();
          checked += 1;
        });
        expect(checked).to.be.greaterThan(5);
        await expect(m.el).to.be.accessible();
        await toResultWithKeyboard(m);
        expect($$(m.el, 'llr-incentive-card').length).to.be.greaterThan(0);
        await Promise.all($$(m.el, 'llr-incentive-card').map((c) => (c as LlrWegwijzer).updateComplete));
        await expect(m.el).to.be.accessible();
        expect(m.el.shadowRoot!.querySelector('section')?.getAttribute('lang')).to.equal(lang);
      });
    }

    it('in German, the result reads the German texts of the rule set (fetched with Accept-Language: de), not the Dutch ones', async () => {
      const m = await mount('de');
      await toSummaryWithKeyboard(m, PERSONAS[0]!.situation, 'de');
      await toResultWithKeyboard(m);
      const result = norm(deepText($(m.el, 'section')!));
      const oc = RULE_SET.incentives.find((i) => i.id === 'opleidingscheques')!;
      const met = oc.conditions.map((c) => c.text.met);
      expect(met.some((t) => result.includes(t.de)), 'a reason in German').to.be.true;
      expect(met.some((t) => result.includes(t.nl)), 'no reason in Dutch').to.be.false;
      expect(result).to.include('Ihr Ergebnis');
    });

    it('uses the heading-level attribute and does not take focus on first load', async () => {
      const el = await fixture<LlrWegwijzer>(html`<llr-wegwijzer reference-date=${DATE} heading-level="3"></llr-wegwijzer>`);
      await waitUntil(() => !!$(el, '.step-heading'), 'first step', { timeout: 8000 });
      expect($(el, '.step-heading')!.tagName).to.equal('H3');
      expect($(el, 'legend h3.step-heading'), 'the legend is the heading').to.exist;
      expect(document.activeElement).to.not.equal(el);
    });

    it('looks the same inside a hostile host page (62.5 % root font, * { line-height: 3 })', async () => {
      const measure = async () => {
        const m = await mount('nl');
        const h = $(m.el, '.step-heading')!;
        const label = $(m.el, '.option label')!;
        const out = { heading: getComputedStyle(h).fontSize, label: getComputedStyle(label).fontSize, lineHeight: getComputedStyle(label).lineHeight };
        fixtureCleanup();
        return out;
      };
      const normal = await measure();
      const style = document.createElement('style');
      style.textContent = 'html { font-size: 62.5% !important; } * { line-height: 3 !important; font-family: serif !important; letter-spacing: 0.3em; } body { text-align: center; }';
      document.head.append(style);
      try {
        const hostile = await measure();
        expect(hostile).to.deep.equal(normal);
        expect(normal.label).to.equal('16px');
      } finally {
        style.remove();
      }
    });

    it('respects prefers-reduced-motion (no shimmer while loading)', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      try {
        useHandlers(...faultHandlers('slow', '/rule-sets/current', { slowMs: 60_000 }));
        // Another date than the other tests: the client shares in-flight requests page-wide.
        const el = await fixture<LlrWegwijzer>(html`<llr-wegwijzer reference-date="2026-11-27"></llr-wegwijzer>`);
        await waitUntil(() => !!$(el, '.skeleton'), 'skeleton');
        expect($(el, '[aria-busy="true"]')).to.exist;
        expect(getComputedStyle($(el, '.skeleton')!).animationName).to.equal('none');
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });

    it('fits 320 px wide without horizontal scrolling', async () => {
      await setViewport({ width: 320, height: 640 });
      try {
        const m = await mount('nl');
        expect(m.el.scrollWidth).to.be.at.most(320);
        const persona = PERSONAS.find((p) => p.id === 'brussels-employee')!;
        await toSummaryWithKeyboard(m, persona.situation, 'nl');
        expect(m.el.scrollWidth).to.be.at.most(320);
        await toResultWithKeyboard(m);
        expect(m.el.scrollWidth, 'result').to.be.at.most(320);
      } finally {
        await setViewport({ width: 1024, height: 900 });
      }
    });
  });

  describe('nothing lost', () => {
    async function answerFirstTwo(m: Mounted): Promise<void> {
      await answerWithKeyboard(m.el, 'employee', 'nl');
      await waitUntil(() => m.steps.length === 2, 'second step');
      const key = currentKey(m);
      await answerWithKeyboard(m.el, (PERSONAS[0]!.situation as Record<string, AnswerValue>)[key], 'nl');
      await waitUntil(() => m.steps.length === 3, 'third step');
    }

    it('restores the answers and the step after a reload', async () => {
      const m = await mount('nl');
      await answerFirstTwo(m);
      const third = currentKey(m);
      const second = m.steps[1]!;
      fixtureCleanup();
      const again = await mount('nl');
      expect(currentKey(again)).to.equal(third);
      await tabTo(again.el, isButton(BACK), 'Vorige');
      await press('Enter');
      await again.el.updateComplete;
      expect(currentKey(again)).to.equal(second);
      expect($<HTMLInputElement>(again.el, 'input[type=radio]:checked')?.value).to.equal(
        String((PERSONAS[0]!.situation as Record<string, AnswerValue>)[second]),
      );
    });

    for (const [path, scenario] of [['/rule-sets/current', '500'], ['/incentives', 'malformed-json']] as const) {
      it(`a failing ${path} fetch (${scenario}) shows a message with retry and keeps the answers`, async () => {
        const m = await mount('nl');
        await answerFirstTwo(m);
        const before = stored();
        const third = currentKey(m);
        fixtureCleanup();

        useHandlers(...faultHandlers(scenario, path));
        const el = await fixture<LlrWegwijzer>(html`<llr-wegwijzer reference-date=${DATE} lang="nl"></llr-wegwijzer>`);
        await waitUntil(() => !!$(el, '.fetch-error'), 'error shown', { timeout: 15000 });
        const text = norm($(el, '.fetch-error')?.textContent);
        expect(text).to.include('De vragen kunnen nu niet laden');
        expect(text).to.include(scenario === '500' ? 'Er ging iets mis' : 'onvolledige of foute gegevens');
        expect(text).to.include('Je antwoorden zijn bewaard');
        expect(stored(), 'answers kept').to.deep.equal(before);
        await expect(el).to.be.accessible();

        clearFaults();
        const retry = await tabTo(el, isButton(/^Probeer opnieuw$/), 'retry');
        expect(retry).to.exist;
        await press('Enter');
        await waitUntil(() => !!$(el, 'form'), 'questions back', { timeout: 8000 });
        await el.updateComplete;
        expect(headingText(el)).to.equal(getQuestion(third).text.nl);
        expect(active(el)).to.equal($(el, '.step-heading'));
        expect(stored()?.answers).to.deep.equal(before?.answers);
      });
    }

    it('"Opnieuw beginnen" clears the answers, fires the restart event and focuses the first question', async () => {
      const persona = PERSONAS.find((p) => p.id === 'jobseeker')!;
      const m = await mount('nl');
      await toSummaryWithKeyboard(m, persona.situation, 'nl');
      await toResultWithKeyboard(m);
      expect(stored()).to.not.equal(null);
      await tabTo(m.el, isButton(/^Opnieuw beginnen$/), 'restart');
      await press('Enter');
      await m.el.updateComplete;
      expect(stored()).to.equal(null);
      expect(m.restarts).to.equal(1);
      expect(currentKey(m)).to.equal('status');
      expect(active(m.el)).to.equal($(m.el, '.step-heading'));
      expect($(m.el, 'input[type=radio]:checked')).to.equal(null);
    });
  });

  describe('questions asked only to choose a referral', () => {
    it('offer "Ik weet het niet"; the result then shows the referrals that fit every answer', async () => {
      // A job seeker in Flanders: every incentive is decided after the status, so the diploma only chooses between
      // adult education and career guidance. Someone who does not know it must not be stuck.
      const m = await mount('nl');
      const labels: Partial<Record<AnswerKey, string[]>> = {};
      await toSummaryWithKeyboard(m, { status: 'jobseeker', residence: 'flanders' }, 'nl', async () => {
        labels[currentKey(m)] = $$(m.el, 'input[type=radio] + label').map((l) => norm(l.textContent));
      });
      expect(labels.education, 'the diploma was asked').to.exist;
      expect(labels.education, 'with "Ik weet het niet"').to.include('Ik weet het niet');
      expect(stored()?.dontKnow).to.include('education');
      await toResultWithKeyboard(m);
      const referrals = $$(m.el, 'section[aria-labelledby="referrals"] li[data-referral]').map((li) => li.dataset['referral']);
      expect(referrals).to.include.members(['vdab-werkzoekenden', 'volwassenenonderwijs', 'loopbaanbegeleiding']);
      await expect(m.el).to.be.accessible();
    });
  });

  describe('privacy', () => {
    it('fetches only the rule set and the catalogue; events and usage signals carry no answers', async () => {
      const signals = captureSignals();
      const persona = PERSONAS[0]!;
      const m = await mount('nl', { usageEvents: true });
      await toSummaryWithKeyboard(m, persona.situation, 'nl');
      await toResultWithKeyboard(m);
      expect(seenRequests('/events'), 'nothing sent while the citizen is busy').to.deep.equal([]);
      const events = await signals.flush();

      // Only the rule set and the catalogue were fetched; the rest are anonymous usage signals.
      const requests = seenRequests();
      for (const r of requests) expect(r).to.match(/^(GET \/api\/llr\/v1\/rule-sets\/current|GET \/api\/llr\/v1\/incentives|POST \/api\/llr\/v1\/events)$/);

      // Host events: step ids, outcome ids; never an answer.
      const values = Object.values(persona.situation).map((v) => JSON.stringify(v));
      const eventJson = JSON.stringify(m.details);
      for (const detail of m.details) {
        expect(Object.keys(detail as object).every((k) => ['step', 'ruleSet', 'eligible', 'unknown', 'notEligible'].includes(k))).to.be.true;
      }
      for (const v of values) expect(eventJson, `event with ${v}`).to.not.include(`:${v}`);

      // Usage signals: one batch with the host's name, the closed schema's fields only, no answers.
      expect(signals.batches.map((b) => b.host)).to.deep.equal(['burgerprofiel']);
      const allowed = ['type', 'question', 'step', 'dontKnow', 'from', 'outcomes', 'referrals', 'referral'];
      for (const e of events) expect(Object.keys(e).every((k) => allowed.includes(k)), JSON.stringify(e)).to.be.true;
      // (true and false are also "Ik weet het niet" or not: the only yes/no a signal has.)
      for (const v of values.filter((x) => x !== 'true' && x !== 'false')) expect(JSON.stringify(events)).to.not.include(`:${v}`);
    });

    it('signals: started, each question shown and answered once with its number, "Ik weet het niet", back, changed, completed, referral followed, restarted', async () => {
      const signals = captureSignals();
      const jobseeker = PERSONAS.find((p) => p.situation.status === 'jobseeker')!;
      const m = await mount('nl', { usageEvents: true });
      const { asked } = await toSummaryWithKeyboard(m, jobseeker.situation, 'nl');
      // "Vorige" from the check-answers page, then forward again: no question counts twice.
      await tabTo(m.el, isButton(BACK), 'Vorige');
      await press('Enter');
      await waitUntil(() => m.steps.at(-1) === asked.at(-1), 'last question');
      await answerWithKeyboard(m.el, getAnswer(jobseeker.situation, asked.at(-1)!), 'nl');
      await waitUntil(() => m.steps.at(-1) === 'summary', 'summary again');
      // "Wijzig" the first answer, keep it, continue.
      $$<HTMLButtonElement>(m.el, '.check-answers button')[0]!.click();
      await waitUntil(() => m.steps.at(-1) === asked[0], 'first question');
      await answerWithKeyboard(m.el, getAnswer(jobseeker.situation, asked[0]!), 'nl');
      await waitUntil(() => m.steps.at(-1) === 'summary', 'summary after the change');
      await toResultWithKeyboard(m);
      const referrals = $$(m.el, 'li[data-referral]').map((li) => li.dataset['referral']);
      const card = $(m.el, 'li[data-referral] llr-incentive-card')!;
      await waitUntil(() => card.shadowRoot?.querySelector('a[part="apply-link"]'), 'the referral card');
      const link = card.shadowRoot!.querySelector<HTMLAnchorElement>('a[part="apply-link"]')!;
      link.addEventListener('click', (e) => e.preventDefault()); // no new window in the test
      link.click();
      link.click(); // followed twice, counted once
      $$<HTMLButtonElement>(m.el, 'button').find((b) => /Opnieuw beginnen/.test(b.textContent ?? ''))!.click();
      await waitUntil(() => m.restarts === 1 && m.steps.at(-1) === asked[0], 'first question of a new run');
      const events = await signals.flush();

      const expectedRun = expected(jobseeker.situation);
      const completed = events.find((e) => e.type === 'wegwijzer-completed') as { outcomes: Record<string, string[]>; referrals: string[] };
      expect(completed.outcomes).to.deep.equal({ eligible: expectedRun.eligible, unknown: expectedRun.unknown, notEligible: expectedRun.notEligible });
      expect(completed.outcomes).to.deep.equal(m.completes[0] && { eligible: m.completes[0].eligible, unknown: m.completes[0].unknown, notEligible: m.completes[0].notEligible });
      expect(completed.referrals, 'the referrals the result showed').to.deep.equal(referrals);
      expect(completed.referrals).to.include.members(expectedRun.referrals);
      expect(events).to.deep.equal([
        { type: 'wegwijzer-started' },
        ...asked.flatMap((question, i) => [
          { type: 'wegwijzer-question-shown', question, step: i + 1 },
          { type: 'wegwijzer-question-answered', question, step: i + 1, dontKnow: getAnswer(jobseeker.situation, question) === undefined },
        ]),
        { type: 'wegwijzer-back', from: 'summary' },
        { type: 'wegwijzer-answer-edited', question: asked[0] },
        completed,
        { type: 'wegwijzer-referral-followed', referral: referrals[0] },
        { type: 'wegwijzer-restarted' },
        { type: 'wegwijzer-started' },
        { type: 'wegwijzer-question-shown', question: asked[0], step: 1 },
      ]);
    });

    it('sends no usage signal unless the host turns it on and names itself', async () => {
      captureSignals();
      const off = await mount('nl');
      await answerWithKeyboard(off.el, 'jobseeker', 'nl');
      await waitUntil(() => off.steps.length === 2, 'next');
      fixtureCleanup();
      sessionStorage.clear();
      const unnamed = await mount('nl', { usageEvents: true, usageHost: '' });
      await answerWithKeyboard(unnamed.el, 'jobseeker', 'nl');
      await waitUntil(() => unnamed.steps.length === 2, 'next');
      window.dispatchEvent(new Event('pagehide'));
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(seenRequests('/events')).to.deep.equal([]);
    });

    it('moved to another id after loading, it continues with what that id stored, without losing it on the next answer', async () => {
      const m = await mount('nl');
      sessionStorage.setItem('llr-wegwijzer:v1:other', JSON.stringify({ answers: { status: 'jobseeker' }, dontKnow: [], step: 'residence' }));
      const parent = m.el.parentElement!;
      m.el.remove();
      m.el.id = 'other';
      parent.append(m.el);
      await waitUntil(() => m.steps.at(-1) === 'residence', 'the stored step of the new id', { timeout: 5000 });
      await answerWithKeyboard(m.el, 'flanders', 'nl');
      await waitUntil(() => m.steps.length > 0 && m.steps.at(-1) !== 'residence', 'next step');
      const saved = JSON.parse(sessionStorage.getItem('llr-wegwijzer:v1:other') ?? 'null') as { answers: Record<string, unknown> };
      expect(saved.answers).to.deep.equal({ status: 'jobseeker', residence: 'flanders' });
    });

    it('stores only the answers and the step in sessionStorage', async () => {
      const m = await mount('nl');
      await answerWithKeyboard(m.el, 'self-employed', 'nl');
      await waitUntil(() => m.steps.length === 2, 'next');
      const data = stored();
      expect(Object.keys(data!).sort()).to.deep.equal(['answers', 'dontKnow', 'step']);
      expect(data!.answers).to.deep.equal({ status: 'self-employed' });
      expect(data!.step).to.equal(currentKey(m));
    });
  });
});
