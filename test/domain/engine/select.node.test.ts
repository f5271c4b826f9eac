/** select.ts: the rule set in force on a reference date. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { selectRuleSet } from '../../../src/domain/engine/select';

const SETS = [
  { id: '2025-26', effectiveFrom: '2025-09-01' },
  { id: '2023-24', effectiveFrom: '2023-09-01' },
  { id: '2024-25', effectiveFrom: '2024-09-01' },
];

describe('selectRuleSet', () => {
  it('takes the latest rule set that takes effect on or before the date, in any order of the list', () => {
    assert.equal(selectRuleSet(SETS, '2025-09-01').id, '2025-26');
    assert.equal(selectRuleSet(SETS, '2025-08-31').id, '2024-25');
    assert.equal(selectRuleSet(SETS, '2031-01-01').id, '2025-26');
    assert.equal(selectRuleSet(SETS, '2023-09-01').id, '2023-24');
  });

  it('returns the very object from the list', () => {
    assert.equal(selectRuleSet(SETS, '2024-12-01'), SETS[2]);
  });

  it('refuses a date before the first rule set, naming when the earliest takes effect', () => {
    assert.throws(() => selectRuleSet(SETS, '2023-08-31'), { name: 'RangeError', message: 'no rule set in force on 2023-08-31 (the earliest takes effect on 2023-09-01)' });
    assert.throws(() => selectRuleSet([], '2025-01-01'), { name: 'RangeError', message: 'no rule set in force on 2025-01-01' });
  });

  it('refuses a date that is not YYYY-MM-DD', () => {
    assert.throws(() => selectRuleSet(SETS, '2025-9-1'), RangeError);
    assert.throws(() => selectRuleSet(SETS, '2025-02-30'), RangeError);
  });
});
