/**
 * Eligibility CLI for analysts and for checking the rules.
 *
 *   npm run --silent eligibility -- [--date YYYY-MM-DD] < situations.jsonl > results.jsonl
 *
 * Reads one JSON object per line, {"id": "...", "answers": {...}} (course attributes under answers.training),
 * and writes one JSON line per input line, in the same order. A bad line gives {"id": ..., "error": "..."}
 * and the CLI goes on. Blank lines are skipped. The reference date defaults to today (local time).
 */
import { StringDecoder } from 'node:string_decoder';
import {
  evaluate,
  isIsoDate,
  localIsoDate,
  parseSituation,
  selectRuleSet,
  type Evaluation,
  type RuleSet,
} from '../src/domain/index';
import { ruleSets } from '../src/domain/rules/index';

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
    return serialise(id, evaluate(ruleSet, situation, { referenceDate: date }));
  } catch (e) {
    return error((e as Error).message);
  }
}

function main(): void {
  const { date } = parseArgs(process.argv.slice(2));
  let ruleSet: RuleSet;
  try {
    ruleSet = selectRuleSet(ruleSets, date);
  } catch (e) {
    fail((e as Error).message);
  }
  // Plain chunked reading (faster than readline's async iterator); stdin pauses while stdout drains.
  const decoder = new StringDecoder('utf8');
  let rest = '';
  let lineNo = 0;
  const answer = (raw: string, out: string[]) => {
    lineNo++;
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.trim() !== '') out.push(handle(line, lineNo, ruleSet, date), '\n');
  };
  const write = (out: string[]) => {
    if (out.length > 0 && !process.stdout.write(out.join(''))) {
      process.stdin.pause();
      process.stdout.once('drain', () => process.stdin.resume());
    }
  };
  process.stdin.on('data', (chunk: Buffer) => {
    const text = rest + decoder.write(chunk);
    const out: string[] = [];
    let start = 0;
    for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', start)) {
      answer(text.slice(start, nl), out);
      start = nl + 1;
    }
    rest = text.slice(start);
    write(out);
  });
  process.stdin.on('end', () => {
    const out: string[] = [];
    const last = rest + decoder.end();
    if (last !== '') answer(last, out);
    write(out);
  });
}

try {
  main();
} catch (e: unknown) {
  process.stderr.write(`eligibility: ${(e as Error).stack ?? String(e)}\n`);
  process.exit(1);
}
