/**
 * The rule sets, validated at load, in three lists that are never mixed up:
 *
 * - `ruleSets`: the ADOPTED rule sets (the law, in force by date). The mock API serves exactly these (single
 *   source), so it never serves a planned rule or a scenario as the rules in force.
 * - `plannedRuleSets`: announced, not law (`status: "planned"`). They only feed the account's `upcoming` changes,
 *   labelled as planned: `computeAccount(history, { ruleSets: [...ruleSets, ...plannedRuleSets], ... })`.
 * - `scenarioRuleSets`: phase-3.2 scenarios (`scenario: true`) for the policy lab and Storybook; one replaces the
 *   rules for a whole computation when chosen (`scenario` option, CLI `--scenario`), never in a citizen's wallet.
 *
 * Add a rule set: put its JSON file here and list it below; `selectRuleSet` picks the adopted one by date.
 */
import { parseRuleSet, type RuleSet } from '../rule-set-schema';
import ruleSet20240901 from './rule-set-2024-09-01.json';
import ruleSet20250901 from './rule-set-2025-09-01.json';
import ruleSet20270101Planned from './rule-set-2027-01-01-gepland.json';
import scenarioMeeneembaar from './scenario-meeneembaar.json';
import scenarioOpspaarbaar from './scenario-opspaarbaar.json';

type Kind = 'adopted' | 'planned' | 'scenario';

function kindOf(rs: RuleSet): Kind {
  return rs.scenario === true ? 'scenario' : rs.status === 'planned' ? 'planned' : 'adopted';
}

/** Parses a rule-set file and checks that it is of the kind its list holds (a planned set never lands in `ruleSets`). */
function load(json: unknown, kind: Kind): RuleSet {
  const rs = parseRuleSet(json);
  if (kindOf(rs) !== kind) throw new Error(`rule set ${rs.id} is ${kindOf(rs)}, listed as ${kind}`);
  return rs;
}

/** The adopted rule sets, oldest first. */
export const ruleSets: readonly RuleSet[] = [
  /* @__PURE__ */ load(ruleSet20240901, 'adopted'),
  /* @__PURE__ */ load(ruleSet20250901, 'adopted'),
];

/** Announced, not final: never in force. Oldest first. */
export const plannedRuleSets: readonly RuleSet[] = [/* @__PURE__ */ load(ruleSet20270101Planned, 'planned')];

/** Phase-3.2 scenarios: never in force. */
export const scenarioRuleSets: readonly RuleSet[] = [
  /* @__PURE__ */ load(scenarioOpspaarbaar, 'scenario'),
  /* @__PURE__ */ load(scenarioMeeneembaar, 'scenario'),
];
