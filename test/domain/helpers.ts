/** Shared helpers for the domain tests: load the case tables (test/domain/cases/*.json), run a CLI. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseSituation, selectRuleSet, type Situation } from '../../src/domain/index';
import { ruleSets } from '../../src/domain/rules/index';

export function loadCases<T>(name: string): T {
  return JSON.parse(readFileSync(fileURLToPath(new URL(`./cases/${name}`, import.meta.url)), 'utf8')) as T;
}

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Base answers with overrides; an override of null removes the answer (it becomes unknown). */
export function situationOf(base: Record<string, unknown>, overrides: Record<string, unknown> = {}): Situation {
  return parseSituation({ ...base, ...overrides });
}

export function ruleSetOn(date: string) {
  return selectRuleSet(ruleSets, date);
}

/** A deep copy of plain JSON data. */
export function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** Runs one of the JSON-lines CLIs (`scripts/<script>.ts`) with `input` on stdin; its output lines parsed. */
export function runJsonlCli(script: string, args: string[], input: string) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', `scripts/${script}.ts`, ...args], {
    cwd: repoRoot,
    input,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const lines = run.stdout.split('\n').filter((l) => l !== '');
  return { status: run.status, stderr: run.stderr, out: lines.map((l) => JSON.parse(l) as Record<string, unknown>) };
}
