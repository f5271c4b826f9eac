/**
 * The embed bundle (dist/embed/llr-embed.js, built by `npm run build`) on a page served with a strict
 * Content-Security-Policy and Trusted Types, loaded twice, against the mock API served by Node.
 * The elements must render and the page must record zero violations and zero uncaught errors.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { serve, type Served } from '../../scripts/serve';
import { launchOptions } from '../support/chromium';

const EMBED = 'dist/embed/llr-embed.js';
// The embed defines only the elements a page uses (see src/embed.ts); these pages check that too.

describe('llr-embed.js under a strict CSP with Trusted Types', () => {
  let served: Served;
  let browser: Browser;

  before(async () => {
    assert.ok(existsSync(EMBED), `${EMBED} is missing: run npm run build first (npm test does).`);
    served = await serve({ csp: true, mounts: [{ prefix: '/dist/', dir: 'dist' }, { prefix: '/', dir: 'test/csp/page' }] });
    browser = await puppeteer.launch(launchOptions());
  });
  after(async () => {
    await browser?.close();
    await served?.close();
  });

  async function open(query = '', file = 'embed.html'): Promise<Page & { requests: string[] }> {
    const page = (await browser.newPage()) as Page & { requests: string[] };
    page.requests = [];
    page.on('request', (r) => page.requests.push(new URL(r.url()).pathname));
    const consoleErrors: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
    const response = await page.goto(`${served.url}/${file}${query}`, { waitUntil: 'load' });
    assert.match(response?.headers()['content-security-policy'] ?? '', /require-trusted-types-for 'script'/);
    (page as Page & { consoleErrors?: string[] }).consoleErrors = consoleErrors;
    return page;
  }

  /** Text rendered in an element's shadow root, once it has any. */
  async function shadowText(page: Page, tag: string): Promise<string> {
    await page.waitForFunction(
      (t) => {
        const el = document.querySelector(t);
        const text = el?.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
        return text.length > 20 && el?.getAttribute('aria-busy') !== 'true' && !el?.shadowRoot?.querySelector('[aria-busy="true"]');
      },
      { timeout: 15000 },
      tag,
    );
    return page.$eval(tag, (el) => el.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '');
  }

  it('renders every element anonymously with zero CSP or Trusted Types violations', async () => {
    const page = await open();
    for (const tag of ['llr-wallet', 'llr-incentive-card', 'llr-training-incentives', 'llr-wegwijzer']) {
      const text = await shadowText(page, tag);
      assert.ok(text.length > 20, `${tag} rendered: ${text.slice(0, 80)}`);
    }
    assert.deepEqual(await page.evaluate(() => (window as unknown as { __llrViolations: string[] }).__llrViolations), []);
    assert.deepEqual(await page.evaluate(() => (window as unknown as { __llrErrors: string[] }).__llrErrors), []);
    await page.close();
  });

  /** The element chunks the page downloaded (chunks/wallet-….js → "wallet"). */
  const chunks = (page: { requests: string[] }) =>
    page.requests.filter((p) => p.startsWith('/dist/embed/chunks/')).map((p) => p.replace(/^.*\/chunks\/(.*)-[\w-]{8}\.js$/, '$1'));

  it('a course catalogue with badges only never downloads the wallet or the Wegwijzer', async () => {
    const page = await open('', 'catalogue.html');
    const text = await shadowText(page, 'llr-training-incentives');
    assert.match(text, /mogelijk|Geen Vlaamse opleidingspremie/);
    const loaded = chunks(page);
    assert.ok(loaded.includes('training-incentives'), `badge chunk loaded: ${loaded.join(', ')}`);
    assert.ok(loaded.includes('training-incentives-outlook'), `the rules load with the data: ${loaded.join(', ')}`);
    for (const absent of ['wallet', 'wegwijzer', 'wegwijzer-engine', 'provider', 'incentive-card', 'en', 'fr', 'de']) {
      assert.ok(!loaded.includes(absent), `${absent} not downloaded on a badge-only Dutch page: ${loaded.join(', ')}`);
    }
    assert.deepEqual(await page.evaluate(() => [!!customElements.get('llr-wallet'), !!customElements.get('llr-wegwijzer')]), [false, false]);
    assert.deepEqual(await page.evaluate(() => (window as unknown as { __llrViolations: string[] }).__llrViolations), []);
    assert.deepEqual(await page.evaluate(() => (window as unknown as { __llrErrors: string[] }).__llrErrors), []);
    await page.close();
  });

  it('defines an element the host adds later (a route change in a single-page app)', async () => {
    const page = await open('?late=llr-wallet', 'catalogue.html');
    await shadowText(page, 'llr-training-incentives');
    const text = await shadowText(page, 'llr-wallet');
    assert.match(text, /aan/i, `the wallet rendered (anonymous: asks to log in): ${text.slice(0, 120)}`);
    assert.ok(chunks(page).includes('wallet'));
    assert.deepEqual(await page.evaluate(() => (window as unknown as { __llrErrors: string[] }).__llrErrors), []);
    await page.close();
  });

  it('llr-embed.css gives each element the height of its own loading state until it is defined, and none when hidden', async () => {
    const IDS = ['shown', 'wegwijzer', 'badge', 'card'];
    const measure = (file: string, width: number) => async () => {
      const page = await browser.newPage();
      await page.setViewport({ width, height: 900 });
      // The API never answers: defined elements stay in their loading state.
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        if (!new URL(request.url()).pathname.startsWith('/api/')) void request.continue();
      });
      await page.goto(`${served.url}/${file}`, { waitUntil: 'load' });
      if (file === 'loading.html') {
        await page.waitForFunction((ids: string[]) => ids.every((id) => customElements.get(document.getElementById(id)!.localName)), { timeout: 10000 }, IDS);
        await new Promise((r) => setTimeout(r, 300));
      }
      const heights = await page.evaluate((ids: string[]) => Object.fromEntries([...ids, 'hidden'].map((id) => [id, document.getElementById(id)?.getBoundingClientRect().height ?? 0])), IDS);
      await page.close();
      return heights;
    };
    for (const width of [1100, 360]) {
      const reserved = await measure('reserve.html', width)();
      const loading = await measure('loading.html', width)();
      assert.equal(reserved.hidden, 0, 'no room for a hidden element');
      // The same height, so nothing moves when the element upgrades. (A change to a skeleton needs one in src/llr-embed.css.)
      for (const id of IDS) assert.ok(Math.abs((reserved[id] ?? 0) - (loading[id] ?? 0)) < 1, `${id} at ${width} px: reserved ${reserved[id]}, loading state ${loading[id]}`);
    }
  });

  it('llr-embed.js reserves the same room on pages that do not link llr-embed.css (one source: src/llr-embed.css)', async () => {
    const page = await open('', 'catalogue.html');
    await shadowText(page, 'llr-training-incentives');
    const linked = readFileSync('dist/embed/llr-embed.css', 'utf8');
    // (No named functions inside evaluate(): tsx would wrap them in a helper the page does not have.)
    const { adopted, expected } = await page.evaluate((css: string) => {
      const fromFile = new CSSStyleSheet();
      fromFile.replaceSync(css);
      return {
        adopted: document.adoptedStyleSheets.flatMap((sheet) => Array.from(sheet.cssRules, (rule) => rule.cssText)),
        expected: Array.from(fromFile.cssRules, (rule) => rule.cssText),
      };
    }, linked);
    assert.ok(expected.length > 0);
    assert.deepEqual(adopted, expected);
    await page.close();
  });

  it('reports an element whose code could not be loaded, and loads it when the connection is back', async () => {
    const page = await browser.newPage();
    await page.setRequestInterception(true);
    let failed = 0;
    page.on('request', (request) => {
      // The badge's chunk fails once, as on a train going through a tunnel.
      if (/\/chunks\/training-incentives-[\w-]{8}\.js$/.test(new URL(request.url()).pathname) && failed++ === 0) void request.abort('internetdisconnected');
      else void request.continue();
    });
    await page.goto(`${served.url}/catalogue.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => (window as unknown as { __llrEmbedErrors: string[] }).__llrEmbedErrors.length > 0, { timeout: 10000 });
    assert.deepEqual(await page.evaluate(() => (window as unknown as { __llrEmbedErrors: string[] }).__llrEmbedErrors), ['llr-training-incentives']);
    assert.equal(await page.evaluate(() => !!customElements.get('llr-training-incentives')), false);
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    const text = await shadowText(page, 'llr-training-incentives');
    assert.match(text, /mogelijk|Geen Vlaamse opleidingspremie/);
    assert.deepEqual(await page.evaluate(() => (window as unknown as { __llrErrors: string[] }).__llrErrors), []);
    await page.close();
  });

  it('defines what data-elements names, for hosts that render us inside their own shadow root', async () => {
    const page = await open('', 'shadow.html');
    await page.waitForFunction(
      () => {
        const wallet = document.querySelector('host-widget')?.shadowRoot?.querySelector('llr-wallet');
        return (wallet?.shadowRoot?.textContent?.trim().length ?? 0) > 20 && !wallet?.shadowRoot?.querySelector('[aria-busy="true"]');
      },
      { timeout: 15000 },
    );
    assert.ok(chunks(page).includes('wallet'));
    assert.ok(!chunks(page).includes('wegwijzer'));
    assert.deepEqual(await page.evaluate(() => (window as unknown as { __llrViolations: string[] }).__llrViolations), []);
    await page.close();
  });

  it('loads the bundle twice without throwing and defines each tag once', async () => {
    const page = await open();
    await shadowText(page, 'llr-incentive-card');
    const defined = await page.evaluate(() =>
      ['llr-wallet', 'llr-incentive-card', 'llr-training-incentives', 'llr-wegwijzer', 'llr-provider'].map((t) => !!customElements.get(t)),
    );
    assert.deepEqual(defined, [true, true, true, true, true]);
    assert.deepEqual(await page.evaluate(() => (window as unknown as { __llrErrors: string[] }).__llrErrors), []);
    await page.close();
  });

  it('shows the personal net cost when the host passes a token, still without violations', async () => {
    const page = await open('?persona=low-educated-employee');
    const text = await shadowText(page, 'llr-training-incentives');
    assert.ok(text.length > 0);
    assert.deepEqual(await page.evaluate(() => (window as unknown as { __llrViolations: string[] }).__llrViolations), []);
    await page.close();
  });

  it('keeps its script tag configuration when the host loads it with a version in the URL (llr-embed.js?v=…)', async () => {
    const page = await open('', 'versioned.html');
    await shadowText(page, 'llr-training-incentives');
    const hrefs = await page.$eval('llr-training-incentives', (el) => Array.from(el.shadowRoot?.querySelectorAll('a') ?? []).map((a) => a.href));
    assert.ok(hrefs.includes('https://www.vlaanderen.be/wegwijzer?van=versie'), `wegwijzer link from data-wegwijzer-url: ${hrefs.join(', ')}`);
    const entries = page.requests.filter((p) => p === '/dist/embed/llr-embed.js');
    assert.equal(entries.length, 1, `one copy of the entry, not a second one without the query: ${page.requests.join(', ')}`);
    await page.close();
  });

  it('takes its configuration from the data-* attributes of its script tag', async () => {
    const page = await open();
    await shadowText(page, 'llr-training-incentives');
    const hrefs = await page.$eval('llr-training-incentives', (el) =>
      Array.from(el.shadowRoot?.querySelectorAll('a') ?? []).map((a) => a.href),
    );
    assert.ok(hrefs.some((h) => h.startsWith('https://www.vlaanderen.be/wegwijzer')), `wegwijzer link from data-wegwijzer-url: ${hrefs.join(', ')}`);
    await page.close();
  });
});
