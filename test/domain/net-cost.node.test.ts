/** Net cost of a course, from cases/net-cost.json; the shares are rule-set data. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { LANGS } from '../../src/domain/lang';
import { netCost, parseRuleSet, selectRuleSet, type Balance, type NetCostTraining } from '../../src/domain/index';
import { ruleSets } from '../../src/domain/rules/index';
import { clone, loadCases } from './helpers';

interface Case { name: string; training: NetCostTraining; balances: Balance[]; options?: { popWithin6Years?: boolean }; expect: Record<string, unknown> }
const table = loadCases<{ cases: Case[] }>('net-cost.json');

describe('net cost (cases/net-cost.json)', () => {
  for (const c of table.cases) {
    it(c.name, () => {
      const result = netCost(c.training, c.balances, { ruleSet: selectRuleSet(ruleSets, '2025-11-01'), ...c.options });
      for (const [field, want] of Object.entries(c.expect)) assert.deepEqual(result[field as keyof typeof result], want, field);
      assert.equal(result.youPay, Math.max(0, Math.round((result.price - result.covered.reduce((s, x) => s + x.amount, 0)) * 100) / 100));
    });
  }
  it('every explanation key has a text in nl, en and fr in the rule set', () => {
    for (const c of table.cases) {
      for (const key of netCost(c.training, c.balances, { ruleSet: selectRuleSet(ruleSets, '2025-11-01'), ...c.options }).explanations) {
        for (const rs of ruleSets) for (const lang of LANGS) assert.ok(rs.netCost.explanations[key][lang].length > 0);
      }
    }
  });
  it('takes its shares from the rule set: a data change to 60 % changes the result', () => {
    const inForce = selectRuleSet(ruleSets, '2025-11-01');
    const changed = clone(inForce) as unknown as { parameters: Record<string, { value: number }> };
    (changed.parameters['oc.share'] as { value: number }).value = 0.6;
    const training: NetCostTraining = { cost: 100, contactHours: 10, basicSkills: false, higherEducation: false, registered: true };
    const balances = [{ incentive: 'opleidingscheques', remaining: 125, unit: 'EUR' }];
    assert.equal(netCost(training, balances, { ruleSet: inForce }).youPay, 50);
    assert.equal(netCost(training, balances, { ruleSet: parseRuleSet(changed) }).youPay, 40);
  });
});
