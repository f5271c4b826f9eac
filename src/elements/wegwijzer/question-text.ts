/**
 * One question of the domain's question data (src/domain/rules/questions.json) in one language, as the wizard
 * shows it. Loaded with the engine (wegwijzer.engine.ts): the texts in every language are the largest part of it.
 */
import { getQuestion } from '../../domain/questions';
import { FACTS, type AnswerKey } from '../../domain/situation';
import type { Lang } from '../../domain/lang';
import type { QuestionView } from './questions-view';

export function questionView(key: AnswerKey, lang: Lang): QuestionView {
  const q = getQuestion(key);
  const spec = FACTS[key];
  return {
    key,
    type: q.type,
    text: q.text[lang],
    hint: q.hint[lang],
    options: (q.options ?? []).map((o) => ({ value: String(o.value), label: o.label[lang] })),
    allowDontKnow: q.allowDontKnow,
    whereToFind: q.whereToFind?.[lang],
    unit: q.unit?.[lang],
    min: q.min ?? (spec.kind === 'number' ? spec.min : 0),
    max: q.max ?? (spec.kind === 'number' ? spec.max : 0),
    integer: q.step === 1,
  };
}

