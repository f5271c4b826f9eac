/** explain.ts: the reason of each condition, and counterfactuals ("what would change it"), on the toy rule set. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { evaluate, parseSituation, type IncentiveResult } from '../../../src/domain/index';
import { compile, planFor } from '../../../src/domain/engine/compile';
import { COUNTERFACTUAL_CACHE_SIZE } from '../../../src/domain/engine/explain';
import { toyRuleSet } from './toy-rule-set';

const rs = toyRuleSet();
const DATE = '2025-11-01';
const EMPLOYEE = { status: 'employee', residence: 'flanders', careerVouchersUsed: 'never' };

function leave(answers: Record<string, unknown>): IncentiveResult {
  const r = evaluate(rs, parseSituation(answers), { referenceDate: DATE }).results.find((x) => x.incentive === 'toy-leave');
  assert.ok(r);
  return r;
}

describe('reasons', () => {
  it('gives each condition that applies, in rule-set order, with the text for met, not met or unknown', () => {
    const r = leave({ status: 'employee', employmentPercent: 50, training: {} });
    assert.deepEqual(
      r.reasons.map((x) => [x.condition, x.met, x.text.en]),
      [
        ['leave-status', true, 'leave-status: met'],
        ['leave-work', false, 'leave-work: not met'],
        ['leave-course', null, 'leave-course: unknown'],
      ],
    );
  });

  it('leaves a course condition out of the reasons without a course', () => {
    assert.deepEqual(leave({}).reasons.map((x) => x.condition), ['leave-status', 'leave-work']);
  });

  it('leaves out a dated condition on dates it does not cover', () => {
    const reasons = (date: string) => evaluate(rs, {}, { referenceDate: date }).results[1]?.reasons.map((x) => x.condition);
    assert.deepEqual(reasons('2025-09-30'), ['cheque-residence']);
    assert.deepEqual(reasons('2025-10-01'), ['cheque-residence', 'cheque-unused']);
  });

  it('shares frozen reason objects between evaluations', () => {
    const a = leave({ status: 'employee' }).reasons[0];
    const b = leave({ status: 'employee', hoursPerWeek: 10 }).reasons[0];
    assert.ok(a && Object.isFrozen(a));
    assert.equal(a, b);
  });
});

describe('counterfactuals', () => {
  it('names the one answer to change when only that fails, with the entitlement then and the filled text', () => {
    const r = leave({ ...EMPLOYEE, employmentPercent: 50, hoursPerWeek: 38 });
    assert.equal(r.outcome, 'not-eligible');
    assert.equal(r.counterfactuals.length, 1);
    const [cf] = r.counterfactuals;
    assert.deepEqual(cf?.changes, [{ key: 'employmentPercent', value: 80 }]);
    assert.equal(cf?.key, 'employmentPercent');
    assert.equal(cf?.value, 80);
    assert.equal(cf?.entitlement?.amount, 100);
    assert.equal(cf?.text.en, 'Full time? Then 100 hours.');
  });

  it('changes both answers of the condition when both fail, the smallest values that make it hold', () => {
    const [cf] = leave({ ...EMPLOYEE, employmentPercent: 50, hoursPerWeek: 20 }).counterfactuals;
    assert.deepEqual(cf?.changes, [{ key: 'employmentPercent', value: 80 }, { key: 'hoursPerWeek', value: 28 }]);
    assert.equal(cf?.key, 'employmentPercent');
  });

  it('keeps the answers that already hold and computes the entitlement with them', () => {
    const [cf] = leave({ ...EMPLOYEE, employmentPercent: 90, hoursPerWeek: 20 }).counterfactuals;
    assert.deepEqual(cf?.changes, [{ key: 'hoursPerWeek', value: 28 }]);
    assert.equal(cf?.entitlement?.amount, 112.5);
  });

  it('applies the course cap to the entitlement of a counterfactual', () => {
    const [cf] = leave({ ...EMPLOYEE, employmentPercent: 50, hoursPerWeek: 38, training: { registered: true, contactHours: 30 } }).counterfactuals;
    assert.equal(cf?.entitlement?.amount, 30);
    assert.equal(cf?.text.en, 'Full time? Then 30 hours.');
  });

  it('gives none when another condition also fails or is open, or the failing one has no counterfactual', () => {
    assert.deepEqual(leave({ ...EMPLOYEE, status: 'self-employed', employmentPercent: 50, hoursPerWeek: 38 }).counterfactuals, []);
    assert.deepEqual(leave({ employmentPercent: 50, hoursPerWeek: 38 }).counterfactuals, []);
    assert.deepEqual(leave({ ...EMPLOYEE, employmentPercent: 50, hoursPerWeek: 38, training: {} }).counterfactuals, []);
    assert.deepEqual(leave({ ...EMPLOYEE, status: 'self-employed', employmentPercent: 100, hoursPerWeek: 38 }).counterfactuals, []);
  });

  it('gives none for an incentive that is eligible or unknown', () => {
    assert.deepEqual(leave({ ...EMPLOYEE, employmentPercent: 100, hoursPerWeek: 38 }).counterfactuals, []);
    assert.deepEqual(leave({ status: 'employee' }).counterfactuals, []);
  });

  it(`remembers at most ${COUNTERFACTUAL_CACHE_SIZE} searches per incentive and date, and still answers right`, () => {
    const own = toyRuleSet();
    const entry = planFor(compile(own), DATE).entries[0];
    assert.equal(entry?.compiled.incentive.id, 'toy-leave');
    // Every employment percentage is another search (the amount depends on it).
    for (let i = 0; i < COUNTERFACTUAL_CACHE_SIZE + 500; i++) {
      const employmentPercent = i / 100;
      const r = evaluate(own, parseSituation({ ...EMPLOYEE, employmentPercent, hoursPerWeek: 20 }), { referenceDate: DATE }).results[0];
      assert.ok((entry?.counterfactuals.size ?? 0) <= COUNTERFACTUAL_CACHE_SIZE);
      if (i % 997 === 0) assert.deepEqual(r?.counterfactuals[0]?.changes, [{ key: 'employmentPercent', value: 80 }, { key: 'hoursPerWeek', value: 28 }]);
    }
  });
});
