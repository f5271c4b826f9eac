/**
 * The rule sets the mock API serves. Single source: the eligibility engine's JSON files in src/domain/rules/,
 * validated there at load (never a copy of rule data here).
 */
import { ruleSets } from '../src/domain/rules/index';
import type { RuleSet } from '../src/domain/rule-set-schema';

export type RuleSetDocument = RuleSet;

/** Oldest first. */
export const RULE_SETS: readonly RuleSetDocument[] = ruleSets;

export function sortedRuleSets(list: readonly RuleSetDocument[] = RULE_SETS): RuleSetDocument[] {
  return [...list].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
}

/** The rule set with the latest effectiveFrom on or before `date` (YYYY-MM-DD). */
export function ruleSetInForce(date: string, list: readonly RuleSetDocument[] = RULE_SETS): RuleSetDocument | undefined {
  return sortedRuleSets(list)
    .filter((r) => r.effectiveFrom <= date)
    .at(-1);
}
