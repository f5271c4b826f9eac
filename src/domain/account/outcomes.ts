/**
 * The eligibility engine's outcomes for a situation on a day. The engine is the only place where a rule is applied
 * (no second copy): the account only chooses what to ask it, and remembers the answers.
 *
 * The outcome and amount depend on the date only through the dated rules (`validFrom`/`validUntil`): during one
 * computation the engine's results are remembered per (rule set, timeline entry, span of dated rules), and the engine
 * is always asked about the same day of a span, so that its per-date plans (and their memo of counterfactuals) are
 * reused across histories. (Not remembered across computations: weak maps keyed by every situation cost more in
 * garbage collection than they save.)
 */
import { addDays } from '../dates';
import { evaluate, type IncentiveResult } from '../engine';
import type { RuleSet } from '../rule-set-schema';
import type { Situation } from '../situation';

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

export type Results = ReadonlyMap<string, IncentiveResult>;

/** The engine's results asked for during one computation (one history, one reference date). */
export class Outcomes {
  /** By rule set, then by timeline entry and span (`entry × spans + span`). */
  private readonly known = new Map<RuleSet, Map<number, Results>>();

  /** The engine's result per incentive of a rule set, for the situation of timeline entry `entry` on a day. */
  resultsOn(rs: RuleSet, situation: Situation, entry: number, date: string): Results {
    let known = this.known.get(rs);
    if (known === undefined) {
      known = new Map();
      this.known.set(rs, known);
    }
    const span = spanOf(rs, date);
    const key = entry * (boundariesOf(rs).length + 1) + span;
    let results = known.get(key);
    if (results === undefined) {
      results = new Map(evaluate(rs, situation, { referenceDate: dayOfSpan(rs, span) }).results.map((r) => [r.incentive, r]));
      known.set(key, results);
    }
    return results;
  }
}
