/**
 * Eligibility CLI for analysts and for checking the rules.
 *
 *   npm run --silent eligibility -- [--date YYYY-MM-DD] < situations.jsonl > results.jsonl
 *
 * Reads one JSON object per line, {"id": "...", "answers": {...}} (course attributes under answers.training),
 * and writes one JSON line per input line, in the same order. A bad line gives {"id": ..., "error": "..."}
 * and the CLI goes on. Blank lines are skipped. The reference date defaults to today (local time).
 */
import {
  evaluate,
  parseSituation,
  selectRuleSet,
  type Evaluation,
  type RuleSet,
} from '../src/domain/index';
import { ruleSets } from '../src/domain/rules/index';
import { answerLines, dateFlag, errorLine, parseFlags, readLine, run, usageError, type Cli } from './jsonl-cli';

const CLI: Cli = {
  name: 'eligibility',
  usage: `usage: npm run --silent eligibility -- [--date YYYY-MM-DD]
Reads {"id": "...", "answers": {...}} per line on stdin; writes one result line per input line.`,
};

/**
 * The output line of issue 3 (item 5), only these fields, in this order. The engine returns the same frozen
 * reason objects for the same condition and outcome, so each reason is serialised once and reused: the reason
 * texts (nl, en, fr) are most of every line.
 */
const reasonJson = new WeakMap<object, string>();

function serialise(id: string, ev: Evaluation): string {
  let out = `{"id":${JSON.stringify(id)},"ruleSet":${JSON.stringify(ev.ruleSet)},"results":[`;
  ev.results.forEach((r, i) => {
    const e = r.entitlement;
    const entitlement = e
      ? JSON.stringify({ amount: e.amount, unit: e.unit, period: { start: e.period.start, end: e.period.end } })
      : 'null';
    out += `${i === 0 ? '' : ','}{"incentive":${JSON.stringify(r.incentive)},"outcome":"${r.outcome}","entitlement":${entitlement},"reasons":[`;
    r.reasons.forEach((reason, j) => {
      let json = reasonJson.get(reason);
      if (json === undefined) {
        json = JSON.stringify({ condition: reason.condition, met: reason.met, text: reason.text });
        reasonJson.set(reason, json);
      }
      out += j === 0 ? json : `,${json}`;
    });
    out += ']}';
  });
  return `${out}],"referrals":${JSON.stringify(ev.referrals)},"nextQuestion":${JSON.stringify(ev.nextQuestion)}}`;
}

function handle(line: string, lineNo: number, ruleSet: RuleSet, date: string): string {
  const input = readLine(line, lineNo, '{"id": "...", "answers": {...}}');
  if (!input.ok) return input.output;
  const { id, record } = input;
  const extra = Object.keys(record).filter((k) => k !== 'id' && k !== 'answers');
  if (extra.length > 0) return errorLine(id, lineNo, `unknown key ${JSON.stringify(extra[0])}; a line has only "id" and "answers"`);
  if (!('answers' in record)) return errorLine(id, lineNo, 'answers: missing');
  try {
    const situation = parseSituation(record['answers'], { root: 'answers' });
    return serialise(id, evaluate(ruleSet, situation, { referenceDate: date }));
  } catch (e) {
    return errorLine(id, lineNo, (e as Error).message);
  }
}

run(CLI, () => {
  const flags = parseFlags(CLI, process.argv.slice(2), ['date']);
  const date = dateFlag(CLI, flags.date);
  let ruleSet: RuleSet;
  try {
    ruleSet = selectRuleSet(ruleSets, date);
  } catch (e) {
    usageError(CLI, (e as Error).message);
  }
  answerLines((line, lineNo) => handle(line, lineNo, ruleSet, date));
});
