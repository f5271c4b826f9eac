/**
 * Visual regression of the Storybook (storybook-static, built by `npm test` or `npm run build-storybook`): every
 * story rendered in headless Debian Chromium and compared with its committed baseline in test/visual/baselines/.
 *
 *   npm run test:visual               compare (what `npm test` runs, through test/visual/visual.node.test.ts)
 *   npm run test:visual -- --update   accept the current rendering as the new baselines (after an intended change)
 *
 * A difference writes the actual and a diff image to .cache/visual/ (the report lists them). Time is frozen at the
 * mock's reference moment and motion is reduced, so a story renders the same on every run and machine of this kind.
 * A small tolerance absorbs anti-aliasing; a changed token, text or layout is far above it.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import sirv from 'sirv';
import { PNG } from 'pngjs';
import pixelmatch from 'pixelmatch';
import { launchOptions } from '../test/support/chromium';

export const BASELINES = 'test/visual/baselines';
const REPORT = '.cache/visual';
const STATIC = 'storybook-static';
/** The moment every story sees as "now": the mock's data are from 27 and 28 November 2026. */
const FROZEN_NOW = Date.parse('2026-11-28T09:00:00+01:00');
const VIEWPORT = { width: 760, height: 900 };
/** Tall stories (the huge wallet) are compared on their first screens only (and the baselines stay small). */
const MAX_HEIGHT = 2400;
/** Stories rendered at the same time: one tab per core of this kind of machine. */
const TABS = 2;
/** pixelmatch's per-pixel colour threshold, and the share of pixels that may differ (anti-aliasing). */
const PIXEL_THRESHOLD = 0.1;
const MAX_DIFF_RATIO = 0.002;
/**
 * How long a story may take to settle (no element busy): longer than the API client's 10 s timeout, so the timeout
 * stories show their error. Stories tagged `visual-loading` (an API that never answers) are captured once rendered.
 */
const SETTLE_MS = 15_000;
const LOADING_TAG = 'visual-loading';

export interface StoryResult {
  id: string;
  status: 'same' | 'changed' | 'new' | 'updated';
  diffRatio?: number;
  detail?: string;
}

interface IndexEntry {
  id: string;
  type: string;
  tags?: string[];
}

function stories(): IndexEntry[] {
  const index = JSON.parse(readFileSync(join(STATIC, 'index.json'), 'utf8')) as { entries: Record<string, IndexEntry> };
  return Object.values(index.entries)
    .filter((e) => e.type === 'story')
    .sort((a, b) => (a.id < b.id ? -1 : 1));
}

function serve(): Promise<Server> {
  // Cacheable: every story page loads the same Storybook bundles, from the browser's cache after the first.
  const files = sirv(STATIC, { maxAge: 3600, etag: true });
  const server = createServer((req, res) => files(req, res, () => {
    res.statusCode = 404;
    res.end();
  }));
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/**
 * Scripts that run in the page are plain strings: TypeScript run through tsx adds helpers (`__name`) to functions,
 * which do not exist in the page.
 *
 * FREEZE_TIME: "now" is FROZEN_NOW for Date (timers still run), before any script of the page.
 * RENDERED: the story's play function has run, every LLR element in the story is defined and has rendered into its shadow root (a loading state counts).
 * SETTLED: rendered, and none busy (looked up through shadow roots). A story that stays busy (loading) is captured
 * once rendered.
 */
const FREEZE_TIME = `{
  const RealDate = Date;
  const now = ${FROZEN_NOW};
  globalThis.Date = class extends RealDate {
    constructor(...args) { if (args.length === 0) super(now); else super(...args); }
    static now() { return now; }
  };
}`;
const RENDERED = `(() => {
  // Storybook has run the story's play function (its render phase ends with "finished").
  if ((window.__STORYBOOK_PREVIEW__?.currentRender?.phase ?? 'finished') !== 'finished') return false;
  const root = document.querySelector('#storybook-root');
  if (!root || !root.firstElementChild) return false;
  return Array.from(root.querySelectorAll('*')).every((el) => !el.localName.startsWith('llr-') || (customElements.get(el.localName) && el.shadowRoot && el.shadowRoot.childElementCount > 0) || el.localName === 'llr-provider');
})()`;
const SETTLED = `(() => {
  const root = document.querySelector('#storybook-root');
  const busy = (node) => Array.from(node.querySelectorAll('*')).some((el) => el.getAttribute('aria-busy') === 'true' || (el.shadowRoot && busy(el.shadowRoot)));
  return ${RENDERED} && !busy(root);
})()`;
const NEXT_FRAMES = `document.fonts.ready.then(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))))`;

/** One new tab per story (fresh sessionStorage, which stories use for stored answers), sharing the HTTP cache. */
async function capture(browser: Browser, base: string, story: IndexEntry): Promise<Buffer> {
  const id = story.id;
  const page = await browser.newPage();
  try {
    await page.setViewport(VIEWPORT);
    await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    await page.evaluateOnNewDocument(FREEZE_TIME);
    await page.goto(`${base}/iframe.html?id=${encodeURIComponent(id)}&viewMode=story`, { waitUntil: 'load' });
    await page.waitForFunction(RENDERED, { timeout: SETTLE_MS, polling: 100 }).catch(() => undefined);
    if (!story.tags?.includes(LOADING_TAG)) await page.waitForFunction(SETTLED, { timeout: SETTLE_MS, polling: 100 }).catch(() => undefined);
    await page.evaluate(NEXT_FRAMES);
    const root = await page.$('#storybook-root');
    const box = await root?.boundingBox();
    const clip = { x: 0, y: 0, width: VIEWPORT.width, height: Math.max(1, Math.min(MAX_HEIGHT, Math.ceil((box?.y ?? 0) + (box?.height ?? VIEWPORT.height)))) };
    return Buffer.from(await page.screenshot({ clip, captureBeyondViewport: true }));
  } finally {
    await page.close();
  }
}

function compare(actual: Buffer, expected: Buffer): { ratio: number; diff?: PNG; detail?: string } {
  const a = PNG.sync.read(actual);
  const e = PNG.sync.read(expected);
  if (a.width !== e.width || a.height !== e.height) return { ratio: 1, detail: `size ${a.width}×${a.height}, baseline ${e.width}×${e.height}` };
  const diff = new PNG({ width: a.width, height: a.height });
  const pixels = pixelmatch(a.data, e.data, diff.data, a.width, a.height, { threshold: PIXEL_THRESHOLD });
  return { ratio: pixels / (a.width * a.height), diff };
}

/**
 * Renders every story and compares it with its baseline. `update`: write the baselines instead. Without `update`, a
 * story without a baseline is `new` (and fails in CI, where the baseline must be committed).
 */
export async function runVisual(options: { update?: boolean; only?: (id: string) => boolean } = {}): Promise<StoryResult[]> {
  if (!existsSync(join(STATIC, 'index.json'))) throw new Error(`${STATIC} is missing: run npm run build-storybook first`);
  mkdirSync(BASELINES, { recursive: true });
  mkdirSync(REPORT, { recursive: true });
  const server = await serve();
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await puppeteer.launch(launchOptions());
  const results: StoryResult[] = [];
  const check = async (story: IndexEntry): Promise<StoryResult> => {
    const id = story.id;
    const actual = await capture(browser, base, story);
    const file = join(BASELINES, `${id}.png`);
    if (options.update) {
      writeFileSync(file, actual);
      return { id, status: 'updated' };
    }
    if (!existsSync(file)) {
      writeFileSync(join(REPORT, `${id}.actual.png`), actual);
      return { id, status: 'new', detail: `no baseline: ${REPORT}/${id}.actual.png` };
    }
    const { ratio, diff, detail } = compare(actual, readFileSync(file));
    if (ratio <= MAX_DIFF_RATIO) return { id, status: 'same', diffRatio: ratio };
    writeFileSync(join(REPORT, `${id}.actual.png`), actual);
    if (diff) writeFileSync(join(REPORT, `${id}.diff.png`), PNG.sync.write(diff));
    return { id, status: 'changed', diffRatio: ratio, detail: detail ?? `${(ratio * 100).toFixed(2)} % of the pixels differ: ${REPORT}/${id}.diff.png` };
  };
  try {
    const only = options.only ?? (() => true);
    const queue = stories().filter((s) => only(s.id));
    await Promise.all(
      Array.from({ length: TABS }, async () => {
        for (let story = queue.shift(); story !== undefined; story = queue.shift()) results.push(await check(story));
      }),
    );
    results.sort((a, b) => (a.id < b.id ? -1 : 1));
  } finally {
    await browser.close();
    server.close();
  }
  return results;
}

// As a command: npm run test:visual [-- --update] [-- --only <substring>]
if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '')) {
  const update = process.argv.includes('--update');
  const onlyAt = process.argv.indexOf('--only');
  const needle = onlyAt > 0 ? process.argv[onlyAt + 1] : undefined;
  const results = await runVisual({ update, ...(needle ? { only: (id: string) => id.includes(needle) } : {}) });
  for (const r of results) if (r.status !== 'same') console.log(`${r.status.padEnd(8)} ${r.id}${r.detail ? `  ${r.detail}` : ''}`);
  const failed = results.filter((r) => r.status === 'changed' || r.status === 'new');
  console.log(`\n${results.length} stories: ${results.filter((r) => r.status === 'same').length} same, ${results.filter((r) => r.status === 'updated').length} updated, ${failed.length} changed or new`);
  if (failed.length && !update) console.log('Intended? Accept them with: npm run test:visual -- --update');
  process.exit(failed.length && !update ? 1 : 0);
}
