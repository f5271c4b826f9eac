/** The eligibility CLI (scripts/eligibility.ts): JSON lines in, JSON lines out; bad lines give an error line. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { evaluate, localIsoDate, parseSituation, schoolYear, selectRuleSet } from '../../src/domain/index';
import { ruleSets } from '../../src/domain/rules/index';
import { runJsonlCli } from './helpers';

const cli = (args: string[], input: string) => runJsonlCli('eligibility', args, input);

const partTimer = { status: 'employee', sector: 'private', residence: 'flanders', workplace: 'flanders', education: 'medium', employmentPercent: 60, hoursPerWeek: 22.8 };
type Line = { id: string; ruleSet: string; results: { incentive: string; outcome: string; entitlement: { amount: number; unit: string; period: { start: string; end: string } } | null }[] };

describe('eligibility CLI', () => {
  it('answers every line in order, goes on after bad lines and gives the exact output format', () => {
    const input = [
      JSON.stringify({ id: 'p1', answers: partTimer }),
      '{"id": "broken", "answers": {',
      '',
      JSON.stringify({ id: 'p2', answers: { statuss: 'employee' } }),
      JSON.stringify({ id: 'p3', answers: { employmentPercent: 120 } }),
      JSON.stringify({ id: 'p4', answers: { status: 'jobseeker', residence: 'brussels', training: { cost: 100 } } }),
      JSON.stringify({ answers: {} }),
      '   ',
      JSON.stringify({ id: 'p5', answers: {} }),
    ].join('\n');
    const { status, out } = cli(['--date', '2025-11-01'], `${input}\n`);
    assert.equal(status, 0);
    assert.deepEqual(out.map((o) => o['id']), ['p1', null, 'p2', 'p3', 'p4', null, 'p5']);
    assert.match(String(out[1]?.['error']), /^line 2: invalid JSON/);
    assert.equal(out[2]?.['error'], 'line 4: answers.statuss: unknown answer key; expected one of status, sector, residence, workplace, education, employmentPercent, hoursPerWeek, popWithin6Years, experienceYears, careerVouchersUsed, employerFte, timeCreditTraining, training');
    assert.equal(out[3]?.['error'], 'line 5: answers.employmentPercent: must be a number from 0 to 100, got 120');
    assert.equal(out[5]?.['error'], 'line 7: id: must be a non-empty string, got undefined');

    const first = out[0] as Record<string, unknown>;
    assert.deepEqual(Object.keys(first), ['id', 'ruleSet', 'results', 'referrals', 'nextQuestion']);
    const results = first['results'] as Record<string, unknown>[];
    for (const r of results) assert.deepEqual(Object.keys(r), ['incentive', 'outcome', 'entitlement', 'reasons']);
    const oc = results.find((r) => r['incentive'] === 'opleidingscheques');
    assert.deepEqual(oc?.['entitlement'], { amount: 125, unit: 'EUR', period: { start: '2025-09-01', end: '2026-08-31' } });
    const reason = (results[0]?.['reasons'] as Record<string, unknown>[])[0] as Record<string, unknown>;
    assert.deepEqual(Object.keys(reason), ['condition', 'met', 'text']);
    assert.deepEqual(Object.keys(reason['text'] as object), ['nl', 'en', 'fr', 'de']);
    assert.equal(first['nextQuestion'], 'employerFte');
    assert.deepEqual(out[4]?.['referrals'], ['actiris', 'volwassenenonderwijs']);

    // Same answers as the library gives.
    const ev = evaluate(selectRuleSet(ruleSets, '2025-11-01'), parseSituation(partTimer), { referenceDate: '2025-11-01' });
    assert.deepEqual(results.map((r) => r['outcome']), ev.results.map((r) => r.outcome));
  });

  it('chooses the rules by --date (VOV at 60 %: eligible on 31 August 2025, not on 1 September 2025)', () => {
    const input = `${JSON.stringify({ id: 'p', answers: partTimer })}\n`;
    const vov = (date: string) => {
      const [line] = cli([`--date=${date}`], input).out as Line[];
      return [line?.ruleSet, line?.results.find((r) => r.incentive === 'vlaams-opleidingsverlof')?.outcome];
    };
    assert.deepEqual(vov('2025-08-31'), ['2024-25', 'eligible']);
    assert.deepEqual(vov('2025-09-01'), ['2025-26', 'not-eligible']);
  });

  it('uses today by default', () => {
    const today = localIsoDate(new Date());
    const { out } = cli([], `${JSON.stringify({ id: 'p', answers: { ...partTimer, employmentPercent: 100, hoursPerWeek: 38 } })}\n`);
    const [line] = out as Line[];
    assert.equal(line?.ruleSet, selectRuleSet(ruleSets, today).id);
    const period = line?.results.find((r) => r.incentive === 'vlaams-opleidingsverlof')?.entitlement?.period;
    assert.deepEqual(period, { start: schoolYear(today).start, end: schoolYear(today).end });
  });

  it('accepts Windows line ends and a last line without a line end', () => {
    const { status, out } = cli(['--date', '2025-11-01'], `${JSON.stringify({ id: 'a', answers: { status: 'student' } })}\r\n${JSON.stringify({ id: 'b', answers: {} })}`);
    assert.equal(status, 0);
    assert.deepEqual(out.map((o) => [o['id'], 'error' in o]), [['a', false], ['b', false]]);
  });

  it('refuses a bad --date with a clear message and exit code 2', () => {
    const bad = cli(['--date', '2025-02-30'], '');
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /--date must be a real date YYYY-MM-DD, got "2025-02-30"/);
    const early = cli(['--date', '2020-01-01'], '');
    assert.equal(early.status, 2);
    assert.match(early.stderr, /no rule set in force on 2020-01-01/);
  });

  it('streams many lines without losing any', () => {
    const n = 3000;
    const lines = Array.from({ length: n }, (_, i) => JSON.stringify({ id: `s${i}`, answers: i % 7 === 0 ? { employmentPercent: 101 } : { ...partTimer, employmentPercent: i % 101 } }));
    const { status, out } = cli(['--date', '2025-11-01'], `${lines.join('\n')}\n`);
    assert.equal(status, 0);
    assert.equal(out.length, n);
    assert.deepEqual(out.map((o) => o['id']), Array.from({ length: n }, (_, i) => `s${i}`));
    assert.equal(out.filter((o) => 'error' in o).length, Math.ceil(n / 7));
  });
});
