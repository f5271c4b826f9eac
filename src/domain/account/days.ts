/**
 * One history's days: the situation in force on a day (§1: the timeline entry with the latest `from` on or before
 * it) with the rules of that day, remembered for the computation (a day is asked about for several incentives and
 * periods), and the engine's outcome for an incentive on it.
 */
import type { IncentiveResult } from '../engine';
import type { RuleSet } from '../rule-set-schema';
import type { Situation } from '../situation';
import { Outcomes } from './outcomes';
import { ruleSetOn, type RuleBook } from './rule-book';
import type { History } from './types';

/** The index of the timeline entry in force on a day; -1 before the first. */
export function entryOn(history: History, date: string): number {
  let found = -1;
  for (let i = 0; i < history.timeline.length && (history.timeline[i] as History['timeline'][number]).from <= date; i++) found = i;
  return found;
}

export interface Day {
  readonly date: string;
  readonly ruleSet: RuleSet;
  /** The timeline entry in force. */
  readonly entry: number;
  readonly situation: Situation;
  /** The engine's result per incentive of the day's rules. */
  readonly results: ReadonlyMap<string, IncentiveResult>;
}

export class HistoryDays {
  private readonly days = new Map<string, Day | null>();
  private readonly outcomes = new Outcomes();

  constructor(
    private readonly book: RuleBook,
    readonly history: History,
  ) {}

  /** The timeline entry (index) and situation in force on a day; `undefined` before the first. */
  situationOn(date: string): { readonly entry: number; readonly situation: Situation } | undefined {
    const entry = entryOn(this.history, date);
    const found = this.history.timeline[entry];
    return found === undefined ? undefined : { entry, situation: found.answers };
  }

  /** The engine's results under other rules (a coming rule set, on its first day) for the situation of a day. */
  resultsUnder(rs: RuleSet, on: { readonly entry: number; readonly situation: Situation }, date: string): ReadonlyMap<string, IncentiveResult> {
    return this.outcomes.resultsOn(rs, on.situation, on.entry, date);
  }

  /** The rules, situation and engine results of a day; `null` without rules or without a situation on it. */
  on(date: string): Day | null {
    let day = this.days.get(date);
    if (day === undefined) {
      const ruleSet = ruleSetOn(this.book, date);
      const on = this.situationOn(date);
      day =
        ruleSet === null || on === undefined
          ? null
          : { date, ruleSet, entry: on.entry, situation: on.situation, results: this.outcomes.resultsOn(ruleSet, on.situation, on.entry, date) };
      this.days.set(date, day);
    }
    return day;
  }
}
