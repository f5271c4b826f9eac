/** The rule-set schema: the two rule sets are valid; broken ones are rejected with the faulty place named. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { evaluate, parseRuleSet, parseSituation, selectRuleSet } from '../../src/domain/index';
import { plannedRuleSets, ruleSets, scenarioRuleSets } from '../../src/domain/rules/index';
import { clone, loadCases, repoRoot } from './helpers';

const raw2025 = JSON.parse(readFileSync(`${repoRoot}src/domain/rules/rule-set-2025-09-01.json`, 'utf8')) as unknown;

/** "a[2].b.c\\.d" → ["a", 2, "b", "c.d"] */
function keys(path: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const part of path.split(/(?<!\\)\./)) {
    const m = /^([^[]*)((?:\[\d+\])*)$/.exec(part);
    if (!m) throw new Error(`bad path ${path}`);
    if (m[1]) out.push(m[1].replace(/\\\./g, '.'));
    for (const idx of m[2]?.matchAll(/\[(\d+)\]/g) ?? []) out.push(Number(idx[1]));
  }
  return out;
}

function edit(doc: unknown, path: string, change: { set?: unknown; delete?: boolean }): unknown {
  const copy = clone(doc);
  const ks = keys(path);
  let node = copy as Record<string | number, unknown>;
  for (const k of ks.slice(0, -1)) node = node[k] as Record<string | number, unknown>;
  const last = ks[ks.length - 1] as string | number;
  if (change.delete) {
    if (Array.isArray(node) && typeof last === 'number') node.splice(last, 1);
    else delete node[last];
  } else node[last] = change.set;
  return copy;
}

describe('rule sets', () => {
  it('loads both rule sets, oldest first, with their ids and dates', () => {
    assert.deepEqual(ruleSets.map((r) => [r.id, r.effectiveFrom]), [['2024-25', '2024-09-01'], ['2025-26', '2025-09-01']]);
  });
  it('has the fixed incentive and referral ids of eligibility-rules.md', () => {
    for (const rs of ruleSets) {
      assert.deepEqual(rs.incentives.map((i) => i.id), [
        'opleidingscheques', 'vlaams-opleidingsverlof', 'vlaams-opleidingskrediet', 'vlaams-zorgkrediet-opleiding', 'loopbaancheques', 'federaal-opleidingsrecht', 'kmo-portefeuille',
      ]);
      assert.deepEqual(rs.referrals.map((r) => r.id).sort(), [
        'actiris', 'brussels-educatief-verlof', 'conge-education-paye', 'forem', 'initieel-onderwijs', 'loopbaanbegeleiding', 'sectorfonds', 'vdab-werkzoekenden', 'volwassenenonderwijs',
      ]);
    }
  });
  it('gives every condition a source, a last-checked date and reason texts', () => {
    for (const rs of ruleSets) {
      for (const inc of rs.incentives) {
        for (const c of inc.conditions) {
          assert.match(c.source.url, /^https:\/\//, c.id);
          assert.match(c.lastChecked, /^\d{4}-\d{2}-\d{2}$/, c.id);
        }
      }
    }
  });
  it('chooses the rule set by reference date', () => {
    assert.equal(selectRuleSet(ruleSets, '2024-09-01').id, '2024-25');
    assert.equal(selectRuleSet(ruleSets, '2025-08-31').id, '2024-25');
    assert.equal(selectRuleSet(ruleSets, '2025-09-01').id, '2025-26');
    assert.equal(selectRuleSet(ruleSets, '2030-01-01').id, '2025-26');
    assert.throws(() => selectRuleSet(ruleSets, '2024-08-31'), /no rule set in force on 2024-08-31 \(the earliest takes effect on 2024-09-01\)/);
    assert.throws(() => selectRuleSet(ruleSets, '2025-13-01'), /referenceDate must be a date/);
  });
});

describe('planned rule sets and scenarios are never in force', () => {
  const everything = [...scenarioRuleSets, ...plannedRuleSets, ...ruleSets];
  it('selectRuleSet picks only adopted rule sets, whatever else the list holds', () => {
    for (const date of ['2024-09-01', '2025-10-01', '2026-11-28', '2027-01-01', '2027-06-01', '2035-01-01']) {
      const chosen = selectRuleSet(everything, date);
      assert.equal(chosen.status ?? 'adopted', 'adopted', date);
      assert.notEqual(chosen.scenario, true, date);
      assert.equal(chosen.id, selectRuleSet(ruleSets, date).id, date);
    }
    assert.throws(() => selectRuleSet(everything, '2024-08-31'), /no rule set in force on 2024-08-31 \(the earliest takes effect on 2024-09-01\)/);
    assert.throws(() => selectRuleSet([...plannedRuleSets, ...scenarioRuleSets], '2027-06-01'), /^RangeError: no rule set in force on 2027-06-01$/);
  });
  it('the lists hold what they say: ruleSets adopted, plannedRuleSets planned with source and note, scenarioRuleSets scenarios', () => {
    for (const rs of ruleSets) assert.ok(rs.status === undefined && rs.scenario === undefined, rs.id);
    assert.deepEqual(plannedRuleSets.map((r) => [r.id, r.effectiveFrom, r.status]), [['2027-loopbaankrediet-gepland', '2027-01-01', 'planned']]);
    for (const rs of plannedRuleSets) {
      assert.ok(rs.source && rs.note?.includes('NOT FINAL'), rs.id);
      assert.match(rs.title.nl, /nog niet definitief/);
    }
    assert.deepEqual(scenarioRuleSets.map((r) => r.id), ['scenario-opspaarbaar', 'scenario-meeneembaar']);
    for (const rs of scenarioRuleSets) {
      assert.equal(rs.scenario, true);
      assert.match(rs.title.nl, /^Scenario: /);
      assert.match(rs.note ?? '', /§2\.3\.6/);
    }
  });
  it('the planned loopbaankrediet replaces the loopbaancheques and changes nothing else', () => {
    const [planned] = plannedRuleSets;
    const today = ruleSets[ruleSets.length - 1];
    assert.ok(planned && today);
    assert.deepEqual(planned.incentives.map((i) => i.id), today.incentives.map((i) => (i.id === 'loopbaancheques' ? 'loopbaankrediet' : i.id)));
    for (const inc of planned.incentives) {
      if (inc.id === 'loopbaankrediet') continue;
      assert.deepEqual(inc, today.incentives.find((i) => i.id === inc.id), inc.id);
    }
    const krediet = planned.incentives.find((i) => i.id === 'loopbaankrediet');
    assert.equal(krediet?.entitlement.unit, 'hours');
    assert.equal(planned.parameters['lbk.hours']?.value, 6);
  });
  it('today only the federal training right carries over: 4 periods, as a noted decision, in every adopted rule set', () => {
    for (const rs of ruleSets) {
      const withAccount = rs.incentives.filter((i) => i.account !== undefined);
      assert.deepEqual(withAccount.map((i) => [i.id, i.account?.carryOver?.periods, i.account?.cap, i.account?.portable]), [['federaal-opleidingsrecht', 4, undefined, undefined]], rs.id);
      assert.match(withAccount[0]?.account?.note ?? '', /DECISION/);
    }
  });
  it('the scenarios differ from today\'s rules only in their account parameters', () => {
    const today = ruleSets[ruleSets.length - 1];
    assert.ok(today);
    for (const rs of scenarioRuleSets) {
      assert.deepEqual(rs.incentives.map(({ account: _, ...rest }) => rest), today.incentives.map(({ account: _, ...rest }) => rest), rs.id);
    }
    const saving = scenarioRuleSets.find((r) => r.id === 'scenario-opspaarbaar');
    const oc = saving?.incentives.find((i) => i.id === 'opleidingscheques')?.account;
    assert.deepEqual([oc?.carryOver?.periods, oc?.cap], [2, 250]);
    const portable = scenarioRuleSets.find((r) => r.id === 'scenario-meeneembaar');
    assert.deepEqual(portable?.incentives.filter((i) => i.account?.portable).map((i) => i.id), [
      'opleidingscheques', 'vlaams-opleidingsverlof', 'vlaams-opleidingskrediet', 'vlaams-zorgkrediet-opleiding', 'loopbaancheques',
    ]);
  });
});

const table = loadCases<{ cases: { name: string; path: string; set?: unknown; delete?: boolean; message: string }[] }>('rule-set-errors.json');

describe('broken rule sets are rejected, naming the faulty place (cases/rule-set-errors.json)', () => {
  it('the unedited file is valid', () => {
    assert.equal(parseRuleSet(raw2025).id, '2025-26');
  });
  for (const c of table.cases) {
    it(c.name, () => {
      const broken = edit(raw2025, c.path, c);
      assert.throws(
        () => parseRuleSet(broken),
        (e: Error) => {
          assert.ok(e.message.includes(c.message), `got: ${e.message}`);
          return true;
        },
      );
    });
  }
  it('rejects what is not a rule set at all', () => {
    assert.throws(() => parseRuleSet('rules'), /\(root\): must be an object, got "rules"/);
    assert.throws(() => parseRuleSet({}), /id: is missing/);
  });
});

describe('a policy change is a change of data only', () => {
  it('harmonising: opening VOV to the Flemish public sector and to Brussels workplaces is an edit of the JSON', () => {
    const harmonised = clone(raw2025) as { id: string; incentives: { id: string; conditions: Record<string, unknown>[] }[] };
    harmonised.id = '2027-harmonised';
    const vov = harmonised.incentives.find((i) => i.id === 'vlaams-opleidingsverlof');
    assert.ok(vov);
    const sector = vov.conditions.find((c) => c['id'] === 'vov-sector');
    const workplace = vov.conditions.find((c) => c['id'] === 'vov-workplace');
    assert.ok(sector && workplace);
    delete sector['is'];
    sector['in'] = ['private', 'flemish-public'];
    delete workplace['is'];
    workplace['in'] = ['flanders', 'brussels'];
    const modified = parseRuleSet(harmonised);

    const teacherInBrussels = parseSituation({
      status: 'employee', sector: 'flemish-public', residence: 'brussels', workplace: 'brussels', education: 'high',
      employmentPercent: 100, hoursPerWeek: 38, popWithin6Years: false, experienceYears: 10, careerVouchersUsed: 'never', employerFte: 300, timeCreditTraining: false,
    });
    const options = { referenceDate: '2025-11-01' };
    const vovOf = (rs: typeof modified) => evaluate(rs, teacherInBrussels, options).results.find((r) => r.incentive === 'vlaams-opleidingsverlof');
    assert.equal(vovOf(selectRuleSet(ruleSets, '2025-11-01'))?.outcome, 'not-eligible');
    const after = vovOf(modified);
    assert.equal(after?.outcome, 'eligible');
    assert.equal(after?.entitlement?.amount, 125);
    assert.equal(evaluate(modified, teacherInBrussels, options).ruleSet, '2027-harmonised');
  });
});
