/**
 * Checks responses against the contract (the valibot schemas of src/api/schemas.ts). The client loads this module
 * with its first request, in parallel with it: a response cannot be checked before it has arrived, and a page
 * need not download the checks (valibot and the schemas, about 4 KB gzipped: `npm run bench`) before its first render.
 */
import * as v from 'valibot';
import {
  CatalogueEntrySchema,
  CatalogueSchema,
  ProblemSchema,
  RuleSetIndexSchema,
  TrainingSchema,
  WalletSchema,
  loadRuleSetSchema,
  type Catalogue,
  type CatalogueEntry,
  type Problem,
  type RuleSet,
  type RuleSetIndex,
  type Training,
  type Wallet,
} from './schemas';
import type { Indicators } from './usage';

/** What each kind of response is, once checked. */
export interface Responses {
  catalogue: Catalogue;
  incentive: CatalogueEntry;
  'rule-set-index': RuleSetIndex;
  /** Checked with the engine's own rule-set schema (loaded on first use: only the Wegwijzer and the badge need it). */
  'rule-set': RuleSet;
  wallet: Wallet;
  training: Training;
  /** Checked with the monitoring schemas (loaded on first use: only the analysts' monitor reads it). */
  indicators: Indicators;
}
export type ResponseKind = keyof Responses;

/** Loaded apart, on first use: the citizens' pages never need them. */
type Lazy = 'rule-set' | 'indicators';

const SCHEMAS: { readonly [K in Exclude<ResponseKind, Lazy>]: v.GenericSchema<unknown, Responses[K]> } = {
  catalogue: CatalogueSchema,
  incentive: CatalogueEntrySchema,
  'rule-set-index': RuleSetIndexSchema,
  wallet: WalletSchema,
  training: TrainingSchema,
};

async function schemaFor<K extends ResponseKind>(kind: K): Promise<v.GenericSchema<unknown, Responses[K]>> {
  if (kind === 'rule-set') return (await loadRuleSetSchema()) as v.GenericSchema<unknown, Responses[K]>;
  if (kind === 'indicators') return (await import('./usage')).IndicatorsSchema as v.GenericSchema<unknown, Indicators> as v.GenericSchema<unknown, Responses[K]>;
  return SCHEMAS[kind as Exclude<ResponseKind, Lazy>] as v.GenericSchema<unknown, Responses[K]>;
}

/** The checked response, or what is wrong with it: paths and expectations only, never the values (personal data). */
export async function check<K extends ResponseKind>(kind: K, json: unknown): Promise<{ ok: true; value: Responses[K] } | { ok: false; issues: string }> {
  const result = v.safeParse(await schemaFor(kind), json);
  if (result.success) return { ok: true, value: result.output };
  const issues = result.issues
    .slice(0, 3)
    .map((issue) => `${v.getDotPath(issue) ?? '(root)'}: ${issue.expected ? `expected ${issue.expected}` : issue.kind}`)
    .join('; ');
  return { ok: false, issues };
}

/** An error response's problem+json document, when it is one. */
export function problemOf(json: unknown): Problem | undefined {
  const parsed = v.safeParse(ProblemSchema, json);
  return parsed.success ? parsed.output : undefined;
}
