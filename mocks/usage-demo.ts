/**
 * Believable counters for the mock's `/indicators` (the monitor's demo, stories and tests): what a year of
 * Burgerprofiel (the wallet and the Wegwijzer, a few hundred runs a week) and VDAB (course badges and a small
 * Wegwijzer, a few dozen runs: small cells to withhold) could have counted. The Wegwijzer's paths are the real
 * ones: the personas walked through the rule set by the engine. Deterministic: the same week gives the same counts.
 *
 * Two questions are made hard on purpose, so the monitor has something to point at: many choose "Ik weet het
 * niet" at `popWithin6Years` (loopbaancheques used in the last six years?) and many leave at `employerFte`.
 */
import { simulateWizard, type WizardRun } from '../src/domain/simulate';
import { addDays } from '../src/domain/dates';
import type { WalletState } from '../src/api/usage';
import { PERSONAS, REFERENCE_DATE } from './personas';
import { ruleSetInForce } from './rule-sets';
import { mondayOf, weeksBetween, type CounterRow } from './indicators';
import { createRandom } from '../src/domain/population/random';

/** The first week with signals (the Wegwijzer went live with the 2025-2026 rules). */
export const DEMO_FIRST_WEEK = '2025-09-01';
/** The last week with signals: the personas' reference date. */
export const DEMO_LAST_DAY = REFERENCE_DATE;

/** Deterministic pseudo-random numbers (the population's mulberry32) from a text seed. */
function random(seed: string): () => number {
  let a = 0;
  for (let i = 0; i < seed.length; i++) a = Math.imul(a ^ seed.charCodeAt(i), 2654435761) >>> 0;
  return createRandom(a).next;
}

/** Extra share that answers "Ik weet het niet", and that leaves, at these questions. */
const DONT_KNOW: Record<string, number> = { popWithin6Years: 0.34, experienceYears: 0.12, hoursPerWeek: 0.08, employerFte: 0.1 };
const LEAVE: Record<string, number> = { employerFte: 0.16, popWithin6Years: 0.07, careerVouchersUsed: 0.05 };
const BASE_LEAVE = 0.025;

let paths: WizardRun[] | undefined;
/** The personas' walks through the Wegwijzer (made once, when first asked). */
function walks(): WizardRun[] {
  const ruleSet = ruleSetInForce(REFERENCE_DATE);
  if (!ruleSet) return [];
  return (paths ??= PERSONAS.map((p) => simulateWizard(ruleSet, p.situation, { referenceDate: REFERENCE_DATE, referralQuestions: true })).filter(
    (w) => w.asked.length > 0,
  ));
}

const WALLET_STATES: [WalletState, number][] = [
  ['loaded', 0.79],
  ['no-rights', 0.08],
  ['partial', 0.05],
  ['login', 0.05],
  ['error-unavailable', 0.015],
  ['error-timeout', 0.008],
  ['error-offline', 0.007],
];

/** One host's counters of one week. */
function weekRows(monday: string, host: string): CounterRow[] {
  const next = random(`${host} ${monday}`);
  const counts = new Map<string, number>();
  const add = (counter: string, subject: string, detail: string, n: number) => {
    if (n <= 0) return;
    const id = `${counter}|${subject}|${detail}`;
    counts.set(id, (counts.get(id) ?? 0) + n);
  };
  const part = (n: number, share: number) => Math.round(n * share * (0.8 + 0.4 * next()));
  // Busier in September and January (a new school year, new resolutions), quiet in summer.
  const month = Number(monday.slice(5, 7));
  const season = month === 9 || month === 1 ? 1.4 : month === 7 || month === 8 ? 0.6 : 1;
  const runsPerPath = host === 'vdab' ? 6 : 90;

  for (const walk of walks()) {
    let n = Math.round(runsPerPath * season * (0.6 + 0.8 * next()));
    add('wegwijzer-started', '', '', n);
    add('wegwijzer-restarted', '', '', part(n, 0.04));
    walk.asked.forEach((question, i) => {
      const step = String(i + 1);
      add('wegwijzer-question-shown', question, step, n);
      const leaving = part(n, BASE_LEAVE + (LEAVE[question] ?? 0));
      const answered = n - leaving;
      add('wegwijzer-question-answered', question, step, answered);
      const dontKnow = walk.dontKnow.includes(question) ? answered : part(answered, 0.04 + (DONT_KNOW[question] ?? 0));
      add('wegwijzer-dont-know', question, step, Math.min(answered, dontKnow));
      add('wegwijzer-back', question, '', part(n, 0.05));
      n = answered;
    });
    const completed = n - part(n, 0.06);
    add('wegwijzer-completed', '', '', completed);
    add('wegwijzer-back', 'summary', '', part(n, 0.04));
    for (const result of walk.evaluation.results) {
      add('wegwijzer-outcome', result.incentive, 'evaluated', completed);
      if (result.outcome !== 'not-eligible') add('wegwijzer-outcome', result.incentive, result.outcome, completed);
    }
    for (const referral of walk.evaluation.referrals) {
      add('wegwijzer-referral-shown', referral, '', completed);
      add('wegwijzer-referral-followed', referral, '', part(completed, 0.18));
    }
    const edited = walk.asked[Math.floor(next() * walk.asked.length)];
    if (edited) add('wegwijzer-answer-edited', edited, '', part(completed, 0.05));
  }

  if (host === 'burgerprofiel') {
    const shown = Math.round(520 * season * (0.8 + 0.4 * next()));
    for (const [state, share] of WALLET_STATES) add('wallet-shown', state, '', part(shown, share));
    for (const [incentive, share] of [['opleidingscheques', 0.12], ['vlaams-opleidingsverlof', 0.07], ['loopbaancheques', 0.05], ['federaal-opleidingsrecht', 0.02], ['kmo-portefeuille', 0.004]] as const) {
      add('wallet-how-to-opened', incentive, '', part(shown, share));
      add('wallet-apply-followed', incentive, '', part(shown, share / 3));
      add('wallet-history-opened', incentive, '', part(shown, share / 4));
    }
  } else {
    add('badge-expanded', '', '', Math.round(240 * season * (0.8 + 0.4 * next())));
    add('badge-wegwijzer-followed', '', '', Math.round(26 * season * (0.6 + 0.8 * next())));
  }

  return [...counts].map(([id, count]) => {
    const [counter = '', subject = '', detail = ''] = id.split('|');
    return { week: monday, host, counter, subject, detail, count };
  });
}

/** The demo counters of every week from `from` to `to` (none outside the demo's year). */
export function demoCounters(from: string, to: string, hosts: readonly string[]): CounterRow[] {
  const first = from < DEMO_FIRST_WEEK ? DEMO_FIRST_WEEK : from;
  const last = to > DEMO_LAST_DAY ? DEMO_LAST_DAY : to;
  if (first > last) return [];
  return weeksBetween(mondayOf(first), last)
    .filter((monday) => addDays(monday, 6) >= DEMO_FIRST_WEEK)
    .flatMap((monday) => hosts.flatMap((host) => weekRows(monday, host)));
}
