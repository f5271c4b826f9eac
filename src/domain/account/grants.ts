/**
 * What a period grants (account-rules.md §2 "Granted"): the engine evaluates the person's situation on the
 * evaluation days of the period (its first simulated day, each day the situation changes, and its last day up to
 * D); going back from the latest, the first `eligible` outcome gives the amount, so the grant follows the last
 * situation in the period in which the person was entitled. An `unknown` outcome (or an unknown amount) met first
 * gives `null`, with the answers that would decide it.
 *
 * Decisions where §2 is silent:
 * - A day whose rules have no such incentive counts as not eligible.
 * - The answers are taken as the sources give them: the account never derives an answer from the uses (a
 *   loopbaancheque used in 2026 does not change `careerVouchersUsed`; the next situation in the timeline does).
 * - For a rate (`per: "month"`), `granted` is the time credit's `maxMonths` and the rate is kept beside the lot.
 * - The missing answers are the unanswered facts of the open conditions (or, for an unknown amount, of the amount's
 *   formulas and variants), in the rule set's question order.
 */
import type { IncentiveResult } from '../engine';
import { factsOf, walkFormula, type Incentive, type RuleSet } from '../rule-set-schema';
import { getAnswer, type AnswerKey, type Situation } from '../situation';
import type { Day, HistoryDays } from './days';
import { incentiveOf } from './rule-book';
import type { AccountPeriod } from './periods';
import type { History, Rate } from './types';

export interface Grant {
  readonly granted: number | null;
  readonly missing: readonly AnswerKey[];
  readonly rate: Rate | undefined;
}

const NOTHING: Grant = Object.freeze({ granted: 0, missing: Object.freeze([]), rate: undefined });

const amountFactsCache = new WeakMap<Incentive, readonly AnswerKey[]>();

/** The facts an incentive's amount depends on: its variants' conditions and formulas. */
function amountFacts(inc: Incentive): readonly AnswerKey[] {
  let facts = amountFactsCache.get(inc);
  if (!facts) {
    const out = new Set<AnswerKey>();
    for (const variant of inc.entitlement.variants) {
      if (variant.when) factsOf(variant.when, out);
      for (const formula of [variant.amount, variant.capWithTraining]) {
        if (formula !== undefined) walkFormula(formula, (f) => typeof f === 'object' && 'fact' in f && out.add(f.fact));
      }
    }
    facts = [...out];
    amountFactsCache.set(inc, facts);
  }
  return facts;
}

/** The unanswered person facts among `facts`, in the rule set's question order (a history has no course). */
function unanswered(rs: RuleSet, situation: Situation, facts: Iterable<AnswerKey>): AnswerKey[] {
  const open = new Set<AnswerKey>();
  for (const key of facts) if (!key.startsWith('training.') && getAnswer(situation, key) === undefined) open.add(key);
  return rs.questionOrder.filter((k) => open.has(k));
}

/** The answers that would decide an `unknown` outcome, or the unknown amount of an eligible one. */
export function missingAnswers(rs: RuleSet, situation: Situation, result: IncentiveResult): AnswerKey[] {
  const inc = incentiveOf(rs, result.incentive);
  if (!inc) return [];
  if (result.outcome === 'eligible') return unanswered(rs, situation, amountFacts(inc));
  const open = new Set(result.reasons.filter((r) => r.met === null).map((r) => r.condition));
  const facts = new Set<AnswerKey>();
  for (const c of inc.conditions) if (open.has(c.id)) factsOf(c, facts);
  return unanswered(rs, situation, facts);
}

/** What one evaluation day says about the period's grant; `undefined`: not entitled that day, look further back. */
function grantOn(day: Day | null, id: string): Grant | undefined {
  const result = day?.results.get(id);
  if (day === null || result === undefined || result.outcome === 'not-eligible') return undefined;
  if (result.outcome === 'unknown') return { granted: null, missing: missingAnswers(day.ruleSet, day.situation, result), rate: undefined };
  const entitlement = result.entitlement;
  const spec = incentiveOf(day.ruleSet, id)?.entitlement;
  if (entitlement === null || spec === undefined) return undefined;
  if (entitlement.per === 'month') {
    const months = spec.period.kind === 'time-credit' ? spec.period.maxMonths : null;
    return { granted: months, missing: [], rate: { amount: entitlement.amount, unit: entitlement.unit, per: 'month' } };
  }
  if (entitlement.amount === null) return { granted: null, missing: missingAnswers(day.ruleSet, day.situation, result), rate: undefined };
  return { granted: entitlement.amount, missing: [], rate: undefined };
}

/**
 * What the period grants, from the situations and rules of its evaluation days from S up to D, the latest first:
 * its last day (up to D), each day in it on which the situation changes, and its first day (from S).
 */
export function grantOf(days: HistoryDays, id: string, period: AccountPeriod, start: string, date: string): Grant {
  const first = period.start > start ? period.start : start;
  const last = period.end === null || period.end > date ? date : period.end;
  if (first > last) return NOTHING;
  let grant = grantOn(days.on(last), id);
  const timeline = days.history.timeline;
  for (let i = timeline.length - 1; grant === undefined && i >= 0; i--) {
    const from = (timeline[i] as History['timeline'][number]).from;
    if (from > first && from < last) grant = grantOn(days.on(from), id);
  }
  if (grant === undefined && first !== last) grant = grantOn(days.on(first), id);
  return grant ?? NOTHING;
}
