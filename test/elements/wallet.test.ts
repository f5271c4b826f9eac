/**
 * <llr-wallet> against the real msw mock API: every persona, every fault scenario, retry, de-duplication,
 * login, accessibility in every state and language, keyboard, 320 px, hostile data, privacy.
 */
// A plain <div> root goes through fixtureSync: fixture() waits for an animation frame, which never comes while a
// test page is in the background. wtr runs one page at a time (concurrency: 1 in web-test-runner.config.mjs), so
// that does not happen today; fixtureSync keeps these tests independent of it.
import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { getLocale } from '../../src/i18n/localization';
import { useHandlers, seenRequests, clearFaults } from '../support/mock-api';
import { faultHandlers } from '../../mocks/scenarios';
import { PERSONAS, walletFor as mockWallet, findPersona } from '../../mocks/personas';
import { CATALOGUE } from '../../mocks/catalogue';
import { FAULT_SCENARIOS, type FaultScenario } from '../../mocks/mock-api';
import { clearApiCache } from '../../src/api';
import '../../src/elements/wallet/define';
import type { LlrWallet } from '../../src/elements/wallet/wallet';
import type { LlrIncentiveCard } from '../../src/elements/incentive-card/incentive-card';
import { LANGS, type Lang } from '../../src/domain/lang';
import { deepAll, deepText } from '../support/dom';
import '../support/uncaught';
import { captureSignals } from '../support/usage-signals';

/** How a planned change is marked, per language: announced, never a right. */
const UPCOMING_PLANNED: Record<Lang, string> = {
  nl: '(gepland, nog niet definitief)',
  en: '(planned, not final yet)',
  fr: '(prévu, pas encore définitif)',
  de: '(geplant, noch nicht endgültig)',
};

const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
/** The cards of the default persona's wallet (An: computed by the account module). */
const DEFAULT_CARDS = mockWallet(findPersona('low-educated-employee')!, 'nl').entitlements.length;





function allCards(el: LlrWallet): LlrIncentiveCard[] {
  return Array.from(el.shadowRoot!.querySelectorAll<LlrIncentiveCard>('llr-incentive-card'));
}

/** The cards of the person's entitlements (not the referral cards). */
function cards(el: LlrWallet): LlrIncentiveCard[] {
  return allCards(el).filter((c) => c.entitlement);
}

function section(el: LlrWallet, cls: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(`section.${cls}`);
}

/** Waits until the wallet is no longer loading and every card rendered in the wanted language. */
async function settled(el: LlrWallet, lang: Lang = 'nl', timeout = 8000): Promise<void> {
  await waitUntil(() => getLocale() === lang, `locale ${lang}`, { timeout });
  await waitUntil(() => !el.shadowRoot?.querySelector('[aria-busy="true"]') && !!el.shadowRoot?.querySelector('#wallet-title'), 'wallet settled', {
    timeout,
  });
  await el.updateComplete;
  await Promise.all(allCards(el).map((c) => c.updateComplete));
}

interface Options {
  persona?: string | null;
  lang?: Lang;
  width?: number;
  attrs?: { staleAfterDays?: number };
  wait?: boolean;
  /** usage-events on (usage-host is always "burgerprofiel"). */
  signals?: boolean;
}

async function mount(options: Options = {}): Promise<LlrWallet> {
  const { persona = 'low-educated-employee', lang = 'nl', width, attrs = {}, wait = true, signals = false } = options;
  const token = persona ? () => `demo-${persona}` : undefined;
  const wrapper = fixtureSync<HTMLDivElement>(html`<div style=${width ? `width:${width}px` : ''}>
    <llr-wallet
      lang=${lang}
      heading-level="2"
      stale-after-days=${attrs.staleAfterDays ?? 100000}
      login-url="https://login.example.be/aanmelden"
      wegwijzer-url="/wegwijzer"
      .getToken=${token}
      usage-host="burgerprofiel"
      ?usage-events=${signals}
    ></llr-wallet>
  </div>`);
  const el = wrapper.querySelector('llr-wallet') as LlrWallet;
  if (wait) await settled(el, lang);
  return el;
}

function cardFor(el: LlrWallet, incentive: string, periodStart?: string): LlrIncentiveCard {
  const card = cards(el).find((c) => c.entitlement?.incentive === incentive && (!periodStart || c.entitlement.period.start === periodStart));
  expect(card, `card ${incentive}`).to.exist;
  return card!;
}

beforeEach(() => {
  clearApiCache();
});

// First in this file, so nothing has loaded the wallet's cards (loaded with the data) yet.
describe('llr-wallet: cards loaded with the data', () => {
  it('a partial wallet shows its notice in the same step as its data, not a render later', async () => {
    const el = await mount({ persona: 'partial-sources', wait: false });
    const firstReady: boolean[] = [];
    const observer = new MutationObserver(() => {
      const ready = el.shadowRoot!.querySelector('section.wallet:not([aria-busy="true"])');
      if (ready && !firstReady.length) firstReady.push(!!ready.querySelector('.notice.partial'));
    });
    observer.observe(el.shadowRoot!, { childList: true, subtree: true, attributes: true });
    await settled(el);
    observer.disconnect();
    expect(firstReady, 'the wallet left its loading state').to.have.length(1);
    expect(firstReady[0], 'the partial-data notice came with the data').to.equal(true);
  });
});

describe('llr-wallet: personas', () => {
  /** Per persona (nl): the balance line and period of each card, and the "use it in time" lines. */
  /**
   * Per persona (nl): the balance line and period of cards (`incentive@period-start` where it has several lots), and
   * the "use it in time" lines. The numbers are the account module's on the persona's history (mocks/personas.ts),
   * checked by hand against account-rules.md: e.g. An's training leave is 125 hours in 2026-27 (full time since
   * February), 32 used on 5 October: 93 left.
   */
  const EXPECTED: Record<string, { cards: Record<string, string[]>; lapsing: string[]; notLapsing?: string[]; referrals?: string[] }> = {
    'low-educated-employee': {
      cards: {
        opleidingscheques: ['Nog € 75 van € 125', 'schooljaar 2026-2027, tot 31 augustus 2027'],
        'vlaams-opleidingsverlof': ['Nog 93 uur van 125 uur', 'schooljaar 2026-2027, tot 31 augustus 2027'],
        loopbaancheques: ['Nog 1 cheque van 1 cheque', '1 oktober 2025 tot 31 december 2026 Vervalt'],
        'federaal-opleidingsrecht@2026-01-01': ['Nog 5 dagen van 5 dagen', 'kalenderjaar 2026, tot 31 december 2026', 'Op 31 december 2030, als je het niet gebruikt.'],
        // 80 % in 2024: 4 days; 2 used in March 2026 from the lot that lapses first.
        'federaal-opleidingsrecht@2024-01-01': ['Nog 2 dagen van 4 dagen', 'Overgedragen uit kalenderjaar 2024', 'Op 31 december 2028'],
      },
      lapsing: [
        'Loopbaancheque Nog 33 dagen: 1 cheque vervalt op 31 december 2026.',
        'Opleidingscheques Nog 276 dagen: € 75 vervalt op 31 augustus 2027.',
        'Vlaams opleidingsverlof Nog 276 dagen: 93 uur vervalt op 31 augustus 2027.',
      ],
      notLapsing: ['Federaal opleidingsrecht'],
      referrals: ['Korting in het volwassenenonderwijs', 'Opleiding via je sectorfonds'],
    },
    'high-educated-pop': {
      cards: {
        opleidingscheques: ['Nog € 0 van € 125', 'Helemaal gebruikt voor deze periode.'],
        'vlaams-opleidingsverlof': ['Nog 60 uur van 100 uur'],
        'vlaams-opleidingskrediet': ['Nog 34 maanden van 36 maanden', 'je tijdskrediet voor een opleiding'],
        'federaal-opleidingsrecht@2026-01-01': ['Nog 0,8 dagen van 0,8 dagen'],
      },
      lapsing: ['Vlaams opleidingsverlof Nog 276 dagen: 60 uur vervalt op 31 augustus 2027.'],
      notLapsing: ['Opleidingscheques'],
      referrals: ['Opleiding via je sectorfonds'],
    },
    'flemish-public-servant': {
      cards: {
        opleidingscheques: ['Nog € 125 van € 125'],
        'vlaams-zorgkrediet-opleiding': ['Nog 15 maanden van 18 maanden', 'over je hele loopbaan'],
      },
      lapsing: ['Opleidingscheques Nog 276 dagen: € 125 vervalt op 31 augustus 2027.'],
      notLapsing: ['Vlaams zorgkrediet'],
    },
    'self-employed': {
      cards: {
        'kmo-portefeuille': ['Nog € 6.600 van € 7.500', 'kalenderjaar 2026, tot 31 december 2026', 'VLAIO, bijgewerkt op 12 mei 2026'],
        loopbaancheques: ['Nog 1 cheque van 1 cheque'],
        // Days from his years as an employee: still there, not usable now that he is self-employed.
        'federaal-opleidingsrecht@2025-01-01': ['Nog 5 dagen van 5 dagen', 'Je kan dit nu niet gebruiken.', 'Het federale opleidingsrecht is alleen voor werknemers.'],
      },
      lapsing: [
        'KMO-portefeuille Nog 33 dagen: € 6.600 vervalt op 31 december 2026.',
        'Loopbaancheque Nog 33 dagen: 1 cheque vervalt op 31 december 2026.',
      ],
      notLapsing: ['Federaal opleidingsrecht'],
    },
    'brussels-employee': {
      cards: {
        opleidingscheques: ['Nog € 62,50 van € 125'],
        // Two reported, one there: used up, and the wallet says the data does not add up (see below).
        loopbaancheques: ['Nog 0 cheques van 1 cheque', 'Helemaal gebruikt voor deze periode.'],
        'federaal-opleidingsrecht@2026-01-01': ['Nog 5 dagen van 5 dagen'],
        'federaal-opleidingsrecht@2024-01-01': ['Nog 4 dagen van 5 dagen'],
      },
      lapsing: ['Opleidingscheques Nog 276 dagen: € 62,50 vervalt op 31 augustus 2027.'],
      referrals: ['Brussels betaald educatief verlof', 'Opleiding via je sectorfonds'],
    },
    large: {
      cards: {
        opleidingscheques: ['Nog € 25 van € 125'],
        'vlaams-opleidingsverlof': ['Nog 65 uur van 125 uur'],
        'vlaams-opleidingskrediet': ['Nog 22 maanden van 36 maanden', 'je tijdskrediet voor een opleiding'],
        loopbaancheques: ['Nog 1 cheque van 1 cheque'],
        'federaal-opleidingsrecht@2026-01-01': ['Nog 5 dagen van 5 dagen'],
      },
      lapsing: [
        'Loopbaancheque Nog 33 dagen: 1 cheque vervalt op 31 december 2026.',
        'Opleidingscheques Nog 276 dagen: € 25 vervalt op 31 augustus 2027.',
        'Vlaams opleidingsverlof Nog 276 dagen: 65 uur vervalt op 31 augustus 2027.',
      ],
      referrals: ['Korting in het volwassenenonderwijs', 'Opleiding via je sectorfonds'],
    },
    'partial-sources': {
      cards: {
        opleidingscheques: ['Nog € 125 van € 125'],
        'vlaams-opleidingsverlof': ['Nog 109 uur van 125 uur'],
      },
      lapsing: [
        'Opleidingscheques Nog 276 dagen: € 125 vervalt op 31 augustus 2027.',
        'Vlaams opleidingsverlof Nog 276 dagen: 109 uur vervalt op 31 augustus 2027.',
      ],
      referrals: ['Opleiding via je sectorfonds'],
    },
  };

  for (const persona of PERSONAS) {
    it(`${persona.id}: shows every entitlement in its pillar, with balance, period and lapse`, async function () {
      this.timeout(15000);
      const el = await mount({ persona: persona.id });
      const wallet = mockWallet(persona, 'nl');
      const expected = EXPECTED[persona.id];

      // Every entitlement is a card in the section of its pillar.
      for (const pillar of ['money', 'time'] as const) {
        const ids = wallet.entitlements.filter((e) => e.pillar === pillar).map((e) => e.id).sort();
        const shown = Array.from(section(el, pillar)?.querySelectorAll<LlrIncentiveCard>('llr-incentive-card') ?? [])
          .map((c) => c.entitlement!.id)
          .sort();
        expect(shown, `${pillar} cards`).to.deep.equal(ids);
        if (!ids.length) expect(section(el, pillar), `no empty ${pillar} section`).to.equal(null);
      }

      if (expected) {
        for (const [key, texts] of Object.entries(expected.cards)) {
          const [incentive, start] = key.split('@') as [string, string | undefined];
          const text = deepText(cardFor(el, incentive, start));
          for (const t of texts) expect(text, `${incentive}`).to.include(t);
        }
        const lapsing = Array.from(section(el, 'lapsing')?.querySelectorAll('li') ?? []).map((li) => deepText(li));
        expect(lapsing).to.deep.equal(expected.lapsing);
        for (const name of expected.notLapsing ?? []) expect(lapsing.join(' ')).not.to.include(name);
        const referrals = section(el, 'referrals');
        for (const name of expected.referrals ?? []) expect(deepText(referrals!)).to.include(name);
        if (!expected.referrals) expect(referrals).to.equal(null);
      } else {
        // Personas without rights: explained, referred, never an empty box.
        expect(wallet.entitlements).to.have.length(0);
        const empty = section(el, 'empty');
        expect(empty, 'no-rights explanation').to.exist;
        expect(deepText(empty!)).to.include('We vinden nu geen rechten voor jou');
        expect(deepText(empty!), 'why, in short sentences').to.include('De steun in deze rekening is vooral voor werknemers. Ben je werkzoekend, zelfstandige of student? Of past je situatie niet bij de voorwaarden?');
        for (const id of wallet.referrals) {
          const name = CATALOGUE.referrals.find((r) => r.id === id)!.name.nl;
          expect(deepText(empty!)).to.include(name);
        }
        expect(section(el, 'more'), 'Wegwijzer link').to.exist;
        expect(section(el, 'help'), 'help channels').to.exist;
      }
      await expect(el).to.be.accessible();
    });
  }

  it('a right that lapses today says so calmly', async () => {
    const w = mockWallet(findPersona('low-educated-employee')!, 'nl');
    w.entitlements.find((e) => e.incentive === 'loopbaancheques')!.lapsesOn = w.referenceDate;
    useHandlers(http.get('*/api/llr/v1/wallet', () => HttpResponse.json(w)));
    const el = await mount();
    const first = section(el, 'lapsing')!.querySelector('li')!;
    expect(deepText(first)).to.equal('Loopbaancheque Laatste dag: 1 cheque vervalt vandaag.');
  });

  it('the skeleton has the shape of the likely outcome: a wallet with a login configured, else the login prompt', async () => {
    useHandlers(http.get('*/api/llr/v1/wallet', () => new Promise<Response>(() => {})));
    const withLogin = await mount({ wait: false });
    await withLogin.updateComplete;
    expect(withLogin.shadowRoot!.querySelectorAll('.sk-card').length).to.be.greaterThan(3);
    await expect(withLogin).to.be.accessible();
    const anonymous = await mount({ persona: null, wait: false });
    await anonymous.updateComplete;
    expect(anonymous.shadowRoot!.querySelector('.sk-login')).to.exist;
    expect(section(anonymous, 'help'), 'help needs no data').to.exist;
    await expect(anonymous).to.be.accessible();
  });

  it('large: carried-over federal days are separate cards with their own period and lapse date', async () => {
    const el = await mount({ persona: 'large' });
    // 2 + 3 days used in 2025 took the 2024 lot first (it lapses first), then 1 in April 2026 from 2025's.
    expect(deepText(cardFor(el, 'federaal-opleidingsrecht', '2025-01-01'))).to.include('Nog 4 dagen van 5 dagen').and.include('Overgedragen uit kalenderjaar 2025').and.include('Op 31 december 2029');
    expect(deepText(cardFor(el, 'federaal-opleidingsrecht', '2024-01-01'))).to.include('Nog 0 dagen van 5 dagen').and.include('Overgedragen uit kalenderjaar 2024');
    expect(cards(el)).to.have.length(7);
  });

  it('self-employed: a balance that cannot be used now says why, in plain words, and is not in "use it in time"', async () => {
    const el = await mount({ persona: 'self-employed' });
    const card = cardFor(el, 'federaal-opleidingsrecht', '2024-01-01');
    expect(deepText(card)).to.include('Je kan dit nu niet gebruiken.').and.include('Het federale opleidingsrecht is alleen voor werknemers.');
    expect(deepText(section(el, 'lapsing')!)).not.to.include('Federaal opleidingsrecht');
    await expect(el).to.be.accessible();
  });

  it('low-educated-employee: what is announced comes dated, marked planned and not final, with its source', async () => {
    const el = await mount({ persona: 'low-educated-employee' });
    const upcoming = section(el, 'upcoming')!;
    expect(upcoming, 'what is changing').to.exist;
    const text = deepText(upcoming);
    expect(text).to.include('Wat verandert er?');
    expect(text).to.include('Vanaf 1 januari 2027 (gepland, nog niet definitief)');
    expect(text).to.include('Loopbaancheques: deze steun stopt.');
    expect(text).to.include('Loopbaankrediet (gepland): nieuw. Je kan dan 6 uur krijgen.');
    const source = upcoming.querySelector<HTMLAnchorElement>('.source a')!;
    expect(source.href).to.match(/^https:\/\/www\.vlaanderen\.be\//);
    // Planned rules are never a right: no card, no balance for the loopbaankrediet.
    expect(cards(el).some((c) => c.entitlement?.incentive === 'loopbaankrediet')).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('low-educated-employee: the history tells how each balance came about, as a table per incentive', async () => {
    const el = await mount({ persona: 'low-educated-employee' });
    const history = section(el, 'history')!;
    const group = Array.from(history.querySelectorAll('details')).find((d) => d.querySelector('summary')!.textContent!.includes('Opleidingscheques'))!;
    expect(group, 'a group per incentive').to.exist;
    group.querySelector('summary')!.click();
    const rows = Array.from(group.querySelectorAll('tbody tr')).map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => norm(td.textContent)).join(' | '));
    expect(rows).to.deep.equal([
      '1 september 2024 | Erbij gekregen | € 125',
      '10 februari 2025 | Gebruikt | € 100',
      '31 augustus 2025 | Vervallen (niet gebruikt) | € 25',
      '1 september 2025 | Erbij gekregen | € 125',
      '31 augustus 2026 | Vervallen (niet gebruikt) | € 125',
      '1 september 2026 | Erbij gekregen | € 125',
      '12 oktober 2026 | Gebruikt | € 50',
    ]);
    expect(group.querySelectorAll('th[scope="col"]').length).to.equal(3);
    await expect(el).to.be.accessible();
  });

  it('brussels-employee: more used than there was is a calm note with where to ask, and the balance stays at zero', async () => {
    const el = await mount({ persona: 'brussels-employee' });
    const notice = el.shadowRoot!.querySelector('.notice.issues')!;
    expect(notice, 'the issue is shown').to.exist;
    expect(deepText(notice)).to.include('Loopbaancheque: op 10 februari 2026 werd 1 cheque meer gebruikt dan je had.');
    expect(deepText(notice)).to.include('Vraag het na bij de organisatie van die steun');
    expect(notice.getAttribute('role'), 'not an alarm').to.equal(null);
    expect(deepText(cardFor(el, 'loopbaancheques'))).to.include('Nog 0 cheques van 1 cheque');
    await expect(el).to.be.accessible();
  });

  it('partial-sources: shows the rest and says which part is missing', async () => {
    const el = await mount({ persona: 'partial-sources' });
    const notice = el.shadowRoot!.querySelector('.notice.partial')!;
    expect(notice).to.exist;
    expect(deepText(notice)).to.include('Sigedis (Federal Learning Account) antwoordt nu niet. Je ziet daarom niet: Federaal opleidingsrecht.');
    expect(cards(el).length).to.equal(2);
    expect(notice.querySelector('button')).to.exist;
  });

  it('self-employed: marks data older than stale-after-days, per source', async () => {
    // WSE/VDAB data of the persona is 1-8 days old, VLAIO's half a year: only VLAIO is stale at this age.
    const vlaioAge = Math.floor((Date.now() - Date.parse('2026-05-12T10:00:00+02:00')) / 86_400_000);
    const el = await mount({ persona: 'self-employed', attrs: { staleAfterDays: vlaioAge - 60 } });
    const notice = el.shadowRoot!.querySelector('.notice.stale')!;
    expect(notice, 'stale notice').to.exist;
    expect(deepText(notice)).to.include('KMO-portefeuille: bijgewerkt op 12 mei 2026 (VLAIO)');
    expect(deepText(notice)).not.to.include('Loopbaancheque');
    expect(cardFor(el, 'kmo-portefeuille').stale).to.equal(true);
    expect(deepText(cardFor(el, 'kmo-portefeuille'))).to.include('Deze gegevens zijn mogelijk niet meer actueel.');
    expect(cardFor(el, 'loopbaancheques').stale).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('marks extended-wallet rights (phase 2.2) with their provider', async () => {
    const el = await mount({ persona: 'large' });
    expect(deepText(cardFor(el, 'loopbaancheques'))).to.include('Van VDAB');
    expect(deepText(cardFor(el, 'federaal-opleidingsrecht', '2026-01-01'))).to.match(/Van FOD WASO|Van Sigedis|Van .*(WASO|Sigedis|FOD)/);
    expect(deepText(cardFor(el, 'opleidingscheques'))).to.include('Van Departement WSE');
  });

  it('has an accessible meter with a text equivalent on each balance', async () => {
    const el = await mount({ persona: 'low-educated-employee' });
    const card = cardFor(el, 'vlaams-opleidingsverlof');
    const meter = card.shadowRoot!.querySelector('[role="meter"]')!;
    expect(meter.getAttribute('aria-valuenow')).to.equal('93');
    expect(meter.getAttribute('aria-valuemax')).to.equal('125');
    expect(meter.getAttribute('aria-valuetext')).to.equal('93 uur over (74 %)');
    const label = card.shadowRoot!.getElementById(meter.getAttribute('aria-labelledby')!)!;
    expect(label.textContent!.trim()).to.equal('Nog 93 uur van 125 uur');
  });

  it('uses the heading level it is given, and one level lower per section', async () => {
    const el = await mount();
    expect(el.shadowRoot!.querySelector('h2#wallet-title')).to.exist;
    expect(el.shadowRoot!.querySelectorAll('section > h3').length).to.be.greaterThan(3);
    expect(cards(el)[0]!.shadowRoot!.querySelector('h4')).to.exist;
    el.headingLevel = 3;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('h3#wallet-title')).to.exist;
  });

  it('fires llr-wallet-load without personal data', async () => {
    const events: CustomEvent[] = [];
    const listener = (e: Event) => events.push(e as CustomEvent);
    document.addEventListener('llr-wallet-load', listener);
    try {
      await mount({ persona: 'partial-sources' });
    } finally {
      document.removeEventListener('llr-wallet-load', listener);
    }
    expect(events).to.have.length(1);
    expect(events[0]!.detail).to.deep.equal({ entitlements: 2, missingSources: ['Sigedis (Federal Learning Account)'] });
    expect(events[0]!.composed && events[0]!.bubbles).to.equal(true);
  });
});

describe('llr-wallet: languages', () => {
  const LAPSE: Record<Lang, string> = {
    nl: 'Loopbaancheque Nog 33 dagen: 1 cheque vervalt op 31 december 2026.',
    en: 'Career guidance voucher 33 days left: 1 voucher lapses on 31 December 2026.',
    fr: 'Chèque-carrière Encore 33 jours : 1 chèque à utiliser au plus tard le 31 décembre 2026.',
    de: 'Laufbahnscheck Noch 33 Tage: 1 Scheck verfällt am 31. Dezember 2026.',
  };
  const BALANCE: Record<Lang, string> = { nl: 'Nog € 75 van € 125', en: '€75 left of €125', fr: 'Il reste 75 € sur 125 €', de: 'Noch 75 € von 125 €' };
  const PERIOD: Record<Lang, string> = {
    nl: 'schooljaar 2026-2027, tot 31 augustus 2027',
    en: 'school year 2026-2027, until 31 August 2027',
    fr: 'année scolaire 2026-2027, jusqu’au 31 août 2027',
    de: 'Schuljahr 2026-2027, bis zum 31. August 2027',
  };

  for (const lang of LANGS) {
    it(`${lang}: formats amounts, periods and lapse dates, and is accessible`, async () => {
      const el = await mount({ persona: 'low-educated-employee', lang });
      const first = section(el, 'lapsing')!.querySelector('li')!;
      expect(deepText(first).replace(/\u202f|\u00a0/g, ' ')).to.equal(LAPSE[lang]);
      const text = deepText(cardFor(el, 'opleidingscheques')).replace(/\u202f|\u00a0/g, ' ');
      expect(text).to.include(BALANCE[lang]);
      expect(text).to.include(PERIOD[lang]);
      expect(el.shadowRoot!.querySelector('section')!.getAttribute('lang')).to.equal(lang);
      await expect(el).to.be.accessible();
    });

    it(`${lang}: no-rights, login, error, partial, not-usable, upcoming, history and data-issue states are accessible`, async function () {
      this.timeout(30000);
      for (const persona of ['jobseeker', 'no-rights', 'partial-sources', 'self-employed', 'brussels-employee', null]) {
        const el = await mount({ persona, lang });
        await expect(el).to.be.accessible();
      }
      // The history open, and the planned change with its source, in this language.
      const el = await mount({ persona: 'low-educated-employee', lang });
      for (const d of Array.from(section(el, 'history')!.querySelectorAll('details'))) d.open = true;
      await expect(el).to.be.accessible();
      expect(deepText(section(el, 'upcoming')!)).to.include(UPCOMING_PLANNED[lang]);
      useHandlers(...faultHandlers('500', '/wallet'));
      const failed = await mount({ lang });
      expect(failed.shadowRoot!.querySelector('[role="alert"]')).to.exist;
      await expect(failed).to.be.accessible();
    });
  }
});

describe('llr-wallet: fault scenarios', () => {
  const ERROR_TEXT: Partial<Record<FaultScenario, string>> = {
    '500': 'Er ging iets mis bij het ophalen van je gegevens.',
    '503': 'De dienst is even niet beschikbaar.',
    '403': 'Je hebt geen toegang tot deze gegevens.',
    '404': 'We vinden deze gegevens niet.',
    timeout: 'Het duurt te lang om je gegevens op te halen.',
    offline: 'Je bent niet verbonden met het internet.',
    'malformed-json': 'We kregen onvolledige of foute gegevens.',
    'schema-invalid': 'We kregen onvolledige of foute gegevens.',
    'empty-body': 'We kregen onvolledige of foute gegevens.',
  };

  for (const scenario of FAULT_SCENARIOS) {
    it(`${scenario} on /wallet gives its designed state`, async function () {
      this.timeout(scenario === 'timeout' || scenario === 'huge' ? 30000 : 15000);
      useHandlers(...faultHandlers(scenario, '/wallet', { slowMs: 2500, hugeWalletEntitlements: 200 }));
      const el = await mount({ wait: false });
      if (scenario === 'slow') {
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('section[aria-busy="true"]'), 'skeleton while slow').to.exist;
        await expect(el).to.be.accessible();
      }
      await settled(el, 'nl', 25000);
      const text = deepText(el);
      const message = ERROR_TEXT[scenario];
      if (message) {
        expect(text).to.include(message);
        expect(allCards(el), 'never half-rendered').to.have.length(0);
        const retry = el.shadowRoot!.querySelector('button');
        if (scenario === '403') expect(retry, 'no retry for forbidden').to.equal(null);
        else expect(retry?.textContent?.trim()).to.equal('Probeer opnieuw');
        expect(section(el, 'help'), 'help channels').to.exist;
      } else if (scenario === '401') {
        expect(el.shadowRoot!.querySelector('a[part="login-link"]')).to.exist;
      } else if (scenario === 'huge') {
        expect(cards(el)).to.have.length(200);
      } else {
        expect(cards(el)).to.have.length(DEFAULT_CARDS);
      }
      await expect(el).to.be.accessible();
    });
  }

  it('a pathological wallet (300 entitlements) shows 150 cards per pillar, then "show all"', async function () {
    this.timeout(60000);
    useHandlers(...faultHandlers('huge', '/wallet', { hugeWalletEntitlements: 300 }));
    const el = await mount({ wait: false });
    await settled(el, 'nl', 50000);
    const time = section(el, 'time')!;
    const button = time.querySelector<HTMLButtonElement>('button.show-all')!;
    expect(time.querySelectorAll('llr-incentive-card')).to.have.length(150);
    expect(section(el, 'money')!.querySelector('button.show-all'), 'no button below the cap').to.equal(null);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(button.textContent!.trim()).to.match(/^Toon alle \d+ \(nog \d+\)$/);
    const total = Number(/alle (\d+)/.exec(button.textContent!)![1]);
    button.click();
    await el.updateComplete;
    expect(time.querySelectorAll('llr-incentive-card')).to.have.length(total);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(button.textContent!.trim()).to.equal('Toon minder');
  });

  for (const scenario of ['500', 'schema-invalid', 'offline'] as const) {
    it(`${scenario} on the catalogue is an error too (never cards without names)`, async function () {
      this.timeout(15000);
      useHandlers(...faultHandlers(scenario, '/incentives'));
      const el = await mount();
      expect(el.shadowRoot!.querySelector('[role="alert"]')).to.exist;
      expect(allCards(el)).to.have.length(0);
    });
  }

  it('retry recovers after the fault clears, and moves focus to the title', async () => {
    useHandlers(...faultHandlers('500', '/wallet'));
    const el = await mount();
    expect(deepText(el)).to.include('Er ging iets mis');
    clearFaults();
    el.shadowRoot!.querySelector<HTMLButtonElement>('button')!.click();
    await settled(el);
    expect(cards(el)).to.have.length(DEFAULT_CARDS);
    expect(el.shadowRoot!.activeElement?.id).to.equal('wallet-title');
  });

  it('keeps the last good data when a refresh fails, and says so', async () => {
    const el = await mount();
    useHandlers(...faultHandlers('500', '/wallet'));
    el.reload();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('section[aria-busy="true"]'), 'busy, with the old data').to.exist;
    expect(cards(el)).to.have.length(DEFAULT_CARDS);
    await settled(el);
    expect(cards(el)).to.have.length(DEFAULT_CARDS);
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(deepText(alert)).to.include('Je ziet nog de gegevens van');
    await expect(el).to.be.accessible();
  });

  it('a wallet moved in the page while loading leaves its request and loads again', async () => {
    useHandlers(...faultHandlers('slow', '/wallet', { slowMs: 300 }));
    const el = await mount({ wait: false });
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    await settled(el);
    expect(cards(el)).to.have.length(DEFAULT_CARDS);
  });

  it('never shows one login’s data under another', async () => {
    const el = await mount({ persona: 'large' });
    expect(cards(el)).to.have.length(7);
    useHandlers(http.get('*/api/llr/v1/wallet', () => new Promise<Response>(() => {})));
    el.getToken = () => 'demo-jobseeker';
    await el.updateComplete;
    expect(allCards(el), 'no cards of the previous persona while loading').to.have.length(0);
    expect(el.shadowRoot!.querySelector('section[aria-busy="true"]')).to.exist;
  });
});

describe('llr-wallet: login', () => {
  it('401: fires a cancelable llr-auth-required without the token, and shows the login link', async () => {
    const events: CustomEvent[] = [];
    const listener = (e: Event) => events.push(e as CustomEvent);
    document.addEventListener('llr-auth-required', listener);
    try {
      const el = await mount({ persona: null });
      expect(events).to.have.length(1);
      expect(events[0]!.cancelable && events[0]!.bubbles && events[0]!.composed).to.equal(true);
      expect(events[0]!.detail).to.deep.equal({ loginUrl: 'https://login.example.be/aanmelden' });
      const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('a[part="login-link"]')!;
      expect(link.href).to.equal('https://login.example.be/aanmelden');
      expect(deepText(el)).to.include('Meld je aan om te zien op welke steun je recht hebt');
      await expect(el).to.be.accessible();
    } finally {
      document.removeEventListener('llr-auth-required', listener);
    }
  });

  it('an unknown token (expired session) is a 401 too; the token never appears in the event', async () => {
    let detail = '';
    const listener = (e: Event) => (detail = JSON.stringify((e as CustomEvent).detail));
    document.addEventListener('llr-auth-required', listener);
    try {
      await mount({ persona: 'expired-secret-token' });
    } finally {
      document.removeEventListener('llr-auth-required', listener);
    }
    expect(detail).to.include('loginUrl');
    expect(detail).not.to.include('secret');
  });

  it('when the host cancels the event, shows a button that asks the host again', async () => {
    let count = 0;
    const listener = (e: Event) => {
      count += 1;
      e.preventDefault();
    };
    document.addEventListener('llr-auth-required', listener);
    try {
      const el = await mount({ persona: null });
      expect(el.shadowRoot!.querySelector('a[part="login-link"]')).to.equal(null);
      const button = el.shadowRoot!.querySelector<HTMLButtonElement>('button[part="login-link"]')!;
      expect(button.textContent!.trim()).to.equal('Aanmelden');
      button.click();
      expect(count).to.equal(2);
      await expect(el).to.be.accessible();
    } finally {
      document.removeEventListener('llr-auth-required', listener);
    }
  });

  it('refuses an unsafe login URL (no javascript: link)', async () => {
    const wrapper = fixtureSync<HTMLDivElement>(html`<div><llr-wallet login-url="javascript:alert(1)"></llr-wallet></div>`);
    const el = wrapper.querySelector('llr-wallet')!;
    await settled(el);
    expect(deepAll(el, 'a[href^="javascript"]')).to.have.length(0);
    expect(el.shadowRoot!.querySelector('button[part="login-link"]')).to.exist;
  });

  it('loads after the host logs in (new getToken)', async () => {
    const el = await mount({ persona: null });
    el.getToken = () => 'demo-flemish-public-servant';
    await waitUntil(() => cards(el).length === 2, 'wallet after login');
  });
});

describe('llr-wallet: sharing, layout, keyboard, safety', () => {
  it('two wallets on one page share one request', async () => {
    const token = () => 'demo-large';
    const wrapper = fixtureSync<HTMLDivElement>(html`<div>
      <llr-wallet .getToken=${token}></llr-wallet>
      <llr-wallet .getToken=${token}></llr-wallet>
    </div>`);
    const [a, b] = Array.from(wrapper.querySelectorAll('llr-wallet'));
    await settled(a!);
    await settled(b!);
    expect(cards(a!)).to.have.length(7);
    expect(cards(b!)).to.have.length(7);
    expect(seenRequests('/wallet')).to.have.length(1);
  });

  it('fits 320 px without horizontal scrolling', async () => {
    const el = await mount({ persona: 'large', width: 320 });
    const root = el.shadowRoot!.querySelector('section')!;
    expect(root.scrollWidth).to.be.at.most(320);
    for (const card of cards(el)) {
      const box = card.shadowRoot!.querySelector('.card')!;
      expect(box.scrollWidth, card.entitlement!.id).to.be.at.most(box.clientWidth + 1);
      expect(card.getBoundingClientRect().width).to.be.at.most(320);
    }
  });

  it('every link, button and disclosure is reachable with Tab; Enter opens the steps', async () => {
    const el = await mount({ persona: 'low-educated-employee' });
    // Links inside a closed <details> are not focusable until it opens.
    const expected = deepAll<HTMLElement>(el, 'a[href], button, summary').filter((e) => e.tagName === 'SUMMARY' || !e.closest('details:not([open])'));
    const reached: Element[] = [];
    const first = document.createElement('button');
    first.textContent = 'before';
    el.before(first);
    first.focus();
    const activeDeep = () => {
      let active: Element | null = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return active;
    };
    for (let i = 0; i < expected.length; i += 1) {
      await sendKeys({ press: 'Tab' });
      const active = activeDeep();
      if (active) reached.push(active);
    }
    first.remove();
    const missed = expected.filter((t) => !reached.includes(t)).map((t) => t.textContent?.trim());
    expect(missed).to.deep.equal([]);
    expect(new Set(reached).size, 'each Tab reaches a new stop').to.equal(expected.length);

    // Enter on the first card's "Zo gebruik je het" opens it; Tab then reaches the apply link inside.
    const summary = expected.find((e) => e.tagName === 'SUMMARY' && !!e.closest('details.how'))!;
    summary.focus();
    await sendKeys({ press: 'Enter' });
    expect((summary.parentElement as HTMLDetailsElement).open).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(activeDeep()?.getAttribute('part')).to.equal('apply-link');
  });

  it('hostile data renders as text; non-https links are refused', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1">';
    const catalogue = structuredClone(CATALOGUE);
    catalogue.incentives[0]!.name.nl = hostile;
    const wallet = mockWallet(findPersona('low-educated-employee')!, 'nl');
    const cheques = wallet.entitlements.find((e) => e.incentive === 'opleidingscheques')!;
    cheques.period.label = `<script>window.__pwned=1</script>`;
    cheques.dataSource.name = hostile;
    useHandlers(
      http.get('*/api/llr/v1/incentives', () => HttpResponse.json(catalogue)),
      http.get('*/api/llr/v1/wallet', () => HttpResponse.json(wallet)),
    );
    const el = await mount();
    const card = cardFor(el, 'opleidingscheques');
    expect(deepText(card)).to.include(hostile);
    expect(deepText(card)).to.include('<script>window.__pwned=1</script>');
    expect(deepAll(el, 'img, script')).to.have.length(0);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    // Host-configured help links: only https or same-site.
    el.helpChatUrl = 'javascript:alert(1)';
    el.helpVisitUrl = 'http://evil.example.com/';
    el.helpPhone = '1700<script>';
    await el.updateComplete;
    expect(deepAll(el, 'a[href^="javascript"], a[href^="data:"], a[href*="evil"]')).to.have.length(0);
    const help = deepText(section(el, 'help')!);
    expect(help).to.include('Bel gratis 1700');
    expect(help).not.to.include('Chat met ons');
    // Only https:, tel: and the host's own (same-origin relative) links remain.
    for (const a of deepAll<HTMLAnchorElement>(el, 'a[href]')) {
      expect(a.protocol === 'https:' || a.protocol === 'tel:' || a.origin === location.origin, a.href).to.equal(true);
    }
  });

  it('help channels are configurable and have Flemish defaults', async () => {
    const el = await mount();
    const links = Array.from(section(el, 'help')!.querySelectorAll('a')).map((a) => a.getAttribute('href'));
    expect(links).to.deep.equal(['tel:1700', 'https://www.vlaanderen.be/contact', 'https://www.vdab.be/contact']);
    el.helpPhone = '+32 2 553 00 00';
    el.helpChatUrl = '';
    el.helpVisitUrl = 'https://www.example.be/loket';
    el.helpVisitLabel = 'Kom naar het loket in je gemeente';
    await el.updateComplete;
    const text = deepText(section(el, 'help')!);
    expect(text).to.include('Kom naar het loket in je gemeente');
    expect(text).not.to.include('Chat met ons');
    expect(section(el, 'help')!.querySelector('a')!.getAttribute('href')).to.equal('tel:+3225530000');
  });

  it('writes nothing to storage or the console', async () => {
    const calls: unknown[][] = [];
    const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
    const originals = methods.map((m) => console[m]);
    methods.forEach((m) => (console[m] = (...args: unknown[]) => calls.push(args)));
    const before = { local: localStorage.length, session: sessionStorage.length };
    try {
      await mount({ persona: 'large' });
      useHandlers(...faultHandlers('500', '/wallet'));
      await mount({ persona: 'large' });
      await mount({ persona: null });
    } finally {
      methods.forEach((m, i) => (console[m] = originals[i]!));
    }
    expect(calls).to.deep.equal([]);
    expect({ local: localStorage.length, session: sessionStorage.length }).to.deep.equal(before);
  });
});

describe('llr-wallet: usage signals', () => {
  it('only with usage-events: the state shown, once per load (loaded, partial, no rights, login, an error kind)', async () => {
    const signals = captureSignals();
    await mount({ persona: 'large' });
    for (const persona of ['large', 'partial-sources', 'no-rights', null]) await mount({ persona, signals: true });
    useHandlers(...faultHandlers('500', '/wallet'));
    await mount({ persona: 'large', signals: true });
    expect(await signals.flush()).to.deep.equal([
      { type: 'wallet-shown', state: 'loaded' },
      { type: 'wallet-shown', state: 'partial' },
      { type: 'wallet-shown', state: 'no-rights' },
      { type: 'wallet-shown', state: 'login' },
      { type: 'wallet-shown', state: 'error-server' },
    ]);
  });

  it('"Zo gebruik je het" and a history opened, an apply link followed: the incentive, never an amount', async () => {
    const signals = captureSignals();
    const el = await mount({ persona: 'low-educated-employee', signals: true });
    const card = cardFor(el, 'opleidingscheques');
    const how = card.shadowRoot!.querySelector<HTMLDetailsElement>('details.how')!;
    how.open = true;
    await new Promise((resolve) => setTimeout(resolve, 50)); // toggle events are queued
    const apply = card.shadowRoot!.querySelector<HTMLAnchorElement>('a[part="apply-link"]')!;
    apply.addEventListener('click', (e) => e.preventDefault()); // no new window in the test
    apply.click();
    const history = el.shadowRoot!.querySelector<HTMLDetailsElement>('details.history-group')!;
    history.open = true;
    await new Promise((resolve) => setTimeout(resolve, 50)); // toggle events are queued
    const historyIncentive = el.shadowRoot!.querySelector('details.history-group summary')!.textContent!.trim();
    const events = await signals.flush();
    expect(events.slice(0, 3)).to.deep.equal([
      { type: 'wallet-shown', state: 'loaded' },
      { type: 'wallet-how-to-opened', incentive: 'opleidingscheques' },
      { type: 'wallet-apply-followed', incentive: 'opleidingscheques' },
    ]);
    expect(events[3]?.type).to.equal('wallet-history-opened');
    const named = CATALOGUE.incentives.find((i) => i.id === (events[3] as { incentive: string }).incentive)!;
    expect(named.name.nl).to.equal(historyIncentive);
    expect(events).to.have.length(4);
  });
});
