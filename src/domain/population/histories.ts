/**
 * Five plausible years of one person, as an account history (account-rules.md §1), for the policy lab's phase-3.2
 * comparison: a timeline of situations (the person of the population, then a status change now and then) and the
 * uses of the rights they have (take-up rates from `behaviour.json`, each with its source or marked an assumption).
 *
 * Who has a right on a use day is decided by the eligibility engine with today's rules (the adopted rule set in
 * force on that day): the uses are what people do today. The same history is then replayed under today's rules and
 * under a scenario (no behavioural response: `behaviour.json` says why).
 */
import { addDays, addMonths, daysUntil } from '../dates';
import { evaluateOutcomes, selectRuleSet } from '../engine';
import type { History, TimelineEntry, Use } from '../account/types';
import type { RuleSet } from '../rule-set-schema';
import type { Situation } from '../situation';
import { drawJob, personOf, statusGroups, type Known } from './generate';
import { BEHAVIOUR_DATA } from './marginals';
import type { Random } from './random';

/** The issue asks for five years. */
export const OVER_TIME_YEARS = 5;
const DAYS_A_YEAR = 365;
const MONTHS_A_YEAR = 12;

export interface HistoryOptions {
  /** The adopted rule sets: the rules of each day (who has a right when a use is drawn). */
  readonly adopted: readonly RuleSet[];
  /** First day of the histories. */
  readonly start: string;
  readonly years: number;
}

/** The first and last day of the histories: from the first adopted rule set, `years` years (S to D, §2). */
export function horizonOf(adopted: readonly RuleSet[], years = OVER_TIME_YEARS): { start: string; end: string } {
  const start = [...adopted].map((rs) => rs.effectiveFrom).sort()[0];
  if (start === undefined) throw new RangeError('horizonOf: at least one adopted rule set is needed');
  return { start, end: addDays(addMonths(start, 12 * years), -1) };
}

const round2 = (x: number) => Math.round(x * 100) / 100;
const round1 = (x: number) => Math.round(x * 10) / 10;
const WORKERS: ReadonlySet<string> = new Set(statusGroups.workers);

/** The status after a year, from the yearly transition probabilities of the current one. */
function nextStatus(status: string, random: Random): string {
  const targets = BEHAVIOUR_DATA.transitions.perYear[status];
  if (targets === undefined) return status;
  const u = random.next();
  let sum = 0;
  for (const [target, p] of Object.entries(targets)) {
    sum += p;
    if (u < sum) return target;
  }
  return status;
}

/** The situation on a day: the timeline entry with the latest `from` on or before it. */
function situationOn(timeline: readonly TimelineEntry[], day: string): Situation {
  let found = timeline[0] as TimelineEntry;
  for (const entry of timeline) if (entry.from <= day) found = entry;
  return found.answers;
}

/** The timeline: the person on the first day, then at most one change of status a year, in a random month. */
function timelineOf(person: Situation, random: Random, options: HistoryOptions): TimelineEntry[] {
  const timeline: TimelineEntry[] = [{ from: options.start, answers: person }];
  const known: Known = { residence: person.residence ?? '', status: person.status ?? '', education: person.education ?? '' };
  let current = person;
  for (let year = 0; year < options.years; year++) {
    const status = nextStatus(known.status, random);
    // A change takes effect on the first of a month (as contracts mostly do), never on the first day.
    const day = addMonths(options.start, 12 * year + random.int(1, MONTHS_A_YEAR - 1));
    if (status === known.status) continue;
    const last = timeline[timeline.length - 1] as TimelineEntry;
    // Work experience grows while working (read when the situation changes; between changes it stays as it was).
    const worked = WORKERS.has(known.status) ? daysUntil(day, last.from) / DAYS_A_YEAR : 0;
    known.status = status;
    const next = personOf(
      known,
      drawJob(known, random),
      round1(Math.min(60, (current.experienceYears ?? 0) + worked)),
      current.careerVouchersUsed,
      current.popWithin6Years ?? false,
    );
    timeline.push({ from: day, answers: next });
    current = next;
  }
  return timeline;
}

/** A per-period take-up as a yearly chance: one chance a year to use a right held for six years. */
function yearlyChance(probability: number, periodKind: string): number {
  return periodKind === 'six-years' ? 1 - (1 - probability) ** (1 / 6) : probability;
}

/**
 * The uses: once a year, in a random month, each right the person has that day (under today's rules) is used with
 * its take-up probability, for its share of the entitlement. A right that lasts a career or a time credit (one lot)
 * is used at most once; a cheque right is one cheque, or all of them (`share` is that chance).
 */
function usesOf(timeline: readonly TimelineEntry[], random: Random, options: HistoryOptions, end: string): Use[] {
  const uses: Use[] = [];
  const usedOnce = new Set<string>();
  for (let year = 0; year < options.years; year++) {
    // On the first of a month as well: the engine keeps a plan per reference date, and 60 days in five years keep
    // that cache warm (a random day of the year made a new plan for nearly every use: ten times slower).
    const day = addMonths(options.start, 12 * year + random.int(0, MONTHS_A_YEAR - 1));
    if (day > end) continue;
    const rules = selectRuleSet(options.adopted, day);
    const outcomes = evaluateOutcomes(rules, situationOn(timeline, day), { referenceDate: day });
    outcomes.forEach((result, i) => {
      const takeUp = BEHAVIOUR_DATA.takeUp[result.incentive];
      const spec = rules.incentives[i]?.entitlement;
      if (takeUp === undefined || spec === undefined || result.outcome !== 'eligible' || result.amount === null || result.amount <= 0) return;
      const kind = spec.period.kind;
      const once = kind === 'career' || kind === 'time-credit';
      if (once && usedOnce.has(result.incentive)) return;
      if (!random.chance(yearlyChance(takeUp.probability, kind))) return;
      let amount: number;
      if (spec.per === 'month' && spec.period.kind === 'time-credit') amount = Math.min(12, spec.period.maxMonths) * takeUp.share;
      else if (spec.unit === 'cheques') amount = random.chance(takeUp.share) ? result.amount : Math.min(1, result.amount);
      else amount = result.amount * takeUp.share;
      amount = round2(amount);
      if (amount <= 0) return;
      if (once) usedOnce.add(result.incentive);
      uses.push({ date: day, incentive: result.incentive, amount });
    });
  }
  return uses;
}

/** The five years of one person (`id` names the history). */
export function historyOf(id: string, person: Situation, random: Random, options: HistoryOptions): History {
  const end = addDays(addMonths(options.start, 12 * options.years), -1);
  const timeline = timelineOf(person, random, options);
  return { id, timeline, uses: usesOf(timeline, random, options, end) };
}
