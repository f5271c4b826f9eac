/**
 * Hostile API data: an XSS corpus placed in EVERY text field the API returns (catalogue names, summaries, steps,
 * link labels, providers, legal titles; wallet period labels, providers, data-source and source names; training
 * title, provider and ODB number; every text of the rule set: names, scopes, reasons, counterfactuals, amount
 * labels, referral texts, net-cost explanations, source titles), served by msw overrides built from the real mock
 * data. Every element, in the states that show the most API text (wallet with missing and stale sources, an empty
 * wallet with referrals, badges anonymous / personal / "nothing" expanded, the card, the Wegwijzer's result), at
 * 320 px. Asserted: the payload is shown as text; no element, attribute or handler comes from it (the tags are
 * those of a clean render); `window.__xss` is never set; every link is https: (or tel:); nothing is wider than
 * 320 px (long words wrap). Unsafe URLs (javascript:, data:, http:, …) fail the client's schema validation: the
 * element shows its invalid-response state, which is how the link is refused.
 */
import { expect, fixtureCleanup, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { useHandlers } from '../support/mock-api';
import { CATALOGUE } from '../../mocks/catalogue';
import { findPersona, walletFor } from '../../mocks/personas';
import { RULE_SETS, ruleSetInForce } from '../../mocks/rule-sets';
import { TRAININGS } from '../../mocks/trainings';
import { clearApiCache, type Catalogue, type Training, type Wallet } from '../../src/api';
import { selectRuleSet } from '../../src/domain';
import { ruleSets } from '../../src/domain/rules';
import type { RuleSet } from '../../src/domain/rule-set-schema';
import { simulateWizard } from '../../src/domain/simulate';
import '../../src/define';
import { $, deepAll, deepText, ErrorCollector, localeIs } from './support';

// ---------------------------------------------------------------- the corpus

const LONG_WORD = 'Opleidingscheques'.repeat(300).slice(0, 5000);

/** Text payloads: each is put in every text field at once. */
const TEXT_PAYLOADS: Record<string, string> = {
  'script tag': '<script>window.__xss=1</script>',
  'img onerror': '<img src=x onerror="window.__xss=2">',
  'attribute breakout + svg onload': '"><svg onload=window.__xss=3>',
  'event-handler attributes': `' onmouseover='window.__xss=4' autofocus onfocus='window.__xss=4`,
  'javascript: link markup': '<a href="javascript:window.__xss=5">klik</a>',
  'data: iframe': '<iframe src="data:text/html,<script>parent.__xss=6</script>"></iframe>',
  'svg script + mXSS': '<svg><script>window.__xss=7</script></svg><math><mtext><table><mglyph><style><img src=x onerror=window.__xss=7>',
  'template and Lit markers': "{{constructor.constructor('window.__xss=8')()}} ${window.__xss=8} <!--?lit$123456$--> lit$123456$",
  'entities': '&lt;b&gt;vet&lt;/b&gt; &amp; &#60;script&#62;',
  'javascript: as text': 'javascript:window.__xss=9',
  '5000-char word': LONG_WORD,
  'RTL override and zero-width': '\u202Eexe.teehcsgnidielpO\u202C O\u200Bp\u200Cl\u200De\u2060i\uFEFFding',
  emoji: '👩🏽‍🏫 Opleiding 🎓🇧🇪 💶 ✅ 𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
};

/** Links the elements must refuse: each fails the client's https-only schema → the invalid-response state. */
const UNSAFE_URLS: Record<string, string> = {
  'javascript:': 'javascript:window.__xss=10',
  'JaVaScRiPt: mixed case': 'JaVaScRiPt:window.__xss=11',
  'data: text/html': 'data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9MTI8L3NjcmlwdD4=',
  'http:': 'http://insecure.example.org/cursus',
  'vbscript:': 'vbscript:msgbox(1)',
  'leading space + javascript:': ' javascript:window.__xss=13',
};

/** An https URL with markup in it is valid: it may only ever end up in an href, as https:. */
const HTTPS_WITH_MARKUP = 'https://example.org/"><img src=x onerror=window.__xss=14>';

// ---------------------------------------------------------------- hostile documents from the real mock data

/** Keys whose string values are text for people (LocalText languages, steps, labels, names, titles, …). */
const TEXT_KEYS = new Set(['nl', 'en', 'fr', 'de', 'label', 'provider', 'name', 'title', 'note', 'description', 'odbNumber']);

/**
 * Replaces every text field of a JSON document. The replacement is injective (the payload, then a tag per
 * distinct original) so whatever the client or the elements match by text still matches, and it keeps the
 * `{placeholders}` of templates (amount labels, counterfactuals) so the rule set stays valid.
 */
function poison<T>(doc: T, payload: string | null, tags: Map<string, string>, urls?: { url: string; keys: RegExp }): T {
  const inject = (original: string): string => {
    if (payload === null) return original;
    let out = tags.get(original);
    if (!out) {
      const placeholders = original.match(/\{[a-zA-Z]+\}/g) ?? [];
      out = `${payload} ·${tags.size + 1}${placeholders.map((p) => ` ${p}`).join('')}`;
      tags.set(original, out);
    }
    return out;
  };
  const walk = (value: unknown, key: string | null, path: string): unknown => {
    if (typeof value === 'string') {
      if (key === 'url' && urls && urls.keys.test(path)) return urls.url;
      return key !== null && TEXT_KEYS.has(key) ? inject(value) : value;
    }
    if (Array.isArray(value)) return value.map((v, i) => walk(v, key, `${path}[${i}]`));
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k, path ? `${path}.${k}` : k)]));
    }
    return value;
  };
  return walk(doc, null, '') as T;
}

interface Docs {
  catalogue: Catalogue;
  wallets: Map<string, Wallet>;
  trainings: Map<string, Training>;
  ruleSets: RuleSet[];
}

type UrlTarget = 'catalogue' | 'training' | 'rule-set';

function hostileDocs(payload: string | null, url?: { target: UrlTarget; url: string }): Docs {
  const tags = new Map<string, string>();
  const urlFor = (target: UrlTarget, keys: RegExp) => (url && url.target === target ? { url: url.url, keys } : undefined);
  return {
    // One link of one entry is enough to make the whole catalogue invalid; the card's own entry is the first.
    catalogue: poison(CATALOGUE, payload, tags, urlFor('catalogue', /^incentives\[0\]\.(links\[0\]|legalSource)/)),
    wallets: new Map(
      ['partial-sources', 'jobseeker'].map((id) => [id, poison(walletFor(findPersona(id)!, 'nl'), payload, tags)] as const),
    ),
    trainings: new Map(TRAININGS.map((t) => [t.id, poison(t, payload, tags, urlFor('training', /^url$/))] as const)),
    ruleSets: RULE_SETS.map((r) => poison(r, payload, tags, urlFor('rule-set', /^referrals\[0\]\.url$/))),
  };
}

const problem = (status: number) =>
  HttpResponse.json({ type: 'about:blank', title: 'Niet gevonden', status, detail: 'Niet gevonden.' }, { status, headers: { 'Content-Type': 'application/problem+json' } });

function serve(docs: Docs): void {
  const API = '*/api/llr/v1';
  useHandlers(
    http.get(`${API}/incentives`, () => HttpResponse.json(docs.catalogue)),
    http.get(`${API}/incentives/:id`, ({ params }) => {
      const entry = [...docs.catalogue.incentives, ...docs.catalogue.referrals].find((e) => e.id === params['id']);
      return entry ? HttpResponse.json(entry) : problem(404);
    }),
    http.get(`${API}/rule-sets/current`, ({ request }) => {
      const date = new URL(request.url).searchParams.get('date') ?? '';
      const id = ruleSetInForce(date)?.id;
      const doc = docs.ruleSets.find((r) => r.id === id);
      return doc ? HttpResponse.json(doc) : problem(404);
    }),
    http.get(`${API}/wallet`, ({ request }) => {
      const persona = /Bearer demo-(.+)$/.exec(request.headers.get('Authorization') ?? '')?.[1] ?? '';
      const wallet = docs.wallets.get(persona);
      return wallet ? HttpResponse.json(wallet) : problem(401);
    }),
    http.get(`${API}/trainings/:id`, ({ params }) => {
      const training = docs.trainings.get(String(params['id']));
      return training ? HttpResponse.json(training) : problem(404);
    }),
  );
}

// ---------------------------------------------------------------- the page: every element, 320 px wide

const DATE = '2026-11-28';
const WIDTH = 320;
const HOST = {
  loginUrl: 'https://login.example.be/aanmelden',
  wegwijzerUrl: 'https://www.vlaanderen.be/wegwijzer',
  walletUrl: 'https://www.vlaanderen.be/mijn-burgerprofiel',
};
const RESULT_FOR = ['low-educated-employee', 'jobseeker'] as const;

/** The Wegwijzer opens on the result of a persona: its answers as a previous visit left them in sessionStorage. */
function storeWegwijzerResult(): void {
  const ruleSet = selectRuleSet(ruleSets, DATE);
  for (const id of RESULT_FOR) {
    const { answers, dontKnow } = simulateWizard(ruleSet, findPersona(id)!.situation, { referenceDate: DATE, referralQuestions: true });
    sessionStorage.setItem(`llr-wegwijzer:v1:xss-${id}`, JSON.stringify({ answers, dontKnow, step: 'result' }));
  }
}

interface Subject {
  name: string;
  el: HTMLElement;
}

let column: HTMLElement | undefined;

function mountAll(): Subject[] {
  storeWegwijzerResult();
  const partial = () => 'demo-partial-sources';
  const jobseeker = () => 'demo-jobseeker';
  const page = fixtureSync<HTMLDivElement>(html`<div style="width: ${WIDTH}px">
    <llr-provider login-url=${HOST.loginUrl} wegwijzer-url=${HOST.wegwijzerUrl} wallet-url=${HOST.walletUrl} lang="nl">
      <llr-provider .getToken=${partial}>
        <llr-wallet data-name="wallet (partial, stale)" stale-after-days="0"></llr-wallet>
        <llr-training-incentives data-name="badge (personal)" training-id="boekhouden-voor-beginners"></llr-training-incentives>
      </llr-provider>
      <llr-provider .getToken=${jobseeker}>
        <llr-wallet data-name="wallet (empty, referrals)"></llr-wallet>
        <llr-training-incentives data-name="badge (personal, nothing)" training-id="boekhouden-voor-beginners"></llr-training-incentives>
      </llr-provider>
      <llr-training-incentives data-name="badge (anonymous)" training-id="boekhouden-voor-beginners"></llr-training-incentives>
      <llr-training-incentives data-name="badge (anonymous, nothing)" training-id="fotografie-voor-hobbyisten"></llr-training-incentives>
      <llr-incentive-card data-name="card (by id)" incentive-id="opleidingscheques"></llr-incentive-card>
      ${RESULT_FOR.map((id) => html`<llr-wegwijzer data-name="wegwijzer result (${id})" id="xss-${id}" reference-date=${DATE}></llr-wegwijzer>`)}
    </llr-provider>
  </div>`);
  column = page;
  return Array.from(page.querySelectorAll<HTMLElement>('[data-name]')).map((el) => ({ name: el.dataset['name']!, el }));
}

const busy = (el: HTMLElement) => deepAll(el, '[aria-busy="true"]').length > 0;

function settled(s: Subject): boolean {
  const { el } = s;
  if (!el.shadowRoot || busy(el)) return false;
  switch (el.localName) {
    case 'llr-wallet':
      return !!$(el, '#wallet-title');
    case 'llr-training-incentives':
      return !!$(el, '.badge');
    case 'llr-incentive-card':
      return !!$(el, '.card');
    default:
      return !!$(el, 'section.wizard');
  }
}

/** Shows everything the elements can show: the badges' explanations, every <details>. */
async function expandAll(subjects: Subject[]): Promise<void> {
  for (const { el } of subjects) {
    const toggle = $<HTMLButtonElement>(el, 'button.toggle[aria-expanded="false"]');
    if (toggle) toggle.click();
  }
  type Updating = HTMLElement & { updateComplete: Promise<unknown> };
  await Promise.all(subjects.map(({ el }) => (el as Updating).updateComplete));
  await Promise.all(subjects.flatMap(({ el }) => deepAll<Updating>(el, 'llr-incentive-card').map((c) => c.updateComplete)));
  await waitUntil(() => subjects.every((s) => settled(s)), 'expanded content loaded', { timeout: 5000 });
  for (const { el } of subjects) for (const d of deepAll<HTMLDetailsElement>(el, 'details')) d.open = true;
  await new Promise((r) => requestAnimationFrame(() => r(undefined)));
}

async function render(docs: Docs): Promise<Subject[]> {
  serve(docs);
  const subjects = mountAll();
  await localeIs('nl');
  await waitUntil(() => subjects.every(settled), 'every element settled', { timeout: 6000 });
  await expandAll(subjects);
  return subjects;
}

// ---------------------------------------------------------------- checks

/** Elements that only a payload could create. (The cards' decorative svg icons are checked separately.) */
const FORBIDDEN = 'script, img, iframe, object, embed, math, mglyph, style, link, meta, base, form[action], [srcdoc]';

function tagsOf(el: HTMLElement): Set<string> {
  return new Set(deepAll(el, '*').map((e) => e.localName));
}

function assertInert(s: Subject, baseline: Set<string>): void {
  const { el, name } = s;
  expect(deepAll(el, FORBIDDEN).map((e) => e.outerHTML.slice(0, 80)), `${name}: no element from the payload`).to.deep.equal([]);
  const extra = [...tagsOf(el)].filter((t) => !baseline.has(t));
  expect(extra, `${name}: only the tags of a clean render`).to.deep.equal([]);
  for (const svg of deepAll(el, 'svg')) {
    expect(svg.classList.contains('icon') && svg.getAttribute('aria-hidden') === 'true', `${name}: only our decorative icons`).to.equal(true);
  }
  const handlers = deepAll(el, '*').flatMap((e) => Array.from(e.attributes).filter((a) => /^on/i.test(a.name)).map((a) => `${e.localName}[${a.name}]`));
  expect(handlers, `${name}: no event-handler attribute`).to.deep.equal([]);
  for (const a of deepAll<HTMLAnchorElement>(el, 'a[href]')) {
    expect(['https:', 'tel:'], `${name}: ${a.getAttribute('href')}`).to.include(a.protocol);
  }
  expect(deepAll(el, '[src], [action], [formaction], [xlink\\:href]'), `${name}: no src/action attributes`).to.deep.equal([]);
}

/** Nothing sticks out of the 320 px column: the host, its parts and every box inside (long words wrap). */
function assertFits(s: Subject, column: DOMRect): void {
  const { el, name } = s;
  expect(el.scrollWidth, `${name}: scrollWidth`).to.be.at.most(el.clientWidth + 1);
  expect(el.getBoundingClientRect().width, `${name}: width`).to.be.at.most(WIDTH + 1);
  const wide = deepAll<HTMLElement>(el, '*')
    .filter((e) => {
      const r = e.getBoundingClientRect();
      if (e.closest('.visually-hidden')) return false;
      return r.width > 0 && (r.right > column.right + 1 || e.scrollWidth > e.clientWidth + 1) && e.localName !== 'svg' && !e.closest('svg');
    })
    .map((e) => `${e.localName}.${e.className} ${Math.round(e.getBoundingClientRect().right - column.left)}px scroll ${e.scrollWidth}/${e.clientWidth}`);
  expect(wide, `${name}: boxes wider than the column`).to.deep.equal([]);
}

// ---------------------------------------------------------------- the tests

const collector = new ErrorCollector();
let baseline = new Map<string, Set<string>>();

describe('XSS corpus in every API text field', function () {
  this.timeout(15000);

  before(async function () {
    clearApiCache();
    const subjects = await render(hostileDocs(null));
    baseline = new Map(subjects.map((s) => [s.name, tagsOf(s.el)]));
    for (const s of subjects) expect(deepAll(s.el, '[role="alert"], .badge.quiet, .failed'), `${s.name}: clean render has no error`).to.deep.equal([]);
    fixtureCleanup();
    sessionStorage.clear();
  });

  beforeEach(() => {
    clearApiCache();
    delete (window as { __xss?: unknown }).__xss;
    collector.install();
  });
  afterEach(() => {
    collector.uninstall();
    expect((window as { __xss?: unknown }).__xss, 'window.__xss').to.equal(undefined);
    expect(collector.seen, 'no uncaught error, unhandled rejection or console.error').to.deep.equal([]);
  });

  for (const [label, payload] of Object.entries(TEXT_PAYLOADS)) {
    it(`${label}: shown as text, inert, https-only links, fits 320 px`, async () => {
      const subjects = await render(hostileDocs(payload));
      const box = column!.getBoundingClientRect();
      expect(box.width).to.equal(WIDTH);
      // Bidi override/isolate controls are stripped by the API and rule-set schemas (they could flip our own
      // text after them); everything else is shown exactly.
      const shown = payload.replace(/[\u202A-\u202E\u2066-\u2069]/g, '').replace(/\s+/g, ' ');
      for (const s of subjects) {
        expect(deepAll(s.el, '[role="alert"], .badge.quiet, .failed'), `${s.name}: no error state for valid text`).to.deep.equal([]);
        expect(deepText(s.el).includes(shown), `${s.name}: the payload is on screen as text`).to.equal(true);
        expect(/[\u202A-\u202E\u2066-\u2069]/.test(deepText(s.el)), `${s.name}: no bidi override reaches the screen`).to.equal(false);
        assertInert(s, baseline.get(s.name)!);
        assertFits(s, box);
      }
    });
  }

  it('the checks catch what they look for (a planted element, handler, link and overflow)', async () => {
    const subjects = await render(hostileDocs(null));
    const card = subjects.find((s) => s.el.localName === 'llr-incentive-card')!;
    const planted = document.createElement('p'); // a tag the card has anyway
    planted.innerHTML = '<img src="x"><a href="javascript:void 0" onclick="1">x</a>';
    planted.style.width = '400px';
    card.el.shadowRoot!.append(planted);
    expect(() => assertInert(card, baseline.get(card.name)!)).to.throw(/no element from the payload/);
    planted.querySelector('img')!.remove();
    expect(() => assertInert(card, baseline.get(card.name)!)).to.throw(/event-handler attribute/);
    planted.querySelector('a')!.removeAttribute('onclick');
    expect(() => assertInert(card, baseline.get(card.name)!)).to.throw(/javascript:void 0/);
    planted.querySelector('a')!.remove();
    expect(() => assertFits(card, column!.getBoundingClientRect())).to.throw(/wider than the column|scrollWidth|width/);
  });

  it('an https URL with markup in it only ever becomes an https href', async () => {
    const subjects = await render(hostileDocs(null, { target: 'catalogue', url: HTTPS_WITH_MARKUP }));
    const hrefs = subjects.flatMap((s) => deepAll<HTMLAnchorElement>(s.el, 'a[href]').map((a) => a.href));
    expect(hrefs.some((h) => h.startsWith('https://example.org/')), 'the link is rendered').to.equal(true);
    for (const s of subjects) assertInert(s, baseline.get(s.name)!);
  });
});

describe('unsafe links from the API are refused (invalid-response state)', function () {
  this.timeout(15000);

  beforeEach(() => {
    clearApiCache();
    collector.install();
  });
  afterEach(() => {
    collector.uninstall();
    expect((window as { __xss?: unknown }).__xss, 'window.__xss').to.equal(undefined);
    expect(collector.seen, 'no uncaught error, unhandled rejection or console.error').to.deep.equal([]);
  });

  const INVALID = 'We kregen onvolledige of foute gegevens. Probeer het later opnieuw.';
  const QUIET = 'Premies voor deze opleiding kunnen we nu niet tonen.';

  /** Which elements read which document, and the state they show when it is invalid. */
  function refused(s: Subject, target: UrlTarget): boolean {
    const text = deepText(s.el);
    switch (s.el.localName) {
      case 'llr-wallet':
        return target === 'catalogue' ? !!$(s.el, '[role="alert"]') && text.includes(INVALID) : false;
      case 'llr-incentive-card':
        return target === 'catalogue' ? text.includes(INVALID) && !$(s.el, 'h3') : false;
      case 'llr-wegwijzer':
        return target === 'training' ? false : !!$(s.el, '.fetch-error[role="alert"]') && text.includes(INVALID);
      default:
        // The badge: an invalid course or rule set gives the quiet line; an invalid catalogue only affects the
        // compact cards in a personal explanation, which then show their error.
        if (target === 'catalogue') return !s.el.shadowRoot!.querySelector('llr-incentive-card') || deepAll(s.el, '.card.failed').length > 0;
        return !!$(s.el, '.badge.quiet') && text.includes(QUIET);
    }
  }

  const TARGETS: UrlTarget[] = ['catalogue', 'training', 'rule-set'];
  for (const [label, url] of Object.entries(UNSAFE_URLS)) {
    it(`${label} (${JSON.stringify(url.slice(0, 24))}) in the catalogue, a course and the rule set`, async () => {
      for (const target of TARGETS) {
        const subjects = await render(hostileDocs(null, { target, url }));
        for (const s of subjects) {
          const affected = refused(s, target);
          const reads = s.el.localName === 'llr-wallet' || s.el.localName === 'llr-incentive-card' ? target === 'catalogue' : s.el.localName === 'llr-wegwijzer' ? target !== 'training' : true;
          expect(affected, `${s.name}: ${target} with ${label} → refused state`).to.equal(reads);
          for (const a of deepAll<HTMLAnchorElement>(s.el, 'a[href]')) {
            expect(['https:', 'tel:'], `${s.name}: ${a.getAttribute('href')}`).to.include(a.protocol);
          }
        }
        fixtureCleanup();
        sessionStorage.clear();
        clearApiCache();
      }
    });
  }
});
