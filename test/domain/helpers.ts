/** Shared helpers for the domain tests: load the case tables (test/domain/cases/*.json). */
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
