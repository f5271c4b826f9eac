/**
 * Runtime schemas for every response of the LLR API (api/openapi.yaml, version 1).
 * The exported types are inferred from these schemas; they are not written a second time.
 * Objects ignore unknown keys (forward compatible); enums and formats are checked strictly.
 */
import * as v from 'valibot';
import type { RuleSet as DomainRuleSet } from '../domain/rule-set-schema';
import { LANGS, type Lang } from '../domain/lang';

export { LANGS, type Lang };
export const LangSchema = /* @__PURE__ */ v.picklist(LANGS);

/**
 * Bidirectional embedding/override/isolate controls (U+202A–U+202E, U+2066–U+2069) are removed from API text:
 * an unclosed right-to-left override would flip OUR text after it (e.g. a date or an amount) and disguise it.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
export const stripBidiControls = (text: string): string => text.replace(BIDI_CONTROLS, '');
const NonEmpty = v.pipe(v.string(), v.transform(stripBidiControls), v.minLength(1));
export const DateSchema = v.pipe(v.string(), v.isoDate());
/** RFC 3339 timestamp with a time zone (Z or ±hh:mm), optional fractions. */
export const DateTimeSchema = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/, 'Invalid timestamp'),
);
/** Absolute https: URL only; anything else (javascript:, data:, http:) is an invalid response. */
export const HttpsUrlSchema = v.pipe(v.string(), v.maxLength(2048), v.url(), v.startsWith('https://'));
export const IdSchema = v.pipe(v.string(), v.maxLength(64), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Invalid id'));
/** Open string: the ids of eligibility-rules.md, plus whatever a future rule set adds. */
export const IncentiveIdSchema = IdSchema;
export type IncentiveId = v.InferOutput<typeof IncentiveIdSchema>;
export const RuleSetIdSchema = v.pipe(v.string(), v.regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'Invalid rule-set id'));
export const TrainingIdSchema = v.pipe(v.string(), v.regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'Invalid training id'));

export const PillarSchema = v.picklist(['money', 'time']);
export type Pillar = v.InferOutput<typeof PillarSchema>;
export const UnitSchema = v.picklist(['EUR', 'hours', 'days', 'months', 'cheques']);
export type Unit = v.InferOutput<typeof UnitSchema>;

/**
 * German (`de`) came later than nl, en and fr. Our servers send it with every text; a server from before it does
 * not, and its texts are then shown in Dutch (the source language) on a German page rather than not at all. What
 * the client returns always has all four languages (a catalogue written without `de` does not compile).
 */
export const LocalizedTextSchema = v.pipe(
  v.object({ nl: NonEmpty, en: NonEmpty, fr: NonEmpty, de: v.optional(NonEmpty) }),
  v.transform(({ nl, en, fr, de }) => ({ nl, en, fr, de: de ?? nl })),
);
export type LocalizedText = v.InferOutput<typeof LocalizedTextSchema>;
const StepsSchema = v.pipe(v.array(NonEmpty), v.minLength(1));
export const LocalizedStepsSchema = v.pipe(
  v.object({ nl: StepsSchema, en: StepsSchema, fr: StepsSchema, de: v.optional(StepsSchema) }),
  v.transform(({ nl, en, fr, de }) => ({ nl, en, fr, de: de ?? nl })),
);
export type LocalizedSteps = v.InferOutput<typeof LocalizedStepsSchema>;
export const LinkSchema = v.object({ label: LocalizedTextSchema, url: HttpsUrlSchema });
export type Link = v.InferOutput<typeof LinkSchema>;
export const LegalSourceSchema = v.object({ title: NonEmpty, url: HttpsUrlSchema });
export type LegalSource = v.InferOutput<typeof LegalSourceSchema>;

const LinksSchema = v.pipe(v.array(LinkSchema), v.minLength(1));

export const IncentiveSchema = v.object({
  kind: v.literal('incentive'),
  id: IncentiveIdSchema,
  name: LocalizedTextSchema,
  summary: LocalizedTextSchema,
  howToApply: LocalizedStepsSchema,
  links: LinksSchema,
  pillar: PillarSchema,
  unit: UnitSchema,
  provider: NonEmpty,
  legalSource: LegalSourceSchema,
});
export type Incentive = v.InferOutput<typeof IncentiveSchema>;

export const ReferralSchema = v.object({
  kind: v.literal('referral'),
  id: IncentiveIdSchema,
  name: LocalizedTextSchema,
  summary: LocalizedTextSchema,
  howToApply: LocalizedStepsSchema,
  links: LinksSchema,
  provider: NonEmpty,
  legalSource: v.optional(LegalSourceSchema),
});
export type Referral = v.InferOutput<typeof ReferralSchema>;

export const CatalogueEntrySchema = v.variant('kind', [IncentiveSchema, ReferralSchema]);
export type CatalogueEntry = v.InferOutput<typeof CatalogueEntrySchema>;

export const CatalogueSchema = v.object({
  updatedAt: DateTimeSchema,
  incentives: v.array(IncentiveSchema),
  referrals: v.array(ReferralSchema),
});
export type Catalogue = v.InferOutput<typeof CatalogueSchema>;

export const RuleSetSummarySchema = v.object({ id: RuleSetIdSchema, effectiveFrom: DateSchema });
export type RuleSetSummary = v.InferOutput<typeof RuleSetSummarySchema>;
export const RuleSetIndexSchema = v.object({ ruleSets: v.array(RuleSetSummarySchema) });
export type RuleSetIndex = v.InferOutput<typeof RuleSetIndexSchema>;

/**
 * A rule-set document is validated by the eligibility engine's own schema (src/domain/rule-set-schema.ts, the
 * single definition of the format, including its cross references), so what the client returns can be given to
 * the engine as is, and a rule set the engine cannot evaluate is an 'invalid-response', not a crash later.
 * The client loads that schema lazily (dynamic import) so elements that never fetch rule sets don't carry it.
 */
export type RuleSet = DomainRuleSet;
export const loadRuleSetSchema = (): Promise<v.GenericSchema<unknown, RuleSet>> =>
  import('../domain/rule-set-schema').then(
    (m) => v.pipe(v.unknown(), v.transform(withGermanFromDutch), m.RuleSetSchema) as v.GenericSchema<unknown, RuleSet>,
  );

/**
 * A rule set's texts carry `de` only when German was asked for (`Accept-Language: de`): the format is closed, and
 * clients from before German reject a key they do not know, so they must never get one. The engine's schema wants
 * every language in every text; a text without `de` gets the Dutch one, which a page in nl, en or fr never shows
 * (and a German page only when a server from before German answered). Changes the freshly parsed JSON in place.
 */
export function withGermanFromDutch(json: unknown): unknown {
  const pending: unknown[] = [json];
  while (pending.length > 0) {
    const node = pending.pop();
    if (node === null || typeof node !== 'object') continue;
    const values: unknown[] = Array.isArray(node) ? node : Object.values(node);
    const text = node as Record<string, unknown>;
    if (!Array.isArray(node) && typeof text['nl'] === 'string' && typeof text['en'] === 'string' && typeof text['fr'] === 'string') {
      if (!Object.hasOwn(text, 'de')) text['de'] = text['nl'];
      continue;
    }
    for (const value of values) pending.push(value);
  }
  return json;
}

export const PeriodSchema = v.object({ start: DateSchema, end: v.nullable(DateSchema), label: NonEmpty });
export type Period = v.InferOutput<typeof PeriodSchema>;
export const DataSourceSchema = v.object({ name: NonEmpty, lastUpdated: DateTimeSchema });
export type DataSource = v.InferOutput<typeof DataSourceSchema>;
const Amount = v.pipe(v.number(), v.finite(), v.minValue(0));

export const EntitlementStatusSchema = v.picklist(['active', 'used-up', 'expired', 'pending']);
export type EntitlementStatus = v.InferOutput<typeof EntitlementStatusSchema>;
export const EntitlementSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(128)),
  incentive: IncentiveIdSchema,
  pillar: PillarSchema,
  period: PeriodSchema,
  granted: Amount,
  used: Amount,
  remaining: Amount,
  unit: UnitSchema,
  lapsesOn: v.nullable(DateSchema),
  provider: NonEmpty,
  dataSource: DataSourceSchema,
  /** A premium paid per month while the right runs (VOK): the balance then counts months. */
  rate: v.optional(v.object({ amount: Amount, unit: UnitSchema, per: v.literal('month') })),
  status: EntitlementStatusSchema,
  /** `false`: the balance exists but cannot be used now (e.g. the person's status changed); absent: usable. */
  usable: v.optional(v.boolean()),
  /** Why it cannot be used now: the outcome on the reference date and the rules' reasons in plain words. */
  notUsable: v.optional(
    v.object({
      outcome: v.picklist(['not-eligible', 'unknown', 'not-offered']),
      reasons: v.array(NonEmpty),
    }),
  ),
  /** The lot of an earlier period that still lives (carry-over). */
  carriedOver: v.optional(v.boolean()),
  /** What a cap took off this lot when it was credited. */
  cappedOff: v.optional(Amount),
});
export type Entitlement = v.InferOutput<typeof EntitlementSchema>;

/** One line of what happened to a balance: credited, capped off, used, lapsed. */
export const WalletHistoryEntrySchema = v.object({
  date: DateSchema,
  incentive: IncentiveIdSchema,
  kind: v.picklist(['credit', 'cap', 'use', 'lapse']),
  /** `null`: a credit whose amount depends on a missing answer. */
  amount: v.nullable(Amount),
});
export type WalletHistoryEntry = v.InferOutput<typeof WalletHistoryEntrySchema>;

const OutcomeAmountSchema = v.nullable(
  v.object({
    outcome: v.picklist(['eligible', 'not-eligible', 'unknown']),
    amount: v.nullable(Amount),
    unit: UnitSchema,
    per: v.optional(v.literal('month')),
  }),
);

/** A dated change: how a rule set that takes effect soon treats the person's situation of today. */
export const WalletUpcomingSchema = v.object({
  date: DateSchema,
  incentive: IdSchema,
  /** The incentive's name in the response language (a planned one is not in the catalogue). */
  name: NonEmpty,
  before: OutcomeAmountSchema,
  after: OutcomeAmountSchema,
  ruleSet: RuleSetIdSchema,
  /** `planned`: announced, not final: never a right. */
  status: v.picklist(['adopted', 'planned']),
  source: v.optional(LegalSourceSchema),
});
export type WalletUpcoming = v.InferOutput<typeof WalletUpcomingSchema>;

/** Data that does not add up (e.g. more used than there was), shown and never hidden. */
export const WalletIssueSchema = v.object({
  kind: v.picklist(['overdrawn', 'before-start']),
  date: DateSchema,
  incentive: IncentiveIdSchema,
  amount: Amount,
});
export type WalletIssue = v.InferOutput<typeof WalletIssueSchema>;

export const SourceStatusSchema = v.object({
  name: NonEmpty,
  status: v.picklist(['ok', 'unavailable']),
  incentives: v.array(IncentiveIdSchema),
});
export type SourceStatus = v.InferOutput<typeof SourceStatusSchema>;

export const WalletSchema = v.object({
  generatedAt: DateTimeSchema,
  referenceDate: DateSchema,
  ruleSet: v.optional(RuleSetIdSchema),
  entitlements: v.array(EntitlementSchema),
  referrals: v.pipe(
    v.array(IncentiveIdSchema),
    v.check((ids) => new Set(ids).size === ids.length, 'Duplicate referral ids'),
  ),
  sources: v.array(SourceStatusSchema),
  history: v.optional(v.array(WalletHistoryEntrySchema)),
  upcoming: v.optional(v.array(WalletUpcomingSchema)),
  issues: v.optional(v.array(WalletIssueSchema)),
});
export type Wallet = v.InferOutput<typeof WalletSchema>;

export const TrainingSchema = v.object({
  id: TrainingIdSchema,
  title: NonEmpty,
  provider: NonEmpty,
  registered: v.boolean(),
  odbNumber: v.optional(v.nullable(v.string())),
  contactHours: Amount,
  cost: Amount,
  higherEducation: v.boolean(),
  basicSkills: v.boolean(),
  url: HttpsUrlSchema,
});
export type Training = v.InferOutput<typeof TrainingSchema>;

export const ProblemSchema = v.looseObject({
  type: v.string(),
  title: NonEmpty,
  status: v.pipe(v.number(), v.integer(), v.minValue(400), v.maxValue(599)),
  detail: NonEmpty,
  instance: v.optional(v.string()),
});
export type Problem = v.InferOutput<typeof ProblemSchema>;
