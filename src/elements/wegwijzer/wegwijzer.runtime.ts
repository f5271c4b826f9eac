/**
 * The part of the Wegwijzer that is loaded on demand, in parallel with the rule set (it is useless without
 * it): the eligibility engine, the question texts, the replayed path, the result page and the incentive card
 * it shows. The element's entry holds only the wizard's frame, so a page pays for this when the wizard runs.
 */
import '../incentive-card/define';
import { isAnswerKey, parseSituation, withAnswer, type AnswerKey, type AnswerValue } from '../../domain/situation';
import type { StoredRaw } from './storage';
import type { StepId, WizardAnswers } from './wizard-state';

export { evaluate } from '../../domain/engine';
export { questionView } from './question-text';
export { buildResult, outcomeIds } from './result-view';
export { renderResult } from './result-page';
export { replay } from './replay';
export { WIZARD_OPTIONS } from './simulate';

/** Whether the domain accepts this answer (the situation model is the single source of valid values). */
export function validAnswer(key: AnswerKey, value: AnswerValue): boolean {
  try {
    parseSituation(withAnswer({}, key, value));
    return true;
  } catch {
    return false;
  }
}

/** Stored answers come from sessionStorage: keep only the answers, "I don't know"s and step the domain accepts. */
export function sanitize(stored: StoredRaw): WizardAnswers & { readonly step: StepId | null } {
  const answers: WizardAnswers['answers'] = {};
  for (const [key, value] of Object.entries(stored.answers)) {
    if (isAnswerKey(key) && validAnswer(key, value)) answers[key] = value;
  }
  const dontKnow = stored.dontKnow.filter((k): k is AnswerKey => isAnswerKey(k) && answers[k] === undefined);
  const step = stored.step === 'summary' || stored.step === 'result' || (stored.step !== null && isAnswerKey(stored.step)) ? stored.step : null;
  return { answers, dontKnow, step };
}
