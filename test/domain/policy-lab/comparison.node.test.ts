/** The policy lab's comparison of two rule sets (issue 13, items 2 and 6). */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { compareRuleSets, DIMENSIONS, type ComparisonResult, type IncentiveComparison } from '../../../src/domain/compare/index';
import { evaluate, parseSituation, type Situation } from '../../../src/domain/index';
import { population } from '../../../src/domain/population/index';
import { plannedRuleSets, ruleSets, scenarioRuleSets } from '../../../src/domain/rules/index';
import { loadCases } from '../helpers';

interface HandCase {
  date: string;
  baseline: string;
  alternative: string;
  base: Record<string, unknown>;
  people: { name: string; answers: Record<string, unknown>; vov: [string, string] }[];
  expect: {
    'vlaams-opleidingsverlof': { before: { eligible: number; unknown: number }; after: { eligible: number; unknown: number }; gained: number; lost: number; losers: string[] };
    loopbaancheques: { before: { eligible: number; unknown: number; total: number }; after: { eligible: number; unknown: number; total: number }; gained: number; lost: number; decreased: number };
    people: Record<string, number>;
  };
}

const hand = loadCases<HandCase>('policy-lab-vov.json');
const byId = (id: string) => [...ruleSets, ...plannedRuleSets, ...scenarioRuleSets].find((rs) => rs.id === id)!;
const situations: Situation[] = hand.people.map((p) => parseSituation({ ...hand.base, ...p.answers }));
const incentive = (r: ComparisonResult, id: string) => r.incentives.find((i) => i.incentive === id) as IncentiveComparison;

describe('comparing two rule sets', () => {
  it('a rule set compared with itself changes nothing, for every rule set and on a generated population', () => {
    const people = [...population(3000, 11)];
    for (const rs of [...ruleSets, ...plannedRuleSets, ...scenarioRuleSets]) {
      const r = compareRuleSets(people, { baseline: rs, alternative: rs, date: '2026-03-01' });
      assert.equal(r.size, 3000);
      assert.deepEqual(r.people, { people: 3000, gained: 0, lost: 0, both: 0, unchanged: 3000 }, rs.id);
      for (const i of r.incentives) {
        assert.deepEqual(i.after, i.before, `${rs.id} ${i.incentive}`);
        assert.deepEqual([i.gained, i.lost, i.increased, i.decreased], [0, 0, 0, 0], `${rs.id} ${i.incentive}`);
      }
      assert.deepEqual(r.examples, []);
    }
  });

  it('2024-25 → 2025-26 on a hand-made population gives the hand-counted VOV losers', () => {
    const r = compareRuleSets(situations, { baseline: byId(hand.baseline), alternative: byId(hand.alternative), date: hand.date });
    const vov = incentive(r, 'vlaams-opleidingsverlof');
    const want = hand.expect['vlaams-opleidingsverlof'];
    assert.deepEqual({ eligible: vov.before.eligible, unknown: vov.before.unknown }, want.before);
    assert.deepEqual({ eligible: vov.after.eligible, unknown: vov.after.unknown }, want.after);
    assert.equal(vov.gained, want.gained);
    assert.equal(vov.lost, want.lost);
    const losers = r.examples
      .filter((e) => e.changes.some((c) => c.incentive === 'vlaams-opleidingsverlof' && c.kind === 'lost'))
      .map((e) => hand.people[e.person - 1]?.name);
    assert.deepEqual(losers, want.losers);
    // The column per person says what the engine says.
    hand.people.forEach((p, n) => {
      for (const [side, id] of [[0, hand.baseline], [1, hand.alternative]] as const) {
        const result = evaluate(byId(id), situations[n] as Situation, { referenceDate: hand.date }).results.find((x) => x.incentive === 'vlaams-opleidingsverlof');
        assert.equal(result?.outcome, p.vov[side], `${p.name} under ${id}`);
      }
    });
    const lbc = incentive(r, 'loopbaancheques');
    const wantLbc = hand.expect.loopbaancheques;
    assert.deepEqual(lbc.before, wantLbc.before);
    assert.deepEqual(lbc.after, wantLbc.after);
    assert.deepEqual([lbc.gained, lbc.lost, lbc.decreased], [wantLbc.gained, wantLbc.lost, wantLbc.decreased]);
    assert.deepEqual(r.people, hand.expect.people);
  });

  it('gives each example the engine\'s reasons before and after ("loses VOV: below 80 % and 28 hours")', () => {
    const r = compareRuleSets(situations, { baseline: byId(hand.baseline), alternative: byId(hand.alternative), date: hand.date });
    const example = r.examples.find((e) => e.person === 3);
    const change = example?.changes.find((c) => c.incentive === 'vlaams-opleidingsverlof');
    assert.equal(change?.kind, 'lost');
    assert.equal(change?.before.outcome, 'eligible');
    assert.deepEqual(change?.before.reasons, []);
    assert.equal(change?.after.outcome, 'not-eligible');
    assert.deepEqual(change?.after.reasons.map((x) => [x.condition, x.met]), [['vov-employment', false]]);
    assert.match(change?.after.reasons[0]?.text.nl ?? '', /80/);
    const open = r.examples.find((e) => e.person === 12)?.changes.find((c) => c.incentive === 'vlaams-opleidingsverlof');
    assert.equal(open?.after.outcome, 'unknown');
    assert.deepEqual(open?.after.reasons.map((x) => x.met), [null]);
    assert.equal(example?.groups.partTime, 'part-time-50');
  });

  it('every breakdown adds up to the whole, for people and for each incentive', () => {
    const r = compareRuleSets(population(20000, 3), { baseline: ruleSets[1]!, alternative: ruleSets[0]!, date: '2026-03-01' });
    for (const dim of DIMENSIONS) {
      const groups = r.breakdowns[dim];
      for (const field of ['people', 'gained', 'lost', 'both', 'unchanged'] as const) {
        assert.equal(groups.reduce((n, g) => n + g[field], 0), r.people[field], `${dim} ${field}`);
      }
      r.incentives.forEach((inc, i) => {
        for (const field of ['gained', 'lost', 'increased', 'decreased'] as const) {
          assert.equal(groups.reduce((n, g) => n + (g.incentives[i]?.[field] ?? 0), 0), inc[field], `${dim} ${inc.incentive} ${field}`);
        }
        const total = groups.reduce((n, g) => n + (g.incentives[i]?.after.total ?? 0), 0);
        assert.ok(Math.abs(total - inc.after.total) < 0.01 * groups.length, `${dim} ${inc.incentive} total`);
      });
    }
    assert.equal(r.people.people, r.people.gained + r.people.lost + r.people.both + r.people.unchanged);
    // The VOV thresholds of 2024-25 again: more employees have a right, nobody loses one.
    const vov = incentive(r, 'vlaams-opleidingsverlof');
    assert.ok(vov.gained > 0 && vov.lost === 0 && vov.after.eligible === vov.before.eligible + vov.gained);
    const gainers = r.breakdowns.partTime.filter((g) => (g.incentives.find((x) => x.incentive === 'vlaams-opleidingsverlof')?.gained ?? 0) > 0).map((g) => g.group);
    assert.deepEqual(gainers, ['part-time-50']);
  });

  it('an incentive that only one rule set has counts as not offered on the other side', () => {
    const planned = plannedRuleSets[0]!;
    const people = [...population(5000, 5)];
    const r = compareRuleSets(people, { baseline: ruleSets[1]!, alternative: planned, date: '2027-02-01' });
    const lbc = incentive(r, 'loopbaancheques');
    const lbk = incentive(r, 'loopbaankrediet');
    assert.deepEqual([lbc.inBaseline, lbc.inAlternative, lbc.after.eligible, lbc.lost], [true, false, 0, lbc.before.eligible]);
    assert.deepEqual([lbk.inBaseline, lbk.inAlternative, lbk.before.eligible, lbk.gained], [false, true, 0, lbk.after.eligible]);
    const example = r.examples.find((e) => e.changes.some((c) => c.incentive === 'loopbaancheques' && c.kind === 'lost'));
    assert.equal(example?.changes.find((c) => c.incentive === 'loopbaancheques')?.after.outcome, 'not-offered');
  });

  it('keeps at most a handful of examples per cell, each a person whose rights change', () => {
    const r = compareRuleSets(population(20000, 9), { baseline: ruleSets[1]!, alternative: ruleSets[0]!, date: '2026-03-01' });
    assert.ok(r.examples.length > 0 && r.examples.length < 200);
    const perCell = new Map<string, number>();
    for (const e of r.examples) {
      assert.ok(e.changes.length > 0);
      for (const c of e.changes) perCell.set(`${c.incentive} ${c.kind}`, (perCell.get(`${c.incentive} ${c.kind}`) ?? 0) + 1);
    }
    assert.ok([...perCell.values()].every((n) => n >= 3));
  });
});
