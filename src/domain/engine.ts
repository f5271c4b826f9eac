/**
 * The generic eligibility engine. It knows the condition language and three-valued logic; every business rule
 * (who, how much, which period, which referral) is data in the rule set.
 *
 * A rule set is compiled once (closures over the expressions, cached per rule-set object) and a plan per
 * reference date (which dated rules apply), so one evaluation costs a few microseconds.
 */
import { isIsoDate } from './dates';
import { periodOf, type Period } from './periods';
import {
  factsOf,
  type Condition,
  type Expr,
  type Formula,
  type Incentive,
  type LocalText,
  type RuleSet,
  type Unit,
  type Variant,
} from './rule-set-schema';
import { FACTS, type AnswerKey, type AnswerValue, type Situation } from './situation';
import { fill, formatAmount, mapText } from './text';

// ---------------------------------------------------------------- public result types

export type Outcome = 'eligible' | 'not-eligible' | 'unknown';

export interface Entitlement {
  /** In `unit`; `null` when an answer it depends on is missing (e.g. the employment percentage). */
  readonly amount: number | null;
  readonly unit: Unit;
  /** Set for a rate, e.g. the VOV premium in EUR per month. */
  readonly per?: 'month';
  readonly period: Period;
  /** Which courses qualify and other details, in plain language. */
  readonly scope: LocalText;
}

export interface Reason {
  readonly condition: string;
  /** `null`: an answer it depends on is missing. */
  readonly met: boolean | null;
  readonly text: LocalText;
}

export interface Change {
  readonly key: AnswerKey;
  readonly value: AnswerValue;
}

/** "If you worked at least 80 % and 28 hours a week, you would have 100 hours": one condition, made true. */
export interface Counterfactual {
  /** The first answer that would change (also in `changes`). */
  readonly key: AnswerKey;
  readonly value: AnswerValue;
  /** Every answer that would change: one, or a few answers of the same condition. */
  readonly changes: readonly Change[];
  readonly text: LocalText;
  readonly entitlement?: Entitlement;
}

export interface IncentiveResult {
  readonly incentive: string;
  readonly pillar: 'money' | 'time';
  readonly name: LocalText;
  readonly outcome: Outcome;
  readonly entitlement: Entitlement | null;
  readonly reasons: readonly Reason[];
  readonly counterfactuals: readonly Counterfactual[];
}

export interface Evaluation {
  readonly ruleSet: string;
  readonly referenceDate: string;
  readonly results: readonly IncentiveResult[];
  /** Ids of the referrals whose conditions are known to hold. */
  readonly referrals: readonly string[];
  /** The answer key that decides the most open outcomes; `null` when nothing more can be decided. */
  readonly nextQuestion: AnswerKey | null;
}

export interface EvaluateOptions {
  /** `YYYY-MM-DD`; chooses the dated rules. */
  readonly referenceDate: string;
  /** Answers the citizen said they don't know: never asked again as next question. */
  readonly dontKnow?: readonly AnswerKey[];
  /**
   * When every incentive is decided, go on asking what decides the referrals (e.g. a job seeker's residence for
   * VDAB, Actiris or Forem). Off by default: the next question aims at incentive outcomes (eligibility-rules.md §2).
   */
  readonly referralQuestions?: boolean;
}

// ---------------------------------------------------------------- compilation

type Tri = boolean | null;

/** Every answer key has a slot; an evaluation reads the situation once into these slots. */
const KEYS = Object.keys(FACTS) as AnswerKey[];
const SLOT = new Map<AnswerKey, number>(KEYS.map((k, i) => [k, i]));
const slotOf = (key: AnswerKey) => SLOT.get(key) as number;

/**
 * Evaluation context: the answers by slot (`undefined`: unknown). The next-question look-ahead and the
 * counterfactuals try hypothetical answers by writing a slot and restoring it.
 */
interface Ctx {
  readonly vals: (AnswerValue | undefined)[];
  readonly hasTraining: boolean;
}
type Fn<T> = (ctx: Ctx) => T;

/** Slot of each property of a situation and of its training. */
const PERSON_SLOT = new Map<string, number>(KEYS.flatMap((k, i) => (k.startsWith('training.') ? [] : [[k, i] as const])));
const TRAINING_SLOT = new Map<string, number>(KEYS.flatMap((k, i) => (k.startsWith('training.') ? [[k.slice(9), i] as const] : [])));

/** Reads the answers that are present (for-in over the few keys a situation has is fast in V8). */
function contextOf(situation: Situation): Ctx {
  const vals = new Array<AnswerValue | undefined>(KEYS.length).fill(undefined);
  const person = situation as Record<string, unknown>;
  for (const key in person) {
    const slot = PERSON_SLOT.get(key);
    if (slot !== undefined) vals[slot] = person[key] as AnswerValue | undefined;
  }
  const training = situation.training as Record<string, unknown> | undefined;
  if (training !== undefined) {
    for (const key in training) {
      const slot = TRAINING_SLOT.get(key);
      if (slot !== undefined) vals[slot] = training[key] as AnswerValue | undefined;
    }
  }
  return { vals, hasTraining: training !== undefined };
}

function compileExpr(e: Expr): Fn<Tri> {
  if ('fact' in e) {
    const slot = slotOf(e.fact);
    if (e.in !== undefined) {
      const list: readonly unknown[] = e.in;
      return (c) => {
        const x = c.vals[slot];
        return x === undefined ? null : list.includes(x);
      };
    }
    if (e.is !== undefined) {
      const is = e.is;
      return (c) => {
        const x = c.vals[slot];
        return x === undefined ? null : x === is;
      };
    }
    const gte = e.gte ?? Number.NEGATIVE_INFINITY;
    const lte = e.lte ?? Number.POSITIVE_INFINITY;
    const gt = e.gt;
    const lt = e.lt;
    return (c) => {
      const x = c.vals[slot] as number | undefined;
      if (x === undefined) return null;
      return x >= gte && x <= lte && (gt === undefined || x > gt) && (lt === undefined || x < lt);
    };
  }
  if ('all' in e) {
    const parts = e.all.map(compileExpr);
    return (c) => {
      let open = false;
      for (let i = 0; i < parts.length; i++) {
        const r = (parts[i] as Fn<Tri>)(c);
        if (r === false) return false;
        if (r === null) open = true;
      }
      return open ? null : true;
    };
  }
  if ('any' in e) {
    const parts = e.any.map(compileExpr);
    return (c) => {
      let open = false;
      for (let i = 0; i < parts.length; i++) {
        const r = (parts[i] as Fn<Tri>)(c);
        if (r === true) return true;
        if (r === null) open = true;
      }
      return open ? null : false;
    };
  }
  const inner = compileExpr(e.not);
  return (c) => {
    const r = inner(c);
    return r === null ? null : !r;
  };
}

function compileFormula(f: Formula, params: RuleSet['parameters']): Fn<number | null> {
  if (typeof f === 'number') return () => f;
  if ('fact' in f) {
    const slot = slotOf(f.fact);
    return (c) => {
      const x = c.vals[slot];
      return x === undefined ? null : (x as number);
    };
  }
  if ('param' in f) {
    const value = params[f.param]?.value ?? Number.NaN;
    return () => value;
  }
  const [op, list] =
    'multiply' in f ? (['multiply', f.multiply] as const) : 'add' in f ? (['add', f.add] as const) : 'min' in f ? (['min', f.min] as const) : (['max', f.max] as const);
  const parts = list.map((g) => compileFormula(g, params));
  return (c) => {
    let acc: number | null = null;
    for (let i = 0; i < parts.length; i++) {
      const x = (parts[i] as Fn<number | null>)(c);
      if (x === null) return null;
      acc = acc === null ? x : op === 'multiply' ? acc * x : op === 'add' ? acc + x : op === 'min' ? Math.min(acc, x) : Math.max(acc, x);
    }
    return acc;
  };
}

function formulaFacts(f: Formula, out: Set<AnswerKey>): Set<AnswerKey> {
  if (typeof f === 'object') {
    if ('fact' in f) out.add(f.fact);
    for (const k of ['multiply', 'add', 'min', 'max'] as const) {
      const list = (f as Record<string, readonly Formula[] | undefined>)[k];
      if (list) for (const g of list) formulaFacts(g, out);
    }
  }
  return out;
}

const isCourseFact = (k: AnswerKey) => k.startsWith('training.');

interface CCond {
  readonly cond: Condition;
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

interface CVariant {
  readonly variant: Variant;
  readonly when: Fn<Tri> | null;
  readonly whenCourse: boolean;
  readonly amount: Fn<number | null>;
  readonly cap: Fn<number | null> | null;
}

interface CIncentive {
  readonly inc: Incentive;
  readonly conds: readonly CCond[];
  readonly variants: readonly CVariant[];
  /** Facts the amount depends on (variant conditions, formulas, caps). */
  readonly amountFacts: readonly AnswerKey[];
  readonly amountSlots: readonly number[];
  /** Per slot: 1 when the outcome or the amount depends on that answer. */
  readonly deps: Uint8Array;
}

interface CReferral {
  readonly id: string;
  readonly test: Fn<Tri>;
  readonly course: boolean;
  readonly facts: readonly AnswerKey[];
  readonly slots: readonly number[];
}

/** One incentive on one reference date: the conditions and variants whose dates include it. */
interface PlanEntry {
  readonly ci: CIncentive;
  readonly conds: readonly CCond[];
  readonly variants: readonly CVariant[];
  /** Entitlement period per variant (index in `variants`), and for an unknown variant (-1). */
  readonly periods: Map<number, Period>;
  /** Counterfactuals already found, by failing condition and the answers they depend on. */
  readonly counterfactuals: Map<string, readonly Counterfactual[]>;
  /** Per slot: the indices (in `conds`) of the conditions that look at that answer. */
  readonly bySlot: readonly (readonly number[])[];
}

interface Plan {
  readonly date: string;
  readonly entries: readonly PlanEntry[];
}

interface Compiled {
  readonly ruleSet: RuleSet;
  readonly incentives: readonly CIncentive[];
  readonly referrals: readonly CReferral[];
  /** Tie-break rank per slot. */
  readonly order: readonly number[];
  /** Per slot: one value per class of answers that the rule set tells apart (numbers: smallest first). */
  readonly classes: readonly (readonly AnswerValue[])[];
  readonly plans: Map<string, Plan>;
  /** Filled texts, by incentive or condition id and amount. */
  readonly texts: Map<string, LocalText>;
}

const inWindow = (o: { validFrom?: string | undefined; validUntil?: string | undefined }, date: string) =>
  (o.validFrom === undefined || o.validFrom <= date) && (o.validUntil === undefined || date <= o.validUntil);

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

function leavesOf(e: Expr, out: Expr[] = []): Expr[] {
  if ('fact' in e) out.push(e);
  else if ('all' in e) for (const x of e.all) leavesOf(x, out);
  else if ('any' in e) for (const x of e.any) leavesOf(x, out);
  else leavesOf(e.not, out);
  return out;
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

const compiledCache = new WeakMap<RuleSet, Compiled>();

function compile(ruleSet: RuleSet): Compiled {
  const cached = compiledCache.get(ruleSet);
  if (cached) return cached;
  const allLeaves: Expr[] = [];
  const incentives = ruleSet.incentives.map((inc): CIncentive => {
    const amountFacts = new Set<AnswerKey>();
    for (const variant of inc.entitlement.variants) {
      if (variant.when) factsOf(variant.when, amountFacts);
      formulaFacts(variant.amount, amountFacts);
      if (variant.capWithTraining) formulaFacts(variant.capWithTraining, amountFacts);
    }
    const conditionFacts = inc.conditions.map((cond) => factsOf(cond));
    const conds = inc.conditions.map((cond, n): CCond => {
      leavesOf(cond, allLeaves);
      const facts = [...(conditionFacts[n] as Set<AnswerKey>)];
      // A counterfactual depends on this condition's answers, the amount's, and those of every other
      // condition that looks at an answer it may change.
      const memo = new Set<AnswerKey>([...facts, ...amountFacts]);
      for (const other of conditionFacts) {
        if (cond.counterfactual?.answers.some((k) => other.has(k))) for (const k of other) memo.add(k);
      }
      return {
        cond,
        test: compileExpr(cond),
        facts,
        slots: facts.map(slotOf),
        memoSlots: [...memo].map(slotOf),
        course: facts.some(isCourseFact),
        met: Object.freeze({ condition: cond.id, met: true, text: cond.text.met }),
        notMet: Object.freeze({ condition: cond.id, met: false, text: cond.text.notMet }),
        unknown: Object.freeze({ condition: cond.id, met: null, text: cond.text.unknown }),
      };
    });
    const variants = inc.entitlement.variants.map((variant): CVariant => {
      if (variant.when) leavesOf(variant.when, allLeaves);
      return {
        variant,
        when: variant.when ? compileExpr(variant.when) : null,
        whenCourse: variant.when ? [...factsOf(variant.when)].some(isCourseFact) : false,
        amount: compileFormula(variant.amount, ruleSet.parameters),
        cap: variant.capWithTraining ? compileFormula(variant.capWithTraining, ruleSet.parameters) : null,
      };
    });
    const deps = new Uint8Array(KEYS.length);
    for (const k of amountFacts) deps[slotOf(k)] = 1;
    for (const c of conds) for (const slot of c.slots) deps[slot] = 1;
    return { inc, conds, variants, amountFacts: [...amountFacts], amountSlots: [...amountFacts].map(slotOf), deps };
  });
  const referrals = ruleSet.referrals.map((r): CReferral => {
    leavesOf(r.when, allLeaves);
    const facts = [...factsOf(r.when)];
    return { id: r.id, test: compileExpr(r.when), course: facts.some(isCourseFact), facts, slots: facts.map(slotOf) };
  });
  const compiled: Compiled = {
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

function planFor(compiled: Compiled, date: string): Plan {
  let plan = compiled.plans.get(date);
  if (!plan) {
    if (!isIsoDate(date)) throw new RangeError(`referenceDate must be a date YYYY-MM-DD, got ${JSON.stringify(date)}`);
    plan = {
      date,
      entries: compiled.incentives.map((ci) => {
        const conds = ci.conds.filter((c) => inWindow(c.cond, date));
        return {
          ci,
          conds,
          variants: ci.variants.filter((v) => inWindow(v.variant, date)),
          periods: new Map(),
          counterfactuals: new Map(),
          bySlot: KEYS.map((_, slot) => conds.flatMap((c, i) => (c.slots.includes(slot) ? [i] : []))),
        };
      }),
    };
    if (compiled.plans.size >= 64) compiled.plans.clear();
    compiled.plans.set(date, plan);
  }
  return plan;
}

// ---------------------------------------------------------------- evaluation

/** An incentive not yet decided, with the value of each of its conditions. */
interface Open {
  readonly entry: PlanEntry;
  readonly values: readonly Tri[];
  readonly outcome: Outcome;
  /** How many applicable conditions are open (none is false: the incentive is unknown or eligible). */
  readonly nulls: number;
}

const NONE: readonly Counterfactual[] = Object.freeze([]);

/** Three-valued all-of the applicable conditions; fills `values` (one per condition of the entry) when given. */
function outcomeOf(entry: PlanEntry, ctx: Ctx, values: Tri[] | null): Outcome {
  let open = false;
  let failed = false;
  const conds = entry.conds;
  for (let i = 0; i < conds.length; i++) {
    const c = conds[i] as CCond;
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

const round2 = (x: number) => Math.round(x * 100) / 100;

/** The first variant that applies (index in `entry.variants`); -1 when that depends on a missing answer. */
function variantOf(entry: PlanEntry, ctx: Ctx): number {
  const variants = entry.variants;
  for (let i = 0; i < variants.length; i++) {
    const v = variants[i] as CVariant;
    if (v.when === null || (v.whenCourse && !ctx.hasTraining)) {
      if (v.when === null) return i;
      continue;
    }
    const r = v.when(ctx);
    if (r === true) return i;
    if (r === null) return -1;
  }
  return -1;
}

/** The amount of an eligible incentive; `null` when it depends on a missing answer. */
function amountAt(entry: PlanEntry, variant: number, ctx: Ctx): number | null {
  const v = entry.variants[variant];
  if (v === undefined) return null;
  let amount = v.amount(ctx);
  if (amount !== null && v.cap !== null && ctx.hasTraining) {
    const cap = v.cap(ctx);
    amount = cap === null ? null : Math.min(amount, cap);
  }
  return amount === null ? null : round2(amount);
}

/**
 * Would an open incentive be decided (outcome known and, when eligible, the amount) if `key` had the
 * hypothetical value in `hypo`? Only the conditions on `key` are evaluated again.
 */
function resolvedWith(open: Open, hypo: Ctx, slot: number): boolean {
  const entry = open.entry;
  const touched = entry.bySlot[slot] as readonly number[];
  let stillOpen = open.nulls;
  let unknown = false;
  for (let j = 0; j < touched.length; j++) {
    const i = touched[j] as number;
    const c = entry.conds[i] as CCond;
    if (c.course && !hypo.hasTraining) continue;
    if (open.values[i] === null) stillOpen--;
    const r = c.test(hypo);
    if (r === false) return true;
    if (r === null) unknown = true;
  }
  return !unknown && stillOpen === 0 && amountAt(entry, variantOf(entry, hypo), hypo) !== null;
}

function periodFor(entry: PlanEntry, variant: number, date: string): Period {
  let period = entry.periods.get(variant);
  if (!period) {
    period = Object.freeze(periodOf(entry.ci.inc.entitlement.period, date, entry.variants[variant]?.variant.validUntil));
    entry.periods.set(variant, period);
  }
  return period;
}

function entitlementOf(entry: PlanEntry, ctx: Ctx, date: string): Entitlement {
  const spec = entry.ci.inc.entitlement;
  const variant = variantOf(entry, ctx);
  const amount = amountAt(entry, variant, ctx);
  const period = periodFor(entry, variant, date);
  return spec.per ? { amount, unit: spec.unit, per: spec.per, period, scope: spec.scope } : { amount, unit: spec.unit, period, scope: spec.scope };
}

function cachedText(compiled: Compiled, key: string, make: () => LocalText): LocalText {
  let text = compiled.texts.get(key);
  if (!text) {
    text = make();
    if (compiled.texts.size >= 4096) compiled.texts.clear();
    compiled.texts.set(key, text);
  }
  return text;
}

function entitlementText(compiled: Compiled, inc: Incentive, amount: number | null): LocalText {
  return cachedText(compiled, `${inc.id}|${amount}`, () =>
    mapText(inc.entitlement.label, (label, lang) => (amount === null ? inc.name[lang] : fill(label, { amount: formatAmount(amount, inc.entitlement.unit, lang) }))),
  );
}

/** The current answer first, then one value per class (numbers: the boundaries, smallest first). */
function valuesToTry(compiled: Compiled, key: AnswerKey, current: AnswerValue | undefined): AnswerValue[] {
  const all = compiled.classes[slotOf(key)] ?? [];
  return current === undefined ? [...all] : [current, ...all.filter((x) => x !== current)];
}

/** For a not-eligible incentive that fails on one condition only: the fewest answer changes that make it eligible. */
function counterfactualsOf(compiled: Compiled, entry: PlanEntry, ctx: Ctx, values: readonly Tri[], date: string): readonly Counterfactual[] {
  let only: CCond | undefined;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    const c = entry.conds[i] as CCond;
    // Another open condition: the incentive cannot become eligible by this change alone.
    if (value === null && (!c.course || ctx.hasTraining)) return NONE;
    if (value !== false) continue;
    if (only !== undefined) return NONE;
    only = c;
  }
  if (!only || !only.cond.counterfactual) return NONE;
  // The search depends only on the failing condition's answers and the amount's: remember its result.
  let memoKey = `${only.cond.id}|${ctx.hasTraining}`;
  for (const slot of only.memoSlots) memoKey += `|${String(ctx.vals[slot])}`;
  let found = entry.counterfactuals.get(memoKey);
  if (found === undefined) {
    found = searchCounterfactual(compiled, entry, only, ctx, date);
    if (entry.counterfactuals.size >= 4096) entry.counterfactuals.clear();
    entry.counterfactuals.set(memoKey, found);
  }
  return found;
}

function searchCounterfactual(compiled: Compiled, entry: PlanEntry, only: CCond, ctx: Ctx, date: string): readonly Counterfactual[] {
  const spec = only.cond.counterfactual;
  if (!spec) return NONE;
  const keys = spec.answers.filter((k) => !isCourseFact(k) || ctx.hasTraining);
  const slots = keys.map(slotOf);
  const current = slots.map((slot) => ctx.vals[slot]);
  const lists = keys.map((k, i) => valuesToTry(compiled, k, current[i]));
  let best: AnswerValue[] | null = null;
  let bestChanges = Number.POSITIVE_INFINITY;
  // Odometer over the candidate values of each key (few keys, few classes each); slots are restored after.
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
  if (best === null || entitlement === null) return NONE;
  const changes: Change[] = [];
  keys.forEach((key, i) => {
    const value = (best as AnswerValue[])[i] as AnswerValue;
    if (value !== current[i]) changes.push({ key, value });
  });
  const what = entitlementText(compiled, entry.ci.inc, entitlement.amount);
  const text = cachedText(compiled, `${only.cond.id}|${entitlement.amount}`, () => mapText(spec.text, (t, lang) => fill(t, { entitlement: what[lang] })));
  const first = changes[0] as Change;
  return Object.freeze([Object.freeze({ key: first.key, value: first.value, changes: Object.freeze(changes), text, entitlement: Object.freeze(entitlement) })]);
}

/** Picks, among candidate keys, the one that decides the most open items on average over its answer classes. */
function bestKey(compiled: Compiled, ctx: Ctx, candidates: readonly AnswerKey[], decided: (slot: number) => number): AnswerKey | null {
  let best: AnswerKey | null = null;
  let bestScore = -1;
  let bestRank = Number.POSITIVE_INFINITY;
  for (const key of candidates) {
    const slot = slotOf(key);
    const classes = compiled.classes[slot] ?? [];
    const saved = ctx.vals[slot];
    let total = 0;
    for (const value of classes) {
      ctx.vals[slot] = value;
      total += decided(slot);
    }
    ctx.vals[slot] = saved;
    const score = classes.length === 0 ? 0 : total / classes.length;
    const rank = compiled.order[slot] as number;
    if (score > bestScore + 1e-9 || (Math.abs(score - bestScore) <= 1e-9 && rank < bestRank)) {
      best = key;
      bestScore = score;
      bestRank = rank;
    }
  }
  return best;
}

function addCandidates(out: AnswerKey[], facts: readonly AnswerKey[], slots: readonly number[], ctx: Ctx, dontKnow: readonly AnswerKey[] | undefined): void {
  for (let j = 0; j < facts.length; j++) {
    const k = facts[j] as AnswerKey;
    if (ctx.vals[slots[j] as number] !== undefined || out.includes(k) || (dontKnow !== undefined && dontKnow.includes(k)) || (!ctx.hasTraining && isCourseFact(k))) continue;
    out.push(k);
  }
}

function nextQuestionOf(compiled: Compiled, ctx: Ctx, open: readonly Open[], dontKnow: readonly AnswerKey[] | undefined, referralQuestions: boolean): AnswerKey | null {
  const candidates: AnswerKey[] = [];
  if (open.length === 0) {
    if (!referralQuestions) return null;
    const openReferrals = compiled.referrals.filter((r) => (!r.course || ctx.hasTraining) && r.test(ctx) === null);
    for (const r of openReferrals) addCandidates(candidates, r.facts, r.slots, ctx, dontKnow);
    if (candidates.length === 0) return null;
    return bestKey(compiled, ctx, candidates, () => openReferrals.filter((r) => r.test(ctx) !== null).length);
  }
  for (const { entry, values, outcome } of open) {
    if (outcome === 'unknown') {
      for (let i = 0; i < entry.conds.length; i++) {
        const c = entry.conds[i] as CCond;
        if (values[i] === null && (!c.course || ctx.hasTraining)) addCandidates(candidates, c.facts, c.slots, ctx, dontKnow);
      }
    } else addCandidates(candidates, entry.ci.amountFacts, entry.ci.amountSlots, ctx, dontKnow);
  }
  if (candidates.length === 0) return null;
  return bestKey(compiled, ctx, candidates, (slot) => {
    let n = 0;
    for (let i = 0; i < open.length; i++) {
      const o = open[i] as Open;
      if (o.entry.ci.deps[slot] === 1 && resolvedWith(o, ctx, slot)) n++;
    }
    return n;
  });
}

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
    // One pass: the value of each condition, the reasons and the three-valued all-of.
    const values: Tri[] = [];
    const reasons: Reason[] = [];
    let failed = false;
    let unknown = false;
    for (let i = 0; i < entry.conds.length; i++) {
      const c = entry.conds[i] as CCond;
      if (c.course && !ctx.hasTraining) {
        values.push(null);
        continue;
      }
      const met = c.test(ctx);
      values.push(met);
      if (met === true) reasons.push(c.met);
      else if (met === false) {
        failed = true;
        reasons.push(c.notMet);
      } else {
        unknown = true;
        reasons.push(c.unknown);
      }
    }
    const outcome: Outcome = failed ? 'not-eligible' : unknown ? 'unknown' : 'eligible';
    const entitlement = outcome === 'eligible' ? entitlementOf(entry, ctx, date) : null;
    const inc = entry.ci.inc;
    results.push({
      incentive: inc.id,
      pillar: inc.pillar,
      name: inc.name,
      outcome,
      entitlement,
      reasons,
      counterfactuals: outcome === 'not-eligible' ? counterfactualsOf(compiled, entry, ctx, values, date) : NONE,
    });
    if (outcome === 'unknown' || (entitlement !== null && entitlement.amount === null)) open.push({ entry, values, outcome, nulls: reasons.filter((x) => x.met === null).length });
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
 * The rule set in force on a date: the latest `effectiveFrom` on or before it, among the adopted ones. A planned
 * rule set (`status: "planned"`, announced but not law) and a scenario (`scenario: true`) are never in force.
 */
export function selectRuleSet<R extends Pick<RuleSet, 'id' | 'effectiveFrom'> & Partial<Pick<RuleSet, 'status' | 'scenario'>>>(
  ruleSets: readonly R[],
  referenceDate: string,
): R {
  if (!isIsoDate(referenceDate)) throw new RangeError(`referenceDate must be a date YYYY-MM-DD, got ${JSON.stringify(referenceDate)}`);
  const adopted = ruleSets.filter((rs) => rs.status !== 'planned' && rs.scenario !== true);
  let best: R | undefined;
  for (const rs of adopted) {
    if (rs.effectiveFrom <= referenceDate && (best === undefined || rs.effectiveFrom > best.effectiveFrom)) best = rs;
  }
  if (!best) {
    const first = adopted.map((r) => r.effectiveFrom).sort()[0];
    throw new RangeError(`no rule set in force on ${referenceDate}${first ? ` (the earliest takes effect on ${first})` : ''}`);
  }
  return best;
}
