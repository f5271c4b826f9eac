/**
 * The walk through the questions, in one place: "ask the engine's next question, take the answer, until there is no
 * next question". The Wegwijzer replays it on every change (src/elements/wegwijzer), and metrics, tests and stories
 * run it for people whose answers are known (`simulateWizard`).
 */
import { evaluate, type Evaluation } from './engine';
import type { RuleSet } from './rule-set-schema';
import { getAnswer, withAnswer, type AnswerKey, type AnswerValue, type Situation } from './situation';

/** More questions than there are answer keys: only a faulty rule set can reach it, and the walk then ends. */
export const MAX_QUESTIONS = 40;

/** What `answerOf` returns for a question nobody has answered yet: the walk stops there (the wizard's open question). */
export const UNANSWERED: unique symbol = Symbol('unanswered');

/** The engine's next question for what is known, never one answered "I don't know"; null when every outcome is decided. */
export type NextQuestion = (situation: Situation, dontKnow: readonly AnswerKey[]) => AnswerKey | null;

export interface Walk {
  /** The questions asked and answered, in order ("I don't know" included; not the open one). */
  readonly asked: readonly AnswerKey[];
  /** The question the walk stopped at because it has no answer yet, or null when every outcome is decided. */
  readonly next: AnswerKey | null;
  /** The answers given on the way. */
  readonly situation: Situation;
  /** The questions answered "I don't know". */
  readonly dontKnow: readonly AnswerKey[];
}

/**
 * Asks until there is no next question. `answerOf` gives the answer to a question: a value, undefined for
 * "I don't know", or UNANSWERED to stop there. A question asked twice ends the walk (it would loop forever).
 */
export function askUntilDone(
  nextQuestion: NextQuestion,
  answerOf: (key: AnswerKey) => AnswerValue | undefined | typeof UNANSWERED,
  start: Situation = {},
): Walk {
  let situation = start;
  const asked: AnswerKey[] = [];
  const dontKnow: AnswerKey[] = [];
  for (let i = 0; i < MAX_QUESTIONS; i++) {
    const key = nextQuestion(situation, dontKnow);
    if (key === null || asked.includes(key)) break;
    const value = answerOf(key);
    if (value === UNANSWERED) return { asked, next: key, situation, dontKnow };
    asked.push(key);
    if (value === undefined) dontKnow.push(key);
    else situation = withAnswer(situation, key, value);
  }
  return { asked, next: null, situation, dontKnow };
}

export interface WizardRun {
  /** The questions asked, in order (an unanswerable one counts as asked, then "I don't know"). */
  readonly asked: readonly AnswerKey[];
  /** The answers given, by question (what the Wegwijzer would store). */
  readonly answers: Readonly<Partial<Record<AnswerKey, AnswerValue>>>;
  /** The questions answered "I don't know". */
  readonly dontKnow: readonly AnswerKey[];
  readonly evaluation: Evaluation;
}

/**
 * What an adaptive wizard would ask a person whose answers we know. A key missing from `answers` is answered
 * "I don't know". Course questions are asked only when `answers.training` is set. With `referralQuestions`, the
 * questions that decide referrals are asked too, as the Wegwijzer does.
 */
export function simulateWizard(
  ruleSet: RuleSet,
  answers: Situation,
  options: { readonly referenceDate: string; readonly referralQuestions?: boolean },
): WizardRun {
  const engineOptions = { referenceDate: options.referenceDate, referralQuestions: options.referralQuestions ?? false };
  const walk = askUntilDone(
    (situation, dontKnow) => evaluate(ruleSet, situation, { ...engineOptions, dontKnow }).nextQuestion,
    (key) => getAnswer(answers, key),
    answers.training !== undefined ? { training: {} } : {},
  );
  const given: Partial<Record<AnswerKey, AnswerValue>> = {};
  for (const key of walk.asked) {
    const value = getAnswer(walk.situation, key);
    if (value !== undefined) given[key] = value;
  }
  return {
    asked: walk.asked,
    answers: given,
    dontKnow: walk.dontKnow,
    evaluation: evaluate(ruleSet, walk.situation, { ...engineOptions, dontKnow: walk.dontKnow }),
  };
}
