/**
 * Why an outcome: the reason of each condition, and, for an incentive that fails on one condition only, the
 * fewest answer changes that would make it eligible (a counterfactual: "Werk je minstens 80 %? Dan heb je recht
 * op 125 uur.").
 */
import type { Incentive, LocalText } from '../rule-set-schema';
import type { AnswerKey, AnswerValue } from '../situation';
import { fill, formatAmount, mapText } from '../text';
import { remember, type CompiledCondition, type CompiledRuleSet, type PlanEntry } from './compile';
import { entitlementOf, outcomeOf } from './outcome';
import { isCourseFact, slotOf, type Ctx, type Tri } from './slots';
import type { Change, Counterfactual, Entitlement, Reason } from './types';

/**
 * Filled texts kept per rule set: one per incentive or condition and amount, a few hundred in practice; the
 * bound stops amounts computed from free answers (a course's cost or hours) from growing it without end.
 */
export const TEXT_CACHE_SIZE = 4096;
/**
 * Counterfactual searches kept per incentive and date: one per failing condition and combination of the
 * answers it depends on; bounded for the same reason (numbers are answered freely).
 */
export const COUNTERFACTUAL_CACHE_SIZE = 4096;

/** Shared and frozen: most results have no counterfactual. */
export const NO_COUNTERFACTUALS: readonly Counterfactual[] = Object.freeze([]);

/** The reason of each condition that applies (a course condition only with a course), from its value. */
export function reasonsOf(entry: PlanEntry, ctx: Ctx, values: readonly Tri[]): Reason[] {
  const reasons: Reason[] = [];
  for (let i = 0; i < entry.conds.length; i++) {
    const c = entry.conds[i] as CompiledCondition;
    if (c.course && !ctx.hasTraining) continue;
    const met = values[i];
    reasons.push(met === true ? c.met : met === false ? c.notMet : c.unknown);
  }
  return reasons;
}

/**
 * For a not-eligible incentive that fails on exactly one condition, all others met, and that condition has
 * `counterfactual` data: the fewest changes among its `answers` that make the incentive eligible. `values` are
 * the entry's condition values (from `outcomeOf`).
 */
export function counterfactualsOf(compiled: CompiledRuleSet, entry: PlanEntry, ctx: Ctx, values: readonly Tri[], date: string): readonly Counterfactual[] {
  let only: CompiledCondition | undefined;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    const c = entry.conds[i] as CompiledCondition;
    // Another open condition: the incentive cannot become eligible by this change alone.
    if (value === null && (!c.course || ctx.hasTraining)) return NO_COUNTERFACTUALS;
    if (value !== false) continue;
    if (only !== undefined) return NO_COUNTERFACTUALS;
    only = c;
  }
  if (!only || !only.condition.counterfactual) return NO_COUNTERFACTUALS;
  // Hot path: the search depends only on the failing condition's answers and the amount's, so its result is
  // remembered under those answers.
  let memoKey = `${only.condition.id}|${ctx.hasTraining}`;
  for (const slot of only.memoSlots) memoKey += `|${String(ctx.vals[slot])}`;
  return entry.counterfactuals.get(memoKey) ?? remember(entry.counterfactuals, COUNTERFACTUAL_CACHE_SIZE, memoKey, searchCounterfactual(compiled, entry, only, ctx, date));
}

/** Tries every combination of one value per answer class of the condition's `answers`; keeps the one with the fewest changes. */
function searchCounterfactual(compiled: CompiledRuleSet, entry: PlanEntry, only: CompiledCondition, ctx: Ctx, date: string): readonly Counterfactual[] {
  const spec = only.condition.counterfactual;
  if (!spec) return NO_COUNTERFACTUALS;
  const keys = spec.answers.filter((k) => !isCourseFact(k) || ctx.hasTraining);
  const slots = keys.map(slotOf);
  const current = slots.map((slot) => ctx.vals[slot]);
  const lists = keys.map((k, i) => valuesToTry(compiled, k, current[i]));
  let best: AnswerValue[] | null = null;
  let bestChanges = Number.POSITIVE_INFINITY;
  // An odometer over the candidate values of each key (few keys, few classes each): `index[i]` is the value
  // tried for key i, the first key turning fastest. Each combination is written into the context's slots,
  // which are restored after the search.
  const index = keys.map(() => 0);
  for (;;) {
    let changes = 0;
    for (let i = 0; i < keys.length; i++) {
      const value = (lists[i] as AnswerValue[])[index[i] as number] as AnswerValue;
      ctx.vals[slots[i] as number] = value;
      if (value !== current[i]) changes++;
    }
    if (changes > 0 && changes < bestChanges && only.test(ctx) === true && outcomeOf(entry, ctx, null) === 'eligible') {
      best = slots.map((slot) => ctx.vals[slot] as AnswerValue);
      bestChanges = changes;
    }
    let k = 0;
    while (k < keys.length && (index[k] = (index[k] as number) + 1) >= (lists[k] as AnswerValue[]).length) index[k++] = 0;
    if (k === keys.length) break;
  }
  let entitlement: Entitlement | null = null;
  if (best !== null) {
    slots.forEach((slot, i) => (ctx.vals[slot] = (best as AnswerValue[])[i]));
    entitlement = entitlementOf(entry, ctx, date);
  }
  slots.forEach((slot, i) => (ctx.vals[slot] = current[i]));
  if (best === null || entitlement === null) return NO_COUNTERFACTUALS;
  const changes: Change[] = [];
  keys.forEach((key, i) => {
    const value = (best as AnswerValue[])[i] as AnswerValue;
    if (value !== current[i]) changes.push({ key, value });
  });
  const what = entitlementText(compiled, entry.compiled.incentive, entitlement.amount);
  const text = cachedText(compiled, `${only.condition.id}|${entitlement.amount}`, () => mapText(spec.text, (t, lang) => fill(t, { entitlement: what[lang] })));
  const first = changes[0] as Change;
  return Object.freeze([Object.freeze({ key: first.key, value: first.value, changes: Object.freeze(changes), text, entitlement: Object.freeze(entitlement) })]);
}

/** The current answer first, then one value per class (numbers: the boundaries, smallest first). */
function valuesToTry(compiled: CompiledRuleSet, key: AnswerKey, current: AnswerValue | undefined): AnswerValue[] {
  const all = compiled.classes[slotOf(key)] ?? [];
  return current === undefined ? [...all] : [current, ...all.filter((x) => x !== current)];
}

/** "125 uur": the entitlement's label with the amount, or the incentive's name when the amount is unknown. */
function entitlementText(compiled: CompiledRuleSet, incentive: Incentive, amount: number | null): LocalText {
  return cachedText(compiled, `${incentive.id}|${amount}`, () =>
    mapText(incentive.entitlement.label, (label, lang) =>
      amount === null ? incentive.name[lang] : fill(label, { amount: formatAmount(amount, incentive.entitlement.unit, lang) }),
    ),
  );
}

function cachedText(compiled: CompiledRuleSet, key: string, make: () => LocalText): LocalText {
  return compiled.texts.get(key) ?? remember(compiled.texts, TEXT_CACHE_SIZE, key, make());
}
