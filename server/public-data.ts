/**
 * The public, cacheable documents (catalogue, its entries, the rule-set index and the rule sets), built once at
 * start from the same data the mock serves: the catalogue of mocks/catalogue.ts and the engine's rule sets of
 * src/domain/rules. Each is serialised once, validated against the contract once, and carries a strong ETag, so
 * a revalidation (If-None-Match) costs a string comparison.
 */
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import { CATALOGUE, findCatalogueEntry } from '../mocks/catalogue';
import { etagOf, ruleSetJson } from '../mocks/conventions';
import type { Lang } from '../src/domain/lang';
import { RULE_SETS, ruleSetInForce, sortedRuleSets, type RuleSetDocument } from '../mocks/rule-sets';
import type { Contract } from './contract';

/** Content codings the documents are kept in, besides the plain text. */
export type Coding = 'br' | 'gzip';

/** A document as it goes on the wire: the JSON text and, compressed once at start, its brotli and gzip forms. */
export interface Representation {
  readonly text: string;
  readonly etag: string;
  /** Each coding's body and its own strong ETag (a compressed representation is another representation). */
  readonly encoded: Readonly<Record<Coding, { readonly body: Buffer; readonly etag: string }>>;
}

export interface PublicData {
  readonly catalogue: Representation;
  incentive(id: string): Representation | undefined;
  readonly ruleSetIndex: Representation;
  /** A rule set in the language of the request: with its German texts only when German was chosen. */
  ruleSet(id: string, lang: Lang): Representation | undefined;
  /** The rule set in force on an ISO date, or undefined before the first one. */
  ruleSetOn(date: string, lang: Lang): Representation | undefined;
}

/** Documents under this size are sent as they are: compression would save less than its header. */
const MIN_COMPRESS_BYTES = 1_024;

function represent(document: unknown, validate: (data: unknown) => void, text = JSON.stringify(document)): Representation {
  validate(document);
  const etag = etagOf(text);
  const tagged = (suffix: string) => `${etag.slice(0, -1)}-${suffix}"`;
  const small = Buffer.byteLength(text) < MIN_COMPRESS_BYTES;
  const encoded = small
    ? ({} as Representation['encoded'])
    : {
        br: { body: brotliCompressSync(text, { params: { [zlib.BROTLI_PARAM_QUALITY]: zlib.BROTLI_MAX_QUALITY } }), etag: tagged('br') },
        gzip: { body: gzipSync(text, { level: 9 }), etag: tagged('gz') },
      };
  return { text, etag, encoded };
}

export function buildPublicData(contract: Contract, ruleSets: readonly RuleSetDocument[] = RULE_SETS): PublicData {
  const check = (name: string) => contract.checker(name);
  const catalogue = represent(CATALOGUE, check('Catalogue'));
  const checkEntry = check('CatalogueEntry');
  const entries = new Map(
    [...CATALOGUE.incentives, ...CATALOGUE.referrals].map((e) => [e.id, represent(findCatalogueEntry(e.id), checkEntry)]),
  );
  const sorted = sortedRuleSets(ruleSets);
  const ruleSetIndex = represent({ ruleSets: sorted.map(({ id, effectiveFrom }) => ({ id, effectiveFrom })) }, check('RuleSetIndex'));
  const checkRuleSet = check('RuleSet');
  // Each rule set twice: with German (for `Accept-Language: de`) and without (for everyone else).
  const inLanguage = (r: RuleSetDocument) => {
    const withoutGerman = ruleSetJson(r, 'nl');
    return { de: represent(r, checkRuleSet), others: represent(JSON.parse(withoutGerman), checkRuleSet, withoutGerman) };
  };
  const byId = new Map(sorted.map((r) => [r.id, inLanguage(r)]));
  const pick = (variants: ReturnType<typeof inLanguage> | undefined, lang: Lang) => (lang === 'de' ? variants?.de : variants?.others);
  return {
    catalogue,
    incentive: (id) => entries.get(id),
    ruleSetIndex,
    ruleSet: (id, lang) => pick(byId.get(id), lang),
    ruleSetOn: (date, lang) => {
      const inForce = ruleSetInForce(date, sorted);
      return inForce ? pick(byId.get(inForce.id), lang) : undefined;
    },
  };
}
