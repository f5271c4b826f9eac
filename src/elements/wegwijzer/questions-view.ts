/**
 * One question as the wizard shows it, and an answer back into text (the form's draft, the summary). Reading what
 * the citizen typed or chose is checked against the situation model, so it comes with the engine
 * (wegwijzer.engine.ts: readAnswer); the question texts too (question-text.ts).
 */
import type { Question } from '../../domain/questions';
import type { AnswerKey, AnswerValue } from '../../domain/situation';
import type { Lang } from '../../domain/lang';
import { formatNumber } from '../../shared/format';

export interface OptionView {
  /** The radio's value attribute: the answer as a string ("employee", "true"). */
  readonly value: string;
  readonly label: string;
}

export interface QuestionView {
  readonly key: AnswerKey;
  readonly type: Question['type'];
  readonly text: string;
  readonly hint: string;
  readonly options: readonly OptionView[];
  readonly allowDontKnow: boolean;
  readonly whereToFind: string | undefined;
  readonly unit: string | undefined;
  readonly min: number;
  readonly max: number;
  /** Only whole numbers (step 1). */
  readonly integer: boolean;
}

/** The answer as the form shows it: the radio value or the number as typed in this language. */
export function draftOf(view: QuestionView, value: AnswerValue | undefined, lang: Lang): string {
  if (value === undefined) return '';
  if (view.type === 'number' && typeof value === 'number') return formatNumber(value, lang, { grouping: false });
  return String(value);
}


/** How an answer reads in the summary: the option's label, or the number with its unit. */
export function answerLabel(view: QuestionView, value: AnswerValue, lang: Lang): string {
  if (view.type === 'number' && typeof value === 'number') {
    const n = formatNumber(value, lang);
    return view.unit ? `${n} ${view.unit}` : n;
  }
  return view.options.find((o) => o.value === String(value))?.label ?? String(value);
}
