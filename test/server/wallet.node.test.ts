/**
 * /wallet is the account module on the stored history, mapped to the contract by the mapping the mock uses: for the
 * personas (imported through the import's own parser) the server's wallets are the mock's, the history cut at the
 * reference date, and a person the sources know nothing of has an empty wallet.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PERSONAS, REFERENCE_DATE, walletFor } from '../../mocks/personas';
import { PERSONA_HISTORIES } from '../../server/personas';
import { periodLabel, walletOf } from '../../server/wallet';

const stored = (i: number) => ({ history: PERSONA_HISTORIES[i]!, updatedAt: '2026-11-27T06:00:00Z' });
/** What the server and the mock may differ in: when the data is from (the import), which sources answer. */
const comparable = (w: ReturnType<typeof walletFor>) => ({
  ...w,
  generatedAt: '',
  sources: [],
  entitlements: w.entitlements.map((e) => ({ ...e, dataSource: { ...e.dataSource, lastUpdated: '' } })),
});

describe('/wallet from the account module', () => {
  for (const [i, persona] of PERSONAS.entries()) {
    if (persona.unavailableSources) continue; // the server holds what every source reported
    it(`${persona.id}: the mock's wallet, computed the same way`, () => {
      const server = walletOf(stored(i), { referenceDate: REFERENCE_DATE, lang: 'nl' });
      assert.deepEqual(comparable(server), comparable(walletFor(persona, 'nl')));
      assert.ok(server.entitlements.every((e) => e.dataSource.lastUpdated === '2026-11-27T06:00:00Z'), 'data as of the import');
    });
  }

  it('a person the sources know nothing of has an empty wallet, with every source answering', () => {
    const wallet = walletOf(undefined, { referenceDate: REFERENCE_DATE, lang: 'fr' });
    assert.deepEqual(wallet.entitlements, []);
    assert.equal(wallet.sources.length, 4);
    assert.ok(wallet.sources.every((s) => s.status === 'ok'));
  });

  it('nothing after the reference date counts: a wallet for an earlier day ignores later uses', () => {
    const i = PERSONAS.findIndex((p) => p.id === 'low-educated-employee');
    const wallet = walletOf(stored(i), { referenceDate: '2026-10-05', lang: 'nl' });
    const cheques = wallet.entitlements.find((e) => e.incentive === 'opleidingscheques');
    assert.equal(cheques?.used, 0, 'the use of 12 October 2026 does not count on 5 October');
    const before = walletOf(stored(i), { referenceDate: '2026-08-31', lang: 'nl' });
    assert.equal(before.entitlements.find((e) => e.incentive === 'opleidingscheques' && e.period.start === '2026-09-01'), undefined);
  });

  it('period labels in four languages', () => {
    const cases: [Parameters<typeof periodLabel>, string][] = [
      [['school-year', '2026-09-01', '2027-08-31', 'fr'], 'année scolaire 2026-2027'],
      [['calendar-year', '2026-01-01', '2026-12-31', 'nl'], 'kalenderjaar 2026'],
      [['career', '2024-09-01', null, 'en'], 'over your whole career'],
      [['time-credit', '2024-09-01', null, 'nl'], 'je tijdskrediet voor een opleiding'],
      [['six-years', '2025-10-01', '2026-12-31', 'nl'], '1 oktober 2025 tot 31 december 2026'],
      [['six-years', '2025-10-01', '2026-12-31', 'en'], '1 October 2025 to 31 December 2026'],
      [['school-year', '2026-09-01', '2027-08-31', 'de'], 'Schuljahr 2026-2027'],
      [['calendar-year', '2026-01-01', '2026-12-31', 'de'], 'Kalenderjahr 2026'],
      [['career', '2024-09-01', null, 'de'], 'über Ihre gesamte Laufbahn'],
      [['time-credit', '2024-09-01', null, 'de'], 'Ihr Zeitkredit für eine Weiterbildung'],
      [['six-years', '2025-10-01', '2026-12-31', 'de'], 'vom 1. Oktober 2025 bis zum 31. Dezember 2026'],
    ];
    for (const [args, expected] of cases) assert.equal(periodLabel(...args), expected);
  });
});
