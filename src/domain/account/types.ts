/**
 * The account's input and output (account-rules.md §1 and §4). Output objects are plain JSON: the CLI writes them
 * as they are, and the mock API maps them onto the contract. Amounts are rounded to 2 decimals only here, in the
 * output; `null` is an amount that depends on a missing answer.
 */
import type { Outcome, Reason } from '../engine';
import type { RuleSet, Source, Unit } from '../rule-set-schema';
import type { DateRange } from '../dates';
import type { AnswerKey, Situation } from '../situation';

// ---------------------------------------------------------------- input (§1)

/** The person's situation from a day on, until the next entry. */
export interface TimelineEntry {
  readonly from: string;
  /** The 12 person answers (validated by `parseSituation`; a `null` answer is unknown, so absent here). */
  readonly answers: Situation;
}

/** What the sources report as used, in the incentive's balance unit (§2). */
export interface Use {
  readonly date: string;
  readonly incentive: string;
  readonly amount: number;
}

/** A validated account history (`parseHistory`). */
export interface History {
  readonly id: string;
  /** Sorted by `from`, strictly increasing, at least one entry. */
  readonly timeline: readonly TimelineEntry[];
  /** In input order (uses of one day are applied in this order). */
  readonly uses: readonly Use[];
}

export interface AccountOptions {
  /** `YYYY-MM-DD`: the day the account is computed for (D). */
  readonly referenceDate: string;
  /**
   * Every rule set known: the adopted ones choose the rules of each day (`selectRuleSet`); planned ones
   * (`status: "planned"`) only feed `upcoming`; scenarios in this list are ignored.
   */
  readonly ruleSets: readonly RuleSet[];
  /** A phase-3.2 scenario (`scenario: true`): replaces the rules in force for every day of the computation. */
  readonly scenario?: RuleSet | undefined;
}

// ---------------------------------------------------------------- output (§4)

/** What one period credits, and what became of it. */
export interface AccountLot {
  readonly period: DateRange;
  /** `null`: an answer it depends on is missing (`missing` says which); such a lot takes no part in the sums. */
  readonly granted: number | null;
  readonly cappedOff: number;
  readonly used: number;
  readonly remaining: number | null;
  /** The last day it can be used; `null`: never lapses. */
  readonly expires: string | null;
  /** Only when `granted` is `null`: the answers that would decide it, in the rule set's question order. */
  readonly missing?: readonly AnswerKey[];
}

/** Why a balance cannot be used on the reference date (today's rules: not portable, and the person is not eligible). */
export interface NotUsable {
  /** `not-offered`: the rules in force on D have no such incentive any more. */
  readonly outcome: Exclude<Outcome, 'eligible'> | 'not-offered';
  /** The conditions that fail (or are open), with their plain-language texts, from the eligibility engine. */
  readonly reasons: readonly Reason[];
  /** For an `unknown` outcome: the answers that would decide it. */
  readonly missing: readonly AnswerKey[];
}

/** A rate beside a balance in months (e.g. the VOK premium in EUR per month). */
export interface Rate {
  readonly amount: number | null;
  readonly unit: Unit;
  readonly per: 'month';
}

export interface AccountBalance {
  readonly incentive: string;
  /** The balance unit: the entitlement's unit, or `months` for a rate. */
  readonly unit: Unit;
  readonly rate?: Rate;
  readonly usable: boolean;
  /** Sum of what remains in the alive lots when usable, else 0; `null` when a lot's amount is unknown. */
  readonly available: number | null;
  /** What uses dated in the current period could not take from any lot (a data inconsistency, see `issues`). */
  readonly overdrawn: number;
  readonly nextLapse: { readonly date: string; readonly amount: number } | null;
  /** The lots alive on D, by period start. */
  readonly lots: readonly AccountLot[];
  /** Only when not usable. */
  readonly reason?: NotUsable;
}

export type HistoryKind = 'credit' | 'cap' | 'use' | 'lapse';

export interface HistoryEntry {
  readonly date: string;
  readonly incentive: string;
  readonly kind: HistoryKind;
  /** A use: the amount reported. A credit whose amount is unknown: `null`. */
  readonly amount: number | null;
  /** A use only, when more than the balance: the part that no lot could take. */
  readonly overdrawn?: number;
}

export interface OutcomeAmount {
  readonly outcome: Outcome;
  readonly amount: number | null;
  readonly unit: Unit;
  readonly per?: 'month';
}

/** A dated change: how a rule set that takes effect within 12 months treats the person's situation of today. */
export interface UpcomingChange {
  readonly date: string;
  readonly incentive: string;
  /** `null`: the incentive does not exist under today's rules. */
  readonly before: OutcomeAmount | null;
  /** `null`: the incentive no longer exists under the coming rules. */
  readonly after: OutcomeAmount | null;
  readonly ruleSet: string;
  readonly status: 'adopted' | 'planned';
  /** For a planned rule set: where the announcement comes from. */
  readonly source?: Source;
}

export type IssueKind = 'overdrawn' | 'before-start';

/** Data that does not add up, shown and never hidden. */
export interface AccountIssue {
  readonly kind: IssueKind;
  readonly date: string;
  readonly incentive: string;
  /** Index of the use in the input. */
  readonly use: number;
  readonly amount: number;
  readonly message: string;
}

export interface Account {
  readonly id: string;
  readonly date: string;
  /** The rule set in force on D (or the scenario's id); `null` before the first adopted rule set. */
  readonly ruleSet: string | null;
  readonly balances: readonly AccountBalance[];
  readonly history: readonly HistoryEntry[];
  readonly upcoming: readonly UpcomingChange[];
  readonly issues: readonly AccountIssue[];
}
