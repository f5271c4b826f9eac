/** What an adaptive wizard would ask a person whose answers we know: for metrics, tests and progress hints. */
import { evaluate, type Evaluation } from './engine';
import type { RuleSet } from './rule-set-schema';
import { ANSWER_KEYS, getAnswer, withAnswer, type AnswerKey, type Situation } from './situation';

export interface WizardRun {
  /** The questions asked, in order (an unanswerable one counts as asked, then "I don't know"). */
  readonly asked: readonly AnswerKey[];
  readonly evaluation: Evaluation;
}

/**
 * Runs the loop "next question → answer from `answers` → until no next question". A key missing from
 * `answers` is answered "I don't know". Course questions are asked only when `answers.training` is set.
 */
export function simulateWizard(ruleSet: RuleSet, answers: Situation, options: { readonly referenceDate: string }): WizardRun {
  let situation: Situation = answers.training !== undefined ? { training: {} } : {};
  const asked: AnswerKey[] = [];
  const dontKnow: AnswerKey[] = [];
  for (;;) {
    const evaluation = evaluate(ruleSet, situation, { referenceDate: options.referenceDate, dontKnow });
    const key = evaluation.nextQuestion;
    if (key === null || asked.length > ANSWER_KEYS.length) return { asked, evaluation };
    asked.push(key);
    const value = getAnswer(answers, key);
    if (value === undefined) dontKnow.push(key);
    else situation = withAnswer(situation, key, value);
  }
}
