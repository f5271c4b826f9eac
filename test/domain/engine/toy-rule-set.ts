/**
 * A toy rule set small enough to reason about by hand, for the focused engine tests. Everything the engine does
 * is in it once: a course condition, a condition dated from 2025-10-01, a counterfactual over two answers, an
 * amount from an answer capped by the course, a variant that depends on an answer and ends on 2026-12-31, a
 * parameter, a referral. The rest (title, netCost texts, questionOrder) is borrowed from the real rule set.
 *
 * toy-leave  (hours, school year): status is employee; employmentPercent ≥ 80 and hoursPerWeek ≥ 28
 *            (counterfactual); the course is registered. Amount 1.25 × employmentPercent, at most the contact hours.
 * toy-cheque (cheques, six years): residence Flanders or Brussels; from 2025-10-01 career vouchers never used.
 *            2 cheques when employerFte < 10 (until 2026-12-31), otherwise the parameter `toy.cheques` (1).
 * toy-jobs   (referral): a jobseeker living in Flanders.
 */
import { parseRuleSet, type LocalText, type RuleSet } from '../../../src/domain/index';
import { clone, ruleSetOn } from '../helpers';

const text = (s: string): LocalText => ({ nl: s, en: s, fr: s, de: s });
const provenance = { source: { title: 'toy', url: 'https://example.org/toy' }, lastChecked: '2025-01-01' };

function condition(id: string, expr: object, extra: object = {}) {
  return { id, ...expr, text: { met: text(`${id}: met`), notMet: text(`${id}: not met`), unknown: text(`${id}: unknown`) }, ...provenance, ...extra };
}

export const TOY_INCENTIVES = [
  {
    id: 'toy-leave',
    pillar: 'time',
    name: text('Toy leave'),
    conditions: [
      condition('leave-status', { fact: 'status', is: 'employee' }),
      condition(
        'leave-work',
        { all: [{ fact: 'employmentPercent', gte: 80 }, { fact: 'hoursPerWeek', gte: 28 }] },
        { counterfactual: { answers: ['employmentPercent', 'hoursPerWeek'], text: text('Full time? Then {entitlement}.') } },
      ),
      condition('leave-course', { fact: 'training.registered', is: true }),
    ],
    entitlement: {
      unit: 'hours',
      period: { kind: 'school-year' },
      label: text('{amount} hours'),
      scope: text('toy leave scope'),
      variants: [{ id: 'rate', amount: { multiply: [{ fact: 'employmentPercent' }, 1.25] }, capWithTraining: { fact: 'training.contactHours' } }],
      ...provenance,
    },
  },
  {
    id: 'toy-cheque',
    pillar: 'money',
    name: text('Toy cheque'),
    conditions: [
      condition('cheque-residence', { fact: 'residence', in: ['flanders', 'brussels'] }),
      condition('cheque-unused', { fact: 'careerVouchersUsed', is: 'never' }, { validFrom: '2025-10-01' }),
    ],
    entitlement: {
      unit: 'cheques',
      period: { kind: 'six-years' },
      label: text('{amount} cheques'),
      scope: text('toy cheque scope'),
      variants: [
        { id: 'small-employer', when: { fact: 'employerFte', lt: 10 }, validUntil: '2026-12-31', amount: 2 },
        { id: 'default', amount: { param: 'toy.cheques' } },
      ],
      ...provenance,
    },
  },
];

export const TOY_REFERRALS = [
  {
    id: 'toy-jobs',
    name: text('Toy jobs'),
    text: text('toy jobs'),
    url: 'https://example.org/jobs',
    when: { all: [{ fact: 'status', is: 'jobseeker' }, { fact: 'residence', is: 'flanders' }] },
    ...provenance,
  },
];

/** The toy rule set; `overrides` replace top-level fields (e.g. another `questionOrder`). */
export function toyRuleSet(overrides: Record<string, unknown> = {}): RuleSet {
  const real = clone(ruleSetOn('2025-11-01'));
  return parseRuleSet({
    ...real,
    id: 'toy',
    parameters: { 'toy.cheques': { value: 1, description: 'cheques otherwise', ...provenance } },
    incentives: clone(TOY_INCENTIVES),
    referrals: clone(TOY_REFERRALS),
    netCost: {
      ...real.netCost,
      cheques: { incentive: 'toy-cheque', share: 0.5, basicSkillsShare: 1, basicSkillsCap: 250 },
      kmo: { incentive: 'toy-cheque', share: 0.3 },
      leave: { incentive: 'toy-leave' },
    },
    ...overrides,
  });
}
