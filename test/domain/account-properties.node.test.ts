/**
 * Properties of the account over generated histories (seeded): nothing is created or lost, balances are never
 * negative, caps hold, and the result does not depend on what is not input.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { computeAccount, parseHistory, type Account, type AccountOptions } from '../../src/domain/index';
import { plannedRuleSets, ruleSets, scenarioRuleSets } from '../../src/domain/rules/index';
import { generateHistories } from '../support/histories';

/** Output amounts are rounded to 2 decimals: a sum of n of them may be off by n × 0.005. */
const ROUNDING = 0.005;

interface Sums {
  credited: number;
  cappedOff: number;
  used: number;
  lapsed: number;
  remaining: number;
  terms: number;
  unknown: boolean;
}

/**
 * Per incentive, from what a caller sees: the history (credits, caps, uses, lapses) and the alive lots. A use's
 * amount minus what it overdrew is what the lots gave.
 */
function sumsOf(account: Account): Map<string, Sums> {
  const sums = new Map<string, Sums>();
  const of = (id: string) => {
    let s = sums.get(id);
    if (!s) {
      s = { credited: 0, cappedOff: 0, used: 0, lapsed: 0, remaining: 0, terms: 0, unknown: false };
      sums.set(id, s);
    }
    return s;
  };
  for (const e of account.history) {
    const s = of(e.incentive);
    s.terms++;
    if (e.amount === null) {
      s.unknown = true;
      continue;
    }
    if (e.kind === 'credit') s.credited += e.amount;
    else if (e.kind === 'cap') s.cappedOff += e.amount;
    else if (e.kind === 'lapse') s.lapsed += e.amount;
    else s.used += e.amount - (e.overdrawn ?? 0);
  }
  for (const b of account.balances) {
    const s = of(b.incentive);
    for (const lot of b.lots) {
      s.terms++;
      if (lot.remaining === null) s.unknown = true;
      else s.remaining += lot.remaining;
    }
  }
  return sums;
}

/** How much the generated histories exercise: a property checked only on empty accounts proves nothing. */
interface Seen {
  sums: number;
  used: number;
  lapsed: number;
  cappedOff: number;
  unknown: number;
  overdrawn: number;
}
const seen = (): Seen => ({ sums: 0, used: 0, lapsed: 0, cappedOff: 0, unknown: 0, overdrawn: 0 });

function checkInvariants(account: Account, options: AccountOptions, count: Seen): void {
  const capOf = (id: string) => (options.scenario ?? ruleSets[ruleSets.length - 1])?.incentives.find((i) => i.id === id)?.account?.cap;
  for (const [incentive, s] of sumsOf(account)) {
    if (s.unknown) {
      count.unknown++;
      continue; // a lot of unknown amount takes no part in the sums
    }
    count.sums++;
    if (s.used > 0) count.used++;
    if (s.lapsed > 0) count.lapsed++;
    if (s.cappedOff > 0) count.cappedOff++;
    const created = s.credited - s.cappedOff;
    const accounted = s.used + s.lapsed + s.remaining;
    assert.ok(Math.abs(created - accounted) <= ROUNDING * s.terms + 1e-9, `${account.id} ${incentive}: credited − capped off ${created} ≠ used + lapsed + remaining ${accounted}`);
  }
  if (account.issues.some((i) => i.kind === 'overdrawn')) count.overdrawn++;
  for (const b of account.balances) {
    assert.ok(b.available === null || b.available >= 0, `${account.id} ${b.incentive}: available ${b.available}`);
    assert.ok(b.overdrawn >= 0, `${account.id} ${b.incentive}: overdrawn ${b.overdrawn}`);
    if (!b.usable) assert.equal(b.available, 0, `${account.id} ${b.incentive}: not usable but available`);
    let held = 0;
    for (const lot of b.lots) {
      assert.ok(lot.used >= 0 && lot.cappedOff >= 0, `${account.id} ${b.incentive}: negative used or capped`);
      if (lot.granted === null) continue;
      assert.ok(lot.remaining !== null && lot.remaining >= 0, `${account.id} ${b.incentive}: remaining ${lot.remaining}`);
      assert.ok(Math.abs(lot.granted - lot.cappedOff - lot.used - lot.remaining) <= 3 * ROUNDING, `${account.id} ${b.incentive}: a lot does not add up`);
      assert.ok(lot.expires === null || lot.expires >= account.date, `${account.id} ${b.incentive}: a lot alive after its expiry`);
      held += lot.remaining;
    }
    const cap = capOf(b.incentive);
    if (cap !== undefined) assert.ok(held <= cap + ROUNDING * b.lots.length, `${account.id} ${b.incentive}: ${held} held over the cap ${cap}`);
  }
  for (let i = 1; i < account.history.length; i++) {
    assert.ok((account.history[i - 1]?.date ?? '') <= (account.history[i]?.date ?? ''), `${account.id}: history out of date order`);
  }
  for (const e of account.history) assert.ok(e.date <= account.date, `${account.id}: history after the reference date`);
}

const DATES = ['2024-06-01', '2025-03-15', '2025-09-30', '2026-11-28', '2027-02-01', '2029-06-30'];

describe('account properties over generated histories', () => {
  it('nothing is created or lost, per incentive: credited − capped off = used + lapsed + remaining; balances never negative', () => {
    const count = seen();
    for (const [n, date] of DATES.entries()) {
      const options: AccountOptions = { referenceDate: date, ruleSets: [...ruleSets, ...plannedRuleSets] };
      for (const json of generateHistories(400, { seed: 1000 + n, date })) checkInvariants(computeAccount(parseHistory(json, options), options), options, count);
    }
    assert.ok(count.sums > 2000 && count.used > 500 && count.lapsed > 300 && count.unknown > 50 && count.overdrawn > 100, JSON.stringify(count));
  });

  it('the same holds under every scenario, and the cap is never exceeded', () => {
    const count = seen();
    for (const scenario of scenarioRuleSets) {
      for (const [n, date] of DATES.entries()) {
        const options: AccountOptions = { referenceDate: date, ruleSets, scenario };
        for (const json of generateHistories(200, { seed: 2000 + n, date })) checkInvariants(computeAccount(parseHistory(json, options), options), options, count);
      }
    }
    assert.ok(count.sums > 1000 && count.cappedOff > 50, JSON.stringify(count));
  });

  it('is a pure function: the same history gives the same account, computed again or after other histories', () => {
    const options: AccountOptions = { referenceDate: '2026-11-28', ruleSets: [...ruleSets, ...plannedRuleSets] };
    const histories = generateHistories(100, { seed: 7, date: options.referenceDate }).map((json) => parseHistory(json, options));
    const first = histories.map((h) => JSON.stringify(computeAccount(h, options)));
    const again = [...histories].reverse().map((h) => JSON.stringify(computeAccount(h, options))).reverse();
    assert.deepEqual(again, first);
    const reparsed = generateHistories(100, { seed: 7, date: options.referenceDate }).map((json) => JSON.stringify(computeAccount(parseHistory(json, options), options)));
    assert.deepEqual(reparsed, first);
  });

  it('uses never add to a balance: removing the uses never lowers what is available', () => {
    const options: AccountOptions = { referenceDate: '2026-11-28', ruleSets: [...ruleSets, ...plannedRuleSets] };
    for (const json of generateHistories(300, { seed: 11, date: options.referenceDate })) {
      const withUses = computeAccount(parseHistory(json, options), options);
      const without = computeAccount(parseHistory({ ...json, uses: [] }, options), options);
      for (const b of withUses.balances) {
        const free = without.balances.find((x) => x.incentive === b.incentive);
        if (b.available === null || free === undefined || free.available === null) continue;
        assert.ok(b.available <= free.available + 1e-9, `${json.id} ${b.incentive}: ${b.available} with uses > ${free.available} without`);
      }
    }
  });
});
