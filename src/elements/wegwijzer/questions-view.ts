/**
 * Turns what the citizen typed or chose into an answer value, and an answer back into text. No question texts
 * or rules live here (those are in question-text.ts, loaded with the engine).
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

export type ParseResult =
  | { readonly ok: true; readonly value: AnswerValue }
  | { readonly ok: false; readonly problem: 'empty' | 'not-a-number' | 'not-whole' | 'out-of-range' };

/**
 * Reads a number the way people type it: "80", "80 %", "37,5", "1.250" (nl/fr thousands) or "1,250" (en).
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
