/** The rules of eligibility-rules.md §3, case by case, from the table in cases/eligibility.json. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { LANGS } from '../../src/domain/lang';
import { evaluate, type IncentiveResult } from '../../src/domain/index';
import { loadCases, ruleSetOn, situationOf } from './helpers';

type Expected = string | { outcome: string; amount?: number | null; unit?: string; per?: string; period?: { start: string; end: string | null } };
interface Case {
  name: string;
  date: string;
  base: string;
  answers?: Record<string, unknown>;
  expect?: Record<string, Expected>;
  reasons?: Record<string, boolean | null | 'absent'>;
  referrals?: { include?: string[]; exclude?: string[] };
}
const table = loadCases<{ bases: Record<string, Record<string, unknown>>; cases: Case[] }>('eligibility.json');

describe('eligibility cases (cases/eligibility.json)', () => {
  for (const c of table.cases) {
    it(c.name, () => {
      const base = table.bases[c.base];
      assert.ok(base, `unknown base ${c.base}`);
      const ev = evaluate(ruleSetOn(c.date), situationOf(base, c.answers), { referenceDate: c.date });
      const byId = new Map<string, IncentiveResult>(ev.results.map((r) => [r.incentive, r]));
      for (const [incentive, expected] of Object.entries(c.expect ?? {})) {
        const r = byId.get(incentive);
        assert.ok(r, `no result for ${incentive}`);
        const want = typeof expected === 'string' ? { outcome: expected } : expected;
        const why = r.reasons.map((x) => `${x.condition}=${x.met}`).join(', ');
        assert.equal(r.outcome, want.outcome, `${incentive}: outcome (${why})`);
        if (want.outcome !== 'eligible') assert.equal(r.entitlement, null, `${incentive}: no entitlement unless eligible`);
        if ('amount' in want) assert.equal(r.entitlement?.amount, want.amount, `${incentive}: amount`);
        if (want.unit) assert.equal(r.entitlement?.unit, want.unit, `${incentive}: unit`);
        if (want.per) assert.equal(r.entitlement?.per, want.per, `${incentive}: per`);
        if (want.period) {
          assert.deepEqual({ start: r.entitlement?.period.start, end: r.entitlement?.period.end }, want.period, `${incentive}: period`);
        }
      }
      const reasons = new Map(ev.results.flatMap((r) => r.reasons.map((x) => [x.condition, x] as const)));
      for (const [condition, met] of Object.entries(c.reasons ?? {})) {
        if (met === 'absent') assert.ok(!reasons.has(condition), `${condition} should not be evaluated`);
        else {
          assert.ok(reasons.has(condition), `${condition} should be evaluated`);
          assert.equal(reasons.get(condition)?.met, met, `${condition}: met`);
        }
      }
      for (const id of c.referrals?.include ?? []) assert.ok(ev.referrals.includes(id), `referral ${id} expected in ${ev.referrals.join(', ')}`);
      for (const id of c.referrals?.exclude ?? []) assert.ok(!ev.referrals.includes(id), `referral ${id} not expected`);
    });
  }
});

describe('every evaluation', () => {
  it('gives a reason text in nl, en, fr and de for every evaluated condition, matching met/not met/unknown', () => {
    const date = '2025-11-01';
    for (const c of table.cases.filter((x) => x.date === date)) {
      const rs = ruleSetOn(date);
      const ev = evaluate(rs, situationOf(table.bases[c.base] ?? {}, c.answers), { referenceDate: date });
      for (const r of ev.results) {
        const conds = rs.incentives.find((i) => i.id === r.incentive)?.conditions ?? [];
        for (const reason of r.reasons) {
          const cond = conds.find((x) => x.id === reason.condition);
          assert.ok(cond, reason.condition);
          const want = reason.met === true ? cond.text.met : reason.met === false ? cond.text.notMet : cond.text.unknown;
          assert.deepEqual(reason.text, want);
          for (const lang of LANGS) assert.ok(reason.text[lang].length > 0);
        }
        if (r.outcome === 'eligible') assert.ok(r.reasons.every((x) => x.met === true), `${c.name}: eligible means every condition met`);
        if (r.outcome === 'not-eligible') assert.ok(r.reasons.some((x) => x.met === false), `${c.name}: not eligible names a failing condition`);
        if (r.outcome === 'unknown') {
          assert.ok(r.reasons.some((x) => x.met === null) && !r.reasons.some((x) => x.met === false), `${c.name}: unknown means open, none failing`);
        }
      }
    }
  });
});
