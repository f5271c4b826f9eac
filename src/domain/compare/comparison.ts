/**
 * Two rule sets compared on a population (phase 3.1): per incentive, who is eligible before and after, the summed
 * entitlement, who gains a right, who loses one, and whose amount goes up or down; per person, who gains only, loses
 * only, both, or keeps the same rights; all of it for everyone and per group (status, education, region, working
 * time); and for each cell a few example people with the engine's reasons before and after.
 *
 * Both sides are evaluated by the eligibility engine (`evaluateOutcomes`, the outcomes and amounts only; `evaluate`
 * for the examples' reasons): no rule is copied here. People are added one at a time, so a million of them never
 * need to be held in memory; the counters live in flat arrays.
 *
 *   const comparison = new Comparison({ baseline, alternative, date });
 *   for (const person of people) comparison.add(person);
 *   const result = comparison.finish();
 */
import { evaluate, evaluateOutcomes, type IncentiveOutcome, type Outcome, type Reason } from '../engine';
import type { LocalText, RuleSet, Unit } from '../rule-set-schema';
import type { Situation } from '../situation';
import { DIMENSIONS, GROUPS, groupOf, SLOT_COUNT, slotOf, type Dimension } from './groups';

/** Examples kept per cell (incentive × kind of change × group): "a handful", small enough to send to a page. */
export const EXAMPLES_PER_CELL = 3;

export interface ComparisonOptions {
  readonly baseline: RuleSet;
  readonly alternative: RuleSet;
  /** `YYYY-MM-DD`: both rule sets are evaluated on this day. */
  readonly date: string;
  /** Keep example people with their reasons (default true; the CLI prints none). */
  readonly examples?: boolean;
}

/** One side of an incentive: how many are eligible, how many unknown (an answer missing), and the summed amount. */
export interface Side {
  readonly eligible: number;
  readonly unknown: number;
  /** The sum of the eligible people's amounts, in the incentive's unit (a rate: per month), rounded to cents. */
  readonly total: number;
}

export interface IncentiveCounts {
  readonly incentive: string;
  readonly before: Side;
  readonly after: Side;
  /** Not eligible (or unknown, or not offered) before, eligible after. */
  readonly gained: number;
  /** Eligible before, not after. */
  readonly lost: number;
  /** Eligible on both sides, with a higher amount after. */
  readonly increased: number;
  readonly decreased: number;
}

export interface IncentiveComparison extends IncentiveCounts {
  readonly name: LocalText;
  readonly unit: Unit;
  readonly per?: 'month';
  /** Whether each rule set has this incentive at all (a planned rule set may replace one). */
  readonly inBaseline: boolean;
  readonly inAlternative: boolean;
}

/** People, by what happens to their rights over all incentives. */
export interface PeopleCounts {
  readonly people: number;
  /** Gain at least one right and lose none. */
  readonly gained: number;
  /** Lose at least one right and gain none. */
  readonly lost: number;
  /** Gain one right and lose another. */
  readonly both: number;
  /** Keep the same rights (an amount may still change). */
  readonly unchanged: number;
}

export interface GroupComparison extends PeopleCounts {
  readonly group: string;
  readonly incentives: readonly IncentiveCounts[];
}

export type ChangeKind = 'gained' | 'lost' | 'increased' | 'decreased';
export const CHANGE_KINDS: readonly ChangeKind[] = ['gained', 'lost', 'increased', 'decreased'];

/** One side of an example: the outcome, the amount and the conditions that are not met or not known. */
export interface ExampleSide {
  /** `not-offered`: the rule set has no such incentive. */
  readonly outcome: Outcome | 'not-offered';
  readonly amount: number | null;
  readonly reasons: readonly Reason[];
}

export interface ExampleChange {
  readonly incentive: string;
  readonly kind: ChangeKind;
  readonly before: ExampleSide;
  readonly after: ExampleSide;
}

export interface Example {
  /** The person's number in the population (1 for the first), or the line of a population file. */
  readonly person: number;
  readonly situation: Situation;
  readonly groups: Readonly<Record<Dimension, string>>;
  readonly changes: readonly ExampleChange[];
}

export interface ComparisonResult {
  readonly date: string;
  readonly baseline: string;
  readonly alternative: string;
  readonly size: number;
  readonly people: PeopleCounts;
  readonly incentives: readonly IncentiveComparison[];
  /** Per dimension, the groups with at least one person. */
  readonly breakdowns: Readonly<Record<Dimension, readonly GroupComparison[]>>;
  readonly examples: readonly Example[];
}

// ---------------------------------------------------------------- counters

/** Counters per incentive, in this order (`Float64Array`s: totals are sums of amounts). */
const F = { eligibleBefore: 0, unknownBefore: 1, totalBefore: 2, eligibleAfter: 3, unknownAfter: 4, totalAfter: 5, gained: 6, lost: 7, increased: 8, decreased: 9 } as const;
const FIELDS = 10;
/** Counters per person, at the start of each slot. */
const P = { people: 0, gained: 1, lost: 2, both: 3, unchanged: 4 } as const;
const PERSON_FIELDS = 5;

const ABSENT: IncentiveOutcome = Object.freeze({ incentive: '', outcome: 'not-eligible', amount: null });
const round2 = (x: number) => Math.round(x * 100) / 100;
/** Adds to a counter (typed arrays: `noUncheckedIndexedAccess` reads every index as possibly undefined). */
const bump = (a: Float64Array, i: number, by = 1) => {
  a[i] = (a[i] as number) + by;
};

/** The incentives of both rule sets: the baseline's in its order, then those only the alternative has. */
function unionOf(baseline: RuleSet, alternative: RuleSet) {
  const list = baseline.incentives.map((inc) => ({ incentive: inc, inBaseline: true, inAlternative: false }));
  for (const inc of alternative.incentives) {
    const known = list.find((x) => x.incentive.id === inc.id);
    if (known) known.inAlternative = true;
    else list.push({ incentive: inc, inBaseline: false, inAlternative: true });
  }
  return list;
}

export class Comparison {
  readonly options: ComparisonOptions;
  private readonly union: ReturnType<typeof unionOf>;
  /** For each incentive of the union, its index in the baseline's and the alternative's results (-1: absent). */
  private readonly beforeIndex: Int32Array;
  private readonly afterIndex: Int32Array;
  private readonly stride: number;
  private readonly counts: Float64Array;
  private readonly exampleCounts: Uint8Array;
  private readonly kept: { person: number; situation: Situation; groups: Record<Dimension, string>; changes: { u: number; kind: ChangeKind }[] }[] = [];
  private size = 0;
  /** Scratch per person: the change of each incentive of the union (-1: none, else an index in CHANGE_KINDS). */
  private readonly change: Int8Array;
  private readonly slots = new Int32Array(1 + DIMENSIONS.length);

  constructor(options: ComparisonOptions) {
    this.options = options;
    this.union = unionOf(options.baseline, options.alternative);
    const n = this.union.length;
    this.beforeIndex = Int32Array.from(this.union, (x) => options.baseline.incentives.findIndex((i) => i.id === x.incentive.id));
    this.afterIndex = Int32Array.from(this.union, (x) => options.alternative.incentives.findIndex((i) => i.id === x.incentive.id));
    this.stride = PERSON_FIELDS + n * FIELDS;
    this.counts = new Float64Array(SLOT_COUNT * this.stride);
    this.exampleCounts = new Uint8Array(n * CHANGE_KINDS.length * SLOT_COUNT);
    this.change = new Int8Array(n);
  }

  /** Adds one person; `person` numbers them for the examples (default: the next number). */
  add(situation: Situation, person = this.size + 1): void {
    const { baseline, alternative, date } = this.options;
    const before = evaluateOutcomes(baseline, situation, { referenceDate: date });
    const after = evaluateOutcomes(alternative, situation, { referenceDate: date });
    const slots = this.slots;
    slots[0] = 0;
    for (let d = 0; d < DIMENSIONS.length; d++) {
      const dim = DIMENSIONS[d] as Dimension;
      slots[d + 1] = slotOf(dim, groupOf(dim, situation));
    }
    let gainedAny = false;
    let lostAny = false;
    let anyChange = false;
    const counts = this.counts;
    for (let u = 0; u < this.union.length; u++) {
      const bi = this.beforeIndex[u] as number;
      const ai = this.afterIndex[u] as number;
      const b = bi < 0 ? ABSENT : (before[bi] as IncentiveOutcome);
      const a = ai < 0 ? ABSENT : (after[ai] as IncentiveOutcome);
      const eb = b.outcome === 'eligible';
      const ea = a.outcome === 'eligible';
      let kind = -1;
      if (!eb && ea) kind = 0;
      else if (eb && !ea) kind = 1;
      else if (eb && ea && b.amount !== null && a.amount !== null && a.amount !== b.amount) kind = a.amount > b.amount ? 2 : 3;
      this.change[u] = kind;
      if (kind === 0) gainedAny = true;
      else if (kind === 1) lostAny = true;
      if (kind >= 0) anyChange = true;
      for (let s = 0; s < slots.length; s++) {
        const at = (slots[s] as number) * this.stride + PERSON_FIELDS + u * FIELDS;
        if (eb) {
          bump(counts, at + F.eligibleBefore);
          bump(counts, at + F.totalBefore, b.amount ?? 0);
        } else if (b.outcome === 'unknown') bump(counts, at + F.unknownBefore);
        if (ea) {
          bump(counts, at + F.eligibleAfter);
          bump(counts, at + F.totalAfter, a.amount ?? 0);
        } else if (a.outcome === 'unknown') bump(counts, at + F.unknownAfter);
        if (kind >= 0) bump(counts, at + F.gained + kind);
      }
    }
    const personField = gainedAny && lostAny ? P.both : gainedAny ? P.gained : lostAny ? P.lost : P.unchanged;
    for (let s = 0; s < slots.length; s++) {
      const at = (slots[s] as number) * this.stride;
      bump(counts, at + P.people);
      bump(counts, at + personField);
    }
    this.size++;
    if (anyChange && this.options.examples !== false) this.keepExample(situation, person);
  }

  /** Keeps the person as an example when one of their changes has a cell with fewer than EXAMPLES_PER_CELL. */
  private keepExample(situation: Situation, person: number): void {
    const cell = (u: number, kind: number, slot: number) => (u * CHANGE_KINDS.length + kind) * SLOT_COUNT + slot;
    let wanted = false;
    for (let u = 0; u < this.union.length && !wanted; u++) {
      const kind = this.change[u] as number;
      if (kind < 0) continue;
      for (const slot of this.slots) if ((this.exampleCounts[cell(u, kind, slot)] as number) < EXAMPLES_PER_CELL) wanted = true;
    }
    if (!wanted) return;
    const changes: { u: number; kind: ChangeKind }[] = [];
    for (let u = 0; u < this.union.length; u++) {
      const kind = this.change[u] as number;
      if (kind < 0) continue;
      changes.push({ u, kind: CHANGE_KINDS[kind] as ChangeKind });
      for (const slot of this.slots) {
        const c = cell(u, kind, slot);
        if ((this.exampleCounts[c] as number) < EXAMPLES_PER_CELL) this.exampleCounts[c] = (this.exampleCounts[c] as number) + 1;
      }
    }
    const groups = Object.fromEntries(DIMENSIONS.map((d) => [d, groupOf(d, situation)])) as Record<Dimension, string>;
    this.kept.push({ person, situation, groups, changes });
  }

  get count(): number {
    return this.size;
  }

  private incentiveCounts(slot: number, u: number): IncentiveCounts {
    const at = slot * this.stride + PERSON_FIELDS + u * FIELDS;
    const c = this.counts;
    return {
      incentive: this.union[u]?.incentive.id as string,
      before: { eligible: c[at + F.eligibleBefore] as number, unknown: c[at + F.unknownBefore] as number, total: round2(c[at + F.totalBefore] as number) },
      after: { eligible: c[at + F.eligibleAfter] as number, unknown: c[at + F.unknownAfter] as number, total: round2(c[at + F.totalAfter] as number) },
      gained: c[at + F.gained] as number,
      lost: c[at + F.lost] as number,
      increased: c[at + F.increased] as number,
      decreased: c[at + F.decreased] as number,
    };
  }

  private peopleCounts(slot: number): PeopleCounts {
    const at = slot * this.stride;
    const c = this.counts;
    return {
      people: c[at + P.people] as number,
      gained: c[at + P.gained] as number,
      lost: c[at + P.lost] as number,
      both: c[at + P.both] as number,
      unchanged: c[at + P.unchanged] as number,
    };
  }

  /** The engine's reasons of one incentive on one side: the conditions not met or not known. */
  private sideOf(ruleSet: RuleSet, index: number, situation: Situation): ExampleSide {
    if (index < 0) return { outcome: 'not-offered', amount: null, reasons: [] };
    const result = evaluate(ruleSet, situation, { referenceDate: this.options.date }).results[index];
    if (result === undefined) return { outcome: 'not-offered', amount: null, reasons: [] };
    return { outcome: result.outcome, amount: result.entitlement?.amount ?? null, reasons: result.reasons.filter((r) => r.met !== true) };
  }

  /** The result: every counter, and the examples with the engine's reasons. */
  finish(): ComparisonResult {
    const { baseline, alternative, date } = this.options;
    const breakdowns = {} as Record<Dimension, GroupComparison[]>;
    for (const dim of DIMENSIONS) {
      breakdowns[dim] = GROUPS[dim]
        .map((group) => {
          const slot = slotOf(dim, group);
          return { group, ...this.peopleCounts(slot), incentives: this.union.map((_, u) => this.incentiveCounts(slot, u)) };
        })
        .filter((g) => g.people > 0);
    }
    return {
      date,
      baseline: baseline.id,
      alternative: alternative.id,
      size: this.size,
      people: this.peopleCounts(0),
      incentives: this.union.map((x, u) => {
        const spec = x.incentive.entitlement;
        return {
          ...this.incentiveCounts(0, u),
          name: x.incentive.name,
          unit: spec.unit,
          ...(spec.per ? { per: spec.per } : {}),
          inBaseline: x.inBaseline,
          inAlternative: x.inAlternative,
        };
      }),
      breakdowns,
      examples: this.kept.map((k) => ({
        person: k.person,
        situation: k.situation,
        groups: k.groups,
        changes: k.changes.map(({ u, kind }) => ({
          incentive: this.union[u]?.incentive.id as string,
          kind,
          before: this.sideOf(baseline, this.beforeIndex[u] as number, k.situation),
          after: this.sideOf(alternative, this.afterIndex[u] as number, k.situation),
        })),
      })),
    };
  }
}

/** Compares two rule sets on the people given (an array, a generator of a million, a parsed file). */
export function compareRuleSets(people: Iterable<Situation>, options: ComparisonOptions): ComparisonResult {
  const comparison = new Comparison(options);
  for (const person of people) comparison.add(person);
  return comparison.finish();
}
