/**
 * The answers checked against the domain's situation model (the single source of valid values): one answer,
 * or what sessionStorage held. Part of the on-demand runtime (it needs the situation schema).
 */
import { isAnswerKey, parseSituation, withAnswer, type AnswerKey, type AnswerValue } from '../../domain/situation';
import type { StoredRaw } from './storage';
import type { StepId, WizardAnswers } from './wizard-state';

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
