/**
 * One history's days: the situation in force on a day (§1: the timeline entry with the latest `from` on or before
 * it) and the engine's results for that day, remembered for the computation (a day is asked about for several
 * incentives and periods).
 */
import type { IncentiveResult } from '../engine';
import type { RuleSet } from '../rule-set-schema';
import type { Situation } from '../situation';
import { resultsOn, ruleSetOn, type RuleBook } from './rule-book';
import type { History } from './types';

/** The timeline entry in force on a day; `undefined` before the first. */
export function situationOn(history: History, date: string): Situation | undefined {
  let found: Situation | undefined;
  for (const entry of history.timeline) {
    if (entry.from > date) break;
    found = entry.answers;
  }
  return found;
}

export interface Day {
  readonly ruleSet: RuleSet;
  readonly situation: Situation;
  readonly results: ReadonlyMap<string, IncentiveResult>;
}

export class HistoryDays {
  private readonly days = new Map<string, Day | null>();

  constructor(
    private readonly book: RuleBook,
    readonly history: History,
  ) {}

  /** The situation in force on a day. */
  situationOn(date: string): Situation | undefined {
    return situationOn(this.history, date);
  }

  /** The rules, situation and engine results of a day; `null` without rules or without a situation on it. */
  on(date: string): Day | null {
    let day = this.days.get(date);
    if (day === undefined) {
      const ruleSet = ruleSetOn(this.book, date);
      const situation = situationOn(this.history, date);
      day = ruleSet === null || situation === undefined ? null : { ruleSet, situation, results: resultsOn(ruleSet, situation, date) };
      this.days.set(date, day);
    }
    return day;
  }
}
