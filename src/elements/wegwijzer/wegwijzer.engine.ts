/**
 * What the Wegwijzer loads with the rule set, in parallel with it: the eligibility engine, the questions in every
 * language and the situation model (most of the Wegwijzer's weight, and of no use before the rule set is there),
 * and the <llr-incentive-card> its result shows. Pure functions over them; the element (wegwijzer.ts) keeps the
 * state and renders.
 */
import '../incentive-card/define';
import { evaluate, evaluateExpression, type Evaluation } from '../../domain/engine';
import { askUntilDone, UNANSWERED } from '../../domain/simulate';
import { getAnswer, isAnswerKey, parseSituation, withAnswer, type AnswerKey, type AnswerValue, type Situation } from '../../domain/situation';
import { factsOf } from '../../domain/rule-set-schema';
import type { RuleSet } from '../../domain/rule-set-schema';
import type { Catalogue, UsageEvent } from '../../api';
import type { Lang } from '../../domain/lang';
import type { QuestionView } from './questions-view';
import { DONT_KNOW, type FieldError, type Replay, type StepId, type WizardAnswers } from './wizard-state';
import type { StoredRaw } from './storage';

export { questionView };

import { questionView } from './question-text';
import { buildResult, outcomeIds, type ResultModel } from './result-view';

export { outcomeIds };

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

/**
 * Whether `key` is asked only to choose where to send the citizen: every incentive is decided by the answers
 * before it. Then "Ik weet het niet" is always offered (a citizen who does not know their diploma must not be
 * stuck on a question that decides no right), and the result shows the referrals that fit every answer.
 */
export function askedOnlyForReferrals(run: Replay, key: AnswerKey, ruleSet: RuleSet, referenceDate: string): boolean {
  const index = run.asked.indexOf(key);
  const before = index >= 0 ? run.asked.slice(0, index) : run.asked;
  let situation: Situation = {};
  for (const k of before) {
    const value = getAnswer(run.situation, k);
    if (value !== undefined) situation = withAnswer(situation, k, value);
  }
  const dontKnow = run.dontKnow.filter((k) => before.includes(k));
  return evaluate(ruleSet, situation, { referenceDate, dontKnow }).nextQuestion === null;
}

/** The question as the wizard shows it at this point of the path (see askedOnlyForReferrals). */
export function questionOnPath(run: Replay, key: AnswerKey, ruleSet: RuleSet, referenceDate: string, lang: Lang): QuestionView {
  const view = questionView(key, lang);
  return view.allowDontKnow || !askedOnlyForReferrals(run, key, ruleSet, referenceDate) ? view : { ...view, allowDontKnow: true };
}

/**
 * The result page's content. Besides the referrals that hold, the ones left open only by an "Ik weet het niet"
 * (e.g. career guidance, which depends on the diploma) are shown too: they fit one of the answers the citizen
 * could give, and a referral is advice, not a right.
 */
export function resultOf(run: Replay, ruleSet: RuleSet, catalogue: Catalogue, referenceDate: string, lang: Lang): ResultModel {
  const evaluation = evaluatePath(run, ruleSet, referenceDate);
  const dontKnow = new Set(run.dontKnow);
  const possible = ruleSet.referrals
    .filter((r) => !evaluation.referrals.includes(r.id) && evaluateExpression(r.when, run.situation) === null)
    .filter((r) => [...factsOf(r.when)].every((k) => dontKnow.has(k) || getAnswer(run.situation, k) !== undefined))
    .map((r) => r.id);
  return buildResult({ ...evaluation, referrals: [...evaluation.referrals, ...possible] }, ruleSet, catalogue, run.dontKnow, lang);
}

/** The usage signal of a completed run: every incentive's outcome and the referrals the result shows (ids only). */
export function completedSignal(run: Replay, ruleSet: RuleSet, catalogue: Catalogue, referenceDate: string): UsageEvent {
  const outcomes = outcomeIds(evaluatePath(run, ruleSet, referenceDate));
  return { type: 'wegwijzer-completed', outcomes, referrals: resultOf(run, ruleSet, catalogue, referenceDate, 'nl').referrals.map((r) => r.id) };
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

export type ParseResult =
  | { readonly ok: true; readonly value: AnswerValue }
  | { readonly ok: false; readonly problem: 'empty' | 'not-a-number' | 'not-whole' | 'out-of-range' };

/**
 * Reads a number the way people type it: "80", "80 %", "37,5", "1.250" (nl/fr/de thousands) or "1,250" (en).
 * Lenient on format (GOV.UK: accept spaces and units), strict on meaning.
 */
export function parseNumber(raw: string, view: QuestionView, lang: Lang): ParseResult {
  let s = raw.trim().replace(/[\s\u00a0\u202f]/g, '');
  if (view.unit) s = s.replace(new RegExp(`${escapeRegExp(view.unit.replace(/\s/g, ''))}$`, 'i'), '');
  s = s.replace(/^€|€$|%$/g, '');
  if (s === '') return { ok: false, problem: 'empty' };
  if (lang === 'en') {
    if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) s = s.replace(/,/g, '');
    else s = s.replace(',', '.');
  } else if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) {
    s = s.replace(/\./g, '').replace(',', '.');
  } else {
    s = s.replace(',', '.');
  }
  if (!/^\d+(\.\d+)?$/.test(s)) return { ok: false, problem: 'not-a-number' };
  const n = Number(s);
  if (!Number.isFinite(n)) return { ok: false, problem: 'not-a-number' };
  if (view.integer && !Number.isInteger(n)) return { ok: false, problem: 'not-whole' };
  if (n < view.min || n > view.max) return { ok: false, problem: 'out-of-range' };
  return { ok: true, value: n };
}

/** The value of a chosen radio: a boolean question's "true"/"false" become booleans. */
export function choiceValue(view: QuestionView, raw: string): AnswerValue | undefined {
  if (!view.options.some((o) => o.value === raw)) return undefined;
  if (view.type === 'boolean') return raw === 'true';
  return raw;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
