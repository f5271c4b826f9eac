/** compile.ts: rule set → compiled form, cached by identity, with a plan per reference date. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { evaluate } from '../../../src/domain/index';
import { compile, planFor, PLAN_CACHE_SIZE, remember } from '../../../src/domain/engine/compile';
import { slotOf } from '../../../src/domain/engine/slots';
import { clone } from '../helpers';
import { toyRuleSet } from './toy-rule-set';

describe('compile', () => {
  it('compiles a rule set once: the same object gives the same compiled form, a copy a new one', () => {
    const rs = toyRuleSet();
    assert.equal(compile(rs), compile(rs));
    const copy = toyRuleSet();
    assert.notEqual(compile(copy), compile(rs));
    assert.deepEqual(clone(copy), clone(rs));
  });

  it('marks a condition on a training.* answer as a course condition', () => {
    const leave = compile(toyRuleSet()).incentives.find((i) => i.incentive.id === 'toy-leave');
    assert.deepEqual(
      leave?.conds.map((c) => [c.condition.id, c.course]),
      [['leave-status', false], ['leave-work', false], ['leave-course', true]],
    );
  });

  it('knows which answers an amount depends on (formulas, caps and variant conditions)', () => {
    const compiled = compile(toyRuleSet());
    const amountFacts = (id: string) => [...(compiled.incentives.find((i) => i.incentive.id === id)?.amountFacts ?? [])].sort();
    assert.deepEqual(amountFacts('toy-leave'), ['employmentPercent', 'training.contactHours']);
    assert.deepEqual(amountFacts('toy-cheque'), ['employerFte']);
  });

  it('keeps one value per class of answers the rules tell apart: the boundaries of numbers, smallest first', () => {
    const { classes } = compile(toyRuleSet());
    // employmentPercent ≥ 80: below (0, the minimum) and from 80 on; 100 is in the class of 80.
    assert.deepEqual(classes[slotOf('employmentPercent')], [0, 80]);
    assert.deepEqual(classes[slotOf('hoursPerWeek')], [0, 28]);
    // employerFte < 10: from 10 on, and below.
    assert.deepEqual(classes[slotOf('employerFte')], [0, 10]);
    // status: employee (toy-leave), jobseeker (toy-jobs), and everything else as one class.
    assert.deepEqual(classes[slotOf('status')], ['employee', 'temporarily-unemployed', 'jobseeker']);
    assert.deepEqual(classes[slotOf('training.registered')], [true, false]);
    // No rule reads the sector: one class, nothing to tell apart.
    assert.equal(classes[slotOf('sector')]?.length, 1);
  });

  it('breaks ties by questionOrder: a rank per answer', () => {
    const rs = toyRuleSet();
    const { order } = compile(rs);
    rs.questionOrder.forEach((key, rank) => assert.equal(order[slotOf(key)], rank));
  });
});

describe('planFor', () => {
  it('keeps only the conditions and variants whose dates include the reference date', () => {
    const compiled = compile(toyRuleSet());
    const cheque = (date: string) => planFor(compiled, date).entries.find((e) => e.compiled.incentive.id === 'toy-cheque');
    assert.deepEqual(cheque('2025-09-30')?.conds.map((c) => c.condition.id), ['cheque-residence']);
    assert.deepEqual(cheque('2025-10-01')?.conds.map((c) => c.condition.id), ['cheque-residence', 'cheque-unused']);
    assert.deepEqual(cheque('2026-12-31')?.variants.map((v) => v.variant.id), ['small-employer', 'default']);
    assert.deepEqual(cheque('2027-01-01')?.variants.map((v) => v.variant.id), ['default']);
  });

  it('makes one plan per date and reuses it', () => {
    const compiled = compile(toyRuleSet());
    assert.equal(planFor(compiled, '2025-11-01'), planFor(compiled, '2025-11-01'));
    assert.notEqual(planFor(compiled, '2025-11-01'), planFor(compiled, '2025-11-02'));
  });

  it('refuses a reference date that is not YYYY-MM-DD', () => {
    const compiled = compile(toyRuleSet());
    for (const date of ['2025-13-01', '1 Nov 2025', '', '2025-11-01T00:00']) {
      assert.throws(() => planFor(compiled, date), RangeError, date);
    }
  });

  it(`keeps at most ${PLAN_CACHE_SIZE} plans per rule set, and evaluates correctly after dropping them`, () => {
    const rs = toyRuleSet();
    const situation = { residence: 'flanders' as const, careerVouchersUsed: 'within-6-years' as const };
    const outcome = (date: string) => evaluate(rs, situation, { referenceDate: date }).results.find((r) => r.incentive === 'toy-cheque')?.outcome;
    for (let day = 0; day < PLAN_CACHE_SIZE * 2 + 3; day++) {
      const date = new Date(Date.UTC(2025, 8, 1 + day)).toISOString().slice(0, 10);
      assert.equal(outcome(date), date < '2025-10-01' ? 'eligible' : 'not-eligible', date);
      assert.ok(compile(rs).plans.size <= PLAN_CACHE_SIZE);
    }
  });
});

describe('remember (the bounded memo of plans, texts and counterfactuals)', () => {
  it('stores and returns the value, and empties the memo when it is full', () => {
    const memo = new Map<string, number>();
    assert.equal(remember(memo, 2, 'a', 1), 1);
    remember(memo, 2, 'b', 2);
    assert.deepEqual([...memo], [['a', 1], ['b', 2]]);
    remember(memo, 2, 'c', 3);
    assert.deepEqual([...memo], [['c', 3]]);
  });
});
