/**
 * Browser half of `npm run bench`: render timings (Performance API, median of RUNS), cumulative layout
 * shift and API requests per resource, in headless Debian Chromium against the mock API served by Node.
 * Prints a table; never fails on timings (they are reported, not enforced).
 */
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import puppeteer, { type Browser } from 'puppeteer-core';
import { delay, http, HttpResponse } from 'msw';
import { serve } from './serve';
import { handlers } from '../mocks/handlers';
import { scaledWallet } from '../mocks/personas';
import { launchOptions } from '../test/support/chromium';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
/**
 * The wallet is measured twice: with an API that answers at once (the mock's default), so the cards' chunk,
 * requested in parallel with the data, may still be loading and is on the measured path; and with an API that
 * takes 150 ms, as a real one behind a gateway does, so what is measured is the rendering itself (the budgets).
 */
const API_LATENCIES_MS = [0, 150];
const budgets = JSON.parse(readFileSync('bench/budgets.json', 'utf8'));
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};
const rows: string[][] = [];

if (!existsSync('dist/embed/llr-embed.js')) {
  console.error('dist/embed/llr-embed.js is missing: run npm run build first.');
  process.exit(1);
}

const mounts = [{ prefix: '/dist/', dir: 'dist' }, { prefix: '/', dir: 'bench/page' }];
const browser: Browser = await puppeteer.launch(launchOptions());

async function walletRender(count: number, latency: number): Promise<number[]> {
  const wallet = scaledWallet(count);
  const served = await serve({ mounts, handlers: [http.get('*/api/llr/v1/wallet', async () => {
    if (latency) await delay(latency);
    return HttpResponse.json(wallet);
  }), ...handlers] });
  const times: number[] = [];
  try {
    for (let i = 0; i < RUNS; i += 1) {
      const page = await browser.newPage();
      await page.goto(`${served.url}/wallet.html?persona=large`, { waitUntil: 'domcontentloaded' });
      const rendered = await page.evaluate((n) => (window as unknown as { __walletRendered(n: number): Promise<number> }).__walletRendered(n), count);
      const responseEnd = await page.evaluate((t) => (window as unknown as { __lastApiResponseEnd(t: number): number }).__lastApiResponseEnd(t), rendered);
      if (i > 0) times.push(rendered - responseEnd); // the first run warms the browser cache
      await page.close();
    }
  } finally {
    await served.close();
  }
  return times;
}

for (const latency of API_LATENCIES_MS) {
  for (const count of [10, 50, 200]) {
    const m = median(await walletRender(count, latency));
    // A realistic wallet has about ten entitlements; 200 is the stress case.
    const budget = !latency ? undefined : count === 10 ? budgets.timings.wallet10RenderMs : count === 200 ? budgets.timings.wallet200RenderMs : undefined;
    const api = latency ? `API takes ${latency} ms` : 'API answers at once';
    rows.push([`wallet, ${count} entitlements, ${api}: last API response → rendered`, `${m.toFixed(1)} ms`, budget ? `≤ ${budget} ms` : '', budget ? (m <= budget ? 'met' : 'NOT MET') : '']);
  }
}

// A wizard step: click an answer and "Doorgaan" → the next question is rendered.
{
  const served = await serve({ mounts });
  const times: number[] = [];
  try {
    for (let i = 0; i < RUNS; i += 1) {
      const page = await browser.newPage();
      await page.goto(`${served.url}/all.html`, { waitUntil: 'load' });
      await page.waitForFunction(() => !!document.querySelector('llr-wegwijzer')?.shadowRoot?.querySelector('input[type="radio"]'), { timeout: 15000 });
      const ms = await page.evaluate(async () => {
        const el = document.querySelector('llr-wegwijzer') as HTMLElement & { updateComplete: Promise<unknown> };
        const root = el.shadowRoot as ShadowRoot;
        const before = root.querySelector('legend, h2, h3')?.textContent;
        (root.querySelector('input[type="radio"]') as HTMLInputElement).click();
        const t0 = performance.now();
        (root.querySelector('[part~="continue"]') as HTMLButtonElement).click();
        for (let k = 0; k < 200; k += 1) {
          await el.updateComplete;
          if (root.querySelector('legend, h2, h3')?.textContent !== before) return performance.now() - t0;
          await new Promise((r) => requestAnimationFrame(r));
        }
        return NaN;
      });
      if (i > 0) times.push(ms);
      await page.close();
    }
  } finally {
    await served.close();
  }
  rows.push(['wegwijzer: "Doorgaan" → next question rendered', `${median(times).toFixed(1)} ms`, '', '']);
}

// CLS and requests per resource on a page with all four elements (anonymous and logged in).
for (const persona of ['', 'low-educated-employee']) {
  const served = await serve({ mounts });
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1024, height: 2000 });
    await page.goto(`${served.url}/all.html${persona ? `?persona=${persona}` : ''}`, { waitUntil: 'networkidle0' });
    await new Promise((r) => setTimeout(r, 1000));
    const cls = await page.evaluate(() => (window as unknown as { __cls: number }).__cls);
    const api = served.requests.filter((r) => r.includes('/api/'));
    const perResource = new Map<string, number>();
    for (const r of api) perResource.set(r, (perResource.get(r) ?? 0) + 1);
    const maxPer = Math.max(0, ...perResource.values());
    const who = persona ? `logged in (${persona})` : 'anonymous';
    rows.push([`all four elements, ${who}: cumulative layout shift`, cls.toFixed(4), `= ${budgets.timings.cls}`, cls <= budgets.timings.cls ? 'met' : 'NOT MET']);
    rows.push([`all four elements, ${who}: API requests (distinct)`, `${api.length} (${perResource.size})`, `≤ ${budgets.timings.requestsPerResource} per resource`, maxPer <= budgets.timings.requestsPerResource ? 'met' : `NOT MET (${[...perResource].filter(([, n]) => n > 1).map(([k, n]) => `${k} ×${n}`).join(', ')})`]);
    await page.close();
  } finally {
    await served.close();
  }
}

await browser.close();

const cpu = os.cpus();
console.log(`\nBrowser timings (headless Chromium, median of ${RUNS - 1} warm runs) — ${cpu.length} × ${cpu[0]?.model ?? 'cpu'}, Node ${process.version}`);
const head = ['measure', 'value', 'budget', 'status'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
const line = (r: string[]) => '| ' + r.map((c, i) => (c ?? '').padEnd(widths[i] as number)).join(' | ') + ' |';
console.log(line(head));
console.log('|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|');
for (const r of rows) console.log(line(r));
