/**
 * The embedded pages for Mijn Burgerprofiel (dist/pages/embed/*.html, built by `npm run build`) inside a portal's
 * iframe, in headless Chromium: served under the strict CSP (frame-ancestors: the portal), the mock API answered
 * in Node. The portal (test/embed/page/host.js) is on another origin and hands over the token by postMessage; a
 * stranger (hostile.js) on a third origin is not on the allow-list.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import puppeteer, { type Browser, type Frame, type Page } from 'puppeteer-core';
import { http, type RequestHandler } from 'msw';
import { serve, type Served } from '../../scripts/serve';
import { handlers as defaultHandlers } from '../../mocks/handlers';
import { launchOptions } from '../support/chromium';

const PAGES = 'dist/pages';
/** The built pages with the test portal's origin in their allow-list (what LLR_EMBED_ALLOWED_ORIGINS does at build time). */
const CONFIGURED = '.cache/embed-pages-test';
const PERSONA_TOKEN = 'demo-low-educated-employee';
const STRANGER_TOKEN = 'demo-high-educated-pop';
const TITLES = { nl: 'Jouw leer- en loopbaanrekening', fr: 'Votre compte de formation et de carrière' };

interface Message {
  source: string;
  version: number;
  page: string;
  type: string;
  height?: number;
  url?: string;
}

describe('embedded pages (Mijn Burgerprofiel) in a portal iframe', () => {
  let portal: Served;
  let stranger: Served;
  let pages: Served;
  /** The same pages with the production header: only the portal may frame them. */
  let strictPages: Served;
  let browser: Browser;
  /** The Authorization header of every API request (empty when none). */
  const authorizations: string[] = [];
  const handlers: RequestHandler[] = [
    http.all('*/api/llr/v1/*', ({ request }) => {
      authorizations.push(request.headers.get('authorization') ?? '');
      // No answer: the mock API's own handlers answer.
    }),
    ...defaultHandlers,
  ];

  before(async () => {
    assert.ok(existsSync(`${PAGES}/embed/wallet.html`), `${PAGES} is missing: run npm run build first (npm test does).`);
    portal = await serve({ mounts: [{ prefix: '/', dir: 'test/embed/page' }] });
    stranger = await serve({ mounts: [{ prefix: '/', dir: 'test/embed/page' }] });
    rmSync(CONFIGURED, { recursive: true, force: true });
    mkdirSync(CONFIGURED, { recursive: true });
    for (const name of ['wallet', 'wegwijzer']) {
      const html = readFileSync(`${PAGES}/embed/${name}.html`, 'utf8');
      const configured = html.replace('<meta name="llr-allowed-origins" content="" />', `<meta name="llr-allowed-origins" content="${portal.url}" />`);
      assert.notEqual(configured, html, 'the built page has the allow-list meta');
      writeFileSync(`${CONFIGURED}/${name}.html`, configured);
    }
    const mounts = [{ prefix: '/embed/', dir: CONFIGURED }, { prefix: '/', dir: PAGES }];
    // Framed by the stranger too: a server without the header, so the page's own origin check is what is tested.
    pages = await serve({ mounts, handlers, csp: true, frameAncestors: [portal.url, stranger.url] });
    strictPages = await serve({ mounts, handlers, csp: true, frameAncestors: [portal.url] });
    browser = await puppeteer.launch(launchOptions());
  });
  after(async () => {
    await browser?.close();
    await Promise.all([portal, stranger, pages, strictPages].map((s) => s?.close()));
  });

  /** Collects CSP violations and uncaught errors in every frame (window.__llrViolations, window.__llrErrors). */
  async function newPage(): Promise<Page> {
    const page = await browser.newPage();
    await page.evaluateOnNewDocument(() => {
      const w = window as unknown as { __llrViolations: string[]; __llrErrors: string[] };
      w.__llrViolations = [];
      w.__llrErrors = [];
      document.addEventListener('securitypolicyviolation', (e) => w.__llrViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
      window.addEventListener('error', (e) => w.__llrErrors.push(String(e.message)));
      window.addEventListener('unhandledrejection', (e) => w.__llrErrors.push(String(e.reason)));
    });
    return page;
  }

  /** The portal page framing `embedded` (a path with its query on the pages server). */
  async function openPortal(embedded: string, query = ''): Promise<{ page: Page; frame: Frame }> {
    const page = await newPage();
    const frameUrl = `${pages.url}${embedded}`;
    await page.goto(`${portal.url}/host.html?frame=${encodeURIComponent(frameUrl)}${query}`, { waitUntil: 'load' });
    const handle = await page.waitForSelector('#llr');
    const frame = await handle!.contentFrame();
    assert.ok(frame, 'the embedded page is in a frame');
    await frame.waitForFunction(() => document.readyState === 'complete', { timeout: 10000 });
    return { page, frame };
  }

  const messages = (page: Page) => page.evaluate(() => (window as unknown as { __messages: Message[] }).__messages);

  async function shadowText(frame: Frame, tag: string, pattern: RegExp): Promise<string> {
    await frame.waitForFunction(
      (t: string, source: string) => new RegExp(source).test(document.querySelector(t)?.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? ''),
      { timeout: 15000 },
      tag,
      pattern.source,
    );
    return frame.$eval(tag, (el) => el.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '');
  }

  async function assertClean(frame: Frame): Promise<void> {
    assert.deepEqual(await frame.evaluate(() => (window as unknown as { __llrViolations: string[] }).__llrViolations), [], 'no CSP or Trusted Types violation');
    assert.deepEqual(await frame.evaluate(() => (window as unknown as { __llrErrors: string[] }).__llrErrors), [], 'no uncaught error');
  }

  it('shows the citizen\'s wallet with the token the portal hands over, in the language and options of its URL, under the strict CSP', async () => {
    authorizations.length = 0;
    const { page, frame } = await openPortal('/embed/wallet.html?lang=fr&heading-level=2', `&token=${PERSONA_TOKEN}`);
    await shadowText(frame, 'llr-wallet', new RegExp(TITLES.fr));
    await frame.waitForFunction(() => (document.querySelector('llr-wallet')?.shadowRoot?.querySelectorAll('llr-incentive-card').length ?? 0) > 0, { timeout: 15000 });
    assert.equal(await frame.$eval('llr-wallet', (el) => el.shadowRoot?.querySelector('#wallet-title')?.localName), 'h2');
    assert.deepEqual(await frame.evaluate(() => [document.documentElement.lang, document.title]), ['fr', 'Compte de formation et de carrière']);
    assert.ok(authorizations.includes(`Bearer ${PERSONA_TOKEN}`), 'the API got the portal\'s token');
    const sent = await messages(page);
    assert.equal(sent[0]?.type, 'ready');
    assert.ok(sent.every((m) => m.source === 'llr-embed' && m.version === 1 && m.page === 'wallet'));
    assert.doesNotMatch(JSON.stringify(sent), /demo-/, 'the page never sends the token back');
    const policy = (await fetch(`${pages.url}/embed/wallet.html`)).headers.get('content-security-policy') ?? '';
    assert.match(policy, /require-trusted-types-for 'script'/);
    assert.match(policy, new RegExp(`frame-ancestors ${portal.url}`));
    await assertClean(frame);
    await page.close();
  });

  it('reports its height, so the portal sizes the frame to the content (no inner scroll bar)', async () => {
    const { page, frame } = await openPortal('/embed/wallet.html', `&token=${PERSONA_TOKEN}`);
    await shadowText(frame, 'llr-wallet', new RegExp(TITLES.nl));
    await frame.waitForFunction(() => document.querySelector('llr-wallet')?.getAttribute('aria-busy') !== 'true', { timeout: 10000 });
    // The last height the page reported is the height of its content, and the frame is that tall.
    await page.waitForFunction(
      () => {
        const heights = (window as unknown as { __messages: Message[] }).__messages.filter((m) => m.type === 'height');
        return heights.length > 0 && document.getElementById('llr')!.getBoundingClientRect().height === heights.at(-1)!.height;
      },
      { timeout: 10000 },
    );
    const content = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    const reported = (await messages(page)).filter((m) => m.type === 'height').map((m) => m.height ?? 0);
    assert.ok(reported.length >= 2, `the height changed as the wallet loaded: ${reported.join(', ')}`);
    assert.equal(reported.at(-1), content);
    assert.ok(content > 400, `a whole wallet: ${content} px`);
    assert.equal(await frame.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight + 1), true, 'no scroll bar inside the frame');
    await page.close();
  });

  it('opens links outside the frame: the portal gets them, the frame stays where it is', async () => {
    const { page, frame } = await openPortal('/embed/wallet.html', `&token=${PERSONA_TOKEN}`);
    await shadowText(frame, 'llr-wallet', new RegExp(TITLES.nl));
    const href = await frame.$eval('llr-wallet', (el) => {
      const link = Array.from(el.shadowRoot?.querySelectorAll<HTMLAnchorElement>('a[href^="https:"]') ?? [])[0];
      link?.click();
      return link?.href ?? '';
    });
    assert.ok(href, 'the wallet has a link to another page');
    await page.waitForFunction(() => (window as unknown as { __messages: Message[] }).__messages.some((m) => m.type === 'open-link'), { timeout: 5000 });
    assert.deepEqual((await messages(page)).filter((m) => m.type === 'open-link').map((m) => m.url), [href]);
    assert.match(frame.url(), /\/embed\/wallet\.html$/);
    await page.close();
  });

  it('follows the portal\'s login: a later token shows the wallet, a logout asks the portal to log in', async () => {
    authorizations.length = 0;
    // The portal says "anonymous" first (token null): the wallet asks to log in.
    const { page, frame } = await openPortal('/embed/wallet.html');
    await frame.waitForFunction(() => document.querySelector('llr-wallet')?.shadowRoot?.querySelector('[part~="login-link"]'), { timeout: 10000 });
    // The login arrives.
    await page.evaluate((t: string) => (window as unknown as { __setToken(t: string | null): void }).__setToken(t), PERSONA_TOKEN);
    await frame.waitForFunction(() => !!document.querySelector('llr-wallet')?.shadowRoot?.querySelector('llr-incentive-card'), { timeout: 15000 });
    assert.ok(authorizations.includes(`Bearer ${PERSONA_TOKEN}`));
    // The logout: the API answers 401, the page hands the login to the portal and offers a button (not a link out).
    await page.evaluate(() => (window as unknown as { __setToken(t: string | null): void }).__setToken(null));
    await page.waitForFunction(() => (window as unknown as { __messages: Message[] }).__messages.some((m) => m.type === 'auth-required'), { timeout: 10000 });
    await frame.waitForFunction(() => document.querySelector('llr-wallet')?.shadowRoot?.querySelector('[part~="login-link"]')?.localName === 'button', { timeout: 10000 });
    await assertClean(frame);
    await page.close();
  });

  it('shows the Wegwijzer in the language of its URL and sizes its frame', async () => {
    const { page, frame } = await openPortal('/embed/wegwijzer.html?lang=en&heading-level=2');
    await frame.waitForFunction(() => !!document.querySelector('llr-wegwijzer')?.shadowRoot?.querySelector('#step-heading'), { timeout: 15000 });
    assert.equal(await frame.$eval('llr-wegwijzer', (el) => el.shadowRoot?.querySelector('#step-heading')?.localName), 'h2');
    assert.deepEqual(await frame.evaluate(() => [document.documentElement.lang, document.title]), ['en', 'Signpost: learning and career account']);
    await page.waitForFunction(() => (window as unknown as { __messages: Message[] }).__messages.some((m) => m.type === 'height' && (m.height ?? 0) > 200), { timeout: 10000 });
    assert.ok((await messages(page)).every((m) => m.page === 'wegwijzer'));
    await assertClean(frame);
    await page.close();
  });

  it('shows the Wegwijzer in German (?lang=de-BE): its page title, lang and first question, under the strict CSP', async () => {
    const { page, frame } = await openPortal('/embed/wegwijzer.html?lang=de-BE');
    await shadowText(frame, 'llr-wegwijzer', /Was machen Sie zurzeit hauptsächlich\?/);
    assert.deepEqual(await frame.evaluate(() => [document.documentElement.lang, document.title]), ['de', 'Wegwijzer (Wegweiser): Lern- und Laufbahnkonto']);
    await assertClean(frame);
    await page.close();
  });

  it('ignores a parent on an origin that is not on the allow-list: no token taken, nothing sent to it', async () => {
    authorizations.length = 0;
    const page = await newPage();
    await page.goto(`${stranger.url}/hostile.html?frame=${encodeURIComponent(`${pages.url}/embed/wallet.html`)}`, { waitUntil: 'load' });
    const frame = await (await page.waitForSelector('#llr'))!.contentFrame();
    assert.ok(frame);
    // The page waits for a host that never comes (3 s), then is anonymous: the login prompt.
    await frame.waitForFunction(() => document.querySelector('llr-wallet')?.shadowRoot?.querySelector('[part~="login-link"]')?.localName === 'a', { timeout: 15000 });
    await new Promise((r) => setTimeout(r, 500));
    assert.ok((await page.evaluate(() => (window as unknown as { __posted: number }).__posted)) > 10, 'the stranger kept posting its token');
    assert.ok(!authorizations.some((a) => a.includes(STRANGER_TOKEN)), `the stranger's token never reached the API: ${authorizations.join(', ')}`);
    assert.deepEqual(await page.evaluate(() => (window as unknown as { __received: unknown[] }).__received), [], 'the page sent nothing to the stranger');
    await assertClean(frame);
    await page.close();
  });

  it('ignores another frame on the portal\'s page that posts a token', async () => {
    authorizations.length = 0;
    const sibling = encodeURIComponent(`${stranger.url}/hostile.html?sibling`);
    const { page, frame } = await openPortal('/embed/wallet.html', `&sibling=${sibling}`);
    // The portal is anonymous (token null); the sibling keeps posting its token for 4 s.
    await frame.waitForFunction(() => document.querySelector('llr-wallet')?.shadowRoot?.querySelector('[part~="login-link"]'), { timeout: 10000 });
    await new Promise((r) => setTimeout(r, 1500));
    const siblingFrame = await (await page.waitForSelector('#sibling'))!.contentFrame();
    assert.ok((await siblingFrame!.evaluate(() => (window as unknown as { __posted: number }).__posted)) > 10, 'the sibling kept posting its token');
    assert.ok(!authorizations.some((a) => a.includes(STRANGER_TOKEN)), `the sibling's token never reached the API: ${authorizations.join(', ')}`);
    await page.close();
  });

  it('with the production header, a stranger cannot even frame the page', async () => {
    const before = strictPages.requests.length;
    const page = await newPage();
    await page.goto(`${stranger.url}/hostile.html?frame=${encodeURIComponent(`${strictPages.url}/embed/wallet.html`)}`, { waitUntil: 'load' });
    await new Promise((r) => setTimeout(r, 1000));
    const fetched = strictPages.requests.slice(before);
    assert.deepEqual(fetched, ['GET /embed/wallet.html'], 'the browser refused the frame after its header: no script, no API request');
    await page.close();
  });

  it('alone (not in a frame) is anonymous at once and sends no messages', async () => {
    const page = await newPage();
    await page.goto(`${pages.url}/embed/wallet.html`, { waitUntil: 'load' });
    const started = Date.now();
    await page.waitForFunction(() => document.querySelector('llr-wallet')?.shadowRoot?.querySelector('[part~="login-link"]'), { timeout: 10000 });
    assert.ok(Date.now() - started < 2500, 'no wait for a host');
    await page.close();
  });
});
