/**
 * The wizard's questions as data (rules/questions.json): one per answer key, in nl, en, fr and de. The Wegwijzer
 * renders only these; it holds no question text itself. Validated at load against the situation model, so a
 * question's options and ranges always match what `parseSituation` accepts.
 */
import * as v from 'valibot';
import { formatIssues } from './issues';
import { LocalTextSchema } from './rule-set-schema';
import { ANSWER_KEYS, FACTS, type AnswerKey, type AnswerValue } from './situation';
import questionsJson from './rules/questions.json';

const OptionSchema = v.strictObject({
  value: v.union([v.string(), v.boolean()], 'must be a string or a boolean'),
  label: LocalTextSchema,
});

const QuestionSchema = v.strictObject({
  type: v.picklist(['choice', 'number', 'boolean'], (i) => `unknown question type ${i.received}`),
  text: LocalTextSchema,
  hint: LocalTextSchema,
  options: v.optional(v.pipe(v.array(OptionSchema), v.minLength(2, 'needs at least 2 options'))),
  min: v.optional(v.number()),
  max: v.optional(v.number()),
  step: v.optional(v.pipe(v.number(), v.gtValue(0, 'must be more than 0'))),
  /** Shown after the number, e.g. "%", "uur". */
  unit: v.optional(LocalTextSchema),
  /** The citizen may answer "I don't know"; the outcome then stays unknown and `whereToFind` says where to look. */
  allowDontKnow: v.boolean(),
  whereToFind: v.optional(LocalTextSchema),
});

export const QuestionsSchema = v.pipe(
  v.strictObject({
    questions: v.strictObject(
      Object.fromEntries(ANSWER_KEYS.map((k) => [k, QuestionSchema])) as Record<AnswerKey, typeof QuestionSchema>,
      (i) => (i.expected === 'never' ? `unknown answer key ${i.received}` : 'must be an object'),
    ),
  }),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    for (const key of ANSWER_KEYS) {
      const q = dataset.value.questions[key];
      const spec = FACTS[key];
      const fail = (message: string) =>
        addIssue({ message, path: [{ type: 'object', origin: 'value', input: dataset.value, key: `questions.${key}`, value: q }] as never });
      if (q.type !== spec.kind) fail(`type must be "${spec.kind}" (as in the situation model)`);
      if (q.allowDontKnow && !q.whereToFind) fail('whereToFind is needed when allowDontKnow is true');
      const values: readonly AnswerValue[] = (q.options ?? []).map((o) => o.value);
      const expected: readonly AnswerValue[] = spec.kind === 'choice' ? spec.values : spec.kind === 'boolean' ? [true, false] : [];
      if (spec.kind !== 'number' && (values.length !== expected.length || !expected.every((x) => values.includes(x)))) {
        fail(`options must be exactly ${expected.map((x) => JSON.stringify(x)).join(', ')}`);
      }
      if (spec.kind === 'number' && (q.min !== spec.min || q.max !== spec.max || q.step === undefined)) {
        fail(`min/max must be ${spec.min}/${spec.max} (as in the situation model) and step is needed`);
      }
    }
  }),
);

export type Question = v.InferOutput<typeof QuestionSchema>;
export type QuestionOption = v.InferOutput<typeof OptionSchema>;

function load(): Readonly<Record<AnswerKey, Question>> {
  const result = v.safeParse(QuestionsSchema, questionsJson);
  if (!result.success) throw new Error(`invalid questions.json: ${formatIssues(result.issues)}`);
  return result.output.questions;
}

/** Every question by answer key. */
export const questions: Readonly<Record<AnswerKey, Question>> = /* @__PURE__ */ load();

export function getQuestion(key: AnswerKey): Question {
  return questions[key];
}
