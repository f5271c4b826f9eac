/**
 * A second, independent reading of eligibility-rules.md §3, written as plain code (the test oracle), compared
 * with the engine on thousands of generated complete situations on dates around every change. Plus
 * invariants that must hold for any situation, complete or not.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  ANSWER_KEYS,
  evaluate,
  FACTS,
  getAnswer,
  parseRuleSet,
  parseSituation,
  PERSON_KEYS,
  selectRuleSet,
  TRAINING_KEYS,
  withAnswer,
  type AnswerKey,
  type Situation,
} from '../../src/domain/index';
import { ruleSets } from '../../src/domain/rules/index';
import { clone } from './helpers';
import { rng } from '../support/random';

const NUMBERS: Partial<Record<AnswerKey, number[]>> = {
  employmentPercent: [0, 49, 50, 60, 79, 79.9, 80, 100],
  hoursPerWeek: [10, 19, 27, 27.9, 28, 38],
  experienceYears: [0, 6, 6.9, 7, 20],
  employerFte: [0, 9, 9.9, 10, 19, 19.9, 20, 300],
  'training.contactHours': [0, 40, 119, 120, 400],
  'training.cost': [0, 99, 180, 250, 400, 2000],
};
function generate(r: () => number, complete: boolean, withTraining: boolean): Situation {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  let s: Situation = withTraining ? { training: {} } : {};
  for (const key of [...PERSON_KEYS, ...(withTraining ? TRAINING_KEYS : [])]) {
    if (!complete && r() < 0.4) continue;
    const spec = FACTS[key];
    s = withAnswer(s, key, spec.kind === 'choice' ? pick(spec.values) : spec.kind === 'boolean' ? r() < 0.5 : pick(NUMBERS[key] ?? [spec.min]));
  }
  return parseSituation(s);
}

const round2 = (x: number) => Math.round(x * 100) / 100;
type Expect = Record<string, number | 'not-eligible'>;

/** eligibility-rules.md §3, read directly (complete answers only). */
function oracle(s: Required<Omit<Situation, 'training'>> & Pick<Situation, 'training'>, date: string): { incentives: Expect; referrals: string[] } {
  const t = s.training;
  const rules2025 = date >= '2025-09-01';
  const employeeLike = s.status === 'employee' || s.status === 'temporarily-unemployed';
  const residenceOk = s.residence === 'flanders' || s.residence === 'brussels' || (s.residence === 'eu-other' && (s.workplace === 'flanders' || s.workplace === 'brussels'));
  const lowOrMedium = s.education === 'low' || s.education === 'medium';
  const privateEmployee = s.status === 'employee' && s.sector === 'private';
  const out: Expect = {};

  let oc = employeeLike && residenceOk && (lowOrMedium || s.popWithin6Years);
  if (t) oc = oc && (t.registered === true || s.popWithin6Years) && t.employerPaid === false;
  out['opleidingscheques'] = !oc ? 'not-eligible' : !t ? 125
    : t.basicSkills ? Math.min(250, t.cost as number)
    : lowOrMedium && t.higherEducation ? Math.min(250, (t.cost as number) * 0.5) : Math.min(125, (t.cost as number) * 0.5);

  let vov = privateEmployee && s.workplace === 'flanders' && (rules2025 ? s.employmentPercent >= 80 && s.hoursPerWeek >= 28 : s.employmentPercent >= 50);
  if (t) vov = vov && (t.registered === true || s.popWithin6Years);
  out['vlaams-opleidingsverlof'] = !vov ? 'not-eligible' : round2(t ? Math.min(1.25 * s.employmentPercent, t.contactHours as number) : 1.25 * s.employmentPercent);

  out['vlaams-opleidingskrediet'] = privateEmployee && s.workplace === 'flanders' && s.timeCreditTraining && (lowOrMedium || s.popWithin6Years) ? 589.48 : 'not-eligible';

  out['vlaams-zorgkrediet-opleiding'] = s.status === 'employee' && s.sector === 'flemish-public' && (!t || (t.contactHours as number) >= 120) ? 18 : 'not-eligible';

  const singleCheque = rules2025 && date >= '2025-10-01' && date <= '2026-12-31';
  const lbc = (employeeLike || s.status === 'self-employed') && residenceOk && s.experienceYears >= 7 &&
    (singleCheque ? s.careerVouchersUsed === 'never' : s.careerVouchersUsed !== 'within-6-years');
  out['loopbaancheques'] = !lbc ? 'not-eligible' : singleCheque ? 1 : 2;

  out['federaal-opleidingsrecht'] = privateEmployee && s.workplace !== 'abroad' && s.employerFte >= 10
    ? round2((s.employerFte >= 20 ? 5 : 1) * s.employmentPercent / 100) : 'not-eligible';

  out['kmo-portefeuille'] = s.status === 'self-employed' && s.workplace === 'flanders' ? (t ? round2(Math.min(7500, (t.cost as number) * 0.3)) : 7500) : 'not-eligible';

  const referrals: string[] = [];
  const idle = s.status === 'jobseeker' || s.status === 'inactive';
  if (idle && s.residence === 'flanders') referrals.push('vdab-werkzoekenden');
  if (s.status === 'jobseeker' && s.residence === 'brussels') referrals.push('actiris');
  if (s.status === 'jobseeker' && s.residence === 'wallonia') referrals.push('forem');
  if (privateEmployee && s.workplace === 'brussels') referrals.push('brussels-educatief-verlof');
  if (privateEmployee && s.workplace === 'wallonia') referrals.push('conge-education-paye');
  if (s.education === 'low' || idle) referrals.push('volwassenenonderwijs');
  if (employeeLike && s.sector === 'private') referrals.push('sectorfonds');
  if (s.education === 'high' && !s.popWithin6Years) referrals.push('loopbaanbegeleiding');
  if (s.status === 'student') referrals.push('initieel-onderwijs');
  return { incentives: out, referrals };
}

const DATES = ['2024-09-01', '2025-03-01', '2025-08-31', '2025-09-01', '2025-09-30', '2025-10-01', '2026-06-15', '2026-12-31', '2027-01-01'];

describe('the engine agrees with an independent reading of eligibility-rules.md', () => {
  for (const date of DATES) {
    it(`on ${date}: 1500 complete situations, a third with a course`, () => {
      const r = rng(Number(date.replaceAll('-', '')));
      const rs = selectRuleSet(ruleSets, date);
      for (let n = 0; n < 1500; n++) {
        const s = generate(r, true, n % 3 === 0);
        const ev = evaluate(rs, s, { referenceDate: date });
        const want = oracle(s as Parameters<typeof oracle>[0], date);
        const got = Object.fromEntries(ev.results.map((x) => [x.incentive, x.outcome === 'eligible' ? x.entitlement?.amount : x.outcome]));
        assert.deepEqual(got, want.incentives, JSON.stringify(s));
        assert.deepEqual([...ev.referrals].sort(), want.referrals.sort(), JSON.stringify(s));
        assert.equal(ev.nextQuestion, null, `complete answers leave nothing to ask: ${JSON.stringify(s)}`);
      }
    });
  }
});

describe('invariants on 4000 partial situations', () => {
  const date = '2025-11-01';
  const rs = selectRuleSet(ruleSets, date);
  const r = rng(7);
  const situations = Array.from({ length: 4000 }, (_, n) => generate(r, false, n % 4 === 0));

  it('an unknown outcome becomes decided when every missing answer is given (monotone three-valued logic)', () => {
    for (const s of situations.slice(0, 1000)) {
      const ev = evaluate(rs, s, { referenceDate: date });
      let full = s;
      for (const key of ANSWER_KEYS) {
        if (key.startsWith('training.') && s.training === undefined) continue;
        if (getAnswer(full, key) === undefined) {
          const spec = FACTS[key];
          full = withAnswer(full, key, spec.kind === 'choice' ? (spec.values[0] as string) : spec.kind === 'boolean' ? true : spec.min);
        }
      }
      const after = evaluate(rs, full, { referenceDate: date });
      ev.results.forEach((x, i) => {
        // Adding answers never turns a decided outcome around.
        if (x.outcome !== 'unknown') assert.equal(after.results[i]?.outcome, x.outcome, `${x.incentive}: ${JSON.stringify(s)}`);
        assert.notEqual(after.results[i]?.outcome, 'unknown');
      });
    }
  });

  it('the next question is an open answer, and course questions come only with a course', () => {
    for (const s of situations) {
      const ev = evaluate(rs, s, { referenceDate: date });
      const open = ev.results.some((x) => x.outcome === 'unknown' || (x.outcome === 'eligible' && x.entitlement?.amount === null));
      if (ev.nextQuestion === null) continue;
      assert.ok(open, 'asks only while something is open');
      assert.equal(getAnswer(s, ev.nextQuestion), undefined, 'never an answered question');
      if (s.training === undefined) assert.ok(!ev.nextQuestion.startsWith('training.'));
    }
  });

  it('every counterfactual, applied, gives exactly the promised entitlement (also on 2000 complete situations)', () => {
    let seen = 0;
    const complete = Array.from({ length: 2000 }, (_, n) => generate(r, true, n % 4 === 0));
    for (const s of [...situations, ...complete]) {
      const ev = evaluate(rs, s, { referenceDate: date });
      for (const x of ev.results) {
        for (const cf of x.counterfactuals) {
          seen++;
          let changed = s;
          for (const ch of cf.changes) changed = withAnswer(changed, ch.key, ch.value);
          const after = evaluate(rs, changed, { referenceDate: date }).results.find((y) => y.incentive === x.incentive);
          assert.equal(after?.outcome, 'eligible', JSON.stringify({ s, cf: cf.changes }));
          assert.deepEqual(after?.entitlement, cf.entitlement);
        }
      }
    }
    assert.ok(seen > 200, `${seen} counterfactuals checked`);
  });

  it('gives the same answers from a fresh copy of the rule set (no cache changes a result)', () => {
    const fresh = parseRuleSet(clone(rs));
    for (const s of situations.slice(0, 1500)) {
      const a = evaluate(rs, s, { referenceDate: date });
      const b = evaluate(fresh, s, { referenceDate: date });
      assert.deepEqual(a, b);
    }
  });
});
