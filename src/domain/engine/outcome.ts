/**
 * One incentive for one set of answers: the outcome (three-valued all-of its conditions) and, when eligible,
 * the entitlement (which variant applies, the amount, the period). Used by `evaluate` and again, on
 * hypothetical answers, by the counterfactual search and the next-question look-ahead.
 */
import { periodOf, type Period } from '../periods';
import type { CompiledCondition, CompiledVariant, PlanEntry } from './compile';
import type { Ctx, Tri } from './slots';
import type { Entitlement, Outcome } from './types';

/**
 * Three-valued all-of the applicable conditions (a course condition applies only with a course). With `values`,
 * pushes the value of each condition of the entry (`null` for one that does not apply); without, stops at
 * the first false condition.
 */
export function outcomeOf(entry: PlanEntry, ctx: Ctx, values: Tri[] | null): Outcome {
  let open = false;
  let failed = false;
  const conds = entry.conds;
  for (let i = 0; i < conds.length; i++) {
    const c = conds[i] as CompiledCondition;
    if (c.course && !ctx.hasTraining) {
      if (values !== null) values.push(null);
      continue;
    }
    const r = c.test(ctx);
    if (values !== null) values.push(r);
    if (r === false) {
      if (values === null) return 'not-eligible';
      failed = true;
    } else if (r === null) open = true;
  }
  return failed ? 'not-eligible' : open ? 'unknown' : 'eligible';
}

/** The first variant that applies (index in `entry.variants`); -1 when that depends on a missing answer. */
export function variantOf(entry: PlanEntry, ctx: Ctx): number {
  const variants = entry.variants;
  for (let i = 0; i < variants.length; i++) {
    const v = variants[i] as CompiledVariant;
    if (v.when === null) return i;
    // A variant for courses does not apply without one.
    if (v.whenCourse && !ctx.hasTraining) continue;
    const r = v.when(ctx);
    if (r === true) return i;
    if (r === null) return -1;
  }
  return -1;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** The amount of an eligible incentive in that variant, in cents precision; `null` when it depends on a missing answer. */
export function amountAt(entry: PlanEntry, variant: number, ctx: Ctx): number | null {
  const v = entry.variants[variant];
  if (v === undefined) return null;
  let amount = v.amount(ctx);
  if (amount !== null && v.cap !== null && ctx.hasTraining) {
    const cap = v.cap(ctx);
    amount = cap === null ? null : Math.min(amount, cap);
  }
  return amount === null ? null : round2(amount);
}

/** The period of a variant on the plan's date; built once per variant and frozen (results share it). */
function periodFor(entry: PlanEntry, variant: number, date: string): Period {
  let period = entry.periods.get(variant);
  if (!period) {
    period = Object.freeze(periodOf(entry.compiled.incentive.entitlement.period, date, entry.variants[variant]?.variant.validUntil));
    entry.periods.set(variant, period);
  }
  return period;
}

/** The entitlement of an eligible incentive: amount (or `null`), unit, period and scope. */
export function entitlementOf(entry: PlanEntry, ctx: Ctx, date: string): Entitlement {
  const spec = entry.compiled.incentive.entitlement;
  const variant = variantOf(entry, ctx);
  const amount = amountAt(entry, variant, ctx);
  const period = periodFor(entry, variant, date);
  return spec.per ? { amount, unit: spec.unit, per: spec.per, period, scope: spec.scope } : { amount, unit: spec.unit, period, scope: spec.scope };
}
