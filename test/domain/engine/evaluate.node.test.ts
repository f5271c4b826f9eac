/** evaluate.ts and outcome.ts: outcomes (three-valued), amounts, periods and referrals, on the toy rule set. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { evaluate, evaluateExpression, parseSituation, type Evaluation, type IncentiveResult } from '../../../src/domain/index';
import { toyRuleSet } from './toy-rule-set';

const rs = toyRuleSet();
const DATE = '2025-11-01';
const FULL_TIME_EMPLOYEE = { status: 'employee', employmentPercent: 100, hoursPerWeek: 38, residence: 'flanders', careerVouchersUsed: 'never' };

function run(answers: Record<string, unknown>, date = DATE): Evaluation {
  return evaluate(rs, parseSituation(answers), { referenceDate: date });
}
function result(answers: Record<string, unknown>, incentive: string, date = DATE): IncentiveResult {
  const r = run(answers, date).results.find((x) => x.incentive === incentive);
  assert.ok(r, incentive);
  return r;
}

describe('evaluate: outcomes', () => {
  it('gives one result per incentive, in rule-set order, with the rule set and the date', () => {
    const ev = run({});
    assert.equal(ev.ruleSet, 'toy');
    assert.equal(ev.referenceDate, DATE);
    assert.deepEqual(ev.results.map((r) => [r.incentive, r.pillar, r.name.en]), [['toy-leave', 'time', 'Toy leave'], ['toy-cheque', 'money', 'Toy cheque']]);
  });

  it('is eligible when every condition holds, with the entitlement', () => {
    const r = result(FULL_TIME_EMPLOYEE, 'toy-leave');
    assert.equal(r.outcome, 'eligible');
    assert.deepEqual(r.entitlement, { amount: 125, unit: 'hours', period: { kind: 'school-year', start: '2025-09-01', end: '2026-08-31' }, scope: r.entitlement?.scope });
  });

  it('is not eligible as soon as one condition fails, even with others open, and has no entitlement', () => {
    const r = result({ status: 'self-employed' }, 'toy-leave');
    assert.equal(r.outcome, 'not-eligible');
    assert.equal(r.entitlement, null);
  });

  it('is unknown while a condition is open and none fails: never a default answer', () => {
    for (const answers of [{}, { status: 'employee' }, { status: 'employee', employmentPercent: 100 }]) {
      const r = result(answers, 'toy-leave');
      assert.equal(r.outcome, 'unknown', JSON.stringify(answers));
      assert.equal(r.entitlement, null);
    }
  });

  it('leaves a course condition out without a course, and evaluates it with one', () => {
    assert.equal(result(FULL_TIME_EMPLOYEE, 'toy-leave').outcome, 'eligible');
    assert.equal(result({ ...FULL_TIME_EMPLOYEE, training: {} }, 'toy-leave').outcome, 'unknown');
    assert.equal(result({ ...FULL_TIME_EMPLOYEE, training: { registered: false } }, 'toy-leave').outcome, 'not-eligible');
    assert.equal(result({ ...FULL_TIME_EMPLOYEE, training: { registered: true } }, 'toy-leave').outcome, 'eligible');
  });

  it('uses a dated condition only on reference dates it covers', () => {
    const usedBefore = { residence: 'flanders', careerVouchersUsed: 'within-6-years' };
    assert.equal(result(usedBefore, 'toy-cheque', '2025-09-30').outcome, 'eligible');
    assert.equal(result(usedBefore, 'toy-cheque', '2025-10-01').outcome, 'not-eligible');
  });

  it('refuses a reference date that is not YYYY-MM-DD', () => {
    assert.throws(() => run({}, '01/11/2025'), RangeError);
  });
});

describe('evaluate: amounts and periods', () => {
  it('computes the amount from the formula, rounded to cents', () => {
    assert.equal(result({ ...FULL_TIME_EMPLOYEE, employmentPercent: 84.21 }, 'toy-leave').entitlement?.amount, 105.26);
  });

  it('caps the amount with a course, and leaves it unknown when the cap needs a missing answer', () => {
    const course = { registered: true };
    assert.equal(result({ ...FULL_TIME_EMPLOYEE, training: { ...course, contactHours: 40 } }, 'toy-leave').entitlement?.amount, 40);
    assert.equal(result({ ...FULL_TIME_EMPLOYEE, training: { ...course, contactHours: 400 } }, 'toy-leave').entitlement?.amount, 125);
    const open = result({ ...FULL_TIME_EMPLOYEE, training: course }, 'toy-leave');
    assert.equal(open.outcome, 'eligible');
    assert.equal(open.entitlement?.amount, null);
  });

  it('takes the first variant that holds; the amount is unknown while that depends on a missing answer', () => {
    const person = { residence: 'brussels', careerVouchersUsed: 'never' };
    assert.equal(result({ ...person, employerFte: 5 }, 'toy-cheque').entitlement?.amount, 2);
    assert.equal(result({ ...person, employerFte: 10 }, 'toy-cheque').entitlement?.amount, 1);
    const open = result(person, 'toy-cheque');
    assert.equal(open.outcome, 'eligible');
    assert.equal(open.entitlement?.amount, null);
    assert.equal(open.entitlement?.unit, 'cheques');
  });

  it('ends the period when the variant that gives the amount ends, and drops that variant after it', () => {
    const small = { residence: 'brussels', careerVouchersUsed: 'never', employerFte: 5 };
    assert.deepEqual(result(small, 'toy-cheque', '2025-11-01').entitlement?.period, { kind: 'six-years', start: '2025-11-01', end: '2026-12-31' });
    assert.deepEqual(result({ ...small, employerFte: 50 }, 'toy-cheque', '2025-11-01').entitlement?.period, { kind: 'six-years', start: '2025-11-01', end: '2031-10-31' });
    const after = result(small, 'toy-cheque', '2027-01-01').entitlement;
    assert.equal(after?.amount, 1);
    assert.deepEqual(after?.period, { kind: 'six-years', start: '2027-01-01', end: '2032-12-31' });
  });

  it('shares one frozen period between results', () => {
    const a = result(FULL_TIME_EMPLOYEE, 'toy-leave').entitlement?.period;
    const b = result({ ...FULL_TIME_EMPLOYEE, employmentPercent: 90 }, 'toy-leave').entitlement?.period;
    assert.ok(a && Object.isFrozen(a));
    assert.equal(a, b);
  });
});

describe('evaluate: referrals', () => {
  it('lists a referral only when its condition is known to hold', () => {
    assert.deepEqual(run({ status: 'jobseeker', residence: 'flanders' }).referrals, ['toy-jobs']);
    assert.deepEqual(run({ status: 'jobseeker' }).referrals, []);
    assert.deepEqual(run({ status: 'jobseeker', residence: 'brussels' }).referrals, []);
  });
});

describe('evaluateExpression', () => {
  it('is three-valued over the answers given', () => {
    const expr = { any: [{ fact: 'status', is: 'employee' }, { fact: 'employmentPercent', gte: 80 }] } as const;
    assert.equal(evaluateExpression(expr, parseSituation({ status: 'student' })), null);
    assert.equal(evaluateExpression(expr, parseSituation({ status: 'student', employmentPercent: 50 })), false);
    assert.equal(evaluateExpression(expr, parseSituation({ employmentPercent: 80 })), true);
    assert.equal(evaluateExpression({ not: expr }, parseSituation({})), null);
  });
});
