/**
 * Engine benchmark: situations per second evaluated by the eligibility engine in Node, the CLI's throughput on
 * the same generated situations, and the questions an adaptive wizard asks the test personas.
 *
 *   node --import tsx scripts/bench-engine.ts [--n 100000] [--date 2025-11-01] [--no-cli]
 *
 * Figures only (never a pass/fail); `npm run bench` calls this script.
 */
import { timeJsonlCli } from './bench-cli';
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import {
  evaluate,
  FACTS,
  parseSituation,
  PERSON_KEYS,
  selectRuleSet,
  simulateWizard,
  TRAINING_KEYS,
  type AnswerKey,
  type AnswerValue,
  type Situation,
} from '../src/domain/index';
import { ruleSets } from '../src/domain/rules/index';
import { rng } from '../test/support/random';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? (process.argv[i + 1] as string) : fallback;
}
const N = Number(arg('n', '100000'));
const DATE = arg('date', '2025-11-01');
const withCli = !process.argv.includes('--no-cli');


/** Numbers near the rules' boundaries, so every branch gets exercised. */
const NUMBER_POOLS: Partial<Record<AnswerKey, readonly number[]>> = {
  employmentPercent: [0, 20, 49, 50, 60, 79, 80, 84.21, 100, 100, 100],
  hoursPerWeek: [8, 19, 27, 27.5, 28, 30.4, 38, 38, 40],
  experienceYears: [0, 3, 6, 6.9, 7, 12, 25],
  employerFte: [1, 9, 10, 15, 19, 20, 250, 5000],
  'training.contactHours': [10, 32, 40, 119, 120, 300],
  'training.cost': [0, 50, 180, 275, 1000, 4000],
};

function valueFor(key: AnswerKey, r: () => number): AnswerValue {
  const spec = FACTS[key];
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  if (spec.kind === 'choice') return pick(spec.values);
  if (spec.kind === 'boolean') return r() < 0.5;
  return pick(NUMBER_POOLS[key] ?? [spec.min, spec.max]);
}

/** Half the situations have every person answer, half miss some; one in five has a course. */
function generate(n: number): Situation[] {
  const r = rng(20251101);
  const out: Situation[] = [];
  for (let i = 0; i < n; i++) {
    const complete = r() < 0.5;
    const s: Record<string, unknown> = {};
    for (const key of PERSON_KEYS) if (complete || r() < 0.6) s[key] = valueFor(key, r);
    if (r() < 0.2) {
      const training: Record<string, unknown> = {};
      for (const key of TRAINING_KEYS) if (r() < 0.8) training[key.slice(9)] = valueFor(key, r);
      s['training'] = training;
    }
    out.push(parseSituation(s));
  }
  return out;
}

function table(head: string[], body: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((row) => (row[i] ?? '').length)));
  const line = (row: string[]) => `| ${row.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}

const fmt = (x: number) => Math.round(x).toLocaleString('en-US');


async function main(): Promise<void> {
  const ruleSet = selectRuleSet(ruleSets, DATE);
  const situations = generate(N);
  const options = { referenceDate: DATE };

  // Warm up (JIT, compiled rule set), then measure.
  for (let i = 0; i < Math.min(20_000, N); i++) evaluate(ruleSet, situations[i] as Situation, options);
  // Three rounds over all situations; the median round counts (the machine may be shared).
  let open = 0;
  const rounds: number[] = [];
  const cpuRounds: number[] = [];
  for (let round = 0; round < 3; round++) {
    open = 0;
    const cpu = process.cpuUsage();
    const started = performance.now();
    for (const s of situations) if (evaluate(ruleSet, s, options).nextQuestion !== null) open++;
    rounds.push((performance.now() - started) / 1000);
    const used = process.cpuUsage(cpu);
    cpuRounds.push((used.user + used.system) / 1e6);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[1] as number;
  const seconds = median(rounds);
  const perSecond = N / seconds;
  const cpuSeconds = median(cpuRounds);

  const budgetFile = 'bench/budgets.json';
  const target = existsSync(budgetFile)
    ? (JSON.parse(readFileSync(budgetFile, 'utf8')) as { engine?: { situationsPerSecond?: number } }).engine?.situationsPerSecond
    : undefined;
  const goal = target ?? 100_000;
  const rows = [
    ['engine: evaluate() (median of 3)', fmt(N), `${seconds.toFixed(2)} s`, `${fmt(perSecond)} /s`, `${((seconds / N) * 1e6).toFixed(1)} µs`, `≥ ${fmt(goal)} /s: ${perSecond >= goal ? 'met' : 'NOT MET'}`],
  ];
  if (withCli) {
    const lines = `${situations.map((s, i) => JSON.stringify({ id: `s${i}`, answers: s })).join('\n')}\n`;
    const cli = { seconds: await timeJsonlCli('eligibility', ['--date', DATE], lines, N) };
    rows.push(['CLI: JSON lines in/out', fmt(N), `${cli.seconds.toFixed(2)} s`, `${fmt(N / cli.seconds)} /s`, `${((cli.seconds / N) * 1e6).toFixed(1)} µs`, 'incl. start-up and JSON']);
  }

  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, load ${os.loadavg()[0]?.toFixed(1)}`;
  console.log(`\nEligibility engine — rule set ${ruleSet.id}, reference date ${DATE}, ${machine}`);
  console.log(`(${fmt(N)} generated situations: half complete, half with answers missing, one in five with a course; ${fmt(open)} still had a next question)`);
  console.log(table(['what', 'situations', 'time', 'throughput', 'per situation', 'target'], rows));
  console.log(`engine rounds (wall clock): ${rounds.map((r) => `${fmt(N / r)} /s`).join(', ')}; on CPU time: ${fmt(N / cpuSeconds)} /s (${((cpuSeconds / N) * 1e6).toFixed(1)} µs a situation)`);

  // Questions asked: adaptive wizard vs a fixed questionnaire of every person question.
  const personasFile = 'test/domain/cases/personas.json';
  if (existsSync(personasFile)) {
    const data = JSON.parse(readFileSync(personasFile, 'utf8')) as { date: string; personas: { name: string; answers: unknown }[] };
    const rs = selectRuleSet(ruleSets, data.date);
    const counts = data.personas.map((p) => ({ name: p.name, asked: simulateWizard(rs, parseSituation(p.answers), { referenceDate: data.date }).asked }));
    const fixed = PERSON_KEYS.length;
    const mean = counts.reduce((sum, c) => sum + c.asked.length, 0) / counts.length;
    const max = Math.max(...counts.map((c) => c.asked.length));
    console.log(`\nQuestions asked per persona (adaptive wizard vs fixed questionnaire of ${fixed}), rule set ${rs.id}, ${data.date}`);
    console.log(
      table(
        ['persona', 'adaptive', 'fixed'],
        [...counts.map((c) => [c.name, String(c.asked.length), String(fixed)]), ['mean', mean.toFixed(1), String(fixed)], ['max', String(max), String(fixed)]],
      ),
    );
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
