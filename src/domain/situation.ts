/**
 * The situation model (eligibility-rules.md §1): what we know of a person and, optionally, of one course.
 * Every answer is optional; a missing answer is unknown, never a default.
 *
 * The valibot schema below is the single source of the model: the `Situation` type is inferred from it, and
 * the fact table (`FACTS`) that the rule-set schema and the engine use is read from it at load time.
 */
import * as v from 'valibot';
import { formatIssues } from './issues';

export const STATUSES = ['employee', 'temporarily-unemployed', 'self-employed', 'jobseeker', 'inactive', 'student'] as const;
export const SECTORS = ['private', 'flemish-public', 'other-public'] as const;
export const RESIDENCES = ['flanders', 'brussels', 'wallonia', 'eu-other', 'other'] as const;
export const WORKPLACES = ['flanders', 'brussels', 'wallonia', 'abroad'] as const;
export const EDUCATION_LEVELS = ['low', 'medium', 'high'] as const;
export const CAREER_VOUCHER_USE = ['never', 'within-6-years', 'longer-ago'] as const;

function choice<const T extends readonly [string, ...string[]]>(values: T) {
  return v.picklist(values, (issue) => `unknown value ${issue.received}; expected one of ${values.join(', ')}`);
}

function yesNo() {
  return v.boolean((issue) => `must be true or false, got ${issue.received}`);
}

function numberFrom(min: number, max: number) {
  const range = `must be a number from ${min} to ${max}`;
  return v.pipe(
    v.number((issue) => `${range}, got ${issue.received}`),
    v.finite((issue) => `${range}, got ${issue.received}`),
    v.minValue(min, (issue) => `${range}, got ${issue.received}`),
    v.maxValue(max, (issue) => `${range}, got ${issue.received}`),
  );
}

function closed<const E extends v.ObjectEntries>(entries: E) {
  const keys = Object.keys(entries).join(', ');
  return v.strictObject(entries, (issue) =>
    issue.expected === 'never' ? `unknown answer key; expected one of ${keys}` : `must be an object, got ${issue.received}`,
  );
}

const TrainingObject = closed({
  registered: v.optional(yesNo()),
  basicSkills: v.optional(yesNo()),
  higherEducation: v.optional(yesNo()),
  contactHours: v.optional(numberFrom(0, 5000)),
  employerPaid: v.optional(yesNo()),
  cost: v.optional(numberFrom(0, 1_000_000)),
});
/** The course (valibot takes an array for an object, so arrays are refused first). */
export const TrainingSchema = v.pipe(
  v.custom<unknown>((x) => !Array.isArray(x), 'must be an object, got an array'),
  TrainingObject,
);

export const SituationSchema = closed({
  status: v.optional(choice(STATUSES)),
  sector: v.optional(choice(SECTORS)),
  residence: v.optional(choice(RESIDENCES)),
  workplace: v.optional(choice(WORKPLACES)),
  education: v.optional(choice(EDUCATION_LEVELS)),
  employmentPercent: v.optional(numberFrom(0, 100)),
  hoursPerWeek: v.optional(numberFrom(0, 80)),
  popWithin6Years: v.optional(yesNo()),
  experienceYears: v.optional(numberFrom(0, 60)),
  careerVouchersUsed: v.optional(choice(CAREER_VOUCHER_USE)),
  employerFte: v.optional(numberFrom(0, 1_000_000)),
  timeCreditTraining: v.optional(yesNo()),
  training: v.optional(TrainingSchema),
});

export type Situation = v.InferOutput<typeof SituationSchema>;
export type Training = v.InferOutput<typeof TrainingSchema>;
export type PersonKey = Exclude<keyof Situation, 'training'>;
export type TrainingKey = `training.${keyof Training & string}`;
/** An answer key: a person fact (`status`) or a course fact (`training.cost`). */
export type AnswerKey = PersonKey | TrainingKey;
export type AnswerValue = string | number | boolean;

export type FactSpec =
  | { readonly kind: 'choice'; readonly values: readonly string[] }
  | { readonly kind: 'boolean' }
  | { readonly kind: 'number'; readonly min: number; readonly max: number };

interface IntrospectedSchema {
  readonly type: string;
  readonly wrapped?: IntrospectedSchema;
  readonly options?: readonly string[];
  readonly pipe?: readonly { readonly type: string; readonly requirement?: unknown }[];
}

function specOf(schema: IntrospectedSchema): FactSpec {
  const inner = schema.type === 'optional' && schema.wrapped ? schema.wrapped : schema;
  if (inner.type === 'picklist' && inner.options) return { kind: 'choice', values: inner.options };
  if (inner.type === 'boolean') return { kind: 'boolean' };
  const min = inner.pipe?.find((a) => a.type === 'min_value')?.requirement;
  const max = inner.pipe?.find((a) => a.type === 'max_value')?.requirement;
  if (typeof min === 'number' && typeof max === 'number') return { kind: 'number', min, max };
  throw new Error(`situation schema: cannot describe fact of type ${inner.type}`);
}

function factTable(): Readonly<Record<AnswerKey, FactSpec>> {
  const table: Partial<Record<string, FactSpec>> = {};
  for (const [key, schema] of Object.entries(SituationSchema.entries)) {
    if (key === 'training') continue;
    table[key] = specOf(schema as IntrospectedSchema);
  }
  for (const [key, schema] of Object.entries(TrainingObject.entries)) {
    table[`training.${key}`] = specOf(schema as IntrospectedSchema);
  }
  return table as Record<AnswerKey, FactSpec>;
}

/** Every answer key with its type and allowed values, read from the situation schema. */
export const FACTS: Readonly<Record<AnswerKey, FactSpec>> = factTable();
export const ANSWER_KEYS = Object.keys(FACTS) as AnswerKey[];
export const PERSON_KEYS = ANSWER_KEYS.filter((k) => !k.startsWith('training.')) as PersonKey[];
export const TRAINING_KEYS = ANSWER_KEYS.filter((k) => k.startsWith('training.')) as TrainingKey[];

export function isAnswerKey(key: string): key is AnswerKey {
  return Object.prototype.hasOwnProperty.call(FACTS, key);
}

function withoutNulls(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v2] of Object.entries(value)) if (v2 !== null) out[k] = withoutNulls(v2);
  return out;
}

/**
 * Validates untrusted answers (CLI input, wizard state, API data). Unknown keys and values out of range are
 * rejected with a message that names the answer, e.g. `employmentPercent: must be a number from 0 to 100,
 * got 120`. A `null` answer is read as "not answered".
 */
export function parseSituation(json: unknown, options: { readonly root?: string } = {}): Situation {
  const root = options.root ?? '';
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    const got = json === null ? 'null' : Array.isArray(json) ? 'an array' : typeof json;
    throw new Error(`${root === '' ? 'the answers' : root} must be an object, got ${got}`);
  }
  const result = v.safeParse(SituationSchema, withoutNulls(json));
  if (!result.success) throw new Error(formatIssues(result.issues, root));
  return result.output;
}

/** Reads one answer; `undefined` when unknown. */
export function getAnswer(situation: Situation, key: AnswerKey): AnswerValue | undefined {
  if (key.startsWith('training.')) {
    const training = situation.training;
    return training === undefined ? undefined : (training as Record<string, AnswerValue | undefined>)[key.slice(9)];
  }
  return (situation as Record<string, AnswerValue | undefined>)[key];
}

/** Returns a copy of the situation with one answer set (or removed with `undefined`). Pure. */
export function withAnswer(situation: Situation, key: AnswerKey, value: AnswerValue | undefined): Situation {
  if (key.startsWith('training.')) {
    const training: Record<string, AnswerValue | undefined> = { ...(situation.training ?? {}) };
    if (value === undefined) delete training[key.slice(9)];
    else training[key.slice(9)] = value;
    return { ...situation, training: training as Training };
  }
  const copy: Record<string, unknown> = { ...situation };
  if (value === undefined) delete copy[key];
  else copy[key] = value;
  return copy as Situation;
}
