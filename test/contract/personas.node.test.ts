/**
 * The mock personas are believable test data: their situations use exactly the situation model, and their
 * wallets agree with the eligibility engine evaluating the rule set in force on the reference date (the same
 * rules the mock API serves), with the catalogue, and with themselves.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as v from 'valibot';
import { SituationSchema } from '../../src/domain/situation';
import { evaluate } from '../../src/domain/engine';
import { WalletSchema } from '../../src/api/schemas';
import { INCENTIVES, REFERRAL_IDS } from '../../mocks/catalogue';
import { PERSONAS, REFERENCE_DATE, SOURCES, scaledWallet, walletFor, type Persona } from '../../mocks/personas';
import { ruleSetInForce } from '../../mocks/rule-sets';

const ruleSet = ruleSetInForce(REFERENCE_DATE);

/** The entitlements of the period that holds on the reference date (not carried-over days of earlier years). */
const current = (p: Persona) =>
  p.entitlements.filter((e) => e.period.start <= REFERENCE_DATE && (e.period.end === null || REFERENCE_DATE <= e.period.end));

describe('mock personas', () => {
  it('there are at least 7, with unique ids and names', () => {
    assert.ok(PERSONAS.length >= 7);
    assert.equal(new Set(PERSONAS.map((p) => p.id)).size, PERSONAS.length);
    assert.equal(new Set(PERSONAS.map((p) => p.name)).size, PERSONAS.length);
    for (const p of PERSONAS) assert.match(p.id, /^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('cover the situations the widgets must show', () => {
    const has = (what: string, test: (p: Persona) => boolean) => assert.ok(PERSONAS.some(test), `no persona: ${what}`);
    const s = (p: Persona) => p.situation;
    has('low-educated private employee full time in Flanders', (p) =>
      s(p).status === 'employee' && s(p).sector === 'private' && s(p).education === 'low' && s(p).workplace === 'flanders' && s(p).employmentPercent === 100);
    has('high-educated employee with a POP', (p) => s(p).status === 'employee' && s(p).education === 'high' && s(p).popWithin6Years === true);
    has('Flemish public-sector employee', (p) => s(p).sector === 'flemish-public');
    has('self-employed', (p) => s(p).status === 'self-employed');
    has('job seeker', (p) => s(p).status === 'jobseeker');
    has('Brussels resident working in Brussels', (p) => s(p).residence === 'brussels' && s(p).workplace === 'brussels');
    has('a large wallet', (p) => p.entitlements.length >= 7);
    has('no rights at all', (p) => p.entitlements.length === 0 && p.referrals.length === 0);
    has('a partial wallet', (p) => (p.unavailableSources?.length ?? 0) > 0);
    has('stale data', (p) => p.entitlements.some((e) => e.dataSource.lastUpdated < '2026-09-01'));
    has('something used', (p) => p.entitlements.some((e) => e.used > 0 && e.remaining > 0));
    has('something used up', (p) => p.entitlements.some((e) => e.status === 'used-up'));
    has('something lapsing this year', (p) => p.entitlements.some((e) => e.lapsesOn === '2026-12-31'));
  });

  for (const persona of PERSONAS) {
    describe(persona.id, () => {
      it('situation uses exactly the situation model of eligibility-rules.md §1', () => {
        const parsed = v.safeParse(SituationSchema, persona.situation);
        assert.ok(parsed.success, parsed.issues?.map((i) => `${v.getDotPath(i)}: ${i.message}`).join('; '));
      });

      it('wallet is valid in every language and adds up', () => {
        for (const lang of ['nl', 'en', 'fr'] as const) {
          const wallet = walletFor(persona, lang);
          assert.ok(v.safeParse(WalletSchema, wallet).success, lang);
          assert.equal(wallet.referenceDate, REFERENCE_DATE);
          assert.equal(wallet.ruleSet, ruleSet?.id);
        }
        const ids = persona.entitlements.map((e) => e.id);
        assert.equal(new Set(ids).size, ids.length, 'entitlement ids are unique');
        for (const e of persona.entitlements) {
          const entry = INCENTIVES.find((i) => i.id === e.incentive);
          assert.ok(entry, `${e.incentive} is in the catalogue`);
          assert.equal(e.pillar, entry.pillar);
          assert.equal(e.unit, entry.unit);
          assert.equal(e.provider, entry.provider);
          assert.ok(Math.abs(e.remaining - (e.granted - e.used)) < 1e-9, `${e.id}: remaining = granted − used`);
          assert.ok(e.used <= e.granted, `${e.id}: used ≤ granted`);
          assert.ok(e.lapsesOn === null || e.lapsesOn === e.period.end, `${e.id}: lapses at the end of its period`);
          assert.ok(e.lapsesOn === null || e.lapsesOn >= REFERENCE_DATE, `${e.id}: not lapsed yet`);
          const source = Object.values(SOURCES).find((src) => src.name === e.dataSource.name);
          assert.ok(source && (source.incentives as readonly string[]).includes(e.incentive), `${e.id}: from its own source`);
        }
        for (const id of persona.referrals) assert.ok(REFERRAL_IDS.includes(id), `${id} is a catalogue referral`);
      });

      it('wallet agrees with the eligibility engine on the reference date', () => {
        assert.ok(ruleSet, 'a rule set is in force on the reference date');
        const evaluation = evaluate(ruleSet, persona.situation, { referenceDate: REFERENCE_DATE });
        const undecided = evaluation.results.filter((r) => r.outcome === 'unknown').map((r) => r.incentive);
        assert.deepEqual(undecided, [], 'every outcome is decided for a persona');

        const eligible = evaluation.results.filter((r) => r.outcome === 'eligible');
        const missing = new Set(
          (persona.unavailableSources ?? []).flatMap((key) => [...SOURCES[key].incentives] as string[]),
        );
        const inWallet = new Set(persona.entitlements.map((e) => e.incentive));
        assert.deepEqual(
          [...inWallet].sort(),
          eligible.map((r) => r.incentive).filter((id) => !missing.has(id)).sort(),
          'the wallet holds exactly the eligible incentives (minus those of an unavailable source)',
        );
        assert.deepEqual([...persona.referrals].sort(), [...evaluation.referrals].sort(), 'referrals');

        for (const e of current(persona)) {
          const result = eligible.find((r) => r.incentive === e.incentive);
          assert.ok(result?.entitlement, `${e.id}: the engine grants it`);
          const { entitlement } = result;
          if (e.rate) {
            assert.equal(entitlement.per, 'month', `${e.id}: a monthly rate`);
            assert.equal(e.rate.amount, entitlement.amount, `${e.id}: rate`);
            assert.equal(e.rate.unit, entitlement.unit, `${e.id}: rate unit`);
          } else {
            assert.equal(e.granted, entitlement.amount, `${e.id}: granted`);
            assert.equal(e.unit, entitlement.unit, `${e.id}: unit`);
            assert.equal(e.period.end, entitlement.period.end, `${e.id}: end of period`);
          }
        }
      });
    });
  }

  it('scaledWallet gives any number of unique entitlements for stress tests and the bench', () => {
    for (const n of [10, 50, 200]) {
      const wallet = scaledWallet(n);
      assert.equal(wallet.entitlements.length, n);
      assert.equal(new Set(wallet.entitlements.map((e) => e.id)).size, n);
      assert.ok(v.safeParse(WalletSchema, wallet).success);
    }
  });
});
