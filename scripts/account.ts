/**
 * Account CLI: balances computed over time (account-rules.md), for analysts and the policy lab.
 *
 *   npm run --silent account -- [--date YYYY-MM-DD] [--scenario PATH_TO_RULE_SET_JSON] < histories.jsonl > accounts.jsonl
 *
 * Reads one history per line, {"id", "timeline", "uses"} (§1), and writes one account per line (§4), in the same
 * order. A bad line gives {"id": ..., "error": "line N: <path>: <message>"} and the CLI goes on. Blank lines are
 * skipped. The reference date defaults to today (local time).
 *
 * Without `--scenario` the adopted rule sets choose the rules of each day, and the planned ones feed `upcoming`.
 * With it, that file (validated like any rule set, and it must say `"scenario": true`) replaces them for every day.
 */
import { readFileSync } from 'node:fs';
import { computeAccount, parseHistory, parseRuleSet, type AccountOptions, type RuleSet } from '../src/domain/index';
import { plannedRuleSets, ruleSets } from '../src/domain/rules/index';
import { answerLines, dateFlag, errorLine, parseFlags, readLine, run, usageError, type Cli } from './jsonl-cli';

const CLI: Cli = {
  name: 'account',
  usage: `usage: npm run --silent account -- [--date YYYY-MM-DD] [--scenario PATH_TO_RULE_SET_JSON]
Reads {"id": "...", "timeline": [...], "uses": [...]} per line on stdin; writes one account line per input line.`,
};

/** The scenario file: JSON, a valid rule set, and a scenario. Anything else is a usage error (exit 2). */
function readScenario(path: string): RuleSet {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    usageError(CLI, `--scenario: cannot read ${JSON.stringify(path)} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    usageError(CLI, `--scenario: ${JSON.stringify(path)} is not JSON (${(e as Error).message})`);
  }
  let scenario: RuleSet;
  try {
    scenario = parseRuleSet(json);
  } catch (e) {
    usageError(CLI, `--scenario: ${(e as Error).message}`);
  }
  if (scenario.scenario !== true) usageError(CLI, `--scenario: rule set ${scenario.id} is not a scenario (it has no "scenario": true)`);
  return scenario;
}

function handle(line: string, lineNo: number, options: AccountOptions): string {
  const input = readLine(line, lineNo, '{"id": "...", "timeline": [...], "uses": [...]}');
  if (!input.ok) return input.output;
  try {
    return JSON.stringify(computeAccount(parseHistory(input.record, options), options));
  } catch (e) {
    return errorLine(input.id, lineNo, (e as Error).message);
  }
}

run(CLI, () => {
  const flags = parseFlags(CLI, process.argv.slice(2), ['date', 'scenario']);
  const options: AccountOptions = {
    referenceDate: dateFlag(CLI, flags.date),
    ruleSets: [...ruleSets, ...plannedRuleSets],
    scenario: flags.scenario === undefined ? undefined : readScenario(flags.scenario),
  };
  answerLines((line, lineNo) => handle(line, lineNo, options));
});
