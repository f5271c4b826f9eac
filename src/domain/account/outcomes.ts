/**
 * The eligibility engine's outcome for one incentive, for a situation on a day. The engine is the only place where
 * a rule is applied (no second copy): the account only chooses what to ask it, and remembers the answers.
 *
 * - One incentive at a time: each incentive of a rule set is also a rule set of its own (the same data, with only
 *   that incentive), so the engine evaluates only what a period needs. Incentives with the same definition and the
 *   same parameter values (most of them, from one school year's rule set to the next, in a planned rule set or in
 *   a scenario) share one such rule set, so their outcome for a situation is computed once.
 * - The outcome and amount depend on the date only through the dated rules (`validFrom`/`validUntil`): during one
 *   computation an outcome is remembered per (incentive rule set, timeline entry, span of dated rules), and the
 *   engine is always asked about the same day of a span, so that its per-date plans are reused. (Not across
 *   computations: weak maps keyed by every situation cost more in garbage collection than they save.)
 */
import { addDays } from '../dates';
import { evaluate, type IncentiveResult } from '../engine';
import { walkFormula, type Incentive, type RuleSet } from '../rule-set-schema';
import type { Situation } from '../situation';
import { incentiveOf } from './rule-book';

/** Incentive rule sets by definition; a long-running process loading many rule sets keeps at most this many. */
const MAX_SINGLES = 1024;
const singles = new Map<string, RuleSet>();
const singleOfIncentive = new WeakMap<Incentive, RuleSet>();

/** The incentive's definition and the values of the parameters its amounts use: equal signatures, equal outcomes. */
function signatureOf(rs: RuleSet, inc: Incentive): string {
  const params: Record<string, number | undefined> = {};
  for (const variant of inc.entitlement.variants) {
    for (const formula of [variant.amount, variant.capWithTraining]) {
      if (formula === undefined) continue;
      walkFormula(formula, (f) => {
        if (typeof f === 'object' && 'param' in f) params[f.param] = rs.parameters[f.param]?.value;
      });
    }
  }
  return JSON.stringify([inc, params]);
}

/** The rule set holding only this incentive of `rs` (shared by identical incentives). */
function singleOf(rs: RuleSet, inc: Incentive): RuleSet {
  let single = singleOfIncentive.get(inc);
  if (!single) {
    const signature = signatureOf(rs, inc);
    single = singles.get(signature);
    if (!single) {
      single = { ...rs, incentives: [inc], referrals: [] };
      if (singles.size >= MAX_SINGLES) singles.clear();
      singles.set(signature, single);
    }
    singleOfIncentive.set(inc, single);
  }
  return single;
}

const boundaries = new WeakMap<RuleSet, readonly string[]>();

/** The days on which a dated rule of the rule set starts or stops applying, sorted. */
function boundariesOf(rs: RuleSet): readonly string[] {
  let list = boundaries.get(rs);
  if (!list) {
    const days = new Set<string>();
    const add = (o: { validFrom?: string | undefined; validUntil?: string | undefined }) => {
      if (o.validFrom !== undefined) days.add(o.validFrom);
      if (o.validUntil !== undefined) days.add(addDays(o.validUntil, 1));
    };
    for (const inc of rs.incentives) {
      inc.conditions.forEach(add);
      inc.entitlement.variants.forEach(add);
    }
    list = [...days].sort();
    boundaries.set(rs, list);
  }
  return list;
}

/** Which span of dated rules a day falls in: days of one span get the same outcomes. */
function spanOf(rs: RuleSet, date: string): number {
  const list = boundariesOf(rs);
  let n = 0;
  while (n < list.length && (list[n] as string) <= date) n++;
  return n;
}

/** The day the engine is asked about for a span: always the same one. */
function dayOfSpan(rs: RuleSet, span: number): string {
  const list = boundariesOf(rs);
  const first = list[0];
  if (span > 0) return list[span - 1] as string;
  return first === undefined || rs.effectiveFrom < first ? rs.effectiveFrom : addDays(first, -1);
}

/** Spans per incentive rule set: more dated rules than this in one incentive would be data gone wrong. */
const MAX_SPANS = 64;

/** The outcomes asked for during one computation (one history, one reference date). */
export class Outcomes {
  /** By incentive rule set, then by timeline entry and span. */
  private readonly known = new Map<RuleSet, Map<number, IncentiveResult>>();

  /**
   * The engine's result for one incentive of a rule set, for the situation of timeline entry `entry` on a day;
   * `undefined` when the rules have no such incentive.
   */
  resultOn(rs: RuleSet, id: string, situation: Situation, entry: number, date: string): IncentiveResult | undefined {
    const inc = incentiveOf(rs, id);
    if (inc === undefined) return undefined;
    const single = singleOf(rs, inc);
    const span = spanOf(single, date);
    if (span >= MAX_SPANS) throw new RangeError(`incentive ${id} of rule set ${rs.id} has more than ${MAX_SPANS} dated rules`);
    let known = this.known.get(single);
    if (known === undefined) {
      known = new Map();
      this.known.set(single, known);
    }
    const key = entry * MAX_SPANS + span;
    let result = known.get(key);
    if (result === undefined) {
      result = evaluate(single, situation, { referenceDate: dayOfSpan(single, span) }).results[0] as IncentiveResult;
      known.set(key, result);
    }
    return result;
  }
}
