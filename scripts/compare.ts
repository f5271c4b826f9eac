/**
 * Compare CLI (the policy lab's comparison, for analysts and for checking): who gains and who loses a right when the
 * rules change.
 *
 *   npm run --silent compare -- --date YYYY-MM-DD --alternative PATH [--baseline PATH] [--population FILE | --size N --seed S]
 *
 * Rule sets are JSON files in the project's format (validated like any rule set: `src/domain/rules/*.json`, or an
 * edited copy). Without `--baseline`, the adopted rule set in force on the date is the baseline. The people are a
 * population file (one situation of the situation model per line, e.g. {"status": "employee", "sector": "private"};
 * a missing answer is unknown) or the lab's synthetic population (`--size`, 10 000 to 1 000 000, default 10 000;
 * `--seed`, default 1). Prints one JSON object:
 *
 *   { "date", "baseline", "alternative", "population": { "source", "size", "seed"?, "badLines", "errors" },
 *     "people": { "people", "gained", "lost", "both", "unchanged" },
 *     "incentives": [ { "incentive", "unit", "before": { "eligible", "unknown", "total" }, "after": {…},
 *                       "gained", "lost", "increased", "decreased", "inBaseline", "inAlternative" } ],
 *     "breakdowns": { "status": [ { "group", "people", "gained", "lost", "both", "unchanged", "incentives": […] } ],
 *                     "education": […], "region": […], "partTime": […] } }
 *
 * A bad line of a population file is counted (`badLines`) and listed with its line number (`errors`), never dropped
 * silently; the others are compared. Exit 2 on bad flags or a rule-set file that is not valid.
 */
import { readFileSync } from 'node:fs';
import { isIsoDate, parseRuleSet, parseSituation, selectRuleSet, type RuleSet, type Situation } from '../src/domain/index';
import { Comparison, type ComparisonResult } from '../src/domain/compare/comparison';
import { population, POPULATION_SIZE } from '../src/domain/population/generate';
import { ruleSets } from '../src/domain/rules/index';
import { describe, parseFlags, run, usageError, type Cli } from './jsonl-cli';

const CLI: Cli = {
  name: 'compare',
  usage: `usage: npm run --silent compare -- --date YYYY-MM-DD --alternative PATH [--baseline PATH] [--population FILE | --size N --seed S]
Compares two rule sets on a population file (one situation per line) or the synthetic population; prints one JSON object.`,
};

const DEFAULT_SIZE = POPULATION_SIZE.min;
const DEFAULT_SEED = 1;

function readText(flag: string, path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    usageError(CLI, `--${flag}: cannot read ${JSON.stringify(path)} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}

/** A rule-set file: JSON and a valid rule set, or a usage error that says what is wrong. */
function readRuleSet(flag: string, path: string): RuleSet {
  let json: unknown;
  try {
    json = JSON.parse(readText(flag, path));
  } catch (e) {
    usageError(CLI, `--${flag}: ${JSON.stringify(path)} is not JSON (${(e as Error).message})`);
  }
  try {
    return parseRuleSet(json);
  } catch (e) {
    usageError(CLI, `--${flag}: ${(e as Error).message}`);
  }
}

function wholeNumber(flag: string, value: string, min: number, max: number): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < min || n > max) {
    usageError(CLI, `--${flag} must be a whole number from ${min} to ${max}, got ${JSON.stringify(value)}`);
  }
  return n;
}

interface BadLine {
  readonly line: number;
  readonly error: string;
}

/** The situations of a population file, one per line; blank lines are skipped, bad ones reported. */
function* fileSituations(text: string, bad: BadLine[]): Generator<{ situation: Situation; line: number }> {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] as string;
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.trim() === '') continue;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (e) {
      bad.push({ line: i + 1, error: `invalid JSON (${(e as Error).message})` });
      continue;
    }
    if (json === null || typeof json !== 'object' || Array.isArray(json)) {
      bad.push({ line: i + 1, error: `expected a situation object, got ${describe(json)}` });
      continue;
    }
    try {
      yield { situation: parseSituation(json), line: i + 1 };
    } catch (e) {
      bad.push({ line: i + 1, error: (e as Error).message });
    }
  }
}

/** The result as the CLI prints it (the lab's examples are left out: they are for a page, not a file). */
function output(result: ComparisonResult, populationInfo: Record<string, unknown>) {
  const { examples: _examples, size: _size, ...rest } = result;
  return {
    date: rest.date,
    baseline: rest.baseline,
    alternative: rest.alternative,
    population: populationInfo,
    people: rest.people,
    incentives: rest.incentives.map(({ name: _name, ...incentive }) => incentive),
    breakdowns: rest.breakdowns,
  };
}

run(CLI, () => {
  const flags = parseFlags(CLI, process.argv.slice(2), ['date', 'alternative', 'baseline', 'population', 'size', 'seed']);
  if (flags.date === undefined) usageError(CLI, '--date is required');
  if (!isIsoDate(flags.date)) usageError(CLI, `--date must be a real date YYYY-MM-DD, got ${JSON.stringify(flags.date)}`);
  const date = flags.date;
  if (flags.alternative === undefined) usageError(CLI, '--alternative is required (a rule-set JSON file)');
  if (flags.population !== undefined && (flags.size !== undefined || flags.seed !== undefined)) {
    usageError(CLI, 'give either --population or --size/--seed, not both');
  }
  const alternative = readRuleSet('alternative', flags.alternative);
  let baseline: RuleSet;
  if (flags.baseline !== undefined) baseline = readRuleSet('baseline', flags.baseline);
  else {
    try {
      baseline = selectRuleSet(ruleSets, date);
    } catch (e) {
      usageError(CLI, `--date: ${(e as Error).message}`);
    }
  }

  const comparison = new Comparison({ baseline, alternative, date, examples: false });
  let populationInfo: Record<string, unknown>;
  if (flags.population !== undefined) {
    const bad: BadLine[] = [];
    for (const { situation, line } of fileSituations(readText('population', flags.population), bad)) comparison.add(situation, line);
    populationInfo = { source: flags.population, size: comparison.count, badLines: bad.length, errors: bad };
  } else {
    const size = flags.size === undefined ? DEFAULT_SIZE : wholeNumber('size', flags.size, POPULATION_SIZE.min, POPULATION_SIZE.max);
    const seed = flags.seed === undefined ? DEFAULT_SEED : wholeNumber('seed', flags.seed, 0, 0xffffffff);
    for (const person of population(size, seed)) comparison.add(person);
    populationInfo = { source: 'synthetic', size, seed, badLines: 0, errors: [] };
  }
  process.stdout.write(`${JSON.stringify(output(comparison.finish(), populationInfo), null, 2)}\n`);
});
