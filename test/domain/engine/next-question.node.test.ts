/**
 * next-question.ts on the toy rule set: the question that decides the most open incentives on average over
 * its classes of answers, ties by questionOrder; referral questions on request.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { evaluate, parseSituation, type AnswerKey, type EvaluateOptions, type RuleSet } from '../../../src/domain/index';
import { toyRuleSet } from './toy-rule-set';

const rs = toyRuleSet();
const DATE = '2025-11-01';
const FULL_TIME_EMPLOYEE = { status: 'employee', employmentPercent: 100, hoursPerWeek: 38, residence: 'flanders', careerVouchersUsed: 'never' };

function next(answers: Record<string, unknown>, options: Partial<EvaluateOptions> = {}, ruleSet: RuleSet = rs): AnswerKey | null {
  return evaluate(ruleSet, parseSituation(answers), { referenceDate: DATE, ...options }).nextQuestion;
}

describe('next question', () => {
  it('asks first what decides the most: the status decides toy-leave for two of its three classes', () => {
    // status 2/3, employmentPercent 1/2, hoursPerWeek 1/2, careerVouchersUsed 1/2, residence 1/3.
    assert.equal(next({}), 'status');
  });

  it('breaks a tie by questionOrder', () => {
    // employmentPercent, hoursPerWeek and careerVouchersUsed each decide one incentive for one of two classes.
    assert.equal(next({ status: 'employee' }), 'employmentPercent');
    const order: AnswerKey[] = ['careerVouchersUsed', ...rs.questionOrder.filter((k) => k !== 'careerVouchersUsed')];
    assert.equal(next({ status: 'employee' }, {}, toyRuleSet({ questionOrder: order })), 'careerVouchersUsed');
  });

  it('never asks an answer the citizen does not know', () => {
    assert.equal(next({ status: 'employee' }, { dontKnow: ['employmentPercent'] }), 'hoursPerWeek');
    assert.equal(next({ ...FULL_TIME_EMPLOYEE, employerFte: 5, training: {} }, { dontKnow: ['training.registered'] }), null);
  });

  it('asks what an unknown amount needs once the outcome is known', () => {
    assert.equal(next(FULL_TIME_EMPLOYEE), 'employerFte');
    assert.equal(next({ ...FULL_TIME_EMPLOYEE, employerFte: 5 }), null);
  });

  it('asks course questions only when the situation holds a course', () => {
    assert.equal(next({ ...FULL_TIME_EMPLOYEE, employerFte: 5 }), null);
    assert.equal(next({ ...FULL_TIME_EMPLOYEE, employerFte: 5, training: {} }), 'training.registered');
    // Registered: eligible, and the amount is capped by the contact hours.
    assert.equal(next({ ...FULL_TIME_EMPLOYEE, employerFte: 5, training: { registered: true } }), 'training.contactHours');
  });

  it('asks nothing about an incentive that is already not eligible', () => {
    // toy-leave fails on the status, so employmentPercent and hoursPerWeek are not asked; of toy-cheque's
    // answers, careerVouchersUsed decides it for one of two classes, residence for one of three.
    assert.equal(next({ status: 'self-employed' }), 'careerVouchersUsed');
    assert.equal(next({ status: 'self-employed', careerVouchersUsed: 'within-6-years' }), null);
  });

  it('goes on with what decides the referrals only when asked to, once every incentive is decided', () => {
    const decided = { status: 'jobseeker', careerVouchersUsed: 'within-6-years' };
    assert.equal(next(decided), null);
    assert.equal(next(decided, { referralQuestions: true }), 'residence');
    assert.equal(next(decided, { referralQuestions: true, dontKnow: ['residence'] }), null);
    assert.equal(next({ ...decided, residence: 'wallonia' }, { referralQuestions: true }), null);
  });

  it('follows the dated rules: before 2025-10-01 the career vouchers do not count', () => {
    const decided = { status: 'jobseeker', careerVouchersUsed: 'within-6-years' };
    assert.equal(next(decided, { referenceDate: '2025-09-30' }), 'residence');
  });
});
