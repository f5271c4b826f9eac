/**
 * The mock personas are believable test data: each is an account history whose answers use exactly the situation
 * model and that the account's own parser accepts; their wallets are COMPUTED (no balance is written by hand), agree
 * with the eligibility engine and the account module on the reference date, with the catalogue, and with themselves.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as v from 'valibot';
import { LANGS } from '../../src/domain/lang';
import { SituationSchema, PERSON_KEYS } from '../../src/domain/situation';
import { evaluate } from '../../src/domain/engine';
import { computeAccount, parseHistory } from '../../src/domain/account';
import { plannedRuleSets, ruleSets } from '../../src/domain/rules';
import { WalletSchema, type Wallet } from '../../src/api/schemas';
import { INCENTIVES, REFERRAL_IDS } from '../../mocks/catalogue';
import { PERSONAS, REFERENCE_DATE, SOURCES, scaledWallet, walletFor, type Persona } from '../../mocks/personas';
import { ruleSetInForce } from '../../mocks/rule-sets';

const ruleSet = ruleSetInForce(REFERENCE_DATE);
const wallets = new Map(PERSONAS.map((p) => [p.id, walletFor(p, 'nl')] as const));
const walletOf = (p: Persona): Wallet => wallets.get(p.id)!;

/** The history as a line of the account format (all 12 answers, null for unknown). */
const asLine = (p: Persona) => ({
  id: p.history.id,
  timeline: p.history.timeline.map((t) => ({ from: t.from, answers: Object.fromEntries(PERSON_KEYS.map((k) => [k, t.answers[k] ?? null])) })),
  uses: p.history.uses,
});

describe('mock personas', () => {
  it('there are at least 7, with unique ids and names', () => {
    assert.ok(PERSONAS.length >= 7);
    assert.equal(new Set(PERSONAS.map((p) => p.id)).size, PERSONAS.length);
    assert.equal(new Set(PERSONAS.map((p) => p.name)).size, PERSONAS.length);
    for (const p of PERSONAS) assert.match(p.id, /^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('cover the situations the widgets must show', () => {
    const has = (what: string, test: (p: Persona, w: Wallet) => boolean) => assert.ok(PERSONAS.some((p) => test(p, walletOf(p))), `no persona: ${what}`);
    const s = (p: Persona) => p.situation;
    has('low-educated private employee full time in Flanders', (p) =>
      s(p).status === 'employee' && s(p).sector === 'private' && s(p).education === 'low' && s(p).workplace === 'flanders' && s(p).employmentPercent === 100);
    has('high-educated employee with a POP', (p) => s(p).status === 'employee' && s(p).education === 'high' && s(p).popWithin6Years === true);
    has('Flemish public-sector employee', (p) => s(p).sector === 'flemish-public');
    has('self-employed', (p) => s(p).status === 'self-employed');
    has('job seeker', (p) => s(p).status === 'jobseeker');
    has('Brussels resident working in Brussels', (p) => s(p).residence === 'brussels' && s(p).workplace === 'brussels');
    has('a status change in the history', (p) => new Set(p.history.timeline.map((t) => t.answers.status)).size > 1);
    has('a large wallet', (_, w) => w.entitlements.length >= 7);
    has('no rights at all', (_, w) => w.entitlements.length === 0 && w.referrals.length === 0);
    has('a partial wallet', (p) => (p.unavailableSources?.length ?? 0) > 0);
    has('stale data', (_, w) => w.entitlements.some((e) => e.dataSource.lastUpdated < '2026-09-01'));
    has('something used', (_, w) => w.entitlements.some((e) => e.used > 0 && e.remaining > 0));
    has('something used up', (_, w) => w.entitlements.some((e) => e.status === 'used-up'));
    has('something lapsing this year', (_, w) => w.entitlements.some((e) => e.lapsesOn === '2026-12-31'));
    has('carried-over days', (_, w) => w.entitlements.some((e) => e.carriedOver));
    has('a balance not usable now, with its reason', (_, w) => w.entitlements.some((e) => e.usable === false && (e.notUsable?.reasons.length ?? 0) > 0));
    has('a planned change announced', (_, w) => (w.upcoming ?? []).some((u) => u.status === 'planned' && !!u.source));
    has('more used than there was (data of two sources disagree)', (_, w) => (w.issues ?? []).some((i) => i.kind === 'overdrawn'));
  });

  for (const persona of PERSONAS) {
    describe(persona.id, () => {
      it('its history uses the situation model and the account format (most have two situations or more)', () => {
        for (const t of persona.history.timeline) {
          const parsed = v.safeParse(SituationSchema, t.answers);
          assert.ok(parsed.success, parsed.issues?.map((i) => `${v.getDotPath(i)}: ${i.message}`).join('; '));
        }
        assert.deepEqual(parseHistory(asLine(persona), { referenceDate: REFERENCE_DATE, ruleSets: [...ruleSets, ...plannedRuleSets] }), persona.history);
        assert.deepEqual(persona.situation, persona.history.timeline.at(-1)?.answers, 'the situation is the last of the timeline');
      });

      it('wallet is valid in every language and adds up', () => {
        for (const lang of LANGS) {
          const wallet = walletFor(persona, lang);
          const parsed = v.safeParse(WalletSchema, wallet);
          assert.ok(parsed.success, `${lang}: ${parsed.issues?.map((i) => `${v.getDotPath(i)}: ${i.message}`).join('; ')}`);
          assert.equal(wallet.referenceDate, REFERENCE_DATE);
          assert.equal(wallet.ruleSet, ruleSet?.id);
        }
        const wallet = walletOf(persona);
        const ids = wallet.entitlements.map((e) => e.id);
        assert.equal(new Set(ids).size, ids.length, 'entitlement ids are unique');
        for (const e of wallet.entitlements) {
          const entry = INCENTIVES.find((i) => i.id === e.incentive);
          assert.ok(entry, `${e.incentive} is in the catalogue`);
          assert.equal(e.pillar, entry.pillar);
          assert.equal(e.provider, entry.provider);
          assert.ok(Math.abs(e.remaining - (e.granted - (e.cappedOff ?? 0) - e.used)) < 1e-9 || e.remaining === 0, `${e.id}: remaining = granted − capped − used`);
          assert.ok(e.lapsesOn === null || e.lapsesOn >= REFERENCE_DATE, `${e.id}: not lapsed yet`);
          assert.equal(e.usable === false, e.status === 'pending' && !!e.notUsable, `${e.id}: not usable ⇔ a reason, and pending for older clients`);
          const source = Object.values(SOURCES).find((src) => src.name === e.dataSource.name);
          assert.ok(source && (source.incentives as readonly string[]).includes(e.incentive), `${e.id}: from its own source`);
        }
        for (const id of wallet.referrals) assert.ok(REFERRAL_IDS.includes(id), `${id} is a catalogue referral`);
        for (const u of wallet.upcoming ?? []) assert.ok(u.date > REFERENCE_DATE, `${u.incentive}: upcoming is after the reference date`);
      });

      it('wallet is the account module on the reference date, and its referrals the engine’s', () => {
        assert.ok(ruleSet, 'a rule set is in force on the reference date');
        const account = computeAccount(persona.history, { referenceDate: REFERENCE_DATE, ruleSets: [...ruleSets, ...plannedRuleSets] });
        const missing = new Set((persona.unavailableSources ?? []).flatMap((key) => [...SOURCES[key].incentives] as string[]));
        const wallet = walletOf(persona);
        const expected = account.balances
          .filter((b) => !missing.has(b.incentive))
          .flatMap((b) => b.lots.filter((l) => l.granted !== 0 || l.used > 0).map((l) => `${b.incentive}:${l.period.start} ${l.remaining}`));
        assert.deepEqual(wallet.entitlements.map((e) => `${e.id} ${e.remaining}`), expected, 'one entitlement per alive lot, with its remaining');
        assert.deepEqual(
          (wallet.history ?? []).map((h) => `${h.date} ${h.incentive} ${h.kind}`),
          account.history.filter((h) => !missing.has(h.incentive)).map((h) => `${h.date} ${h.incentive} ${h.kind}`),
          'the history is the account’s',
        );
        const evaluation = evaluate(ruleSet, persona.situation, { referenceDate: REFERENCE_DATE });
        assert.deepEqual([...wallet.referrals].sort(), [...evaluation.referrals].sort(), 'referrals');
        // Usable balances are exactly the incentives the engine says the person is entitled to today.
        const usable = new Set(wallet.entitlements.filter((e) => e.usable !== false).map((e) => e.incentive));
        for (const id of usable) assert.equal(evaluation.results.find((r) => r.incentive === id)?.outcome, 'eligible', `${id}: usable, so eligible today`);
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
