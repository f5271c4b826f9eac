/**
 * The whole demo (dist/demo, built by `npm run build`) served with the strict Content-Security-Policy and
 * Trusted Types, its API answered by the Node mock server: every element renders, a citizen can switch
 * persona and answer a Wegwijzer question, and the page records zero violations and zero uncaught errors.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { serve, type Served } from '../../scripts/serve';
import { launchOptions } from '../support/chromium';

type Watched = Page & { problems: string[] };

describe('the demo under a strict CSP with Trusted Types', () => {
  let served: Served;
  let browser: Browser;

  before(async () => {
    assert.ok(existsSync('dist/demo/index.html'), 'dist/demo is missing: run npm run build first (npm test does).');
    served = await serve({ csp: true, mounts: [{ prefix: '/', dir: 'dist/demo' }] });
    browser = await puppeteer.launch(launchOptions());
  });
  after(async () => {
    await browser?.close();
    await served?.close();
  });

  async function open(path: string): Promise<Watched> {
    const page = (await browser.newPage()) as Watched;
    page.problems = [];
    // Injected through the DevTools protocol, so the policy itself does not block the listener.
    await page.evaluateOnNewDocument(() => {
      const w = window as unknown as { __problems: string[] };
      w.__problems = [];
      document.addEventListener('securitypolicyviolation', (e) => w.__problems.push(`CSP ${e.violatedDirective} ${e.blockedURI}`));
    });
    page.on('pageerror', (e) => page.problems.push(`pageerror ${(e as Error).message}`));
    page.on('console', (m) => {
      if (m.type() === 'error' && /Refused|Trusted Type|Content Security Policy/i.test(m.text())) page.problems.push(m.text());
    });
    const response = await page.goto(`${served.url}${path}`, { waitUntil: 'load' });
    assert.match(response?.headers()['content-security-policy'] ?? '', /trusted-types lit-html/);
    return page;
  }

  async function problems(page: Watched): Promise<string[]> {
    return [...page.problems, ...(await page.evaluate(() => (window as unknown as { __problems: string[] }).__problems))];
  }

  const rendered = (page: Page, tag: string, text: RegExp) =>
    page.waitForFunction(
      (t, source) => [...document.querySelectorAll(t)].every((el) => new RegExp(source).test(el.shadowRoot?.textContent ?? '')),
      { timeout: 20000 },
      tag,
      text.source,
    );

  it('Mijn Burgerprofiel page: wallet and Wegwijzer render, a question can be answered, no violations', async () => {
    const page = await open('/');
    await rendered(page, 'llr-wallet', /Geld voor je opleiding|Tijd om te leren/);
    await rendered(page, 'llr-wegwijzer', /Doorgaan/);
    await page.evaluate(() => {
      const root = document.querySelector('llr-wegwijzer')?.shadowRoot;
      (root?.querySelector('input[type="radio"]') as HTMLInputElement).click();
      (root?.querySelector('[part~="continue"]') as HTMLButtonElement).click();
    });
    await rendered(page, 'llr-wegwijzer', /Vraag 2/);
    assert.deepEqual(await problems(page), []);
    await page.close();
  });

  it('VDAB course page: anonymous and personal badges render, no violations', async () => {
    const page = await open('/demo/vind-een-opleiding.html');
    const first = (re: RegExp) =>
      page.waitForFunction((source) => new RegExp(source).test(document.querySelector('llr-training-incentives')?.shadowRoot?.textContent ?? ''), { timeout: 20000 }, re.source);
    await first(/Jij betaalt/); // the demo starts with the first persona logged in
    await page.select('#persona', '');
    await first(/Bekijk of jij recht hebt/);
    await page.select('#persona', 'low-educated-employee');
    await first(/Jij betaalt €\s200 in plaats van €\s275/);
    assert.deepEqual(await problems(page), []);
    await page.close();
  });

  it('policy-lab page (analysts): a link runs its comparison in the Web Worker, through the lab\'s Trusted Types policy, no violations', async () => {
    const page = await open('/demo/beleidslab.html?lab-date=2026-03-01&lab-alt=2024-25&lab-size=10000&lab-seed=1');
    await page.waitForFunction(() => document.querySelector('llr-policy-lab')?.shadowRoot?.querySelector('.results[aria-busy="false"]'), { timeout: 60000 });
    const headline = await page.evaluate(() => document.querySelector('llr-policy-lab')?.shadowRoot?.querySelector('.headline')?.textContent ?? '');
    assert.match(headline, /krijgen een recht bij/);
    const workers = await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => /policy-lab\.worker/.test(e.name)).length);
    assert.ok(workers >= 1, 'the worker was loaded');
    assert.deepEqual(await problems(page), []);
    await page.close();
  });
});
