/**
 * The React, Angular and Vue host apps (test/hosts/<framework>), built from the packed tarball by
 * `node scripts/hosts.mjs` (npm test runs it after the build), each served with the mock API answered in Node by
 * the msw handlers, and driven in headless Chromium through the same host contract (test/hosts/README.md).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import type { RequestHandler } from 'msw';
import { serve, type Served } from '../../scripts/serve';
import { handlers as defaultHandlers } from '../../mocks/handlers';
import { faultHandlers } from '../../mocks/scenarios';
import { launchOptions } from '../support/chromium';

/** Each app's built files (what its framework's production build writes). */
const APPS = [
  { name: 'React', dist: 'test/hosts/react/dist' },
  { name: 'Angular', dist: 'test/hosts/angular/dist/browser' },
  { name: 'Vue', dist: 'test/hosts/vue/dist' },
];

const COURSES = ['boekhouden-voor-beginners', 'digitale-basisvaardigheden'];
const TITLES = { nl: 'Jouw leer- en loopbaanrekening', en: 'Your learning and career account', fr: 'Votre compte de formation et de carrière' };
/** How long an API answer takes while a test wants requests in flight. */
const SLOW_MS = 4000;

/** A page of a host app, with what it logged and every API request it made. */
interface HostPage {
  page: Page;
  /** Uncaught errors and console errors (not the browser's own "Failed to load resource" for a 401). */
  errors: string[];
  /** API requests in flight. */
  pending: Set<HTTPRequest>;
  /** Every API request: when it started, its path, and how it ended. */
  api: Array<{ at: number; path: string; outcome?: string }>;
}

for (const app of APPS) {
  describe(`${app.name} host app (from the packed tarball)`, () => {
    let served: Served;
    let browser: Browser;
    // The handlers the server answers with; a test may put a fault in front and take it out again.
    const handlers: RequestHandler[] = [...defaultHandlers];

    before(async () => {
      assert.ok(existsSync(`${app.dist}/index.html`), `${app.dist} is missing: run npm run build, then node scripts/hosts.mjs (npm test does both).`);
      served = await serve({ mounts: [{ prefix: '/', dir: app.dist }], handlers });
      browser = await puppeteer.launch(launchOptions());
    });
    after(async () => {
      await browser?.close();
      await served?.close();
    });

    async function open(): Promise<HostPage> {
      const page = await browser.newPage();
      const host: HostPage = { page, errors: [], pending: new Set(), api: [] };
      const entry = new Map<HTTPRequest, { at: number; path: string; outcome?: string }>();
      page.on('pageerror', (error) => host.errors.push(String(error)));
      page.on('console', (m) => {
        if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) host.errors.push(m.text());
      });
      page.on('request', (r) => {
        const path = new URL(r.url()).pathname;
        if (!path.startsWith('/api/')) return;
        const e = { at: Date.now(), path };
        host.api.push(e);
        entry.set(r, e);
        host.pending.add(r);
      });
      const settle = (r: HTTPRequest, outcome: string) => {
        if (!host.pending.delete(r)) return;
        const e = entry.get(r);
        if (e) e.outcome = outcome;
      };
      page.on('requestfinished', (r) => settle(r, 'finished'));
      page.on('requestfailed', (r) => settle(r, r.failure()?.errorText ?? 'failed'));
      await page.goto(served.url, { waitUntil: 'load' });
      return host;
    }

    /** The element's rendered text once it shows `pattern` (it may be loading, or re-rendering after a change). */
    async function waitForText(page: Page, tag: string, pattern: RegExp): Promise<string> {
      await page.waitForFunction(
        (t: string, source: string) => new RegExp(source).test(document.querySelector(t)?.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? ''),
        { timeout: 15000 },
        tag,
        pattern.source,
      );
      return page.$eval(tag, (el) => el.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '');
    }

    /** The app's event log (rendered by the framework from its own state). */
    const events = (page: Page) => page.$$eval('#events li', (items) => items.map((li) => li.textContent?.trim() ?? ''));

    async function waitForEvent(page: Page, pattern: RegExp): Promise<string> {
      await page.waitForFunction(
        (source: string) => Array.from(document.querySelectorAll('#events li')).some((li) => new RegExp(source).test(li.textContent ?? '')),
        { timeout: 15000 },
        pattern.source,
      );
      return (await events(page)).find((line) => pattern.test(line)) ?? '';
    }

    /** The tag name of an element inside one of our shadow roots. */
    const tagOf = (page: Page, host: string, selector: string) =>
      page.$eval(host, (el, s) => el.shadowRoot?.querySelector(s)?.localName ?? '', selector);

    it('renders the wallet, the Wegwijzer and a course badge, with properties and attributes from the app state', async () => {
      const { page, errors } = await open();
      await waitForText(page, 'llr-wallet', new RegExp(TITLES.nl));
      await page.waitForFunction(() => !!document.querySelector('llr-wegwijzer')?.shadowRoot?.querySelector('#step-heading'), { timeout: 15000 });
      await waitForText(page, 'llr-training-incentives', /mogelijk|Geen Vlaamse opleidingspremie|betaalt/);

      // headingLevel (a property on the wallet) and heading-level (an attribute on the Wegwijzer), from one state.
      assert.equal(await tagOf(page, 'llr-wallet', '#wallet-title'), 'h2');
      assert.equal(await tagOf(page, 'llr-wegwijzer', '#step-heading'), 'h2');
      await page.click('#level-toggle');
      await page.waitForFunction(() => document.querySelector('llr-wallet')?.shadowRoot?.querySelector('#wallet-title')?.localName === 'h3', { timeout: 5000 });
      await page.waitForFunction(() => document.querySelector('llr-wegwijzer')?.shadowRoot?.querySelector('#step-heading')?.localName === 'h3', { timeout: 5000 });

      // training-id (an attribute), from the app's state: the badge fetches the other course.
      assert.equal(await page.$eval('llr-training-incentives', (el) => el.getAttribute('training-id')), COURSES[0]);
      await page.click('#course-next');
      await page.waitForFunction((id: string) => document.querySelector('llr-training-incentives')?.getAttribute('training-id') === id, { timeout: 5000 }, COURSES[1]);
      await page.waitForFunction((id: string) => performance.getEntriesByType('resource').some((r) => r.name.includes(`/trainings/${id}`)), { timeout: 10000 }, COURSES[1]);
      assert.deepEqual(errors, []);
      await page.close();
    });

    it("delivers our typed events to the app's own handlers, including a cancelled llr-auth-required", async () => {
      const { page, errors } = await open();
      const load = await waitForEvent(page, /^llr-wallet-load /);
      const entitlements = Number(/entitlements=(\d+)/.exec(load)?.[1]);
      assert.ok(entitlements > 0, `the wallet-load detail reached the app: ${load}`);
      assert.match(await waitForEvent(page, /^llr-wegwijzer-step /), /step=\w+/);

      await waitForText(page, 'llr-training-incentives', /mogelijk|Geen Vlaamse opleidingspremie|betaalt/);
      await page.$eval('llr-training-incentives', (el) => el.shadowRoot?.querySelector<HTMLButtonElement>('[part~="toggle"]')?.click());
      assert.equal(await waitForEvent(page, /^llr-training-incentives-toggle /), 'llr-training-incentives-toggle open=true');

      // Logging out: getToken (a property) now answers null, the API 401, and the app's handler cancels the event:
      // the wallet then offers a button (the host's own login), not its link.
      await page.click('#login-toggle');
      await waitForEvent(page, /^llr-auth-required$/);
      await page.waitForFunction(() => document.querySelector('llr-wallet')?.shadowRoot?.querySelector('[part~="login-link"]')?.localName === 'button', { timeout: 10000 });
      assert.deepEqual(errors, []);
      await page.close();
    });

    it('changes the language at run time from the app state', async () => {
      const { page, errors } = await open();
      await waitForText(page, 'llr-wallet', new RegExp(TITLES.nl));
      await page.click('#lang-en');
      await waitForText(page, 'llr-wallet', new RegExp(TITLES.en));
      await waitForText(page, 'llr-training-incentives', /possible|No Flemish training|You pay/);
      await page.click('#lang-fr');
      await waitForText(page, 'llr-wallet', new RegExp(TITLES.fr));
      await page.click('#lang-nl');
      await waitForText(page, 'llr-wallet', new RegExp(TITLES.nl));
      assert.deepEqual(errors, []);
      await page.close();
    });

    it('unmounts and remounts without errors, and leaves no request behind', async () => {
      const host = await open();
      const { page, errors, pending, api } = host;
      await waitForEvent(page, /^llr-wallet-load /);
      await page.click('#mount-toggle');
      await page.waitForFunction(() => !document.querySelector('llr-provider, llr-wallet, llr-wegwijzer, llr-training-incentives'), { timeout: 5000 });

      // Mounted again while the API is slow, then unmounted while every request is still in flight.
      const slow = faultHandlers('slow', '*', { slowMs: SLOW_MS });
      handlers.unshift(...slow);
      try {
        const before = api.length;
        await page.click('#mount-toggle');
        await page.waitForFunction(() => !!document.querySelector('llr-wallet'), { timeout: 5000 });
        const deadline = Date.now() + 5000;
        while (pending.size === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
        assert.ok(pending.size > 0, 'the mounted elements asked the API');
        await page.click('#mount-toggle');
        const unmountedAt = Date.now();
        while (pending.size > 0 && Date.now() < unmountedAt + 2000) await new Promise((r) => setTimeout(r, 25));
        assert.equal(pending.size, 0, `every request ended within 2 s of the unmount (the API answers after ${SLOW_MS / 1000} s): ${[...pending].map((r) => r.url()).join(', ')}`);
        const inFlight = api.slice(before);
        assert.ok(inFlight.every((r) => r.outcome === 'net::ERR_ABORTED'), `aborted, not answered: ${JSON.stringify(inFlight)}`);
        await new Promise((r) => setTimeout(r, 500));
        assert.deepEqual(api.filter((r) => r.at > unmountedAt).map((r) => r.path), [], 'no request after the unmount');
      } finally {
        handlers.splice(0, slow.length);
      }

      // Back, with the normal API: renders and reports again.
      const loads = (await events(page)).filter((line) => line.startsWith('llr-wallet-load')).length;
      await page.click('#mount-toggle');
      await waitForText(page, 'llr-wallet', new RegExp(TITLES.nl));
      await page.waitForFunction(
        (n: number) => Array.from(document.querySelectorAll('#events li')).filter((li) => li.textContent?.startsWith('llr-wallet-load')).length > n,
        { timeout: 10000 },
        loads,
      );
      assert.deepEqual(errors, []);
      await page.close();
    });
  });
}
