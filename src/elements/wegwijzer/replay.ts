/**
 * Replays the path through the questions from the start (see wizard-state.ts for why). Part of the on-demand
 * runtime, as it builds the situation with the domain's `withAnswer`.
 */
import { withAnswer, type AnswerKey, type Situation } from '../../domain/situation';
import { MAX_QUESTIONS, type NextQuestion, type Replay, type WizardAnswers } from './wizard-state';

export function replay(state: WizardAnswers, nextQuestion: NextQuestion): Replay {
  let situation: Situation = {};
  const path: AnswerKey[] = [];
  const skipped: AnswerKey[] = [];
  const dontKnow = new Set(state.dontKnow);
  for (let i = 0; i < MAX_QUESTIONS; i++) {
    const key = nextQuestion(situation, skipped);
    // A question asked twice would loop forever: treat it as the end of the questions.
    if (key === null || path.includes(key)) return { path, next: null, situation, skipped };
    if (dontKnow.has(key)) {
      path.push(key);
      skipped.push(key);
      continue;
    }
    const value = state.answers[key];
    if (value === undefined) return { path, next: key, situation, skipped };
    path.push(key);
    situation = withAnswer(situation, key, value);
  }
  return { path, next: null, situation, skipped };
}
