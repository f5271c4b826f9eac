/**
 * Eligibility CLI for analysts and for checking the rules.
 *
 *   npm run --silent eligibility -- [--date YYYY-MM-DD] < situations.jsonl > results.jsonl
 *
 * Reads one JSON object per line, {"id": "...", "answers": {...}} (course attributes under answers.training),
 * and writes one JSON line per input line, in the same order. A bad line gives {"id": ..., "error": "..."}
 * and the CLI goes on. Blank lines are skipped. The reference date defaults to today (local time).
 */
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import {
  evaluate,
  isIsoDate,
  localIsoDate,
  parseSituation,
  ruleSets,
  selectRuleSet,
  type Evaluation,
  type RuleSet,
} from '../src/domain/index';

const USAGE = `usage: npm run --silent eligibility -- [--date YYYY-MM-DD]
Reads {"id": "...", "answers": {...}} per line on stdin; writes one result line per input line.`;

function fail(message: string): never {
  process.stderr.write(`eligibility: ${message}\n${USAGE}\n`);
  process.exit(2);
}

function parseArgs(argv: readonly string[]): { date: string } {
  let date: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--help' || arg === '-h') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else if (arg === '--date') {
      date = argv[++i];
      if (date === undefined) fail('--date needs a value YYYY-MM-DD');
    } else if (arg.startsWith('--date=')) {
      date = arg.slice('--date='.length);
    } else {
      fail(`unknown argument ${JSON.stringify(arg)}`);
    }
  }
  date ??= localIsoDate(new Date());
  if (!isIsoDate(date)) fail(`--date must be a real date YYYY-MM-DD, got ${JSON.stringify(date)}`);
  return { date };
}

/** The output line format of issue 3 (item 5): only these fields. */
function project(id: string, ev: Evaluation) {
  return {
    id,
    ruleSet: ev.ruleSet,
    results: ev.results.map((r) => ({
      incentive: r.incentive,
      outcome: r.outcome,
      entitlement: r.entitlement && {
        amount: r.entitlement.amount,
        unit: r.entitlement.unit,
        period: { start: r.entitlement.period.start, end: r.entitlement.period.end },
      },
      reasons: r.reasons.map((reason) => ({ condition: reason.condition, met: reason.met, text: reason.text })),
    })),
    referrals: ev.referrals,
    nextQuestion: ev.nextQuestion,
  };
}

function describe(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value === 'string' ? JSON.stringify(value) : typeof value;
}

function handle(line: string, lineNo: number, ruleSet: RuleSet, date: string): string {
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch (e) {
    return JSON.stringify({ id: null, error: `line ${lineNo}: invalid JSON (${(e as Error).message})` });
  }
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return JSON.stringify({ id: null, error: `line ${lineNo}: expected an object {"id": "...", "answers": {...}}, got ${describe(input)}` });
  }
  const record = input as Record<string, unknown>;
  const id = record['id'];
  const echo = typeof id === 'string' || typeof id === 'number' ? id : null;
  const error = (message: string) => JSON.stringify({ id: echo, error: `line ${lineNo}: ${message}` });
  if (typeof id !== 'string' || id === '') return error(`id: must be a non-empty string, got ${describe(id)}`);
  const extra = Object.keys(record).filter((k) => k !== 'id' && k !== 'answers');
  if (extra.length > 0) return error(`unknown key ${JSON.stringify(extra[0])}; a line has only "id" and "answers"`);
  if (!('answers' in record)) return error('answers: missing');
  try {
    const situation = parseSituation(record['answers'], { root: 'answers' });
    return JSON.stringify(project(id, evaluate(ruleSet, situation, { referenceDate: date })));
  } catch (e) {
    return error((e as Error).message);
  }
}

async function main(): Promise<void> {
  const { date } = parseArgs(process.argv.slice(2));
  let ruleSet: RuleSet;
  try {
    ruleSet = selectRuleSet(ruleSets, date);
  } catch (e) {
    fail((e as Error).message);
  }
  const out = process.stdout;
  let buffer: string[] = [];
  let size = 0;
  const flush = async () => {
    if (buffer.length === 0) return;
    const chunk = buffer.join('');
    buffer = [];
    size = 0;
    if (!out.write(chunk)) await once(out, 'drain');
  };
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let lineNo = 0;
  for await (const line of lines) {
    lineNo++;
    if (line.trim() === '') continue;
    const result = handle(line, lineNo, ruleSet, date);
    buffer.push(result, '\n');
    size += result.length;
    if (size > 1 << 20) await flush();
  }
  await flush();
}

main().catch((e: unknown) => {
  process.stderr.write(`eligibility: ${(e as Error).stack ?? String(e)}\n`);
  process.exit(1);
});
