/**
 * Account benchmark: histories per second through `computeAccount` on generated histories (fresh ones: nothing
 * cached from an earlier round), how fast `parseHistory` validates them, and the CLI's throughput.
 *
 *   node --import tsx scripts/bench-account.ts [--n 100000] [--date 2026-11-28] [--cli-n 20000] [--no-cli]
 *
 * Figures only (never a pass/fail); `npm run bench` calls this script.
 */
import { spawn } from 'node:child_process';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { computeAccount, parseHistory, type AccountOptions, type History } from '../src/domain/index';
import { plannedRuleSets, ruleSets } from '../src/domain/rules/index';
import { generateHistories, type HistoryJson } from '../test/support/histories';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? (process.argv[i + 1] as string) : fallback;
}
const N = Number(arg('n', '100000'));
const CLI_N = Number(arg('cli-n', '20000'));
const DATE = arg('date', '2026-11-28');
const withCli = !process.argv.includes('--no-cli');
/** The target of issue 12 (item 9). */
const TARGET = 20_000;

const fmt = (x: number) => Math.round(x).toLocaleString('en-US');

function table(head: string[], body: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((row) => (row[i] ?? '').length)));
  const line = (row: string[]) => `| ${row.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}

/** Wall-clock and CPU seconds of a piece of work. */
function timed(work: () => void): { seconds: number; cpu: number } {
  const cpu = process.cpuUsage();
  const started = performance.now();
  work();
  const used = process.cpuUsage(cpu);
  return { seconds: (performance.now() - started) / 1000, cpu: (used.user + used.system) / 1e6 };
}

async function runCli(lines: string, count: number): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/account.ts', '--date', DATE], { stdio: ['pipe', 'pipe', 'inherit'] });
  let out = 0;
  child.stdout.on('data', (chunk: Buffer) => {
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) out++;
  });
  const done = new Promise<void>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`CLI exited with ${code}`))));
  });
  child.stdin.end(lines);
  await done;
  if (out !== count) throw new Error(`CLI wrote ${out} lines for ${count}`);
  return (performance.now() - started) / 1000;
}

async function main(): Promise<void> {
  const options: AccountOptions = { referenceDate: DATE, ruleSets: [...ruleSets, ...plannedRuleSets] };
  const json: HistoryJson[] = generateHistories(N, { seed: 20261128, date: DATE });
  // Warm up (JIT, compiled rule sets) on other histories, then measure one pass over fresh ones.
  for (const h of generateHistories(10_000, { seed: 1, date: DATE })) computeAccount(parseHistory(h, options), options);

  let histories: History[] = [];
  const parse = timed(() => {
    histories = json.map((h) => parseHistory(h, options));
  });
  let balances = 0;
  let issues = 0;
  const compute = timed(() => {
    for (const h of histories) {
      const account = computeAccount(h, options);
      balances += account.balances.length;
      issues += account.issues.length;
    }
  });
  const perSecond = N / compute.seconds;
  const rows = [
    ['computeAccount()', fmt(N), `${compute.seconds.toFixed(2)} s`, `${fmt(perSecond)} /s`, `${((compute.seconds / N) * 1e6).toFixed(1)} µs`, `≥ ${fmt(TARGET)} /s: ${perSecond >= TARGET ? 'met' : 'NOT MET'}`],
    ['parseHistory() (valibot)', fmt(N), `${parse.seconds.toFixed(2)} s`, `${fmt(N / parse.seconds)} /s`, `${((parse.seconds / N) * 1e6).toFixed(1)} µs`, ''],
  ];
  if (withCli) {
    const lines = `${json.slice(0, CLI_N).map((h) => JSON.stringify(h)).join('\n')}\n`;
    const seconds = await runCli(lines, Math.min(CLI_N, N));
    const count = Math.min(CLI_N, N);
    rows.push(['CLI: JSON lines in/out', fmt(count), `${seconds.toFixed(2)} s`, `${fmt(count / seconds)} /s`, `${((seconds / count) * 1e6).toFixed(1)} µs`, 'incl. start-up, parsing and JSON']);
  }
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, load ${os.loadavg()[0]?.toFixed(1)}`;
  const timeline = json.reduce((sum, h) => sum + h.timeline.length, 0) / N;
  const uses = json.reduce((sum, h) => sum + h.uses.length, 0) / N;
  console.log(`\nAccount — reference date ${DATE}, adopted and planned rule sets, ${machine}`);
  console.log(`(${fmt(N)} generated histories: ${timeline.toFixed(1)} situations and ${uses.toFixed(1)} uses on average; ${fmt(balances)} balances, ${fmt(issues)} issues)`);
  console.log(table(['what', 'histories', 'time', 'throughput', 'per history', 'target'], rows));
  console.log(`computeAccount on CPU time: ${fmt(N / compute.cpu)} /s (${((compute.cpu / N) * 1e6).toFixed(1)} µs a history; includes the garbage collector's threads)`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
