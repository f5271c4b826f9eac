/**
 * What the Wegwijzer loads with the rule set, in parallel with it: the eligibility engine, the questions in every
 * language and the situation model (most of the Wegwijzer's weight, and of no use before the rule set is there),
 * and the <llr-incentive-card> its result shows. Pure functions over them; the element (wegwijzer.ts) keeps the
 * state and renders.
 */
import '../incentive-card/define';
import { evaluate, type Evaluation } from '../../domain/engine';
import { askUntilDone, UNANSWERED } from '../../domain/simulate';
import { isAnswerKey, parseSituation, withAnswer, type AnswerKey, type AnswerValue } from '../../domain/situation';
import type { RuleSet } from '../../domain/rule-set-schema';
import type { Lang } from '../../domain/lang';
import { choiceValue, parseNumber, type QuestionView } from './questions-view';
import { DONT_KNOW, type FieldError, type Replay, type StepId, type WizardAnswers } from './wizard-state';
import type { StoredRaw } from './storage';

export { buildResult, outcomeIds } from './result-view';
export { questionView } from './question-text';

/** No wrong door: once every incentive is decided, the engine goes on asking what decides the referrals (e.g. a job
 * seeker's region for VDAB, Actiris or Forem). */
const WIZARD_OPTIONS = { referralQuestions: true } as const;

/**
 * The path through the questions, replayed from the start with the answers given so far (see wizard-state.ts for
 * why): the engine names each next question; a question without an answer yet is where the path stops.
 */
export function replay(state: WizardAnswers, ruleSet: RuleSet, referenceDate: string): Replay {
  const dontKnow = new Set(state.dontKnow);
  return askUntilDone(
    (situation, skip) => evaluate(ruleSet, situation, { referenceDate, dontKnow: skip, ...WIZARD_OPTIONS }).nextQuestion,
    (key) => (dontKnow.has(key) ? undefined : (state.answers[key] ?? UNANSWERED)),
  );
}

/** The engine's outcome for the answers on the path. */
export function evaluatePath(run: Replay, ruleSet: RuleSet, referenceDate: string): Evaluation {
  return evaluate(ruleSet, run.situation, { referenceDate, dontKnow: run.dontKnow, ...WIZARD_OPTIONS });
}

/** Whether the domain accepts this answer (the situation model is the single source of valid values). */
export function validAnswer(key: AnswerKey, value: AnswerValue): boolean {
  try {
    parseSituation(withAnswer({}, key, value));
    return true;
  } catch {
    return false;
  }
}

/** Validates the open question on "Doorgaan": an answer value, "I don't know" (value undefined) or an error. */
export function readAnswer(view: QuestionView, draft: string, draftDontKnow: boolean, lang: Lang): { value: AnswerValue | undefined } | FieldError {
  if (view.type === 'number') {
    if (view.allowDontKnow && draftDontKnow) return { value: undefined };
    const parsed = parseNumber(draft, view, lang);
    if (parsed.ok) return validAnswer(view.key, parsed.value) ? { value: parsed.value } : { problem: 'out-of-range' };
    return { problem: parsed.problem };
  }
  if (draft === DONT_KNOW && view.allowDontKnow) return { value: undefined };
  const value = choiceValue(view, draft);
  return value === undefined || !validAnswer(view.key, value) ? { problem: 'choose' } : { value };
}

/** What sessionStorage held, kept only as far as the situation model accepts it (never trusted blindly). */
export function sanitize(stored: StoredRaw): WizardAnswers & { readonly step: StepId | null } {
  const answers: WizardAnswers['answers'] = {};
  for (const [key, value] of Object.entries(stored.answers)) {
    if (isAnswerKey(key) && validAnswer(key, value)) answers[key] = value;
  }
  const dontKnow = stored.dontKnow.filter((k): k is AnswerKey => isAnswerKey(k) && answers[k] === undefined);
  const step = stored.step === 'summary' || stored.step === 'result' || (stored.step !== null && isAnswerKey(stored.step)) ? stored.step : null;
  return { answers, dontKnow, step };
}
