/**
 * Fault matrix: every element × every fault scenario of the real msw mock API (mocks/scenarios.ts, applied to every
 * API path) → the element's designed, localised state; nothing uncaught, no unhandled rejection, no console.error;
 * the fault clears → retry (or, for the badge, the next mount) shows content; the Wegwijzer keeps the answers given
 * before the fault through a reload-like remount and the retry.
 *
 * The elements' own tests (test/elements/) cover each state in depth (axe, focus, events); this file is the
 * cross-element sweep. The client's 10 s timeout is compressed (support.ts) so 'timeout' runs the real path.
 */
import { expect, fixtureCleanup, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { delay, http, HttpResponse } from 'msw';
import { useHandlers, clearFaults } from '../support/mock-api';
import { faultHandlers } from '../../mocks/scenarios';
import { FAULT_SCENARIOS, type FaultScenario } from '../../mocks/mock-api';
import { PERSONAS, findPersona, walletFor } from '../../mocks/personas';

/** The wallet the fault tests' persona gets when nothing goes wrong (computed from her history). */
const DEFAULT_WALLET = walletFor(findPersona('low-educated-employee')!, 'nl');
import { clearApiCache, inFlightCount, type ApiErrorKind } from '../../src/api';
import { ANSWER_KEYS, getQuestion, type AnswerKey, type AnswerValue } from '../../src/domain';
import messages from '../../src/shared/messages.i18n.json';
import cardMessages from '../../src/elements/incentive-card/incentive-card.i18n.json';
import trainingMessages from '../../src/elements/training-incentives/training-incentives.i18n.json';
import wegwijzerMessages from '../../src/elements/wegwijzer/wegwijzer.i18n.json';
import walletMessages from '../../src/elements/wallet/wallet.i18n.json';
import '../../src/define';
import type { LlrWallet } from '../../src/elements/wallet/wallet';
import type { LlrIncentiveCard } from '../../src/elements/incentive-card/incentive-card';
import type { LlrTrainingIncentives, TrainingIncentivesErrorDetail } from '../../src/elements/training-incentives/training-incentives';
import type { LlrWegwijzer } from '../../src/elements/wegwijzer/wegwijzer';
import { $, deepText, ErrorCollector, compressRequestTimeout, localeIs, type Lang } from './support';

// ---------------------------------------------------------------- expected texts (nl as written, en/fr from the i18n files)

type Catalog = Record<string, { en: string; fr: string; de: string }>;
const NL: Record<string, string> = {
  'error.offline': 'Je bent niet verbonden met het internet. Controleer je verbinding en probeer opnieuw.',
  'error.timeout': 'Het duurt te lang om je gegevens op te halen. Probeer het zo opnieuw.',
  'error.unavailable': 'De dienst is even niet beschikbaar. Probeer het over enkele minuten opnieuw.',
  'error.not-found': 'We vinden deze gegevens niet.',
  'error.forbidden': 'Je hebt geen toegang tot deze gegevens.',
  'error.unauthorized': 'Meld je aan om je gegevens te zien.',
  'error.invalid-response': 'We kregen onvolledige of foute gegevens. Probeer het later opnieuw.',
  'error.server': 'Er ging iets mis bij het ophalen van je gegevens. Probeer het opnieuw.',
  'common.retry': 'Probeer opnieuw',
  'card.not-found': 'We vinden deze steunmaatregel niet.',
  'training.quiet': 'Premies voor deze opleiding kunnen we nu niet tonen.',
  'training.to-wegwijzer': 'Naar de Wegwijzer',
  'wegwijzer.fetch-error.title': 'De vragen kunnen nu niet laden',
  'wegwijzer.fetch-error.kept': 'Je antwoorden zijn bewaard. Je verliest niets.',
  'wallet.login': 'Aanmelden',
  'wallet.login-text': 'Meld je aan om te zien op welke steun je recht hebt en hoeveel je nog over hebt.',
  'wallet.forbidden-help': 'Denk je dat dit niet klopt? Neem contact op via de hulp hieronder.',
};
const TRANSLATED: Catalog = { ...messages, ...cardMessages, ...trainingMessages, ...wegwijzerMessages, ...walletMessages } as Catalog;

function t(id: string, lang: Lang): string {
  const text = lang === 'nl' ? NL[id] : TRANSLATED[id]?.[lang];
  if (!text) throw new Error(`no expected text for ${id} in ${lang}`);
  return text.replace(/[\s\u00a0\u202f]+/g, ' ');
}

/** The error kind the client reports for each scenario (mocks/scenarios.ts); null: the element shows content. */
const KIND: Record<FaultScenario, ApiErrorKind | null> = {
  '500': 'server',
  '503': 'unavailable',
  '401': 'unauthorized',
  '403': 'forbidden',
  '404': 'not-found',
  timeout: 'timeout',
  offline: 'offline',
  'malformed-json': 'invalid-response',
  'schema-invalid': 'invalid-response',
  'empty-body': 'invalid-response',
  huge: null,
  slow: null,
};
const errorText = (kind: ApiErrorKind, lang: Lang) => t(`error.${kind === 'aborted' ? 'server' : kind}`, lang);

const DATE = '2026-11-28';
const WEGWIJZER_ID = 'matrix';
const HOST = {
  loginUrl: 'https://login.example.be/aanmelden',
  wegwijzerUrl: 'https://www.vlaanderen.be/wegwijzer',
  walletUrl: 'https://www.vlaanderen.be/mijn-burgerprofiel',
};

// ---------------------------------------------------------------- the elements under test

interface Run {
  lang: Lang;
  scenario: FaultScenario;
  kind: ApiErrorKind | null;
}

interface Subject {
  name: string;
  /** Anything to do on a healthy API before the fault (the Wegwijzer answers two questions). */
  prepare?: (lang: Lang) => Promise<void>;
  mount(lang: Lang): HTMLElement;
  loading(el: HTMLElement): boolean;
  settled(el: HTMLElement): boolean;
  /** The designed state for an error kind. */
  assertError(el: HTMLElement, run: Run & { kind: ApiErrorKind }): void;
  /** The normal content (after huge/slow, and after the retry). */
  assertContent(el: HTMLElement, run: Run): void;
  /** Retry as the citizen (or, where the design has no retry control, the host) would; returns the element to check. */
  retry(el: HTMLElement, run: Run & { kind: ApiErrorKind }): Promise<HTMLElement>;
}

function wrap(content: unknown): HTMLElement {
  return fixtureSync<HTMLDivElement>(html`<div style="width: 480px">${content}</div>`);
}

function button(root: ParentNode | null | undefined, label: string): HTMLButtonElement | undefined {
  return Array.from(root?.querySelectorAll<HTMLButtonElement>('button') ?? []).find((b) => deepText(b) === label);
}

// ---- llr-wallet, persona token through <llr-provider>

const walletCards = (el: HTMLElement) =>
  Array.from(el.shadowRoot!.querySelectorAll<LlrIncentiveCard>('llr-incentive-card')).filter((c) => c.entitlement);

const wallet: Subject = {
  name: 'llr-wallet',
  mount(lang) {
    const token = () => 'demo-low-educated-employee';
    return wrap(html`<llr-provider .getToken=${token} login-url=${HOST.loginUrl} wegwijzer-url=${HOST.wegwijzerUrl}>
      <llr-wallet lang=${lang}></llr-wallet>
    </llr-provider>`).querySelector<LlrWallet>('llr-wallet')!;
  },
  loading: (el) => !!$(el, 'section[aria-busy="true"]'),
  settled: (el) => !!$(el, '#wallet-title') && !$(el, 'section[aria-busy="true"]'),
  assertError(el, { kind, lang }) {
    expect(walletCards(el), 'never half a wallet').to.have.length(0);
    if (kind === 'unauthorized') {
      expect($(el, '[role="alert"]'), 'a login prompt, not an error').to.equal(null);
      expect(deepText(el)).to.include(t('wallet.login-text', lang));
      const login = $<HTMLAnchorElement>(el, 'a[part="login-link"]');
      expect(login?.href).to.equal(HOST.loginUrl);
      expect(deepText(login!)).to.equal(t('wallet.login', lang));
      return;
    }
    const alert = $(el, '[role="alert"]');
    expect(alert, 'role=alert').to.exist;
    expect(deepText(alert!)).to.include(errorText(kind, lang));
    if (kind === 'forbidden') {
      expect(deepText(alert!)).to.include(t('wallet.forbidden-help', lang));
      expect(alert!.querySelector('button'), 'no retry for forbidden').to.equal(null);
    } else {
      expect(button(alert, t('common.retry', lang)), 'retry button').to.exist;
    }
    expect($(el, 'section.help'), 'help channels stay').to.exist;
  },
  assertContent(el, { scenario }) {
    expect($(el, '[role="alert"]'), 'no error').to.equal(null);
    const cards = walletCards(el);
    if (scenario === 'huge') expect(cards.length, 'the huge wallet (capped per pillar)').to.be.greaterThan(100);
    else expect(cards.map((c) => c.entitlement!.id)).to.have.members(DEFAULT_WALLET.entitlements.map((e) => e.id));
  },
  async retry(el, { kind, lang }) {
    const retry = button($(el, '[role="alert"]'), t('common.retry', lang));
    // 401: the host logs the citizen in and calls reload(); 403 has no retry button by design (reload() is the API).
    if (retry) retry.click();
    else (el as LlrWallet).reload();
    expect(!!retry, `retry button for ${kind}`).to.equal(kind !== 'unauthorized' && kind !== 'forbidden');
    return el;
  },
};

// ---- llr-incentive-card with incentive-id

const CARD_TITLE: Record<Lang, string> = { nl: 'Opleidingscheques', en: 'Training vouchers', fr: 'Chèques-formation flamands', de: 'Flämische Bildungsschecks' };

const card: Subject = {
  name: 'llr-incentive-card',
  mount(lang) {
    return wrap(html`<llr-incentive-card lang=${lang} incentive-id="opleidingscheques"></llr-incentive-card>`).querySelector<LlrIncentiveCard>(
      'llr-incentive-card',
    )!;
  },
  loading: (el) => !!$(el, '[aria-busy="true"]'),
  settled: (el) => !!$(el, '.card') && !$(el, '[aria-busy="true"]'),
  assertError(el, { kind, lang }) {
    expect($(el, 'h3'), 'never half a card').to.equal(null);
    const text = deepText($(el, '.error-text')!);
    if (kind === 'not-found') {
      expect(text).to.equal(t('card.not-found', lang));
      expect($(el, 'button'), 'no retry for an unknown id').to.equal(null);
    } else {
      expect(text).to.equal(errorText(kind, lang));
      expect(button(el.shadowRoot, t('common.retry', lang)), 'retry button').to.exist;
    }
  },
  assertContent(el, { lang }) {
    expect(deepText($(el, 'h3')!)).to.equal(CARD_TITLE[lang]);
  },
  async retry(el, { kind, lang }) {
    const retry = button(el.shadowRoot, t('common.retry', lang));
    if (retry) retry.click();
    else (el as LlrIncentiveCard).retry(); // 404: no button by design; the public retry() still works
    expect(!!retry).to.equal(kind !== 'not-found');
    return el;
  },
};

// ---- llr-training-incentives, anonymous and personal

const trainingErrors: TrainingIncentivesErrorDetail[] = [];
document.addEventListener('llr-training-incentives-error', (e) => trainingErrors.push(e.detail));

const POSSIBLE: Record<Lang, string> = {
  nl: 'Opleidingscheques en Vlaams opleidingsverlof mogelijk.',
  en: 'Training vouchers (opleidingscheques) and Flemish training leave (VOV) may apply.',
  fr: 'Possible : Chèques-formation flamands (opleidingscheques) et Congé-formation flamand (VOV).',
  de: 'Möglich: Bildungsschecks (opleidingscheques) und Flämischer Bildungsurlaub (VOV).',
};
const YOU_PAY: Record<Lang, RegExp> = {
  nl: /^Jij betaalt € 150 in plaats van € 275/,
  en: /^You pay €150 instead of €275/,
  fr: /^Vous payez 150 € au lieu de 275 €/,
  de: /^Sie zahlen 150 € statt 275 €/,
};

function lineText(el: HTMLElement): string {
  const line = $(el, '.line');
  if (!line) return '';
  const copy = line.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('.icon').forEach((i) => i.remove());
  return deepText(copy);
}

function training(personal: boolean): Subject {
  return {
    name: `llr-training-incentives (${personal ? 'personal' : 'anonymous'})`,
    mount(lang) {
      const token = personal ? () => 'demo-partial-sources' : undefined;
      return wrap(html`<llr-provider .getToken=${token} wegwijzer-url=${HOST.wegwijzerUrl} wallet-url=${HOST.walletUrl}>
        <llr-training-incentives lang=${lang} training-id="boekhouden-voor-beginners"></llr-training-incentives>
      </llr-provider>`).querySelector<LlrTrainingIncentives>('llr-training-incentives')!;
    },
    loading: (el) => !!$(el, '.badge.loading[aria-busy="true"]'),
    settled: (el) => !!$(el, '.badge') && !$(el, '.badge.loading'),
    assertError(el, { kind, lang }) {
      // The badge's design: a quiet line with the Wegwijzer link, never an alert or a retry; the host hears an event.
      expect($(el, '.badge.quiet'), 'quiet line').to.exist;
      expect(lineText(el)).to.equal(`${t('training.quiet', lang)} ${t('training.to-wegwijzer', lang)} →`);
      expect($(el, '[role="alert"], button'), 'no alert, no retry').to.equal(null);
      expect($<HTMLAnchorElement>(el, 'a[part="link"]')?.href).to.equal(HOST.wegwijzerUrl);
      expect(trainingErrors, 'error event').to.deep.include({ kind, source: 'training', trainingId: 'boekhouden-voor-beginners' });
    },
    assertContent(el, { lang, scenario }) {
      expect($(el, '.badge.quiet'), 'not the quiet line').to.equal(null);
      if (personal && scenario !== 'huge') expect(lineText(el)).to.match(YOU_PAY[lang]);
      else if (personal) expect($(el, '.badge.personal, .badge.anonymous'), 'a personal or anonymous line').to.exist;
      else expect(lineText(el)).to.include(POSSIBLE[lang]);
    },
    async retry(el) {
      // No retry control by design (a quiet line). What must hold: the page-wide client (shared requests, ETag
      // cache) is not poisoned, so the next mount (next page view) shows the badge. The failed badge's own requests
      // are let finish first: a badge mounted while they run joins them (de-duplication, by design).
      await waitUntil(() => inFlightCount() === 0, 'the failed load is over', { timeout: 4000 });
      const parent = el.parentElement!;
      const fresh = el.cloneNode(true) as HTMLElement;
      el.remove();
      parent.append(fresh);
      return fresh;
    },
  };
}

// ---- llr-wegwijzer: answers two questions first, then a fresh element with the same id meets the fault

const storageKey = `llr-wegwijzer:v1:${WEGWIJZER_ID}`;
let answered: { raw: string | null; third: AnswerKey | null } = { raw: null, third: null };

const headingText = (el: HTMLElement) => deepText($(el, '.step-heading') ?? document.createElement('p'));

function openQuestion(el: HTMLElement): AnswerKey {
  const text = headingText(el);
  const lang = ((el as LlrWegwijzer).lang || 'nl') as Lang;
  const key = ANSWER_KEYS.find((k) => getQuestion(k).text[lang] === text);
  if (!key) throw new Error(`unknown question on screen: ${text}`);
  return key;
}

async function answerOpenQuestion(el: LlrWegwijzer): Promise<void> {
  const key = openQuestion(el);
  const value = (PERSONAS[0]!.situation as Record<string, AnswerValue>)[key]!;
  const radio = Array.from(el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=radio]')).find((r) => r.value === String(value));
  if (radio) radio.click();
  else {
    const input = $<HTMLInputElement>(el, 'input#answer')!;
    input.value = String(value);
    input.dispatchEvent(new Event('input'));
  }
  await el.updateComplete;
  $<HTMLButtonElement>(el, 'button[part="continue"]')!.click();
  await el.updateComplete;
  await waitUntil(() => openQuestion(el) !== key, `past ${key}`, { timeout: 3000 });
}

const wegwijzer: Subject = {
  name: 'llr-wegwijzer',
  async prepare(lang) {
    const el = wrap(html`<llr-wegwijzer id=${WEGWIJZER_ID} reference-date=${DATE} lang=${lang}></llr-wegwijzer>`).querySelector<LlrWegwijzer>('llr-wegwijzer')!;
    await waitUntil(() => !!$(el, 'form'), 'first question', { timeout: 4000 });
    await answerOpenQuestion(el);
    await answerOpenQuestion(el);
    answered = { raw: sessionStorage.getItem(storageKey), third: openQuestion(el) };
    expect(Object.keys(JSON.parse(answered.raw ?? '{}').answers ?? {}), 'two answers stored').to.have.length(2);
    fixtureCleanup(); // a reload-like remount follows
  },
  mount(lang) {
    return wrap(html`<llr-wegwijzer id=${WEGWIJZER_ID} reference-date=${DATE} lang=${lang}></llr-wegwijzer>`).querySelector<LlrWegwijzer>(
      'llr-wegwijzer',
    )!;
  },
  loading: (el) => !!$(el, '.loading[aria-busy="true"]'),
  settled: (el) => !!$(el, 'section.wizard'),
  assertError(el, { kind, lang }) {
    const alert = $(el, '.fetch-error[role="alert"]');
    expect(alert, 'role=alert').to.exist;
    const text = deepText(alert!);
    expect(text).to.include(t('wegwijzer.fetch-error.title', lang));
    expect(text).to.include(errorText(kind, lang));
    expect(text, 'says the answers are kept').to.include(t('wegwijzer.fetch-error.kept', lang));
    expect(button(el.shadowRoot, t('common.retry', lang)), 'retry button').to.exist;
    expect(sessionStorage.getItem(storageKey), 'answers kept through the fault').to.equal(answered.raw);
  },
  assertContent(el, { lang }) {
    expect($(el, 'form'), 'the questions').to.exist;
    expect(headingText(el), 'back at the third question').to.equal(getQuestion(answered.third!).text[lang]);
    expect(JSON.parse(sessionStorage.getItem(storageKey)!).answers).to.deep.equal(JSON.parse(answered.raw!).answers);
  },
  async retry(el, { lang }) {
    button(el.shadowRoot, t('common.retry', lang))!.click();
    return el;
  },
};

const SUBJECTS: Subject[] = [wallet, card, training(false), training(true), wegwijzer];

// ---------------------------------------------------------------- the matrix

const collector = new ErrorCollector();

beforeEach(() => {
  clearApiCache();
  trainingErrors.length = 0;
  collector.install();
});
afterEach(() => {
  collector.uninstall();
  expect(collector.seen, 'no uncaught error, unhandled rejection or console.error').to.deep.equal([]);
});

async function runCell(subject: Subject, scenario: FaultScenario, lang: Lang): Promise<void> {
  const kind = KIND[scenario];
  const run: Run = { lang, scenario, kind };
  await subject.prepare?.(lang);
  useHandlers(...faultHandlers(scenario, '*', { slowMs: 400 }));
  const restoreTimeout = scenario === 'timeout' ? compressRequestTimeout(300) : undefined;
  try {
    let el = subject.mount(lang);
    await localeIs(lang);
    if (scenario === 'timeout' || scenario === 'slow') {
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(subject.loading(el), 'pending state while the API is silent').to.equal(true);
    }
    await waitUntil(() => subject.settled(el), `${subject.name} settles on ${scenario}`, { timeout: 6000 });
    if (kind) subject.assertError(el, { ...run, kind });
    else subject.assertContent(el, run);
    restoreTimeout?.();

    if (kind) {
      // The fault clears; retry shows content.
      clearFaults();
      el = await subject.retry(el, { ...run, kind });
      const contentRun: Run = { ...run, scenario: '500' };
      const shows = () => {
        try {
          subject.assertContent(el, contentRun);
          return true;
        } catch {
          return false;
        }
      };
      await waitUntil(shows, `${subject.name}: content after retry`, { timeout: 4000 }).catch(() => undefined);
      subject.assertContent(el, contentRun);
    }
  } finally {
    restoreTimeout?.();
  }
}

describe('fault matrix: every element × every fault scenario (nl)', function () {
  this.timeout(9000);
  for (const subject of SUBJECTS) {
    describe(subject.name, () => {
      for (const scenario of FAULT_SCENARIOS) {
        const kind = KIND[scenario];
        it(`${scenario} → ${kind ? `${kind} state, then retry shows content` : 'content'}`, async () => {
          await runCell(subject, scenario, 'nl');
        });
      }
    });
  }
});

describe('fault matrix: localised states (en, fr, de)', function () {
  this.timeout(9000);
  const cells: [Lang, FaultScenario][] = [
    ['en', '500'],
    ['fr', 'schema-invalid'],
    ['de', '503'],
  ];
  for (const subject of SUBJECTS) {
    for (const [lang, scenario] of cells) {
      it(`${subject.name}: ${scenario} in ${lang}`, async () => {
        await runCell(subject, scenario, lang);
      });
    }
  }
  it('the wallet’s login prompt (401) in fr and de', async () => {
    await runCell(wallet, '401', 'fr');
    await runCell(wallet, '401', 'de');
  });
});

describe('fault matrix: a retry starts afresh', function () {
  this.timeout(9000);
  // The element's two requests fail at different speeds: the rule set (or the wallet) at once, the catalogue a
  // moment later. The citizen retries as soon as the message shows and the API is healthy again: the retry must not
  // join the catalogue request that was still failing from before (de-duplication), or it shows the error again.
  for (const subject of [wallet, wegwijzer]) {
    it(`${subject.name}: retry right after a fault gets fresh answers, not the tail of the failed load`, async () => {
      await subject.prepare?.('nl');
      useHandlers(
        http.get('*/api/llr/v1/incentives', async () => {
          await delay(600);
          return HttpResponse.json({ title: 'Er ging iets mis', status: 500, detail: 'x', type: 'about:blank' }, { status: 500 });
        }),
        ...faultHandlers('500', subject === wallet ? '/wallet' : '/rule-sets/*'),
      );
      const el = subject.mount('nl');
      await waitUntil(() => subject.settled(el), 'error shown', { timeout: 4000 });
      subject.assertError(el, { lang: 'nl', scenario: '500', kind: 'server' });
      clearFaults();
      await subject.retry(el, { lang: 'nl', scenario: '500', kind: 'server' });
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      await waitUntil(() => subject.settled(el) && !subject.loading(el), 'retry settled', { timeout: 4000 });
      subject.assertContent(el, { lang: 'nl', scenario: '500', kind: null });
    });
  }
});
