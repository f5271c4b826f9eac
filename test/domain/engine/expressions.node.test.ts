/** expressions.ts and slots.ts: formulas over answers, and reading a situation into slots. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseSituation, type Formula } from '../../../src/domain/index';
import { compileFormula } from '../../../src/domain/engine/expressions';
import { contextOf, slotOf } from '../../../src/domain/engine/slots';

const PARAMS = { share: { value: 0.5, description: 'share', source: { title: 't', url: 'https://example.org' }, lastChecked: '2025-01-01' } };
const formula = (f: Formula, answers: Record<string, unknown>) => compileFormula(f, PARAMS)(contextOf(parseSituation(answers)));

describe('formulas', () => {
  it('computes numbers, answers, parameters and the four operators', () => {
    const answers = { employmentPercent: 80, hoursPerWeek: 30, training: { cost: 1000 } };
    assert.equal(formula(7, answers), 7);
    assert.equal(formula({ fact: 'hoursPerWeek' }, answers), 30);
    assert.equal(formula({ param: 'share' }, answers), 0.5);
    assert.equal(formula({ multiply: [{ fact: 'training.cost' }, { param: 'share' }] }, answers), 500);
    assert.equal(formula({ add: [{ fact: 'hoursPerWeek' }, 2, 3] }, answers), 35);
    assert.equal(formula({ min: [{ fact: 'employmentPercent' }, 60, 70] }, answers), 60);
    assert.equal(formula({ max: [{ fact: 'employmentPercent' }, { min: [90, 100] }] }, answers), 90);
  });

  it('is null when it reads a missing answer', () => {
    assert.equal(formula({ fact: 'hoursPerWeek' }, {}), null);
    assert.equal(formula({ add: [1, { fact: 'training.contactHours' }] }, { training: {} }), null);
  });
});

describe('contextOf', () => {
  it('reads person and course answers into their slots, and knows whether there is a course', () => {
    const ctx = contextOf(parseSituation({ status: 'student', training: { contactHours: 12 } }));
    assert.equal(ctx.vals[slotOf('status')], 'student');
    assert.equal(ctx.vals[slotOf('training.contactHours')], 12);
    assert.equal(ctx.vals[slotOf('sector')], undefined);
    assert.equal(ctx.hasTraining, true);
    assert.equal(contextOf(parseSituation({ status: 'student' })).hasTraining, false);
  });
});
