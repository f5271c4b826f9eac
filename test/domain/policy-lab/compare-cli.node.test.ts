/** The compare CLI (scripts/compare.ts, issue 13 item 5). */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compareRuleSets } from '../../../src/domain/compare/index';
import { parseSituation } from '../../../src/domain/index';
import { ruleSets } from '../../../src/domain/rules/index';
import { loadCases, repoRoot } from '../helpers';

function cli(args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/compare.ts', ...args], { cwd: repoRoot, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: run.status, stderr: run.stderr, json: run.status === 0 ? (JSON.parse(run.stdout) as Record<string, any>) : null };
}

const rules = (file: string) => join(repoRoot, 'src/domain/rules', file);
const dir = mkdtempSync(join(tmpdir(), 'llr-compare-'));
const hand = loadCases<{ base: Record<string, unknown>; people: { answers: Record<string, unknown> }[] }>('policy-lab-vov.json');

describe('compare CLI', () => {
  it('prints one JSON object with the fields of the issue, for the synthetic population', () => {
    const { status, json } = cli(['--date', '2026-03-01', '--alternative', rules('rule-set-2024-09-01.json'), '--size', '10000', '--seed', '5']);
    assert.equal(status, 0);
    assert.deepEqual(Object.keys(json!), ['date', 'baseline', 'alternative', 'population', 'people', 'incentives', 'breakdowns']);
    assert.deepEqual([json!['date'], json!['baseline'], json!['alternative']], ['2026-03-01', '2025-26', '2024-25']);
    assert.deepEqual(json!['population'], { source: 'synthetic', size: 10000, seed: 5, badLines: 0, errors: [] });
    const vov = json!['incentives'].find((i: any) => i.incentive === 'vlaams-opleidingsverlof');
    for (const key of ['incentive', 'before', 'after', 'gained', 'lost']) assert.ok(key in vov, key);
    assert.deepEqual(Object.keys(vov.before), ['eligible', 'unknown', 'total']);
    assert.ok(vov.gained > 0);
    for (const dim of ['status', 'education', 'region']) assert.ok(json!['breakdowns'][dim].length > 1, dim);
  });

  it('reads a population file, counts bad lines with their line number, and compares the others', () => {
    const people = hand.people.map((p) => ({ ...hand.base, ...p.answers }));
    const lines = [
      JSON.stringify(people[0]),
      '{"status": "employee",',
      '',
      JSON.stringify({ ...people[1], employmentPercent: 130 }),
      JSON.stringify([1]),
      ...people.slice(1).map((p) => JSON.stringify(p)),
      JSON.stringify({ statuss: 'employee' }),
    ];
    const file = join(dir, 'people.jsonl');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const { status, json } = cli(['--date', '2025-11-01', '--baseline', rules('rule-set-2024-09-01.json'), '--alternative', rules('rule-set-2025-09-01.json'), '--population', file]);
    assert.equal(status, 0);
    const population = json!['population'];
    assert.equal(population.size, 14);
    assert.equal(population.badLines, 4);
    assert.deepEqual(population.errors.map((e: any) => e.line), [2, 4, 5, 19]);
    assert.match(population.errors[1].error, /employmentPercent: must be a number from 0 to 100, got 130/);
    assert.match(population.errors[3].error, /unknown answer key/);
    const expected = compareRuleSets(people.map((p) => parseSituation(p)), { baseline: ruleSets[0]!, alternative: ruleSets[1]!, date: '2025-11-01' });
    const vov = json!['incentives'].find((i: any) => i.incentive === 'vlaams-opleidingsverlof');
    assert.equal(vov.lost, 6);
    assert.deepEqual(json!['people'], expected.people);
    assert.deepEqual(json!['breakdowns'], JSON.parse(JSON.stringify(expected.breakdowns)));
  });

  it('a rule set compared with itself changes nothing', () => {
    const { json } = cli(['--date', '2026-03-01', '--alternative', rules('rule-set-2025-09-01.json')]);
    assert.equal(json!['population'].size, 10000);
    assert.equal(json!['people'].unchanged, 10000);
    assert.ok(json!['incentives'].every((i: any) => i.gained === 0 && i.lost === 0 && JSON.stringify(i.before) === JSON.stringify(i.after)));
  });

  it('refuses bad invocations with exit 2 and says why', () => {
    const bad = join(dir, 'bad-rules.json');
    const json = JSON.parse(readFileSync(rules('rule-set-2025-09-01.json'), 'utf8'));
    json.parameters['oc.yearly-share'].value = -1;
    writeFileSync(bad, JSON.stringify(json));
    const cases: [string[], RegExp][] = [
      [['--alternative', rules('rule-set-2024-09-01.json')], /--date is required/],
      [['--date', '2026-02-30', '--alternative', rules('rule-set-2024-09-01.json')], /--date must be a real date/],
      [['--date', '2026-03-01'], /--alternative is required/],
      [['--date', '2026-03-01', '--alternative', bad], /parameters\.oc\.yearly-share\.value: must be 0 or more, got -1/],
      [['--date', '2026-03-01', '--alternative', join(dir, 'missing.json')], /cannot read/],
      [['--date', '2026-03-01', '--alternative', rules('rule-set-2024-09-01.json'), '--size', '500'], /--size must be a whole number from 10000 to 1000000/],
      [['--date', '2026-03-01', '--alternative', rules('rule-set-2024-09-01.json'), '--population', 'x', '--size', '10000'], /not both/],
      [['--date', '2023-03-01', '--alternative', rules('rule-set-2024-09-01.json')], /--date: /],
      [['--date', '2026-03-01', '--alternative', rules('rule-set-2024-09-01.json'), '--colour'], /unknown argument/],
    ];
    for (const [args, message] of cases) {
      const run = cli(args);
      assert.equal(run.status, 2, args.join(' '));
      assert.match(run.stderr, message, args.join(' '));
    }
  });
});
