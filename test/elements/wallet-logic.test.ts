/** The wallet's pure view model (src/elements/wallet/wallet.logic.ts): grouping, lapses, staleness, unknown ids. */
import { expect } from '@open-wc/testing';
import { ageInDays, buildWalletView, daysToLapse, lapses } from '../../src/elements/wallet/wallet.logic';
import { CATALOGUE } from '../../mocks/catalogue';
import { findPersona, walletFor } from '../../mocks/personas';
import type { Entitlement, Wallet } from '../../src/api';

const NOW = new Date('2026-11-28T12:00:00+01:00');
const wallet = (id: string): Wallet => walletFor(findPersona(id)!, 'nl');
const view = (w: Wallet, staleAfterDays = 30) => buildWalletView(w, CATALOGUE, { now: NOW, staleAfterDays });

describe('wallet.logic', () => {
  it('groups entitlements by pillar, active first, soonest lapse first', () => {
    const v = view(wallet('large'));
    expect(v.pillars.money.map((c) => c.incentive.id)).to.deep.equal(['loopbaancheques', 'opleidingscheques']);
    // Active first (the used-up 2024 federal lot last), then by lapse date: 31 August 2027, then 2029 and 2030, then
    // the time credit, which does not lapse.
    expect(v.pillars.time.map((c) => `${c.incentive.id}@${c.entitlement.period.start}`)).to.deep.equal([
      'vlaams-opleidingsverlof@2026-09-01',
      'federaal-opleidingsrecht@2025-01-01',
      'federaal-opleidingsrecht@2026-01-01',
      'vlaams-opleidingskrediet@2024-09-01',
      'federaal-opleidingsrecht@2024-01-01',
    ]);
    const used = view(wallet('high-educated-pop')).pillars.money;
    expect(used.map((c) => c.entitlement.status)).to.deep.equal(['used-up']);
  });

  it('lists what lapses: active, something left, a lapse date not passed; with the days from the reference date', () => {
    const v = view(wallet('low-educated-employee'));
    expect(v.lapsing.map((l) => [l.incentive.id, l.days])).to.deep.equal([
      ['loopbaancheques', 33],
      ['opleidingscheques', 276],
      ['vlaams-opleidingsverlof', 276],
    ]);
    const base = wallet('low-educated-employee').entitlements[0]!;
    const at = (o: Partial<Entitlement>) => lapses({ ...base, ...o }, '2026-11-28');
    expect(at({ lapsesOn: '2026-11-28' }), 'today still counts').to.equal(true);
    expect(daysToLapse({ ...base, lapsesOn: '2026-11-28' }, '2026-11-28')).to.equal(0);
    expect(at({ lapsesOn: '2026-11-27' }), 'already lapsed').to.equal(false);
    expect(at({ lapsesOn: null }), 'does not lapse').to.equal(false);
    expect(at({ remaining: 0 }), 'nothing left').to.equal(false);
    expect(at({ status: 'pending' }), 'not confirmed').to.equal(false);
    expect(at({ usable: false }), 'not usable now').to.equal(false);
    expect(at({ lapsesOn: '2028-12-31' }), 'beyond a year: on its card, not in the list').to.equal(false);
    expect(at({ lapsesOn: '31/08/2027' }), 'unreadable date').to.equal(false);
  });

  it('marks data older than staleAfterDays, per source and for the wallet itself', () => {
    const v = view(wallet('self-employed'), 30);
    expect(v.stale.map((c) => c.incentive.id)).to.deep.equal(['kmo-portefeuille']);
    expect(v.walletStale).to.equal(false);
    expect(view(wallet('self-employed'), 1000).stale).to.deep.equal([]);
    const old = { ...wallet('large'), generatedAt: '2026-09-01T08:00:00+02:00' };
    expect(view(old).walletStale).to.equal(true);
    expect(ageInDays('2026-11-27T12:00:00+01:00', NOW)).to.equal(1);
    expect(ageInDays('2027-01-01T00:00:00Z', NOW), 'future').to.equal(0);
    expect(ageInDays('gisteren', NOW), 'unreadable').to.equal(0);
  });

  it('names the missing part of a partial wallet', () => {
    const v = view(wallet('partial-sources'));
    expect(v.missing.map((m) => [m.source, m.incentives.map((i) => i.id)])).to.deep.equal([
      ['Sigedis (Federal Learning Account)', ['federaal-opleidingsrecht']],
    ]);
  });

  it('ignores ids the catalogue does not know (a newer rule set), and is empty then', () => {
    const w = wallet('low-educated-employee');
    w.entitlements = w.entitlements.map((e) => ({ ...e, incentive: `nieuw-${e.incentive}` }));
    w.referrals = ['bestaat-niet', 'sectorfonds'];
    const v = view(w);
    expect(v.empty).to.equal(true);
    expect(v.lapsing).to.deep.equal([]);
    expect(v.referrals.map((r) => r.id)).to.deep.equal(['sectorfonds']);
  });
});
