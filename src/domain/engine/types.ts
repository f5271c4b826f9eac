/** What `evaluate` returns, and its options: the engine's public types. */
import type { Period } from '../periods';
import type { LocalText, Unit } from '../rule-set-schema';
import type { AnswerKey, AnswerValue } from '../situation';

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

/** One incentive's outcome and amount only (`evaluateOutcomes`): `amount` is `null` unless eligible, or when unknown. */
export interface IncentiveOutcome {
  readonly incentive: string;
  readonly outcome: Outcome;
  readonly amount: number | null;
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
