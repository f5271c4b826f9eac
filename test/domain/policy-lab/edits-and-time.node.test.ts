/** The policy lab's parameter edits (issue 13, items 4 and 6) and the five years of accounts (item 3). */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  applyEdits,
  BASELINE,
  changedEdits,
  checkEdit,
  compareRuleSets,
  editableValues,
  FLOWS,
  OverTime,
  runLab,
  type Flows,
  type LabRequest,
} from '../../../src/domain/compare/index';
import { population } from '../../../src/domain/population/index';
import { ruleSets, scenarioRuleSets } from '../../../src/domain/rules/index';

const current = ruleSets[1]!;
const opspaarbaar = scenarioRuleSets.find((s) => s.id === 'scenario-opspaarbaar')!;

describe('parameter edits', () => {
  it('lists every parameter with its description and source, and a scenario\'s account parameters', () => {
    const values = editableValues(current);
    assert.equal(values.length, Object.keys(current.parameters).length);
    const share = values.find((v) => v.key === 'p.oc.yearly-share');
    assert.equal(share?.value, 125);
    assert.equal(share?.unit, 'EUR');
    assert.match(share?.description ?? '', /opleidingscheques/);
    assert.match(share?.source.url ?? '', /^https:/);
    const account = editableValues(opspaarbaar).filter((v) => v.kind !== 'parameter');
    assert.deepEqual(
      account.filter((v) => v.name === 'opleidingscheques').map((v) => [v.key, v.value]),
      [['a.opleidingscheques.carryOver', 2], ['a.opleidingscheques.cap', 250], ['a.opleidingscheques.portable', false]],
    );
  });

  it('refuses values the rule-set schema refuses, with its message, and accepts the others', () => {
    assert.equal(checkEdit(current, 'p.oc.yearly-share', -5), 'parameters.oc.yearly-share.value: must be 0 or more, got -5');
    assert.equal(checkEdit(current, 'p.oc.yearly-share', Number.NaN), 'parameters.oc.yearly-share.value: must be a number, got NaN');
    assert.equal(checkEdit(current, 'p.oc.yearly-share', 150), null);
    assert.equal(checkEdit(current, 'p.no-such-thing', 1), 'p.no-such-thing: the rule set has no parameter "no-such-thing"');
    assert.equal(checkEdit(opspaarbaar, 'a.opleidingscheques.cap', 0), 'incentives[0].account.cap: must be a number more than 0, got 0');
    assert.equal(checkEdit(opspaarbaar, 'a.opleidingscheques.carryOver', 2.5), 'incentives[0].account.carryOver.periods: must be a whole number from 0 to 10, got 2.5');
    assert.equal(checkEdit(opspaarbaar, 'a.opleidingscheques.cap', null), null);
    assert.match(checkEdit(current, 'a.opleidingscheques.cap', 300) ?? '', /only a scenario/);
    assert.throws(() => applyEdits(current, { 'p.vov.hours-full-time': -1 }), /must be 0 or more, got -1/);
  });

  it('never changes the rule set itself, and an edit shows in the comparison', () => {
    const edited = applyEdits(current, { 'p.oc.yearly-share': 150 });
    assert.equal(current.parameters['oc.yearly-share']?.value, 125);
    assert.equal(applyEdits(current, {}), current);
    const r = compareRuleSets(population(5000, 1), { baseline: current, alternative: edited, date: '2026-03-01' });
    const oc = r.incentives.find((i) => i.incentive === 'opleidingscheques')!;
    assert.equal(oc.after.eligible, oc.before.eligible);
    assert.equal(oc.increased, oc.before.eligible);
    assert.equal(oc.after.total, oc.before.total * (150 / 125));
    assert.deepEqual(changedEdits(current, { 'p.oc.yearly-share': 125, 'p.oc.share': 0.6, 'p.unknown': 3 }), { 'p.oc.share': 0.6 });
  });
});

const sum = (f: Flows, keys: readonly (keyof Flows)[]) => keys.reduce((n, k) => n + f[k], 0);

describe('five years of accounts (phase 3.2)', () => {
  const run = new OverTime({ adopted: ruleSets, scenario: opspaarbaar, seed: 4 });
  let n = 0;
  for (const person of population(1500, 4)) run.add(person, ++n);
  const result = run.finish();

  it('accounts for every right granted: capped off, used, lapsed, carried over or still open', () => {
    assert.equal(result.people, 1500);
    assert.deepEqual([result.start, result.end], ['2024-09-01', '2029-08-31']);
    for (const inc of result.incentives) {
      for (const side of ['today', 'scenario'] as const) {
        const f = inc[side];
        const accounted = sum(f, ['cappedOff', 'used', 'lapsed', 'carriedOver', 'open']);
        assert.ok(Math.abs(f.granted - accounted) < 0.05, `${inc.incentive} ${side}: ${f.granted} vs ${accounted}`);
        for (const k of FLOWS) assert.ok(f[k] >= 0, `${inc.incentive} ${side} ${k}`);
      }
    }
  });

  it('under the saving scenario, less of the training vouchers lapses; incentives it leaves alone do not change', () => {
    const oc = result.incentives.find((i) => i.incentive === 'opleidingscheques')!;
    assert.ok(oc.today.lapsed / oc.today.granted > 0.9, 'today almost every voucher right lapses unused');
    assert.equal(oc.today.carriedOver, 0);
    assert.ok(oc.scenario.lapsed < oc.today.lapsed * 0.7);
    assert.ok(oc.scenario.carriedOver > 0 && oc.scenario.cappedOff > 0);
    assert.equal(oc.scenario.used, oc.today.used);
    for (const id of ['federaal-opleidingsrecht', 'kmo-portefeuille', 'loopbaancheques']) {
      const inc = result.incentives.find((i) => i.incentive === id)!;
      assert.deepEqual(inc.scenario, inc.today, id);
    }
    const groups = result.breakdowns.status;
    assert.equal(groups.reduce((s, g) => s + g.people, 0), 1500);
  });
});

describe('the lab run', () => {
  const request: LabRequest = { date: '2026-03-01', alternative: 'scenario-opspaarbaar', edits: { 'a.opleidingscheques.cap': 500 }, size: 10000, seed: 3 };

  it('gives the same result in slices (the main thread) as in one go (the worker), and reports progress', async () => {
    const progress: number[] = [];
    const straight = await runLab(request, { onProgress: (p) => progress.push(p.done / p.total) });
    let pauses = 0;
    const sliced = await runLab(request, { pause: () => new Promise((r) => setTimeout(r, 0)).then(() => void pauses++), sliceMs: 1 });
    assert.deepEqual(sliced, straight);
    assert.ok(pauses > 3);
    assert.ok(progress.length >= 20 && progress.at(-1) === 1);
    assert.equal(straight.alternative.kind, 'scenario');
    assert.deepEqual(straight.edited, ['a.opleidingscheques.cap']);
    assert.equal(straight.overTime?.people, 10000);
  });

  it('refuses a request it cannot run, saying why', async () => {
    await assert.rejects(runLab({ ...request, size: 5 }), /size: must be a whole number from 10000 to 1000000, got 5/);
    await assert.rejects(runLab({ ...request, date: '2023-01-01' }), /no adopted rules before 2024-09-01/);
    await assert.rejects(runLab({ ...request, alternative: 'nope' }), /unknown rule set "nope"/);
    await assert.rejects(runLab({ ...request, edits: { 'a.opleidingscheques.cap': -1 } }), /must be a number more than 0, got -1/);
    const controller = new AbortController();
    controller.abort(new Error('stopped'));
    await assert.rejects(runLab({ ...request, alternative: BASELINE, edits: {} }, { signal: controller.signal }), /stopped/);
  });
});
