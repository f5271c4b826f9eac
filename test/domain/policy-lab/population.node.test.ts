/** The policy lab's synthetic population (issue 13, item 1): sourced marginals, deterministic per seed. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseSituation, type Situation } from '../../../src/domain/index';
import { BEHAVIOUR_DATA, population, POPULATION_DATA } from '../../../src/domain/population/index';

const sections = POPULATION_DATA.sections as Record<string, { table?: Record<string, unknown>; sources: { url: string; year: number }[]; assumption?: string }>;

function shares<T extends string>(people: readonly Situation[], key: (s: Situation) => T | undefined): Map<T, number> {
  const out = new Map<T, number>();
  for (const p of people) {
    const k = key(p);
    if (k !== undefined) out.set(k, (out.get(k) ?? 0) + 1);
  }
  const n = [...out.values()].reduce((a, b) => a + b, 0);
  for (const [k, v] of out) out.set(k, v / n);
  return out;
}

function normalised(row: Record<string, number>): Record<string, number> {
  const total = Object.values(row).reduce((a, b) => a + b, 0);
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v / total]));
}

const people = [...population(60000, 2026)];

describe('synthetic population', () => {
  it('is the same for the same seed and different for another', () => {
    assert.deepEqual([...population(500, 42)], [...population(500, 42)]);
    assert.notDeepEqual([...population(500, 42)], [...population(500, 43)]);
    // A larger population starts with the same people.
    assert.deepEqual([...population(10500, 42)].slice(0, 500), [...population(500, 42)]);
  });

  it('gives situations of the model: every person is valid and reads back the same from JSON', () => {
    for (const p of people.slice(0, 5000)) assert.deepEqual(parseSituation(JSON.parse(JSON.stringify(p))), p);
    // Answers that do not apply are left out (unknown), never filled with a default.
    for (const p of people.filter((x) => x.status === 'jobseeker').slice(0, 200)) {
      assert.equal(p.sector, undefined);
      assert.equal(p.employmentPercent, undefined);
    }
  });

  it('reproduces the marginals of its data file', () => {
    const tolerance = 0.01;
    const residence = normalised(sections['residence']!.table as Record<string, number>);
    for (const [k, v] of shares(people, (p) => p.residence)) assert.ok(Math.abs(v - (residence[k] ?? 0)) < tolerance, `residence ${k}`);
    for (const region of ['flanders', 'brussels'] as const) {
      const want = normalised((sections['status']!.table as Record<string, Record<string, number>>)[region]!);
      const got = shares(people.filter((p) => p.residence === region), (p) => p.status);
      for (const [k, v] of Object.entries(want)) assert.ok(Math.abs((got.get(k as never) ?? 0) - v) < 0.02, `${region} status ${k}: ${got.get(k as never)} vs ${v}`);
    }
    const employees = people.filter((p) => p.status === 'employee' && p.residence === 'flanders');
    const partTime = shares(employees.filter((p) => p.education === 'low'), (p) => ((p.employmentPercent ?? 0) < 100 ? 'part' : 'full'));
    assert.ok(Math.abs((partTime.get('part') ?? 0) - 0.279) < 0.02, `part-time low educated ${partTime.get('part')}`);
    const workplace = shares(employees, (p) => p.workplace);
    assert.ok(Math.abs((workplace.get('brussels') ?? 0) - 0.1) < tolerance, 'Flemish employees working in Brussels');
    // Hours follow the percentage of a 38-hour week; the self-employed have no employer.
    for (const p of employees.slice(0, 1000)) assert.equal(p.hoursPerWeek, Math.round(((p.employmentPercent ?? 0) * 38) / 10) / 10);
    assert.ok(people.filter((p) => p.status === 'self-employed').every((p) => p.employerFte === undefined && p.workplace === p.residence));
    // A POP only for working people who used career guidance in the last six years.
    assert.ok(people.every((p) => !p.popWithin6Years || p.careerVouchersUsed === 'within-6-years'));
  });

  it('names a source (with its year) or an assumption for every marginal and take-up rate', () => {
    for (const [name, section] of Object.entries(sections)) {
      assert.ok(section.sources.length > 0 || (section.assumption ?? '').length > 20, name);
      for (const s of section.sources) {
        assert.match(s.url, /^https?:\/\//, name);
        assert.ok(s.year >= 2000 && s.year <= 2026, `${name} ${s.year}`);
      }
    }
    for (const [name, t] of Object.entries(BEHAVIOUR_DATA.takeUp)) assert.ok(t.sources.length > 0 || (t.assumption ?? '').length > 20, name);
    assert.match(POPULATION_DATA.independence, /independent/);
  });
});
