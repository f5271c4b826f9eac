/**
 * The generic eligibility engine. It knows the condition language and three-valued logic; every business rule
 * (who, how much, which period, which referral) is data in the rule set. One file per job:
 *
 * - `compile.ts`: rule set → closures and tables, cached per rule-set object, with a plan per reference date
 *   (`expressions.ts` compiles conditions and formulas, `slots.ts` holds the answers by slot)
 * - `outcome.ts`: one incentive's outcome and entitlement (variant, amount, period)
 * - `explain.ts`: reasons and counterfactuals
 * - `next-question.ts`: which question decides the most, including referral questions
 * - `evaluate.ts`: `evaluate` and `evaluateExpression`, putting these together; `evaluateOutcomes`, the outcomes and
 *   amounts only (the policy lab, over whole populations)
 * - `select.ts`: which rule set is in force on a date
 */
export { evaluate, evaluateExpression, evaluateOutcomes } from './evaluate';
export { selectRuleSet } from './select';
export type { Change, Counterfactual, Entitlement, EvaluateOptions, Evaluation, IncentiveOutcome, IncentiveResult, Outcome, Reason } from './types';
