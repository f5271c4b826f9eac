/**
 * <llr-monitor> against the real msw mock API (its simulated year, mocks/usage-demo.ts): the questions that lose
 * and confuse the most people named as citizens read them; every chart with the same numbers as its table; the
 * period and host filter with the keyboard; CSV downloads that hold what the tables show; withheld counts read
 * as "fewer than 10"; login and role errors; axe in nl, en, fr and de.
 */
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { getLocale } from '../../src/i18n/localization';
import { seenRequests } from '../support/mock-api';
import { getQuestion } from '../../src/domain/questions';
import '../../src/elements/monitor/define';
import type { LlrMonitor, MonitorChangeDetail } from '../../src/elements/monitor/monitor';
import '../support/uncaught';

type Lang = 'nl' | 'en' | 'fr' | 'de';
const FROM = '2026-08-31';
const TO = '2026-11-29';

const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel);
const $$ = <T extends Element = HTMLElement>(el: Element, sel: string) => Array.from(el.shadowRoot!.querySelectorAll<T>(sel));
const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
/** What a sighted reader sees in a cell (the visually hidden words left out). */
const seen = (cell: Element) => {
  const copy = cell.cloneNode(true) as Element;
  copy.querySelectorAll('.visually-hidden').forEach((n) => n.remove());
  return norm(copy.textContent).replace(/\s/g, ' ');
};

async function mount(options: { lang?: Lang; token?: string | null; from?: string; to?: string; host?: string } = {}): Promise<LlrMonitor> {
  const lang = options.lang ?? 'nl';
  const token = options.token === undefined ? 'demo-analyst' : options.token;
  const el = await fixture<LlrMonitor>(html`<llr-monitor
    lang=${lang}
    from=${options.from ?? FROM}
    to=${options.to ?? TO}
    host=${options.host ?? ''}
    .getToken=${token ? () => token : undefined}
  ></llr-monitor>`);
  await waitUntil(() => getLocale() === lang, `locale ${lang}`, { timeout: 8000 });
  await waitUntil(() => $(el, 'section.monitor')?.getAttribute('aria-busy') === 'false', 'loaded', { timeout: 8000 });
  await el.updateComplete;
  return el;
}

/** The table with this caption: its header cells and its rows of cells as seen. */
function table(el: LlrMonitor, caption: RegExp): { headers: string[]; rows: string[][] } {
  const found = $$(el, 'table').find((t) => caption.test(norm(t.querySelector('caption')?.textContent)));
  expect(found, `table ${caption}`).to.exist;
  return {
    headers: Array.from(found!.querySelectorAll('thead th')).map(seen),
    rows: Array.from(found!.querySelectorAll('tbody tr')).map((tr) => Array.from(tr.children).map(seen)),
  };
}

afterEach(() => fixtureCleanup());

describe('llr-monitor', () => {
  it('names the questions where most people stop and choose "Ik weet het niet", as the citizen read them', async () => {
    const el = await mount();
    const hotspots = $(el, '.hotspots')!;
    const lists = Array.from(hotspots.querySelectorAll('ol')).map((ol) => norm(ol.querySelector('li')?.textContent));
    expect(lists[0]).to.include(getQuestion('employerFte').text.nl).and.include('stopt bij deze vraag');
    expect(lists[1]).to.include(getQuestion('popWithin6Years').text.nl).and.include('weet het antwoord niet');
    expect(seenRequests('/indicators')).to.deep.equal(['GET /api/llr/v1/indicators']);
  });

  it('each chart has the same numbers as its table', async () => {
    const el = await mount();
    const [funnelChart, questionsChart] = $$(el, 'figure.chart svg');
    const funnel = table(el, /^Van start tot resultaat$/);
    const barTexts = Array.from(funnelChart!.querySelectorAll('text.value')).map((t) => t.textContent!.replace(/\s/g, ' '));
    expect(funnel.rows.map((r) => r[1])).to.deep.equal(barTexts);
    expect(funnel.rows[0]![0]).to.equal('Gestart');
    expect(funnel.rows.at(-1)![0]).to.equal('Resultaat');
    const questions = table(el, /per vraag$/);
    const questionBars = Array.from(questionsChart!.querySelectorAll('text.value')).map((t) => t.textContent!.replace(/\s/g, ' '));
    expect(questionBars).to.deep.equal(questions.rows.flatMap((r) => [r[6], r[7]]));
    expect(funnelChart!.getAttribute('role')).to.equal('img');
    expect(funnelChart!.getAttribute('aria-label')).to.match(/de cijfers staan in de tabel eronder/);
  });

  it('withheld counts read as "fewer than 10", sums with withheld cells as "at least"', async () => {
    const el = await mount({ host: 'vdab', from: '2026-11-23', to: '2026-11-29' });
    const cells = $$(el, 'td');
    const withheld = cells.find((td) => seen(td) === '<10');
    expect(withheld, 'a small VDAB cell').to.exist;
    expect(norm(withheld!.querySelector('.visually-hidden')?.textContent)).to.equal('minder dan 10');
    const atLeast = cells.find((td) => /^\d+\+$/.test(seen(td)));
    expect(atLeast, 'a sum with a withheld cell').to.exist;
    expect(norm(atLeast!.querySelector('.visually-hidden')?.textContent)).to.equal(`minstens ${seen(atLeast!).slice(0, -1)}`);
    expect(norm($(el, '.privacy')?.textContent)).to.match(/onder 10 tonen we als „<10”/);
  });

  it('filters with the keyboard: a period from the list, a host, "Toon"; tells the host page', async () => {
    const el = await mount();
    const changes: MonitorChangeDetail[] = [];
    el.addEventListener('llr-monitor-change', (e) => changes.push(e.detail));
    const preset = $<HTMLSelectElement>(el, '#preset')!;
    preset.focus();
    preset.value = 'last-4-weeks';
    preset.dispatchEvent(new Event('change'));
    const host = $<HTMLSelectElement>(el, '#host')!;
    expect(Array.from(host.options).map((o) => o.value)).to.deep.equal(['', 'burgerprofiel', 'vdab']);
    host.value = 'burgerprofiel';
    host.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.textContent?.trim()).to.equal('Toon');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => changes.length === 1, 'change');
    const from = $<HTMLInputElement>(el, '#from')!.value;
    const to = $<HTMLInputElement>(el, '#to')!.value;
    expect(changes[0]).to.deep.equal({ from, to, host: 'burgerprofiel' });
    expect(new Date(`${to}T00:00:00Z`).getUTCDay(), 'a Sunday').to.equal(0);
    await waitUntil(() => seenRequests('/indicators').length === 2 && $(el, 'section.monitor')?.getAttribute('aria-busy') === 'false', 'reloaded');
    expect(norm($(el, '.period')?.textContent)).to.include('burgerprofiel');
  });

  it('a period that ends before it starts is an error to fix, not a request', async () => {
    const el = await mount();
    $<HTMLInputElement>(el, '#from')!.value = '2026-11-20';
    $<HTMLInputElement>(el, '#to')!.value = '2026-11-01';
    $<HTMLButtonElement>(el, '.filters button[type="submit"]')!.click();
    await el.updateComplete;
    expect(norm($(el, '.filter-error')?.textContent)).to.equal('Kies een begindatum die niet na de einddatum ligt.');
    expect($(el, '.filter-error')!.getAttribute('role')).to.equal('alert');
    expect(seenRequests('/indicators')).to.have.length(1);
  });

  it('"Download als CSV" gives the table\'s rows and the API\'s figures, one file per table', async () => {
    const el = await mount();
    const files: { name: string; text: Promise<string> }[] = [];
    const createObjectURL = URL.createObjectURL;
    const click = HTMLAnchorElement.prototype.click;
    URL.createObjectURL = (blob: Blob) => {
      files.push({ name: '', text: blob.text() });
      return 'blob:test';
    };
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      files.at(-1)!.name = this.download;
    };
    try {
      const buttons = $$<HTMLButtonElement>(el, '.csv button');
      expect(buttons.length).to.equal($$(el, 'table').length);
      buttons[0]!.click();
    } finally {
      URL.createObjectURL = createObjectURL;
      HTMLAnchorElement.prototype.click = click;
    }
    expect(files[0]!.name).to.equal(`llr-monitor-funnel-${FROM}-${TO}.csv`);
    const lines = (await files[0]!.text).replace(/^\uFEFF/, '').trim().split('\r\n');
    const funnel = table(el, /^Van start tot resultaat$/);
    expect(lines[0]).to.equal('Stap,Aantal,Van wie startte');
    expect(lines).to.have.length(funnel.rows.length + 1);
    expect(lines[1]!.split(',')[0]).to.equal('Gestart');
    expect(lines[1]!.split(',')[2]).to.equal('1');
  });

  it('without a login: asks to log in as an analyst; a citizen\'s token: says the analyst role is needed', async () => {
    const anonymous = await mount({ token: null });
    expect(norm($(anonymous, '[role="alert"]')?.textContent)).to.equal('Meld je aan als analist om de cijfers te zien.');
    fixtureCleanup();
    const citizen = await mount({ token: 'demo-large' });
    expect(norm($(citizen, '[role="alert"]')?.textContent)).to.match(/de rol analist nodig/);
    await expect(citizen).to.be.accessible();
  });

  for (const lang of ['nl', 'en', 'fr', 'de'] as const) {
    it(`is accessible in ${lang} (axe)`, async () => {
      const el = await mount({ lang });
      expect($(el, 'h2')?.textContent).to.equal({ nl: 'Gebruik van de Wegwijzer en de rekening', en: 'Use of the Wegwijzer and the account', fr: 'Utilisation du Wegwijzer et du compte', de: 'Nutzung von Wegwijzer (Wegweiser) und Konto' }[lang]);
      await expect(el).to.be.accessible();
    });
  }
});
