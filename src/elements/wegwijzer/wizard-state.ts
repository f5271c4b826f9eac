/**
 * The wizard's step logic, pure and DOM-free. The wizard keeps every answer the citizen gave (so "Vorige"
 * and "Wijzig" never lose anything), but the path through the questions is always REPLAYED from the start:
 * at each point the engine names the next question given the answers on the path so far. Answers that are
 * no longer on the path (e.g. the sector after changing the status to "job seeker") stay stored but are not
 * used, so a changed answer can never leave a stale one behind in the result.
 */
import type { AnswerKey, AnswerValue } from '../../domain/situation';
import type { Walk } from '../../domain/simulate';

export type Answers = Partial<Record<AnswerKey, AnswerValue>>;

export interface WizardAnswers {
  /** Every answer given, also those no longer on the path. */
  readonly answers: Answers;
  /** Questions answered with "Ik weet het niet". */
  readonly dontKnow: readonly AnswerKey[];
}

/** The path through the questions for the answers given (wegwijzer.engine.ts: replay): `asked` are the questions on
 * it in order, `next` the first one without an answer (null when every outcome is decided), `situation` the answers
 * on it (only these are evaluated), `dontKnow` those answered "I don't know". */
export type Replay = Walk;

/** A step of the wizard: a question (its answer key), the summary of answers, or the result. */
export type StepId = AnswerKey | 'summary' | 'result';

/** The radio value of "Ik weet het niet". */
export const DONT_KNOW = '__dont-know__';
/** The id of the number input (the error summary links to it). */
export const ANSWER_ID = 'answer';

/** Why the open question's answer was not accepted. */
export interface FieldError {
  readonly problem: 'choose' | 'empty' | 'not-a-number' | 'not-whole' | 'out-of-range';
}

/** Records an answer (or "I don't know" when value is undefined). Pure. */
export function answer(state: WizardAnswers, key: AnswerKey, value: AnswerValue | undefined): WizardAnswers {
  const answers: Answers = { ...state.answers };
  const dontKnow = state.dontKnow.filter((k) => k !== key);
  if (value === undefined) {
    delete answers[key];
    dontKnow.push(key);
  } else {
    answers[key] = value;
  }
  return { answers, dontKnow };
}

/**
 * The step after answering `key`. When the citizen came from the summary ("Wijzig") and nothing new is
 * needed, back to the summary; otherwise the next question on the path (already answered ones are shown
 * again, pre-filled, so going back and forward reviews them), then the first open one, then the summary.
 */
export function stepAfter(run: Replay, key: AnswerKey, editing: boolean): StepId {
  if (editing && run.next === null) return 'summary';
  const index = run.asked.indexOf(key);
  if (index >= 0 && index + 1 < run.asked.length) return run.asked[index + 1] as AnswerKey;
  return run.next ?? 'summary';
}

/** The step before `step` on the current path ("Vorige"), or null on the first question. */
export function stepBefore(run: Replay, step: StepId): StepId | null {
  if (step === 'result') return 'summary';
  if (step === 'summary') return run.asked[run.asked.length - 1] ?? null;
  const index = run.asked.indexOf(step);
  if (index > 0) return run.asked[index - 1] ?? null;
  if (index === 0) return null;
  // The open question (not answered yet) comes right after the path.
  return run.asked[run.asked.length - 1] ?? null;
}

/** Whether a stored step is still reachable with these answers (after a reload or a rule-set change). */
export function isReachable(run: Replay, step: StepId): boolean {
  if (step === 'summary' || step === 'result') return run.next === null;
  return run.asked.includes(step) || run.next === step;
}

/** The 1-based number of a question on the path, for the caption "Vraag 3". */
export function questionNumber(run: Replay, step: AnswerKey): number {
  const index = run.asked.indexOf(step);
  return index >= 0 ? index + 1 : run.asked.length + 1;
}
