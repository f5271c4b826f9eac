/**
 * The rule sets in force, validated at load. The mock API serves exactly these (single source).
 * Add a rule set: put its JSON file here and list it below; `selectRuleSet` picks by reference date.
 */
import { parseRuleSet, type RuleSet } from '../rule-set-schema';
import ruleSet20240901 from './rule-set-2024-09-01.json';
import ruleSet20250901 from './rule-set-2025-09-01.json';

/** Oldest first. */
export const ruleSets: readonly RuleSet[] = [/* @__PURE__ */ parseRuleSet(ruleSet20240901), /* @__PURE__ */ parseRuleSet(ruleSet20250901)];
