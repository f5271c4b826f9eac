/**
 * The rule-set format (rules as data) and its valibot schema. Types are inferred from the schema; only the two
 * recursive shapes (`Expr`, `Formula`) are declared by hand, as valibot requires for recursion, and the schema
 * is checked against them by the compiler.
 *
 * `parseRuleSet(json)` throws an error whose message names the faulty place, e.g.
 * `incentives[2].conditions[1].fact: unknown fact "statuss"`.
 */
import * as v from 'valibot';
import { LANGS, type Expect, type Lang, type SameKeys } from './lang';
import { formatIssues } from './issues';
import { ANSWER_KEYS, FACTS, type AnswerKey, type FactSpec } from './situation';
import { isIsoDate } from './dates';

// ---------------------------------------------------------------- small building blocks

/** A closed object: unknown keys (typos) are errors, with readable messages. */
export function strict<const E extends v.ObjectEntries>(entries: E) {
  return v.strictObject(entries, (i) =>
    i.expected === 'never' ? `unknown key ${i.received}` : i.expected === 'Object' ? `must be an object, got ${i.received}` : 'is missing',
  );
}

const Id = v.pipe(
  v.string('must be a string'),
  v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, (i) => `must be lower-case kebab-case, got ${i.received}`),
);
const ParamName = v.pipe(
  v.string('must be a string'),
  v.regex(/^[a-z0-9]+([.-][a-z0-9]+)*$/, (i) => `must be a lower-case parameter name, got ${i.received}`),
);
export const IsoDate = v.pipe(
  v.string((i) => `must be a date YYYY-MM-DD, got ${i.received}`),
  v.check(isIsoDate, (i) => `must be a real date YYYY-MM-DD, got ${i.received}`),
);
/** Bidi embedding/override/isolate controls are removed: an unclosed override would flip the text shown after it. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
const Text = v.pipe(
  v.string('must be a string'),
  v.transform((s: string) => s.replace(BIDI_CONTROLS, '')),
  v.trim(),
  v.nonEmpty('must not be empty'),
);
const HttpsUrl = v.pipe(v.string('must be a string'), v.url((i) => `must be a URL, got ${i.received}`), v.startsWith('https://', 'must be an https:// URL'));

/** The same text in nl (plain B1 Dutch), en, fr and de: a missing language is an error. */
export const LocalTextSchema = strict({ nl: Text, en: Text, fr: Text, de: Text });
export type LocalText = v.InferOutput<typeof LocalTextSchema>;
export type { Lang } from './lang';
/** A LocalText has exactly the languages of LANGS: adding one there fails to compile here until the schema has it. */
export type LocalTextHasEveryLang = Expect<SameKeys<keyof LocalText, Lang>>;

function template(placeholder: string) {
  const has = (t: string) => t.includes(`{${placeholder}}`);
  return v.pipe(
    LocalTextSchema,
    v.check((t) => LANGS.every((lang) => has(t[lang])), `every language must contain the placeholder {${placeholder}}`),
  );
}

export const SourceSchema = strict({ title: Text, url: HttpsUrl });
export type Source = v.InferOutput<typeof SourceSchema>;

/** Where a rule comes from, when it was last checked, and (for UNCERTAIN facts) the decision taken. */
const provenance = {
  source: SourceSchema,
  lastChecked: IsoDate,
  note: v.optional(Text),
};
const validity = {
  validFrom: v.optional(IsoDate),
  validUntil: v.optional(IsoDate),
};

// ---------------------------------------------------------------- expressions (conditions)

export interface Leaf {
  readonly fact: AnswerKey;
  readonly is?: string | boolean | undefined;
  readonly in?: readonly string[] | undefined;
  readonly gte?: number | undefined;
  readonly gt?: number | undefined;
  readonly lte?: number | undefined;
  readonly lt?: number | undefined;
}
export type Expr = Leaf | { readonly all: readonly Expr[] } | { readonly any: readonly Expr[] } | { readonly not: Expr };

const UnknownFact = v.looseObject({
  fact: v.picklist(ANSWER_KEYS, (i) => `unknown fact ${i.received}`),
});

function atLeastOne(keys: readonly string[]) {
  return (o: Record<string, unknown>) => keys.filter((k) => o[k] !== undefined).length >= 1;
}

function leafEntries(fact: AnswerKey, spec: FactSpec): v.ObjectEntries {
  const factLiteral = v.literal(fact);
  if (spec.kind === 'choice') {
    const value = v.picklist(spec.values, (i) => `unknown value ${i.received} for fact "${fact}"; expected one of ${spec.values.join(', ')}`);
    return { fact: factLiteral, is: v.optional(value), in: v.optional(v.pipe(v.array(value, 'must be a list'), v.minLength(1, 'must not be empty'))) };
  }
  if (spec.kind === 'boolean') {
    return { fact: factLiteral, is: v.boolean((i) => `fact "${fact}" is true or false, got ${i.received}`) };
  }
  const n = v.pipe(v.number((i) => `must be a number, got ${i.received}`), v.finite('must be finite'));
  return { fact: factLiteral, gte: v.optional(n), gt: v.optional(n), lte: v.optional(n), lt: v.optional(n) };
}

function leafCheck(fact: AnswerKey, spec: FactSpec) {
  if (spec.kind === 'choice') {
    return v.check<Record<string, unknown>, string>(
      (o) => (o['is'] === undefined) !== (o['in'] === undefined),
      `a condition on "${fact}" needs exactly one of "is" or "in"`,
    );
  }
  if (spec.kind === 'number') {
    return v.check<Record<string, unknown>, string>(atLeastOne(['gte', 'gt', 'lte', 'lt']), `a condition on "${fact}" needs one of "gte", "gt", "lte" or "lt"`);
  }
  return v.check<Record<string, unknown>, string>(() => true, '');
}

const FORMS = ['fact', 'all', 'any', 'not'] as const;

function formOf(input: unknown): (typeof FORMS)[number] | null {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return null;
  const present = FORMS.filter((k) => k in input);
  return present.length === 1 ? (present[0] ?? null) : null;
}

const formCache = new Map<string, v.GenericSchema>();

/** The schema of one expression, chosen by its form; `meta` adds the entries of a top-level condition. */
function exprForm(input: unknown, meta: v.ObjectEntries | null, cacheKey: string): v.GenericSchema {
  const form = formOf(input);
  const base = meta ?? {};
  const closed = (entries: v.ObjectEntries) => strict({ ...base, ...entries });
  if (form === null) {
    return v.pipe(
      v.unknown(),
      v.check(() => false, (i) => {
        const keys = i.input !== null && typeof i.input === 'object' ? FORMS.filter((k) => k in (i.input as object)) : [];
        return keys.length > 1
          ? `a condition has exactly one of "fact", "all", "any" or "not", got ${keys.map((k) => `"${k}"`).join(' and ')}`
          : `must be a condition with one of "fact", "all", "any" or "not"`;
      }),
    );
  }
  if (form === 'fact') {
    const fact = (input as { fact: unknown }).fact;
    if (typeof fact !== 'string' || !(ANSWER_KEYS as readonly string[]).includes(fact)) return UnknownFact;
    const key = `${cacheKey}:fact:${fact}`;
    let schema = formCache.get(key);
    if (!schema) {
      const spec = FACTS[fact as AnswerKey];
      schema = v.pipe(closed(leafEntries(fact as AnswerKey, spec)), leafCheck(fact as AnswerKey, spec)) as v.GenericSchema;
      formCache.set(key, schema);
    }
    return schema;
  }
  const key = `${cacheKey}:${form}`;
  let schema = formCache.get(key);
  if (!schema) {
    const list = v.pipe(v.array(ExprSchema, 'must be a list of conditions'), v.minLength(1, 'must not be empty'));
    schema = closed(form === 'not' ? { not: ExprSchema } : { [form]: list });
    formCache.set(key, schema);
  }
  return schema;
}

export const ExprSchema: v.GenericSchema<Expr> = v.lazy((input) => exprForm(input, null, 'expr') as v.GenericSchema<Expr>);

// ---------------------------------------------------------------- formulas (entitlement amounts)

export type Formula =
  | number
  | { readonly fact: AnswerKey }
  | { readonly param: string }
  | { readonly multiply: readonly Formula[] }
  | { readonly add: readonly Formula[] }
  | { readonly min: readonly Formula[] }
  | { readonly max: readonly Formula[] };

const NUMBER_FACTS = ANSWER_KEYS.filter((k) => FACTS[k].kind === 'number');
const FORMULA_FORMS = ['fact', 'param', 'multiply', 'add', 'min', 'max'] as const;

export const FormulaSchema: v.GenericSchema<Formula> = v.lazy((input) => {
  if (typeof input === 'number') return v.pipe(v.number(), v.finite('must be finite'));
  const present =
    input !== null && typeof input === 'object' && !Array.isArray(input) ? FORMULA_FORMS.filter((k) => k in input) : [];
  const list = v.pipe(v.array(FormulaSchema, 'must be a list of formulas'), v.minLength(1, 'must not be empty'));
  switch (present.length === 1 ? present[0] : undefined) {
    case 'fact':
      return strict({
        fact: v.picklist(NUMBER_FACTS, (i) => (ANSWER_KEYS as readonly unknown[]).includes(i.input) ? `fact ${i.received} is not a number` : `unknown fact ${i.received}`),
      });
    case 'param':
      return strict({ param: ParamName });
    case 'multiply':
      return strict({ multiply: list });
    case 'add':
      return strict({ add: list });
    case 'min':
      return strict({ min: list });
    case 'max':
      return strict({ max: list });
    default:
      return v.pipe(
        v.unknown(),
        v.check(() => false, 'must be a number or a formula with one of "fact", "param", "multiply", "add", "min" or "max"'),
      );
  }
}) as v.GenericSchema<Formula>;

// ---------------------------------------------------------------- conditions, incentives, referrals

const ConditionMetaSchema = v.object({
  id: Id,
  text: strict({ met: LocalTextSchema, notMet: LocalTextSchema, unknown: LocalTextSchema }),
  ...provenance,
  ...validity,
  /** "What would change it": the answers the engine may change for a counterfactual, and the text (with {entitlement}). */
  counterfactual: v.optional(
    strict({
      answers: v.pipe(v.array(v.picklist(ANSWER_KEYS, (i) => `unknown answer key ${i.received}`)), v.minLength(1, 'must not be empty')),
      text: template('entitlement'),
    }),
  ),
});
const conditionMetaEntries = ConditionMetaSchema.entries;
export type ConditionMeta = v.InferOutput<typeof ConditionMetaSchema>;
/** A top-level condition of an incentive: an expression plus its id, reason texts and provenance. */
export type Condition = ConditionMeta & Expr;

export const ConditionSchema: v.GenericSchema<Condition> = v.lazy(
  (input) => exprForm(input, conditionMetaEntries, 'condition') as v.GenericSchema<Condition>,
);

export const UNITS = ['EUR', 'hours', 'days', 'months', 'cheques'] as const;
export const PERIOD_KINDS = ['school-year', 'calendar-year', 'six-years', 'career', 'time-credit'] as const;
export type Unit = (typeof UNITS)[number];
export type PeriodKind = (typeof PERIOD_KINDS)[number];

const VariantSchema = strict({
  id: Id,
  when: v.optional(ExprSchema),
  ...validity,
  amount: FormulaSchema,
  /** Applied only when the situation holds a training: the amount is at most this (e.g. the contact hours). */
  capWithTraining: v.optional(FormulaSchema),
  note: v.optional(Text),
});

const PeriodSchema = v.variant('kind', [
  strict({ kind: v.literal('school-year') }),
  strict({ kind: v.literal('calendar-year') }),
  strict({ kind: v.literal('six-years') }),
  strict({ kind: v.literal('career') }),
  strict({ kind: v.literal('time-credit'), maxMonths: v.pipe(v.number(), v.integer(), v.minValue(1)) }),
], (i) => `unknown period kind ${i.received}; expected one of ${PERIOD_KINDS.join(', ')}`);

const EntitlementSpecSchema = strict({
  unit: v.picklist(UNITS, (i) => `unknown unit ${i.received}; expected one of ${UNITS.join(', ')}`),
  /** A rate: the amount is paid per month (e.g. the VOK premium) for the period. */
  per: v.optional(v.literal('month')),
  period: PeriodSchema,
  /** How the amount reads, with {amount}, e.g. "{amount} uur Vlaams opleidingsverlof per schooljaar". */
  label: template('amount'),
  /** Which courses qualify and other details, in plain language. */
  scope: LocalTextSchema,
  /** The first variant that applies gives the amount; the last one must always apply. */
  variants: v.pipe(
    v.array(VariantSchema, 'must be a list'),
    v.minLength(1, 'must not be empty'),
    v.check((vs) => {
      const last = vs[vs.length - 1];
      return last !== undefined && last.when === undefined && last.validFrom === undefined && last.validUntil === undefined;
    }, 'the last variant must always apply (no "when", "validFrom" or "validUntil")'),
  ),
  ...provenance,
});

/** The most periods a lot may carry over: beyond ten, a right is no longer "saved for a while" but kept for good. */
export const MAX_CARRY_OVER_PERIODS = 10;

/**
 * Account parameters of one incentive (account-rules.md §3): how its lots carry over, the cap on what can be saved,
 * and whether a balance stays usable when the person's status changes. Absent keys are the defaults of today's
 * rules: no carry-over, no cap, not portable. Every choice is a decision: its source and a note are required.
 */
export const AccountParametersSchema = strict({
  /** A lot expires at the end of the `periods`-th period after its own (0: at the end of its own period). */
  carryOver: v.optional(
    strict({
      periods: v.pipe(
        v.number((i) => `must be a whole number from 0 to ${MAX_CARRY_OVER_PERIODS}, got ${i.received}`),
        v.integer((i) => `must be a whole number from 0 to ${MAX_CARRY_OVER_PERIODS}, got ${i.received}`),
        v.minValue(0, (i) => `must be a whole number from 0 to ${MAX_CARRY_OVER_PERIODS}, got ${i.received}`),
        v.maxValue(MAX_CARRY_OVER_PERIODS, (i) => `must be a whole number from 0 to ${MAX_CARRY_OVER_PERIODS}, got ${i.received}`),
      ),
    }),
  ),
  /** The most that the alive lots together may hold, in the balance unit; a credit above it is capped off. */
  cap: v.optional(
    v.pipe(
      v.number((i) => `must be a number more than 0, got ${i.received}`),
      v.finite((i) => `must be a number more than 0, got ${i.received}`),
      v.gtValue(0, (i) => `must be a number more than 0, got ${i.received}`),
    ),
  ),
  /** `true`: alive lots stay usable whatever the status on the reference date (phase 3.2 meeneembaarheid). */
  portable: v.optional(v.boolean((i) => `must be true or false, got ${i.received}`)),
  source: SourceSchema,
  note: Text,
});
export type AccountParameters = v.InferOutput<typeof AccountParametersSchema>;

export const IncentiveSchema = strict({
  id: Id,
  pillar: v.picklist(['money', 'time'], (i) => `unknown pillar ${i.received}; expected money or time`),
  name: LocalTextSchema,
  conditions: v.pipe(v.array(ConditionSchema, 'must be a list'), v.minLength(1, 'must not be empty')),
  entitlement: EntitlementSpecSchema,
  account: v.optional(AccountParametersSchema),
});

export const ReferralSchema = strict({
  id: Id,
  name: LocalTextSchema,
  /** Why it is shown, in plain language. */
  text: LocalTextSchema,
  url: HttpsUrl,
  when: ExprSchema,
  ...provenance,
});

/** A parameter is an amount, a number of hours or days, or a share: never below 0 (the policy lab edits them). */
const ParameterSchema = strict({
  value: v.pipe(
    v.number((i) => `must be a number, got ${i.received}`),
    v.finite((i) => `must be a finite number, got ${i.received}`),
    v.minValue(0, (i) => `must be 0 or more, got ${i.received}`),
  ),
  unit: v.optional(Text),
  description: Text,
  ...provenance,
});

const Amount = v.union([v.pipe(v.number(), v.finite()), strict({ param: ParamName })], 'must be a number or {"param": name}');

/** Explanation keys that `netCost` may return; their texts live in the rule set. */
export const NET_COST_EXPLANATIONS = [
  'cheques-half',
  'cheques-basic-skills',
  'cheques-limited-by-balance',
  'cheques-employer-paid',
  'cheques-not-registered',
  'cheques-no-balance',
  'kmo-share',
  'kmo-better-than-cheques',
  'cheques-better-than-kmo',
  'leave-usable',
  'leave-limited-by-balance',
  'leave-not-registered',
  'leave-no-balance',
  'nothing-covered',
] as const;
export type NetCostExplanation = (typeof NET_COST_EXPLANATIONS)[number];

const NetCostSchema = strict({
  cheques: strict({ incentive: Id, share: Amount, basicSkillsShare: Amount, basicSkillsCap: Amount }),
  kmo: strict({ incentive: Id, share: Amount }),
  leave: strict({ incentive: Id }),
  explanations: v.strictObject(
    Object.fromEntries(NET_COST_EXPLANATIONS.map((k) => [k, LocalTextSchema])) as Record<NetCostExplanation, typeof LocalTextSchema>,
    (i) => (i.expected === 'never' ? `unknown explanation key ${i.received}` : i.expected === 'Object' ? 'must be an object' : 'is missing'),
  ),
});

// ---------------------------------------------------------------- the rule set and its cross-references

/** `adopted` (the default when absent): law, selected by date. `planned`: announced, never in force (account-rules.md §5). */
export const RULE_SET_STATUSES = ['adopted', 'planned'] as const;
export type RuleSetStatus = (typeof RULE_SET_STATUSES)[number];

const RuleSetObjectSchema = strict({
  id: v.pipe(v.string(), v.regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, (i) => `must be a rule-set id like "2025-26", got ${i.received}`)),
  effectiveFrom: IsoDate,
  title: LocalTextSchema,
  lastChecked: IsoDate,
  status: v.optional(v.picklist(RULE_SET_STATUSES, (i) => `unknown status ${i.received}; expected adopted or planned`)),
  /** A phase-3.2 scenario: rules to compare, never in force; it replaces the rules for every day when chosen. */
  scenario: v.optional(v.literal(true, (i) => `must be true (leave it out for a rule set that is not a scenario), got ${i.received}`)),
  /** Where a planned rule set or a scenario comes from (the adopted ones cite a source per rule). */
  source: v.optional(SourceSchema),
  /** What is known, what is not final, and when it was looked up. */
  note: v.optional(Text),
  /** Ties of the next question are broken by this order: every answer key exactly once. */
  questionOrder: v.array(v.picklist(ANSWER_KEYS, (i) => `unknown answer key ${i.received}`)),
  parameters: v.record(ParamName, ParameterSchema),
  incentives: v.pipe(v.array(IncentiveSchema, 'must be a list'), v.minLength(1, 'must not be empty')),
  referrals: v.array(ReferralSchema, 'must be a list'),
  netCost: NetCostSchema,
});

type RuleSetObject = v.InferOutput<typeof RuleSetObjectSchema>;
type PathKey = string | number;
type AddIssue = (path: readonly PathKey[], message: string) => void;

export function walkFormula(f: Formula, visit: (f: Formula) => void): void {
  visit(f);
  if (typeof f === 'object') {
    for (const k of ['multiply', 'add', 'min', 'max'] as const) {
      const list = (f as Record<string, readonly Formula[] | undefined>)[k];
      if (list) for (const g of list) walkFormula(g, visit);
    }
  }
}

export function factsOf(e: Expr, out = new Set<AnswerKey>()): Set<AnswerKey> {
  if ('fact' in e) out.add(e.fact);
  else if ('all' in e) for (const x of e.all) factsOf(x, out);
  else if ('any' in e) for (const x of e.any) factsOf(x, out);
  else factsOf(e.not, out);
  return out;
}

/** A scenario's title says so in every language ("Scenario", "Scénario", "Szenario"), so that it is never read as a right. */
const SCENARIO_TITLE = /^s[cz][eé]nario\b/i;

/** What `status`, `scenario`, `source` and `note` must say together, and the account parameters' period checks. */
function checkStatus(rs: RuleSetObject, add: AddIssue): void {
  if (rs.scenario === true) {
    if (rs.status !== undefined) add(['status'], 'a scenario is neither adopted nor planned: leave "status" out');
    if (rs.source === undefined) add(['source'], 'a scenario needs its source');
    for (const lang of LANGS) {
      if (!SCENARIO_TITLE.test(rs.title[lang])) add(['title', lang], `a scenario's title starts with "Scenario", got ${JSON.stringify(rs.title[lang])}`);
    }
  }
  if (rs.status === 'planned') {
    if (rs.source === undefined) add(['source'], 'a planned rule set needs its source');
    if (rs.note === undefined) add(['note'], 'a planned rule set needs a note saying what is not final');
  }
  rs.incentives.forEach((inc, i) => {
    const period = inc.entitlement.period;
    if (inc.entitlement.per === 'month' && period.kind !== 'time-credit') {
      add(['incentives', i, 'entitlement', 'per'], 'a rate per month needs a "time-credit" period (its maxMonths is the balance in months)');
    }
    if ((inc.account?.carryOver?.periods ?? 0) > 0 && (period.kind === 'career' || period.kind === 'time-credit')) {
      add(['incentives', i, 'account', 'carryOver'], `a lot of a "${period.kind}" period never lapses: carry-over has no meaning`);
    }
  });
}

function crossCheck(rs: RuleSetObject, add: AddIssue): void {
  checkStatus(rs, add);
  const order = rs.questionOrder;
  order.forEach((k, i) => {
    if (order.indexOf(k) !== i) add(['questionOrder', i], `answer key "${k}" is listed twice`);
  });
  for (const k of ANSWER_KEYS) if (!order.includes(k)) add(['questionOrder'], `answer key "${k}" is missing`);

  const seen = new Map<string, string>();
  const unique = (id: string, path: PathKey[], what: string) => {
    const before = seen.get(id);
    if (before) add(path, `duplicate id "${id}" (also at ${before})`);
    else seen.set(id, `${what}`);
  };
  const checkParam = (name: string, path: PathKey[]) => {
    if (!Object.prototype.hasOwnProperty.call(rs.parameters, name)) add(path, `unknown parameter "${name}"`);
  };
  const checkWindow = (o: { validFrom?: string | undefined; validUntil?: string | undefined }, path: PathKey[]) => {
    if (o.validFrom && o.validUntil && o.validFrom > o.validUntil) add([...path, 'validUntil'], `is before validFrom ${o.validFrom}`);
  };

  rs.incentives.forEach((inc, i) => {
    unique(inc.id, ['incentives', i, 'id'], `incentives[${i}]`);
    inc.conditions.forEach((c, j) => {
      const path: PathKey[] = ['incentives', i, 'conditions', j];
      unique(c.id, [...path, 'id'], `incentives[${i}].conditions[${j}]`);
      checkWindow(c, path);
      if (c.counterfactual) {
        const used = factsOf(c);
        c.counterfactual.answers.forEach((k, n) => {
          if (!used.has(k)) add([...path, 'counterfactual', 'answers', n], `"${k}" is not used by this condition`);
        });
      }
    });
    inc.entitlement.variants.forEach((variant, j) => {
      const path: PathKey[] = ['incentives', i, 'entitlement', 'variants', j];
      checkWindow(variant, path);
      for (const [field, f] of [['amount', variant.amount], ['capWithTraining', variant.capWithTraining]] as const) {
        if (f === undefined) continue;
        walkFormula(f, (g) => {
          if (typeof g === 'object' && 'param' in g) checkParam(g.param, [...path, field]);
        });
      }
    });
  });
  rs.referrals.forEach((r, i) => unique(r.id, ['referrals', i, 'id'], `referrals[${i}]`));

  const ids = new Set(rs.incentives.map((x) => x.id));
  for (const part of ['cheques', 'kmo', 'leave'] as const) {
    const id = rs.netCost[part].incentive;
    if (!ids.has(id)) add(['netCost', part, 'incentive'], `unknown incentive "${id}"`);
  }
  for (const part of ['cheques', 'kmo'] as const) {
    for (const [field, amount] of Object.entries(rs.netCost[part])) {
      if (typeof amount === 'object' && amount !== null && 'param' in amount) checkParam(amount.param, ['netCost', part, field]);
    }
  }
}

export const RuleSetSchema = v.pipe(
  RuleSetObjectSchema,
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const root = dataset.value;
    crossCheck(root, (path, message) =>
      addIssue({
        message,
        path: path.map((key) => ({ type: 'object', origin: 'value', input: root, key, value: undefined })) as never,
      }),
    );
  }),
);

export type RuleSet = v.InferOutput<typeof RuleSetSchema>;
export type Incentive = RuleSet['incentives'][number];
export type Referral = RuleSet['referrals'][number];
export type EntitlementSpec = Incentive['entitlement'];
export type Variant = EntitlementSpec['variants'][number];
export type PeriodSpec = EntitlementSpec['period'];
export type Parameter = RuleSet['parameters'][string];

/** Validates a rule set (from a JSON file or the API). Throws with the faulty place named in the message. */
export function parseRuleSet(json: unknown): RuleSet {
  const result = v.safeParse(RuleSetSchema, json);
  if (!result.success) throw new Error(`invalid rule set: ${formatIssues(result.issues)}`);
  return result.output;
}
