/**
 * Monitoring end to end (issue 15, item 6), on the built front end (`npm run build`) and the real server: headless
 * Chromium completes the Wegwijzer for several personas and opens their wallets, with usage signals on (the embed
 * script's `data-usage-host`, the elements' `usage-events`); the page is then left, and its beacons counted. The
 * server's indicators and the analysts' dashboard (demo/monitor.html) must then show exactly what the browser did.
 * A second server on the same database, with the threshold lowered for this test only, must show the same counts
 * with the small ones withheld. A hostile batch changes no counter. On PGlite in a temporary folder, and on
 * PostgreSQL when DATABASE_URL is set.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { FastifyInstance } from 'fastify';
import type { Indicators } from '../../src/api/usage';
import { getAnswer, type AnswerKey } from '../../src/domain/situation';
import { findPersona, REFERENCE_DATE } from '../../mocks/personas';
import { buildServer } from '../../server/app';
import { DEFAULTS, todayInBelgium, type ServerConfig } from '../../server/config';
import { PERSONA_HISTORIES } from '../../server/personas';
import { launchOptions } from '../support/chromium';
import { freshPostgres, type TestDatabase } from '../support/databases';

const API = '/api/llr/v1';
/** Three people whose paths, outcomes and wallets differ (a partial wallet among them). */
const PERSONAS = ['low-educated-employee', 'jobseeker', 'partial-sources'];
/** Questions these people answer "Ik weet het niet" (they do not know their employer's size, or their POP). */
const DONT_KNOW: Record<string, readonly string[]> = { 'low-educated-employee': ['employerFte'], 'partial-sources': ['popWithin6Years'] };
/** The lowered threshold of the second run: a count of 1 is withheld, 2 and more are shown. */
const LOW_THRESHOLD = 2;

const databases: { name: string; url?: string }[] = [{ name: 'PGlite' }];
if (process.env.DATABASE_URL) databases.push({ name: 'PostgreSQL', url: process.env.DATABASE_URL });

/** What the browser did for one person, as a host page sees it. */
interface Run {
  asked: AnswerKey[];
  dontKnow: AnswerKey[];
  eligible: string[];
  unknown: string[];
  referrals: string[];
  walletState: 'loaded' | 'partial' | 'no-rights';
  howTo: string;
}

/** A server on `database` serving the built front end and the e2e page; `suppressBelow` as given. */
async function startServer(database: { url?: string | undefined; dataDir?: string | undefined }, pages: string, suppressBelow: number): Promise<{ app: FastifyInstance; origin: string }> {
  const config: ServerConfig = {
    ...DEFAULTS,
    database,
    demo: true,
    referenceDate: REFERENCE_DATE,
    logLevel: 'silent',
    suppressBelow,
    rateLimits: { wallet: { max: 10_000, windowMs: 60_000 }, events: { max: 10_000, windowMs: 60_000 }, indicators: { max: 10_000, windowMs: 60_000 } },
    staticMounts: [
      { prefix: '/embed/', dir: 'dist/embed' },
      { prefix: '/e2e/', dir: pages },
      { prefix: '/', dir: 'dist/demo' },
    ],
  };
  const app = await buildServer(config);
  await app.listen({ port: 0, host: '127.0.0.1' });
  return { app, origin: `http://127.0.0.1:${(app.server.address() as AddressInfo).port}` };
}

/** In the page: the Wegwijzer's shadow root. */
const wegwijzer = 'document.querySelector("llr-wegwijzer").shadowRoot';

/** Answers the open question as the persona would (a missing answer is "Ik weet het niet"), then "Doorgaan". */
async function answer(page: Page, value: string | number | boolean | undefined): Promise<void> {
  await page.evaluate(
    (root, v) => {
      const shadow = (0, eval)(root) as ShadowRoot;
      const radios = [...shadow.querySelectorAll<HTMLInputElement>('input[type=radio]')];
      if (radios.length) {
        const target = v === null ? radios.at(-1) : radios.find((r) => r.value === String(v));
        if (!target) throw new Error(`no option ${String(v)}`);
        target.click();
      } else if (v === null) {
        shadow.querySelector<HTMLInputElement>('#dont-know')!.click();
      } else {
        const input = shadow.querySelector<HTMLInputElement>('#answer')!;
        input.value = String(v).replace('.', ',');
        input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      }
      shadow.querySelector<HTMLButtonElement>('button[part="continue"]')!.click();
    },
    wegwijzer,
    value === undefined ? null : value,
  );
}

/**
 * The Wegwijzer to its result and the wallet's first "Zo gebruik je het", for one persona; then the page is left, and
 * closed once `delivered` says the server has its beacon (a tab closed at once may lose a beacon still on its way:
 * CI once counted 36 of 62 signals).
 */
async function completeFor(browser: Browser, origin: string, personaId: string, delivered: (run: Run) => Promise<void>): Promise<Run> {
  const persona = findPersona(personaId)!;
  const page = await browser.newPage();
  try {
    const { access_token: token } = (await (await fetch(`${origin}/demo/token?persona=${personaId}`)).json()) as { access_token: string };
    await page.goto(`${origin}/e2e/citizen.html#token=${token}`, { waitUntil: 'load' });
    const llr = () => page.evaluate(() => (window as unknown as { __llr: { steps: string[]; complete: { eligible: string[]; unknown: string[] } | null; walletLoad: { entitlements: number; missingSources: string[] } | null } }).__llr);
    await page.waitForFunction(() => (window as unknown as { __llr?: { steps: string[] } }).__llr?.steps.length === 1, { timeout: 20_000 });
    const asked: AnswerKey[] = [];
    const dontKnow: AnswerKey[] = [];
    for (let i = 0; i < 30; i++) {
      const steps = (await llr()).steps;
      const step = steps.at(-1)!;
      if (step === 'summary') break;
      const key = step as AnswerKey;
      asked.push(key);
      const value = key.startsWith('training.') || DONT_KNOW[personaId]?.includes(key) ? undefined : getAnswer(persona.situation, key);
      if (value === undefined) dontKnow.push(key);
      await answer(page, value);
      await page.waitForFunction((n) => (window as unknown as { __llr: { steps: string[] } }).__llr.steps.length > n, { timeout: 10_000 }, steps.length);
    }
    await page.evaluate((root) => ((0, eval)(root) as ShadowRoot).querySelector<HTMLButtonElement>('button[part="continue"]')!.click(), wegwijzer);
    await page.waitForFunction(() => (window as unknown as { __llr: { complete: unknown } }).__llr.complete !== null, { timeout: 10_000 });
    const referrals = await page.evaluate((root) => [...((0, eval)(root) as ShadowRoot).querySelectorAll<HTMLElement>('li[data-referral]')].map((li) => li.dataset.referral!), wegwijzer);
    await page.waitForFunction(() => (window as unknown as { __llr: { walletLoad: unknown } }).__llr.walletLoad !== null, { timeout: 20_000 });
    // "Zo gebruik je het" on the wallet's first card.
    await page.waitForFunction(() => document.querySelector('llr-wallet')?.shadowRoot?.querySelector('llr-incentive-card')?.shadowRoot?.querySelector('details.how'), { timeout: 10_000 });
    const howTo = await page.evaluate(() => {
      const card = document.querySelector('llr-wallet')!.shadowRoot!.querySelector('llr-incentive-card') as HTMLElement & { incentive: { id: string } };
      card.shadowRoot!.querySelector<HTMLDetailsElement>('details.how')!.open = true;
      return card.incentive.id;
    });
    await new Promise((resolve) => setTimeout(resolve, 100)); // the toggle event is queued
    const seen = await llr();
    const load = seen.walletLoad!;
    const walletState = load.missingSources.length ? 'partial' : load.entitlements === 0 ? 'no-rights' : 'loaded';
    // Leaving the page: pagehide, and the beacon with everything the page collected.
    await page.goto('about:blank');
    const run: Run = { asked, dontKnow, eligible: seen.complete!.eligible, unknown: seen.complete!.unknown, referrals, walletState, howTo };
    await delivered(run);
    return run;
  } finally {
    await page.close();
  }
}

/** The expected figure of a sum of cells, by the method of docs/privacy.md (threshold `t`). */
function figureOf(cells: number[], t: number): number | string {
  const withheld = cells.filter((c) => c > 0 && c < t).length;
  const shown = cells.filter((c) => !(c > 0 && c < t)).reduce((a, b) => a + b, 0);
  if (withheld === 0) return shown;
  return shown === 0 ? `<${withheld * (t - 1) + 1}` : `${shown}+`;
}

/** Every cell a set of runs fills (one week, one host), keyed like the server's counters. */
function cellsOf(runs: Run[]): Map<string, number> {
  const cells = new Map<string, number>();
  const add = (key: string) => cells.set(key, (cells.get(key) ?? 0) + 1);
  for (const r of runs) {
    add('started');
    add('completed');
    r.asked.forEach((q, i) => {
      add(`shown|${q}|${i + 1}`);
      add(`answered|${q}|${i + 1}`);
      if (r.dontKnow.includes(q)) add(`dontKnow|${q}|${i + 1}`);
    });
    for (const id of r.eligible) add(`eligible|${id}`);
    for (const id of r.unknown) add(`unknown|${id}`);
    for (const id of r.referrals) add(`referral|${id}`);
    add(`wallet|${r.walletState}`);
    add(`howTo|${r.howTo}`);
  }
  return cells;
}

const sumOf = (cells: Map<string, number>, prefix: string, t: number) => figureOf([...cells].filter(([k]) => k.startsWith(prefix)).map(([, v]) => v), t);

/** What the indicators must say of these runs at threshold `t`. */
function expectedIndicators(runs: Run[], t: number) {
  const cells = cellsOf(runs);
  const questions = [...new Set(runs.flatMap((r) => r.asked))];
  const maxSteps = Math.max(...runs.map((r) => r.asked.length));
  return {
    started: sumOf(cells, 'started', t),
    completed: sumOf(cells, 'completed', t),
    funnel: Array.from({ length: maxSteps }, (_, i) =>
      figureOf([...cells].filter(([k]) => k.startsWith('shown|') && k.endsWith(`|${i + 1}`)).map(([, v]) => v), t),
    ),
    questions: Object.fromEntries(
      questions.map((q) => [q, { shown: sumOf(cells, `shown|${q}|`, t), answered: sumOf(cells, `answered|${q}|`, t), dontKnow: sumOf(cells, `dontKnow|${q}|`, t) }]),
    ),
    eligible: Object.fromEntries([...new Set(runs.flatMap((r) => r.eligible))].map((id) => [id, sumOf(cells, `eligible|${id}`, t)])),
    referrals: Object.fromEntries([...new Set(runs.flatMap((r) => r.referrals))].map((id) => [id, sumOf(cells, `referral|${id}`, t)])),
    wallet: Object.fromEntries([...new Set(runs.map((r) => r.walletState))].map((s) => [s, sumOf(cells, `wallet|${s}`, t)])),
    howTo: Object.fromEntries([...new Set(runs.map((r) => r.howTo))].map((id) => [id, sumOf(cells, `howTo|${id}`, t)])),
  };
}

/** The same read from an Indicators answer. */
function actualIndicators(indicators: Indicators) {
  const w = indicators.total.wegwijzer;
  return {
    started: w.started,
    completed: w.completed,
    funnel: w.funnel.map((f) => f.reached),
    questions: Object.fromEntries(w.questions.map((q) => [q.question, { shown: q.shown, answered: q.answered, dontKnow: q.dontKnow }])),
    eligible: Object.fromEntries(w.outcomes.filter((o) => o.eligible !== 0).map((o) => [o.incentive, o.eligible])),
    referrals: Object.fromEntries(w.referrals.map((r) => [r.referral, r.shown])),
    wallet: Object.fromEntries(indicators.total.wallet.states.map((s) => [s.state, s.count])),
    howTo: Object.fromEntries(indicators.total.wallet.howToOpened.map((c) => [c.incentive, c.count])),
  };
}

/** The analysts' dashboard for today: the funnel's and the questions' tables as a sighted reader sees them. */
async function dashboard(browser: Browser, origin: string, today: string): Promise<{ funnel: string[][]; questions: Record<string, string[]> }> {
  const page = await browser.newPage();
  try {
    await page.goto(`${origin}/demo/monitor.html?from=${today}&to=${today}`, { waitUntil: 'load' });
    await page.waitForFunction(() => document.querySelector('llr-monitor')?.shadowRoot?.querySelector('section.monitor[aria-busy="false"] table'), { timeout: 20_000 });
    // Plain script text: functions written here would carry the test transpiler's helpers into the page.
    return (await page.evaluate(`(() => {
      const root = document.querySelector('llr-monitor').shadowRoot;
      const seen = (cell) => {
        const copy = cell.cloneNode(true);
        copy.querySelectorAll('.visually-hidden').forEach((n) => n.remove());
        return (copy.textContent || '').replace(/\\s+/g, ' ').trim();
      };
      const rows = (caption) => {
        const table = [...root.querySelectorAll('table')].find((t) => caption.test(t.querySelector('caption').textContent));
        return [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map(seen));
      };
      const questions = Object.fromEntries(rows(/per vraag/).map((cells) => [/\\(([^)]+)\\)$/.exec(cells[0])[1], cells.slice(1, 4)]));
      return { funnel: rows(/^Van start tot resultaat$/), questions };
    })()`)) as { funnel: string[][]; questions: Record<string, string[]> };
  } finally {
    await page.close();
  }
}

const shownAs = (figure: number | string) => String(figure);

for (const database of databases) {
  describe(`monitoring end to end on ${database.name}`, () => {
    let browser: Browser;
    let postgres: TestDatabase | undefined;
    let dataDir: string | undefined;
    let pages: string;
    const runs: Run[] = [];
    const today = todayInBelgium();

    before(async () => {
      for (const built of ['dist/embed/llr-embed.js', 'dist/demo/demo/monitor.html']) assert.ok(existsSync(built), `${built} is missing: run npm run build first`);
      // The page from a copy: the server writes compressed copies beside what it serves.
      pages = mkdtempSync(join(tmpdir(), 'llr-e2e-pages-'));
      cpSync(new URL('./page', import.meta.url), pages, { recursive: true });
      postgres = database.url ? await freshPostgres(database.url) : undefined;
      dataDir = postgres ? undefined : mkdtempSync(join(tmpdir(), 'llr-e2e-pglite-'));
      browser = await puppeteer.launch(launchOptions());
    });
    after(async () => {
      await browser?.close();
      await postgres?.drop();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
      rmSync(pages, { recursive: true, force: true });
    });

    it('the browser completes the Wegwijzer and opens the wallet for three people; the server then holds exactly their signals', async () => {
      const { app, origin } = await startServer({ url: postgres?.url, dataDir }, pages, 0);
      try {
        for (const history of PERSONA_HISTORIES) await app.llr.store.importHistory(history);
        // Each run: started, each question shown and answered, completed, the wallet shown, one "Zo gebruik je het".
        const signalsOf = (r: Run) => 1 + 2 * r.asked.length + 1 + 1 + 1;
        let sent = 0;
        const delivered = async (run: Run) => {
          sent += signalsOf(run);
          for (let i = 0; i < 100 && (await app.llr.store.countedSignals()) < sent; i++) await new Promise((resolve) => setTimeout(resolve, 100));
        };
        for (const persona of PERSONAS) runs.push(await completeFor(browser, origin, persona, delivered));
        assert.ok(runs.every((r) => r.asked.length > 1), 'paths of several questions');
        assert.ok(runs.some((r) => r.dontKnow.length > 0), 'an "Ik weet het niet" among them');
        assert.ok(new Set(runs.map((r) => r.walletState)).size > 1, 'wallets in different states');
        assert.equal(await app.llr.store.countedSignals(), runs.reduce((n, r) => n + signalsOf(r), 0), 'every beacon counted, nothing else');

        const token = ((await (await fetch(`${origin}/demo/token?role=analyst`)).json()) as { access_token: string }).access_token;
        const res = await fetch(`${origin}${API}/indicators?from=${today}&to=${today}`, { headers: { Authorization: `Bearer ${token}` } });
        assert.equal(res.status, 200);
        const indicators = (await res.json()) as Indicators;
        assert.deepEqual(actualIndicators(indicators), expectedIndicators(runs, 0));

        const shown = await dashboard(browser, origin, today);
        const expected = expectedIndicators(runs, 0);
        assert.deepEqual(
          shown.funnel.map((row) => row.slice(0, 2)),
          [['Gestart', shownAs(expected.started)], ...expected.funnel.map((f, i) => [`Vraag ${i + 1}`, shownAs(f)]), ['Resultaat', shownAs(expected.completed)]],
        );
        assert.deepEqual(
          shown.questions,
          Object.fromEntries(Object.entries(expected.questions).map(([q, f]) => [q, [shownAs(f.shown), shownAs(f.answered), shownAs(f.dontKnow)]])),
        );
      } finally {
        await app.close();
      }
    });

    it('with the threshold lowered to 2 for this test, the same counters show their small cells withheld', async () => {
      assert.equal(runs.length, PERSONAS.length, 'the first run went through');
      const { app, origin } = await startServer({ url: postgres?.url, dataDir }, pages, LOW_THRESHOLD);
      try {
        const token = ((await (await fetch(`${origin}/demo/token?role=analyst`)).json()) as { access_token: string }).access_token;
        const indicators = (await (await fetch(`${origin}${API}/indicators?from=${today}&to=${today}`, { headers: { Authorization: `Bearer ${token}` } })).json()) as Indicators;
        const expected = expectedIndicators(runs, LOW_THRESHOLD);
        assert.deepEqual(actualIndicators(indicators), expected);
        const serialized = JSON.stringify(expected);
        assert.match(serialized, /"<2"/, 'a count of 1 is withheld');
        assert.match(serialized, /"\d+\+"/, 'a sum with a withheld cell says "at least"');
        const shown = await dashboard(browser, origin, today);
        assert.deepEqual(
          shown.questions,
          Object.fromEntries(Object.entries(expected.questions).map(([q, f]) => [q, [shownAs(f.shown), shownAs(f.answered), shownAs(f.dontKnow)]])),
        );
      } finally {
        await app.close();
      }
    });

    it('a hostile batch (unknown fields, smuggled text, 10 000 signals, a wrong host) is refused with problem+json and changes no counter', async () => {
      const { app, origin } = await startServer({ url: postgres?.url, dataDir }, pages, DEFAULTS.suppressBelow);
      try {
        const before = await app.llr.db.query('SELECT * FROM usage_counts ORDER BY 1, 2, 3, 4, 5, 6');
        const batches: [string, unknown, number][] = [
          ['unknown fields', { host: 'burgerprofiel', events: [{ type: 'wallet-shown', state: 'loaded', userAgent: 'Mozilla/5.0', ip: '198.51.100.7' }] }, 400],
          ['text smuggled in as a question key', { host: 'burgerprofiel', events: [{ type: 'wegwijzer-answer-edited', question: 'JanPeetersKerkstraat1' }] }, 400],
          ['10 000 signals', { host: 'burgerprofiel', events: Array.from({ length: 10_000 }, () => ({ type: 'wegwijzer-started' })) }, 413],
          ['a wrong host id', { host: 'www.burgerprofiel.be', events: [{ type: 'wegwijzer-started' }] }, 400],
          ['a host that is not configured', { host: 'tracker', events: [{ type: 'wegwijzer-started' }] }, 400],
        ];
        for (const [label, batch, status] of batches) {
          // As a beacon sends it (text/plain), and as JSON.
          for (const type of ['text/plain;charset=UTF-8', 'application/json']) {
            const res = await fetch(`${origin}${API}/events`, { method: 'POST', headers: { 'Content-Type': type }, body: JSON.stringify(batch) });
            assert.equal(res.status, status, `${label} (${type})`);
            assert.match(res.headers.get('content-type') ?? '', /^application\/problem\+json/, label);
            assert.equal(((await res.json()) as { status: number }).status, status);
          }
        }
        assert.deepEqual(await app.llr.db.query('SELECT * FROM usage_counts ORDER BY 1, 2, 3, 4, 5, 6'), before);
      } finally {
        await app.close();
      }
    });

    it('the monitor is no part of the citizens\' embed', () => {
      const files = ['llr-embed.js', ...readdirSync('dist/embed/chunks').filter((f) => f.endsWith('.js')).map((f) => `chunks/${f}`)];
      for (const file of files) assert.ok(!readFileSync(join('dist/embed', file), 'utf8').includes('llr-monitor'), `${file} mentions llr-monitor`);
    });
  });
}
