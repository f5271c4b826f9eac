/**
 * Rule set → compiled form. A rule set is compiled once (cached by object identity: don't mutate one after
 * `parseRuleSet`) into closures over answer slots, plus what the next question and the counterfactuals need
 * (which answers each rule reads, one value per class of answers). For each reference date a plan keeps the
 * conditions and variants whose dates include it, so an evaluation never looks at a date.
 */
import { isIsoDate } from '../dates';
import type { Period } from '../periods';
import { factsOf, type Condition, type Expr, type Incentive, type LocalText, type RuleSet, type Variant } from '../rule-set-schema';
import { FACTS, type AnswerKey, type AnswerValue } from '../situation';
import { compileExpr, compileFormula, formulaFacts, leavesOf } from './expressions';
import { isCourseFact, KEYS, slotOf, type Ctx, type Fn, type Tri } from './slots';
import type { Counterfactual, Reason } from './types';

/**
 * Plans kept per rule set: a page evaluates on one or two reference dates, the CLI and the tests on a few dozen;
 * the bound keeps a long-running process (a new date every day) from growing without end.
 */
export const PLAN_CACHE_SIZE = 64;

export interface CompiledCondition {
  readonly condition: Condition;
  readonly test: Fn<Tri>;
  readonly facts: readonly AnswerKey[];
  readonly slots: readonly number[];
  /** Evaluated only when the situation holds a training. */
  readonly course: boolean;
  /** Slots a counterfactual for this condition depends on (its facts and the amount's), for the memo. */
  readonly memoSlots: readonly number[];
  /** The three possible reasons, built once. */
  readonly met: Reason;
  readonly notMet: Reason;
  readonly unknown: Reason;
}

export interface CompiledVariant {
  readonly variant: Variant;
  readonly when: Fn<Tri> | null;
  /** `when` reads a `training.*` answer: the variant is skipped without a course. */
  readonly whenCourse: boolean;
  readonly amount: Fn<number | null>;
  readonly cap: Fn<number | null> | null;
}

export interface CompiledIncentive {
  readonly incentive: Incentive;
  readonly conds: readonly CompiledCondition[];
  readonly variants: readonly CompiledVariant[];
  /** Facts the amount depends on (variant conditions, formulas, caps). */
  readonly amountFacts: readonly AnswerKey[];
  readonly amountSlots: readonly number[];
  /** Per slot: 1 when the outcome or the amount depends on that answer. */
  readonly deps: Uint8Array;
}

export interface CompiledReferral {
  readonly id: string;
  readonly test: Fn<Tri>;
  readonly course: boolean;
  readonly facts: readonly AnswerKey[];
  readonly slots: readonly number[];
}

/** One incentive on one reference date: the conditions and variants whose dates include it. */
export interface PlanEntry {
  readonly compiled: CompiledIncentive;
  readonly conds: readonly CompiledCondition[];
  readonly variants: readonly CompiledVariant[];
  /** Entitlement period per variant (index in `variants`), and for an unknown variant (-1). */
  readonly periods: Map<number, Period>;
  /** Counterfactuals already found, by failing condition and the answers they depend on. */
  readonly counterfactuals: Map<string, readonly Counterfactual[]>;
  /** Per slot: the indices (in `conds`) of the conditions that look at that answer. */
  readonly bySlot: readonly (readonly number[])[];
}

export interface Plan {
  readonly date: string;
  readonly entries: readonly PlanEntry[];
}

export interface CompiledRuleSet {
  readonly ruleSet: RuleSet;
  readonly incentives: readonly CompiledIncentive[];
  readonly referrals: readonly CompiledReferral[];
  /** Tie-break rank per slot (`questionOrder`). */
  readonly order: readonly number[];
  /** Per slot: one value per class of answers that the rule set tells apart (numbers: smallest first). */
  readonly classes: readonly (readonly AnswerValue[])[];
  readonly plans: Map<string, Plan>;
  /** Filled texts, by incentive or condition id and amount. */
  readonly texts: Map<string, LocalText>;
}

/** Stores `value` in a memo, emptying it first when it holds `limit` entries (simple, and the memos rarely fill). */
export function remember<K, V>(memo: Map<K, V>, limit: number, key: K, value: V): V {
  if (memo.size >= limit) memo.clear();
  memo.set(key, value);
  return value;
}

const compiledCache = new WeakMap<RuleSet, CompiledRuleSet>();

/** The compiled form of a rule set, built on first use and cached by object identity. */
export function compile(ruleSet: RuleSet): CompiledRuleSet {
  const cached = compiledCache.get(ruleSet);
  if (cached) return cached;
  /** Every fact test in the rule set: their boundaries make the classes of answers. */
  const allLeaves: Expr[] = [];
  const incentives = ruleSet.incentives.map((incentive) => compileIncentive(incentive, ruleSet.parameters, allLeaves));
  const referrals = ruleSet.referrals.map((r): CompiledReferral => {
    leavesOf(r.when, allLeaves);
    const facts = [...factsOf(r.when)];
    return { id: r.id, test: compileExpr(r.when), course: facts.some(isCourseFact), facts, slots: facts.map(slotOf) };
  });
  const compiled: CompiledRuleSet = {
    ruleSet,
    incentives,
    referrals,
    order: KEYS.map((k) => {
      const rank = ruleSet.questionOrder.indexOf(k);
      return rank < 0 ? KEYS.length : rank;
    }),
    classes: KEYS.map((key) => classesOf(key, candidateValues(key, allLeaves), allLeaves)),
    plans: new Map(),
    texts: new Map(),
  };
  compiledCache.set(ruleSet, compiled);
  return compiled;
}

/** Compiles one incentive; adds the fact tests of its conditions and variants to `allLeaves`. */
function compileIncentive(incentive: Incentive, params: RuleSet['parameters'], allLeaves: Expr[]): CompiledIncentive {
  const amountFacts = new Set<AnswerKey>();
  for (const variant of incentive.entitlement.variants) {
    if (variant.when) factsOf(variant.when, amountFacts);
    formulaFacts(variant.amount, amountFacts);
    if (variant.capWithTraining) formulaFacts(variant.capWithTraining, amountFacts);
  }
  const conditionFacts = incentive.conditions.map((condition) => factsOf(condition));
  const conds = incentive.conditions.map((condition, n): CompiledCondition => {
    leavesOf(condition, allLeaves);
    const facts = [...(conditionFacts[n] as Set<AnswerKey>)];
    // A counterfactual depends on this condition's answers, the amount's, and those of every other
    // condition that looks at an answer it may change.
    const memo = new Set<AnswerKey>([...facts, ...amountFacts]);
    for (const other of conditionFacts) {
      if (condition.counterfactual?.answers.some((k) => other.has(k))) for (const k of other) memo.add(k);
    }
    return {
      condition,
      test: compileExpr(condition),
      facts,
      slots: facts.map(slotOf),
      memoSlots: [...memo].map(slotOf),
      course: facts.some(isCourseFact),
      met: Object.freeze({ condition: condition.id, met: true, text: condition.text.met }),
      notMet: Object.freeze({ condition: condition.id, met: false, text: condition.text.notMet }),
      unknown: Object.freeze({ condition: condition.id, met: null, text: condition.text.unknown }),
    };
  });
  const variants = incentive.entitlement.variants.map((variant): CompiledVariant => {
    if (variant.when) leavesOf(variant.when, allLeaves);
    return {
      variant,
      when: variant.when ? compileExpr(variant.when) : null,
      whenCourse: variant.when ? [...factsOf(variant.when)].some(isCourseFact) : false,
      amount: compileFormula(variant.amount, params),
      cap: variant.capWithTraining ? compileFormula(variant.capWithTraining, params) : null,
    };
  });
  const deps = new Uint8Array(KEYS.length);
  for (const k of amountFacts) deps[slotOf(k)] = 1;
  for (const c of conds) for (const slot of c.slots) deps[slot] = 1;
  return { incentive, conds, variants, amountFacts: [...amountFacts], amountSlots: [...amountFacts].map(slotOf), deps };
}

/** Every value of a choice or boolean; for a number, the boundaries used anywhere in the rule set. */
function candidateValues(key: AnswerKey, leaves: readonly Expr[]): AnswerValue[] {
  const spec = FACTS[key];
  if (spec.kind === 'choice') return [...spec.values];
  if (spec.kind === 'boolean') return [true, false];
  const points = new Set<number>([spec.min, spec.max]);
  for (const leaf of leaves) {
    if (!('fact' in leaf) || leaf.fact !== key) continue;
    for (const [c, delta] of [[leaf.gte, 0], [leaf.lt, 0], [leaf.gt, 1], [leaf.lte, 1]] as const) {
      if (c !== undefined) points.add(Math.min(spec.max, Math.max(spec.min, c + delta)));
    }
  }
  return [...points].sort((a, b) => a - b);
}

/** Keeps one value per class: values that every leaf on the key treats alike are one class. */
function classesOf(key: AnswerKey, values: readonly AnswerValue[], leaves: readonly Expr[]): AnswerValue[] {
  const tests = leaves.filter((l) => 'fact' in l && l.fact === key).map(compileExpr);
  const seen = new Set<string>();
  const out: AnswerValue[] = [];
  for (const value of values) {
    const vals = new Array<AnswerValue | undefined>(KEYS.length);
    vals[slotOf(key)] = value;
    const ctx: Ctx = { vals, hasTraining: true };
    const signature = tests.map((t) => (t(ctx) ? '1' : '0')).join('');
    if (!seen.has(signature)) {
      seen.add(signature);
      out.push(value);
    }
  }
  return out;
}

const inWindow = (o: { validFrom?: string | undefined; validUntil?: string | undefined }, date: string) =>
  (o.validFrom === undefined || o.validFrom <= date) && (o.validUntil === undefined || date <= o.validUntil);

/** The plan for a reference date (cached per compiled rule set); a RangeError for anything but `YYYY-MM-DD`. */
export function planFor(compiled: CompiledRuleSet, date: string): Plan {
  const cached = compiled.plans.get(date);
  if (cached) return cached;
  if (!isIsoDate(date)) throw new RangeError(`referenceDate must be a date YYYY-MM-DD, got ${JSON.stringify(date)}`);
  const plan: Plan = {
    date,
    entries: compiled.incentives.map((ci): PlanEntry => {
      const conds = ci.conds.filter((c) => inWindow(c.condition, date));
      return {
        compiled: ci,
        conds,
        variants: ci.variants.filter((v) => inWindow(v.variant, date)),
        periods: new Map(),
        counterfactuals: new Map(),
        bySlot: KEYS.map((_, slot) => conds.flatMap((c, i) => (c.slots.includes(slot) ? [i] : []))),
      };
    }),
  };
  return remember(compiled.plans, PLAN_CACHE_SIZE, date, plan);
}
