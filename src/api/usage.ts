/**
 * The contract's monitoring schemas (api/openapi.yaml): the anonymous usage signals a widget may send
 * (UsageEvent, in a UsageBatch) and the indicators an analyst reads (Indicators). Used by the mock, the server and
 * the monitor; the citizens' elements import only its types (the module is side-effect free, so their bundles
 * leave it out).
 */
import * as v from 'valibot';
import { DateSchema, DateTimeSchema, IdSchema, IncentiveIdSchema } from './schemas';

/** The embedding site's configured name (`burgerprofiel`, `vdab`): never a URL. */
export const HostIdSchema = v.pipe(v.string(), v.maxLength(32), v.regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, 'Invalid host id'));
const QuestionKeySchema = v.pipe(v.string(), v.maxLength(64), v.regex(/^[a-zA-Z][a-zA-Z0-9]*(\.[a-zA-Z][a-zA-Z0-9]*)?$/, 'Invalid question key'));
const StepSchema = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(50));
export const WALLET_STATES = [
  'loaded',
  'no-rights',
  'partial',
  'login',
  'error-forbidden',
  'error-not-found',
  'error-server',
  'error-unavailable',
  'error-timeout',
  'error-offline',
  'error-invalid-response',
] as const;
export type WalletState = (typeof WALLET_STATES)[number];
/** Up to 32 distinct incentive or referral ids. */
const IncentiveIdsSchema = v.pipe(
  v.array(IncentiveIdSchema),
  v.maxLength(32),
  v.check((ids) => new Set(ids).size === ids.length, 'Duplicate ids'),
);
/** The most events one batch may hold (the contract's UsageBatch). */
export const MAX_BATCH = 50;

/**
 * One anonymous usage signal (api/openapi.yaml, UsageEvent): each type with only its own fields, every object
 * closed, so nothing else (no answer, no text, no identifier, no time) can be sent or accepted.
 * The server and the mock check batches with it; the PURE marks let bundlers drop it from element bundles.
 */
export const UsageEventSchema = /* @__PURE__ */ v.variant('type', [
  v.strictObject({ type: v.picklist(['wegwijzer-started', 'wegwijzer-restarted', 'badge-expanded', 'badge-wegwijzer-followed']) }),
  v.strictObject({ type: v.literal('wegwijzer-question-shown'), question: QuestionKeySchema, step: StepSchema }),
  v.strictObject({ type: v.literal('wegwijzer-question-answered'), question: QuestionKeySchema, step: StepSchema, dontKnow: v.boolean() }),
  v.strictObject({ type: v.literal('wegwijzer-back'), from: QuestionKeySchema }),
  v.strictObject({ type: v.literal('wegwijzer-answer-edited'), question: QuestionKeySchema }),
  v.strictObject({
    type: v.literal('wegwijzer-completed'),
    outcomes: v.strictObject({ eligible: IncentiveIdsSchema, unknown: IncentiveIdsSchema, notEligible: IncentiveIdsSchema }),
    referrals: IncentiveIdsSchema,
  }),
  v.strictObject({ type: v.literal('wegwijzer-referral-followed'), referral: IncentiveIdSchema }),
  v.strictObject({ type: v.literal('wallet-shown'), state: v.picklist(WALLET_STATES) }),
  v.strictObject({ type: v.picklist(['wallet-how-to-opened', 'wallet-history-opened', 'wallet-apply-followed']), incentive: IncentiveIdSchema }),
]);
export type UsageEvent = v.InferOutput<typeof UsageEventSchema>;
export type UsageEventType = UsageEvent['type'];

export const UsageBatchSchema = /* @__PURE__ */ v.strictObject({
  host: HostIdSchema,
  events: v.pipe(v.array(UsageEventSchema), v.minLength(1), v.maxLength(MAX_BATCH)),
});
export type UsageBatch = v.InferOutput<typeof UsageBatchSchema>;

/**
 * A count in the indicators: exact, "<10" (a cell below the threshold, withheld) or "N+" (a sum of which some
 * cells are withheld: at least N).
 */
export const FigureSchema = v.union([
  v.pipe(v.number(), v.integer(), v.minValue(0)),
  v.pipe(v.string(), v.regex(/^(<[0-9]+|[0-9]+\+)$/, 'Invalid figure')),
]);
export type Figure = v.InferOutput<typeof FigureSchema>;
const RateSchema = v.nullable(v.pipe(v.number(), v.minValue(0), v.maxValue(1)));
const IncentiveCountSchema = v.object({ incentive: IncentiveIdSchema, count: FigureSchema });

export const IndicatorSetSchema = v.object({
  wegwijzer: v.object({
    started: FigureSchema,
    restarted: FigureSchema,
    completed: FigureSchema,
    funnel: v.array(v.object({ step: StepSchema, reached: FigureSchema })),
    questions: v.array(
      v.object({
        question: QuestionKeySchema,
        shown: FigureSchema,
        answered: FigureSchema,
        dontKnow: FigureSchema,
        back: FigureSchema,
        edited: FigureSchema,
        dropOffRate: RateSchema,
        dontKnowRate: RateSchema,
      }),
    ),
    outcomes: v.array(
      v.object({
        incentive: IncentiveIdSchema,
        eligible: FigureSchema,
        unknown: FigureSchema,
        eligibleShare: RateSchema,
        unknownShare: RateSchema,
        notEligibleShare: RateSchema,
      }),
    ),
    referrals: v.array(v.object({ referral: IncentiveIdSchema, shown: FigureSchema, followed: FigureSchema, followedRate: RateSchema })),
  }),
  wallet: v.object({
    shown: FigureSchema,
    states: v.array(v.object({ state: v.picklist(WALLET_STATES), count: FigureSchema, share: RateSchema })),
    errorRate: RateSchema,
    howToOpened: v.array(IncentiveCountSchema),
    historyOpened: v.array(IncentiveCountSchema),
    applyFollowed: v.array(IncentiveCountSchema),
  }),
  badge: v.object({ expanded: FigureSchema, wegwijzerFollowed: FigureSchema }),
});
export type IndicatorSet = v.InferOutput<typeof IndicatorSetSchema>;

export const WeekTrendSchema = v.object({
  week: v.pipe(v.string(), v.regex(/^[0-9]{4}-W[0-9]{2}$/, 'Invalid week')),
  start: DateSchema,
  host: HostIdSchema,
  started: FigureSchema,
  completed: FigureSchema,
  referralsFollowed: FigureSchema,
  walletShown: FigureSchema,
  walletErrors: FigureSchema,
  applyFollowed: FigureSchema,
  badgeExpanded: FigureSchema,
});
export type WeekTrend = v.InferOutput<typeof WeekTrendSchema>;

export const IndicatorsSchema = v.object({
  from: DateSchema,
  to: DateSchema,
  host: v.optional(HostIdSchema),
  hosts: v.array(HostIdSchema),
  threshold: v.pipe(v.number(), v.integer(), v.minValue(0)),
  generatedAt: DateTimeSchema,
  total: IndicatorSetSchema,
  weeks: v.array(WeekTrendSchema),
});
export type Indicators = v.InferOutput<typeof IndicatorsSchema>;
