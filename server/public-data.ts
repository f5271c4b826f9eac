/**
 * The public, cacheable documents (catalogue, its entries, the rule-set index and the rule sets), built once at
 * start from the same data the mock serves: the catalogue of mocks/catalogue.ts and the engine's rule sets of
 * src/domain/rules. Each is serialised once, validated against the contract once, and carries a strong ETag, so
 * a revalidation (If-None-Match) costs a string comparison.
 */
import { CATALOGUE, findCatalogueEntry } from '../mocks/catalogue';
import { etagOf } from '../mocks/conventions';
import { RULE_SETS, ruleSetInForce, sortedRuleSets, type RuleSetDocument } from '../mocks/rule-sets';
import type { Contract } from './contract';

/** A document as it goes on the wire. */
export interface Representation {
  readonly text: string;
  readonly etag: string;
}

export interface PublicData {
  readonly catalogue: Representation;
  incentive(id: string): Representation | undefined;
  readonly ruleSetIndex: Representation;
  ruleSet(id: string): Representation | undefined;
  /** The rule set in force on an ISO date, or undefined before the first one. */
  ruleSetOn(date: string): Representation | undefined;
}

function represent(document: unknown, validate: (data: unknown) => void): Representation {
  validate(document);
  const text = JSON.stringify(document);
  return { text, etag: etagOf(text) };
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
  const byId = new Map(sorted.map((r) => [r.id, represent(r, checkRuleSet)]));
  return {
    catalogue,
    incentive: (id) => entries.get(id),
    ruleSetIndex,
    ruleSet: (id) => byId.get(id),
    ruleSetOn: (date) => {
      const inForce = ruleSetInForce(date, sorted);
      return inForce ? byId.get(inForce.id) : undefined;
    },
  };
}
