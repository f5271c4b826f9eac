/**
 * `evaluate`: every incentive of a rule set for one situation on one reference date. It compiles the rule set
 * (once), takes the plan of the date, reads the answers into slots, and per incentive asks `outcome.ts` for the
 * outcome and entitlement and `explain.ts` for the reasons and counterfactuals; then the referrals that hold,
 * and `next-question.ts` for what to ask next.
 */
import type { Expr, RuleSet } from '../rule-set-schema';
import type { Situation } from '../situation';
import { compile, planFor, type PlanEntry } from './compile';
import { compileExpr } from './expressions';
import { counterfactualsOf, NO_COUNTERFACTUALS, reasonsOf } from './explain';
import { nextQuestionOf, type Open } from './next-question';
import { amountAt, entitlementOf, outcomeOf, variantOf } from './outcome';
import { contextOf, type Tri } from './slots';
import type { EvaluateOptions, Evaluation, IncentiveOutcome, IncentiveResult } from './types';

/**
 * Evaluates every incentive of the rule set for a (validated) situation on a reference date: the outcome
 * (three-valued), the reasons, the entitlement, counterfactuals, the referrals and the next question.
 * Validate untrusted answers with `parseSituation` first.
 */
export function evaluate(ruleSet: RuleSet, situation: Situation, options: EvaluateOptions): Evaluation {
  const date = options.referenceDate;
  const compiled = compile(ruleSet);
  const plan = planFor(compiled, date);
  const ctx = contextOf(situation);

  const results: IncentiveResult[] = [];
  const open: Open[] = [];
  for (let e = 0; e < plan.entries.length; e++) {
    const entry = plan.entries[e] as PlanEntry;
    const values: Tri[] = [];
    const outcome = outcomeOf(entry, ctx, values);
    const reasons = reasonsOf(entry, ctx, values);
    const entitlement = outcome === 'eligible' ? entitlementOf(entry, ctx, date) : null;
    const incentive = entry.compiled.incentive;
    results.push({
      incentive: incentive.id,
      pillar: incentive.pillar,
      name: incentive.name,
      outcome,
      entitlement,
      reasons,
      counterfactuals: outcome === 'not-eligible' ? counterfactualsOf(compiled, entry, ctx, values, date) : NO_COUNTERFACTUALS,
    });
    if (outcome === 'unknown' || (entitlement !== null && entitlement.amount === null)) {
      open.push({ entry, values, outcome, nulls: reasons.filter((x) => x.met === null).length });
    }
  }

  const referrals: string[] = [];
  for (const r of compiled.referrals) if ((!r.course || ctx.hasTraining) && r.test(ctx) === true) referrals.push(r.id);

  return {
    ruleSet: ruleSet.id,
    referenceDate: date,
    results,
    referrals,
    nextQuestion: nextQuestionOf(compiled, ctx, open, options.dontKnow, options.referralQuestions === true),
  };
}

/** Three-valued value of one expression (`null`: depends on a missing answer). For tests and tools. */
export function evaluateExpression(expr: Expr, situation: Situation): boolean | null {
  return compileExpr(expr)(contextOf(situation));
}

/**
 * Only the outcome and the amount of every incentive: no reasons, counterfactuals, referrals or next question. The
 * same compiled rules as `evaluate` (an outcome and amount here always equal `evaluate`'s), for callers that look at
 * many situations and few details: the policy lab compares whole populations under two rule sets, and asks
 * `evaluate` for the reasons of a handful of examples only. The amount is `null` unless eligible.
 */
export function evaluateOutcomes(ruleSet: RuleSet, situation: Situation, options: Pick<EvaluateOptions, 'referenceDate'>): IncentiveOutcome[] {
  const plan = planFor(compile(ruleSet), options.referenceDate);
  const ctx = contextOf(situation);
  const out: IncentiveOutcome[] = [];
  for (let e = 0; e < plan.entries.length; e++) {
    const entry = plan.entries[e] as PlanEntry;
    const outcome = outcomeOf(entry, ctx, null);
    out.push({
      incentive: entry.compiled.incentive.id,
      outcome,
      amount: outcome === 'eligible' ? amountAt(entry, variantOf(entry, ctx), ctx) : null,
    });
  }
  return out;
}
