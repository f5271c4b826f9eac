/**
 * <llr-policy-lab> (issue 13): the worker and the main thread give the same results, every table's CSV equals the
 * table, the URL holds the whole comparison (a link reproduces it), parameter edits are validated, planned rules and
 * scenarios are labelled, it works with the keyboard only, and axe finds nothing in any state.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { runInWorker, runOnMainThread, type Run } from '../../src/elements/policy-lab/policy-lab.compute';
import { stateFromParams, stateToParams, type LabState } from '../../src/elements/policy-lab/policy-lab.logic';
import { parseCsv } from '../support/csv';
import type { LabRequest } from '../../src/domain/compare/lab';
import { getLocale } from '../../src/i18n/localization';
import '../../src/elements/policy-lab/define';
import type { LlrPolicyLab } from '../../src/elements/policy-lab/policy-lab';
import '../support/uncaught';

const REQUEST: LabRequest = { date: '2026-03-01', alternative: '2024-25', edits: {}, size: 10000, seed: 7 };
const SCENARIO: LabRequest = { date: '2026-03-01', alternative: 'scenario-opspaarbaar', edits: { 'a.opleidingscheques.cap': 375 }, size: 10000, seed: 2 };

const root = (el: LlrPolicyLab) => el.shadowRoot as ShadowRoot;
const $ = <T extends Element = HTMLElement>(el: LlrPolicyLab, selector: string) => root(el).querySelector<T>(selector) as T;
const $$ = <T extends Element = HTMLElement>(el: LlrPolicyLab, selector: string) => Array.from(root(el).querySelectorAll<T>(selector));
const clean = (s: string | null | undefined) => (s ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
const text = (el: LlrPolicyLab) => clean(root(el).textContent);
/**
 * What has the focus, in words: an assertion is compared on strings, never on elements (a failing assertion that holds
 * an element cannot be sent back by the test runner, and the whole file then times out).
 */
const focusOf = (el: LlrPolicyLab) => {
  const active = root(el).activeElement as HTMLElement | null;
  return active ? `${active.tagName.toLowerCase()}${active.id ? `#${active.id}` : ''}${active.className ? `.${String(active.className).split(' ')[0]}` : ''}` : 'nothing';
};

/** The page's URL without our parameters: each test starts from a clean address. */
const START = `${location.pathname}${location.search.replace(/[?&]lab-[^&]*/g, '')}`;
afterEach(() => history.replaceState(null, '', START));

async function lab(options: { urlState?: 'on' | 'off'; lang?: string } = {}): Promise<LlrPolicyLab> {
  const el = await fixture<LlrPolicyLab>(html`<llr-policy-lab
    lang=${options.lang ?? 'nl'}
    url-state=${options.urlState ?? 'off'}
    default-date="2026-03-01"
    heading-level="1"
  ></llr-policy-lab>`);
  await waitUntil(() => getLocale() === (options.lang ?? 'nl'), 'locale');
  await el.updateComplete;
  return el;
}

/** Sets a text field as a person types it (an input event). */
async function type(el: LlrPolicyLab, selector: string, value: string): Promise<void> {
  const input = $<HTMLInputElement>(el, selector);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

async function choose(el: LlrPolicyLab, selector: string, value: string): Promise<void> {
  const select = $<HTMLInputElement | HTMLSelectElement>(el, selector);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** Waits until a comparison has finished and its results are shown. */
async function results(el: LlrPolicyLab, timeout = 45000): Promise<void> {
  // The results are drawn part by part (aria-busy until the last one).
  await waitUntil(() => !$(el, 'progress') && $(el, '.results[aria-busy="false"]'), 'results', { timeout, interval: 100 });
  await el.updateComplete;
}

async function compare(el: LlrPolicyLab): Promise<void> {
  $<HTMLButtonElement>(el, 'button[type="submit"]').click();
  await el.updateComplete;
  await results(el);
}

/** A rendered table as rows of fields: its column headers, then each row's header and cells (a cell's number as data-value). */
function tableRows(table: HTMLTableElement): string[][] {
  const head = Array.from(table.querySelectorAll('thead th')).map((th) => clean(th.textContent));
  const body = Array.from(table.querySelectorAll('tbody tr')).map((tr) => [
    clean(tr.querySelector('th')?.textContent),
    ...Array.from(tr.querySelectorAll('td')).map((td) => td.dataset['value'] ?? clean(td.textContent)),
  ]);
  return [head, ...body];
}

describe('llr-policy-lab: where it computes', function () {
  this.timeout(120000);

  it('gives the same results in the Web Worker as on the main thread', async () => {
    const workerRun = (request: LabRequest) =>
      runInWorker(request, () => undefined, () => {
        throw new Error('the worker did not start');
      });
    for (const request of [REQUEST, SCENARIO]) {
      const inWorker = await workerRun(request).result;
      const onPage = await runOnMainThread(request, () => undefined).result;
      expect(inWorker).to.deep.equal(onPage);
      expect(inWorker.comparison.size).to.equal(10000);
    }
  });

  it('reports progress and can be stopped', async () => {
    const seen: number[] = [];
    const run: Run = runInWorker({ ...REQUEST, size: 300000 }, (p) => seen.push(p.done), () => runOnMainThread(REQUEST, () => undefined));
    await waitUntil(() => seen.length > 2, 'progress', { timeout: 30000 });
    run.stop();
    let stopped = '';
    await run.result.catch((e: Error) => (stopped = e.name));
    expect(stopped).to.equal('AbortError');
    expect(seen.every((d, i) => i === 0 || d >= (seen[i - 1] as number))).to.equal(true);
  });
});

describe('llr-policy-lab: the form', function () {
  this.timeout(60000);

  it('says which rules are the baseline and labels planned rules and scenarios as not law', async () => {
    const el = await lab();
    expect(text(el)).to.contain('Basis: Regels vanaf 1 september 2025');
    await choose(el, '#alternative', '2027-loopbaankrediet-gepland');
    expect(clean($(el, '#alternative-kind').textContent)).to.contain('Gepland, nog niet definitief');
    expect($(el, '#alternative-kind a')?.getAttribute('href')).to.match(/^https:/);
    await choose(el, '#alternative', 'scenario-meeneembaar');
    expect(clean($(el, '#alternative-kind').textContent)).to.contain('Scenario: geen recht, om te vergelijken');
    const groups = $$<HTMLOptGroupElement>(el, '#alternative optgroup').map((g) => g.label);
    expect(groups).to.deep.equal(['Aangenomen regels', 'Gepland, nog niet definitief', "Scenario's: geen recht, om te vergelijken"]);
    await expect(el).to.be.accessible();
  });

  it('shows each parameter with its description and source, and refuses a value the rules refuse, with their message', async () => {
    const el = await lab();
    await choose(el, '#alternative', 'baseline');
    $<HTMLDetailsElement>(el, 'details.edits').open = true;
    const field = '[id="edit-p.oc.yearly-share"]';
    expect(clean($(el, '[id="edit-p.oc.yearly-share-hint"]').textContent)).to.contain('In de regels: 125 EUR');
    expect($(el, '[id="edit-p.oc.yearly-share-hint"] a').getAttribute('href')).to.match(/^https:/);
    await type(el, field, '-5');
    expect($(el, field).getAttribute('aria-invalid')).to.equal('true');
    expect(clean($(el, '[id="edit-p.oc.yearly-share-error"]').textContent)).to.equal('Niet toegelaten: parameters.oc.yearly-share.value: must be 0 or more, got -5');
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, 'button[type="submit"]').click();
    await el.updateComplete;
    // The error summary gets the focus and names the field; nothing is computed.
    expect(focusOf(el)).to.equal('div.error-summary');
    expect(clean($(el, '.error-summary').textContent)).to.contain('oc.yearly-share');
    expect($(el, '.results') === null).to.equal(true);
    $<HTMLAnchorElement>(el, '.error-summary a').click();
    expect(focusOf(el)).to.equal('input#edit-p.oc.yearly-share');
    await type(el, field, '150');
    expect($(el, field).getAttribute('aria-invalid')).to.equal('false');
    await type(el, '#size', '500');
    $<HTMLButtonElement>(el, 'button[type="submit"]').click();
    await el.updateComplete;
    expect(clean($(el, '.error-summary').textContent)).to.contain('Kies een aantal mensen van 10.000 tot 1.000.000');
    await expect(el).to.be.accessible();
  });
});

describe('llr-policy-lab: results', function () {
  this.timeout(120000);

  it('answers "if VOV used the 2024-25 thresholds again, who would gain a right?" with charts, tables and example people', async () => {
    const el = await lab();
    await choose(el, '#alternative', '2024-25');
    await type(el, '#size', '10000');
    await compare(el);
    const incentives = tableRows($(el, 'table[data-table="per-premie"]'));
    const vov = incentives.find((row) => row[0] === 'Vlaams opleidingsverlof') as string[];
    const gained = Number(vov[9]);
    expect(gained).to.be.greaterThan(0);
    expect(Number(vov[10])).to.equal(0);
    expect(Number(vov[3])).to.equal(Number(vov[2]) + gained);
    // A chart per table, labelled by its caption.
    for (const svg of $$(el, 'svg[data-chart]')) expect(svg.getAttribute('role')).to.equal('img');
    expect($$(el, 'svg[data-chart]').length).to.equal(2);
    // Per working time: only part-timers from 50 to 79 % gain VOV.
    await choose(el, 'input[name="dimension"][value="partTime"]', 'partTime');
    ($(el, 'input[name="dimension"][value="partTime"]') as HTMLInputElement).checked = true;
    $(el, 'input[name="dimension"][value="partTime"]').dispatchEvent(new Event('change'));
    await choose(el, '#incentive', 'vlaams-opleidingsverlof');
    const byTime = tableRows($(el, 'table[data-table="vlaams-opleidingsverlof-per-partTime"]'));
    const gainers = byTime.slice(1).filter((row) => Number(row[4]) > 0).map((row) => row[0]);
    expect(gainers).to.deep.equal(['Deeltijds, 50 tot 79 %']);
    // Its examples: the engine's reasons before and after.
    $<HTMLButtonElement>(el, 'table[data-table="vlaams-opleidingsverlof-per-partTime"] .cell-button').click();
    await el.updateComplete;
    expect(focusOf(el)).to.match(/^h\d#examples-title$/);
    const example = clean($(el, '.example').textContent);
    expect(example).to.contain('heeft geen recht');
    expect(example).to.contain('Je werkt minder dan 80 %');
    expect(example).to.contain('heeft recht');
    await expect(el).to.be.accessible();
  });

  it('exports every table as a CSV equal to the table', async () => {
    const el = await lab();
    await choose(el, '#alternative', SCENARIO.alternative);
    $<HTMLDetailsElement>(el, 'details.edits').open = true;
    await type(el, '[id="edit-a.opleidingscheques.cap"]', '375');
    await type(el, '#size', '10000');
    await compare(el);
    const blobs: Blob[] = [];
    const create = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      blobs.push(blob as Blob);
      return create.call(URL, blob);
    };
    const tables = $$<HTMLTableElement>(el, 'table[data-table]');
    expect(tables.map((t) => t.dataset['table'])).to.deep.equal(['per-premie', 'mensen-per-status', 'opleidingscheques-per-status', 'vijf-jaar', 'vijf-jaar-opleidingscheques-per-status']);
    try {
      for (const table of tables) {
        $<HTMLButtonElement>(el, `button[data-csv="${table.dataset['table']}"]`).click();
        const csv = (await (blobs.at(-1) as Blob).text()).replace(/^\uFEFF/, '');
        expect(parseCsv(csv), table.dataset['table']).to.deep.equal(tableRows(table));
      }
    } finally {
      URL.createObjectURL = create;
    }
    expect(blobs.length).to.equal(tables.length);
    // Phase 3.2: what lapses today and under the scenario.
    expect(clean($(el, '.headlines').textContent)).to.match(/Opleidingscheques: vandaag vervalt [\d,]+ % .* met het scenario [\d,]+ %/);
    await expect(el).to.be.accessible();
  });
});

describe('llr-policy-lab: a host gives the comparison', function () {
  this.timeout(120000);

  it('runs the comparison given as the request property, and says it started and finished', async () => {
    const events: string[] = [];
    const el = await fixture<LlrPolicyLab>(html`<llr-policy-lab
      url-state="off"
      @llr-policy-lab-run=${(e: CustomEvent) => events.push(`run ${e.detail.request.alternative}`)}
      @llr-policy-lab-result=${(e: CustomEvent) => events.push(`result ${e.detail.gained > 0}`)}
      .request=${{ ...REQUEST, alternative: 'baseline', edits: { 'p.oc.yearly-share': 150 } }}
    ></llr-policy-lab>`);
    await results(el);
    expect(events).to.deep.equal(['run baseline', 'result false']);
    const oc = tableRows($(el, 'table[data-table="per-premie"]')).find((row) => row[0] === 'Opleidingscheques') as string[];
    expect(Number(oc[11])).to.equal(Number(oc[2]));
    expect(clean($(el, '.summary').textContent)).to.contain('oc.yearly-share: 150 (in de regels: 125)');
  });
});

describe('llr-policy-lab: the address holds the comparison', function () {
  this.timeout(120000);

  it('turns a state into URL parameters and back, keeping the host page\'s own', () => {
    const state: LabState = {
      date: '2026-03-01',
      alternative: 'scenario-opspaarbaar',
      edits: { 'a.opleidingscheques.cap': null, 'a.opleidingscheques.portable': true, 'p.oc.yearly-share': 150.5 },
      size: 250000,
      seed: 42,
      dimension: 'region',
      incentive: 'opleidingscheques',
      cell: { incentive: 'opleidingscheques', kind: 'lost', dimension: 'region', group: 'brussels' },
    };
    const params = stateToParams(state, new URLSearchParams('page=3&lab-old=1'));
    expect(params.get('page')).to.equal('3');
    expect(params.has('lab-old')).to.equal(false);
    const back = stateFromParams(new URLSearchParams(params.toString()), { ...state, date: '2025-01-01', edits: {}, cell: null });
    expect(back).to.deep.equal({ state, complete: true });
  });

  it('writes the comparison shown in the address, and a link to it reproduces it', async () => {
    const el = await lab({ urlState: 'on' });
    await choose(el, '#alternative', '2024-25');
    await type(el, '#size', '12000');
    await type(el, '#seed', '5');
    await compare(el);
    const params = new URLSearchParams(location.search);
    expect([params.get('lab-alt'), params.get('lab-size'), params.get('lab-seed'), params.get('lab-date')]).to.deep.equal(['2024-25', '12000', '5', '2026-03-01']);
    expect($<HTMLInputElement>(el, '#share-link').value).to.equal(location.href);
    await choose(el, 'input[name="dimension"][value="education"]', 'education');
    ($(el, 'input[name="dimension"][value="education"]') as HTMLInputElement).checked = true;
    $(el, 'input[name="dimension"][value="education"]').dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(new URLSearchParams(location.search).get('lab-dim')).to.equal('education');
    const first = tableRows($(el, 'table[data-table="per-premie"]'));
    const link = location.href;
    el.remove();
    // A colleague opens the link: the same comparison runs by itself, with the same view.
    history.replaceState(null, '', link);
    const again = await lab({ urlState: 'on' });
    await results(again);
    expect(tableRows($(again, 'table[data-table="per-premie"]'))).to.deep.equal(first);
    expect(($(again, 'input[name="dimension"][value="education"]') as HTMLInputElement).checked).to.equal(true);
    expect($<HTMLInputElement>(again, '#size').value).to.equal('12000');
  });
});

describe('llr-policy-lab: keyboard and languages', function () {
  this.timeout(120000);

  it('is operable with the keyboard only: choose, compare, open examples', async () => {
    const el = await lab();
    // The form in reading order (the date field has its own parts): alternative, the parameters' disclosure, size,
    // seed, Compare.
    $(el, '#alternative').focus();
    const order: string[] = [];
    for (let i = 0; i < 4; i++) {
      await sendKeys({ press: 'Tab' });
      order.push(focusOf(el));
    }
    expect(order).to.deep.equal(['summary', 'input#size', 'input#seed', 'button.button-primary']);
    await choose(el, '#alternative', '2024-25');
    $(el, '#seed').focus();
    await sendKeys({ press: 'Tab' });
    expect(focusOf(el)).to.equal('button.button-primary');
    await sendKeys({ press: 'Enter' });
    await results(el);
    const cell = $<HTMLButtonElement>(el, 'table[data-table="per-premie"] .cell-button');
    cell.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(focusOf(el)).to.match(/^h\d#examples-title$/);
    expect($$(el, '.example').length).to.be.greaterThan(0);
    // The breakdown's radio buttons move with the arrow keys.
    $(el, 'input[name="dimension"][value="status"]').focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(($(el, 'input[name="dimension"][value="education"]') as HTMLInputElement).checked).to.equal(true);
    expect($(el, 'table[data-table="mensen-per-education"]') !== null).to.equal(true);
    // Every table scrolls in a region that takes the focus.
    for (const region of $$(el, '.table-wrap')) expect(region.tabIndex).to.equal(0);
  });

  it('speaks English, French and German', async () => {
    const en = await lab({ lang: 'en' });
    expect(clean($(en, 'h1').textContent)).to.equal('Policy lab: who gains and who loses when the rules change');
    await expect(en).to.be.accessible();
    en.remove();
    const fr = await lab({ lang: 'fr' });
    expect(clean($(fr, 'button[type="submit"]').textContent)).to.equal('Comparer');
    fr.remove();
    const de = await lab({ lang: 'de' });
    expect(clean($(de, 'h1').textContent)).to.equal('Politiklabor: Wer gewinnt und wer verliert, wenn sich die Regeln ändern');
    expect(clean($(de, 'button[type="submit"]').textContent)).to.equal('Vergleichen');
    await expect(de).to.be.accessible();
  });
});
