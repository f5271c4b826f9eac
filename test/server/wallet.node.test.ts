/**
 * /wallet is the account module mapped to the contract: for the personas the server's computed wallets agree with
 * the mock's hand-made ones wherever the mock follows today's rules, labels follow the language, and a balance
 * the person cannot use today is never shown as usable.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PERSONAS, REFERENCE_DATE, walletFor } from '../../mocks/personas';
import { parseHistoryLine } from '../../server/history';
import { PERSONA_HISTORIES, PERSONA_LINES } from '../../server/personas';
import { periodLabel, walletOf } from '../../server/wallet';

const stored = (i: number) => ({ history: PERSONA_HISTORIES[i]!, updatedAt: '2026-11-27T06:00:00Z' });
/**
 * The mock's federal training right and VOK entries are hand-made (invented carry-over amounts, a time credit that
 * starts at a made-up date); every other mock entitlement is what today's rules give, so the server must agree.
 */
const HAND_MADE = new Set(['federaal-opleidingsrecht', 'vlaams-opleidingskrediet']);

describe('/wallet from the account module', () => {
  for (const [i, persona] of PERSONAS.entries()) {
    it(`${persona.id}: the same balances as the mock where the mock follows the rules`, () => {
      const server = walletOf(stored(i), { referenceDate: REFERENCE_DATE, lang: 'nl' });
      const mock = walletFor(persona, 'nl');
      assert.equal(server.ruleSet, mock.ruleSet);
      assert.deepEqual([...server.referrals].sort(), [...mock.referrals].sort());
      for (const expected of mock.entitlements.filter((e) => !HAND_MADE.has(e.incentive))) {
        // A right over the whole career starts, for the server, on the first day it has rules for (2024-09-01).
        const samePeriod = (e: typeof expected) => e.period.start === expected.period.start || (e.period.end === null && expected.period.end === null);
        const found = server.entitlements.find((e) => e.incentive === expected.incentive && samePeriod(e));
        assert.ok(found, `${expected.incentive} from ${expected.period.start} is missing`);
        const pick = (e: typeof expected) => [e.granted, e.used, e.remaining, e.unit, e.lapsesOn, e.period.end, e.period.label, e.status, e.pillar, e.provider];
        assert.deepEqual(pick(found), pick(expected), expected.incentive);
      }
      const incentives = new Set(server.entitlements.map((e) => e.incentive));
      for (const e of mock.entitlements) assert.ok(incentives.has(e.incentive), `${e.incentive} shown by the mock, not by the server`);
    });
  }

  it('the federal training right carries over: this year and the two before, each with its own lapse date', () => {
    const server = walletOf(stored(PERSONAS.findIndex((p) => p.id === 'large')), { referenceDate: REFERENCE_DATE, lang: 'en' });
    const federal = server.entitlements.filter((e) => e.incentive === 'federaal-opleidingsrecht');
    assert.deepEqual(
      federal.map((e) => [e.period.label, e.lapsesOn]),
      [
        ['carried over from 2024', '2028-12-31'],
        ['carried over from 2025', '2029-12-31'],
        ['calendar year 2026', '2030-12-31'],
      ],
    );
  });

  it('a balance the person cannot use today (the status changed) is not "active"', () => {
    const line = structuredClone(PERSONA_LINES[0]!) as { id: string; timeline: { from: string; answers: Record<string, unknown> }[] };
    line.id = 'h-became-jobseeker';
    line.timeline.push({ from: '2026-10-01', answers: { ...line.timeline[0]!.answers, status: 'jobseeker', employerFte: null, employmentPercent: null, hoursPerWeek: null } });
    const history = parseHistoryLine(line, REFERENCE_DATE);
    const wallet = walletOf({ history, updatedAt: '2026-11-27T06:00:00Z' }, { referenceDate: REFERENCE_DATE, lang: 'nl' });
    const cheques = wallet.entitlements.find((e) => e.incentive === 'opleidingscheques');
    assert.ok(cheques, 'the lot of the school year is still shown');
    assert.equal(cheques.remaining, 75);
    assert.equal(cheques.status, 'pending');
  });

  it('a person the sources know nothing of has an empty wallet, with every source answering', () => {
    const wallet = walletOf(undefined, { referenceDate: REFERENCE_DATE, lang: 'fr' });
    assert.deepEqual(wallet.entitlements, []);
    assert.equal(wallet.sources.length, 4);
    assert.ok(wallet.sources.every((s) => s.status === 'ok'));
  });

  it('nothing after the reference date counts: a wallet for an earlier day ignores later uses', () => {
    const i = PERSONAS.findIndex((p) => p.id === 'low-educated-employee');
    const wallet = walletOf(stored(i), { referenceDate: '2026-09-15', lang: 'nl' });
    const cheques = wallet.entitlements.find((e) => e.incentive === 'opleidingscheques');
    assert.equal(cheques?.used, 50, 'the use of 1 September 2026 counts on 15 September');
    const before = walletOf(stored(i), { referenceDate: '2026-08-31', lang: 'nl' });
    assert.equal(before.entitlements.find((e) => e.incentive === 'opleidingscheques' && e.period.start === '2026-09-01'), undefined);
  });

  it('period labels in three languages', () => {
    const cases: [Parameters<typeof periodLabel>, string][] = [
      [['school-year', '2026-09-01', '2027-08-31', REFERENCE_DATE, 'fr'], 'année scolaire 2026-2027'],
      [['calendar-year', '2026-01-01', '2026-12-31', REFERENCE_DATE, 'nl'], 'kalenderjaar 2026'],
      [['calendar-year', '2025-01-01', '2025-12-31', REFERENCE_DATE, 'fr'], 'reporté de 2025'],
      [['career', '2024-09-01', null, REFERENCE_DATE, 'en'], 'over your whole career'],
      [['six-years', '2025-10-01', '2026-12-31', REFERENCE_DATE, 'nl'], '1 oktober 2025 tot 31 december 2026'],
      [['six-years', '2025-10-01', '2026-12-31', REFERENCE_DATE, 'en'], '1 October 2025 to 31 December 2026'],
    ];
    for (const [args, expected] of cases) assert.equal(periodLabel(...args), expected);
  });
});
