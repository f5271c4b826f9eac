/** Dates and entitlement periods (wallet helpers). */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { addMonths, daysUntil, entitlementPeriod, isIsoDate, schoolYear } from '../../src/domain/index';
import { ruleSets } from '../../src/domain/rules/index';

const rs = ruleSets[1];
const incentive = (id: string) => {
  const found = rs?.incentives.find((i) => i.id === id);
  assert.ok(found, id);
  return found;
};

describe('dates', () => {
  it('the school year runs from 1 September to 31 August', () => {
    assert.deepEqual(schoolYear('2025-08-31'), { start: '2024-09-01', end: '2025-08-31', label: '2024-2025' });
    assert.deepEqual(schoolYear('2025-09-01'), { start: '2025-09-01', end: '2026-08-31', label: '2025-2026' });
    assert.deepEqual(schoolYear('2026-01-15'), { start: '2025-09-01', end: '2026-08-31', label: '2025-2026' });
  });
  it('counts days until a date', () => {
    assert.equal(daysUntil('2026-08-31', '2026-06-01'), 91);
    assert.equal(daysUntil('2026-06-01', '2026-06-01'), 0);
    assert.equal(daysUntil('2026-05-31', '2026-06-01'), -1);
    assert.equal(daysUntil('2025-03-30', '2025-03-29'), 1, 'across the switch to summer time');
    assert.equal(daysUntil('2028-03-01', '2028-02-28'), 2, 'leap year');
    assert.throws(() => daysUntil('2026-02-30', '2026-01-01'), /date must be a date YYYY-MM-DD/);
  });
  it('validates and adds months at the end of a month', () => {
    assert.equal(isIsoDate('2024-02-29'), true);
    assert.equal(isIsoDate('2025-02-29'), false);
    assert.equal(isIsoDate('2025-2-01'), false);
    assert.equal(addMonths('2025-01-31', 1), '2025-02-28');
    assert.equal(addMonths('2025-11-30', 3), '2026-02-28');
  });
});

describe('entitlementPeriod', () => {
  it('school year for VOV and opleidingscheques', () => {
    assert.deepEqual(entitlementPeriod(incentive('vlaams-opleidingsverlof'), '2026-06-01'), { kind: 'school-year', start: '2025-09-01', end: '2026-08-31' });
    assert.deepEqual(entitlementPeriod(incentive('opleidingscheques'), '2026-09-01'), { kind: 'school-year', start: '2026-09-01', end: '2027-08-31' });
  });
  it('calendar year for the federal training days and the KMO-portefeuille', () => {
    assert.deepEqual(entitlementPeriod(incentive('federaal-opleidingsrecht'), '2026-06-01'), { kind: 'calendar-year', start: '2026-01-01', end: '2026-12-31' });
  });
  it('the whole career (no end) for zorgkrediet', () => {
    assert.deepEqual(entitlementPeriod(incentive('vlaams-zorgkrediet-opleiding'), '2026-06-01'), { kind: 'career', start: '2026-06-01', end: null });
  });
  it('loopbaancheques: until 31 December 2026 while the single-cheque rule runs, then six years', () => {
    assert.deepEqual(entitlementPeriod(incentive('loopbaancheques'), '2026-06-01'), { kind: 'six-years', start: '2026-06-01', end: '2026-12-31' });
    assert.deepEqual(entitlementPeriod(incentive('loopbaancheques'), '2025-09-15'), { kind: 'six-years', start: '2025-09-15', end: '2031-09-14' });
    assert.deepEqual(entitlementPeriod(incentive('loopbaancheques'), '2027-01-01'), { kind: 'six-years', start: '2027-01-01', end: '2032-12-31' });
  });
  it('36 months for the VOK premium', () => {
    assert.deepEqual(entitlementPeriod(incentive('vlaams-opleidingskrediet'), '2026-01-01'), { kind: 'time-credit', start: '2026-01-01', end: '2028-12-31' });
  });
});
