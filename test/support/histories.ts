/**
 * Generated account histories (JSON, as a CLI line or an API body would hold them), seeded: the same seed gives
 * the same histories. Shared by the account's property tests and its bench.
 */
import { addDays, daysUntil } from '../../src/domain/dates';
import { evaluate, selectRuleSet } from '../../src/domain/engine';
import { ruleSets } from '../../src/domain/rules/index';
import { FACTS, parseSituation, PERSON_KEYS, type AnswerValue, type PersonKey } from '../../src/domain/situation';
import { rng } from './random';

/** Answers near the rules' boundaries, so that every branch is exercised. */
const NUMBER_POOLS: Partial<Record<PersonKey, readonly number[]>> = {
  employmentPercent: [20, 50, 60, 79, 80, 100, 100, 100],
  hoursPerWeek: [19, 27.5, 28, 30.4, 38, 38],
  experienceYears: [3, 6.9, 7, 7.5, 12, 25],
  employerFte: [5, 10, 15, 20, 250],
};

/** The most common answer of the people a Flemish wallet serves. */
const TYPICAL: Partial<Record<PersonKey, AnswerValue>> = { status: 'employee', sector: 'private', residence: 'flanders', workplace: 'flanders' };

/** Amounts a source might report, per incentive (in its balance unit): what one course or one session takes. */
const USE_AMOUNTS: Record<string, readonly number[]> = {
  opleidingscheques: [25, 25, 40, 50, 62.5],
  'vlaams-opleidingsverlof': [8, 8, 16, 24, 32],
  'vlaams-opleidingskrediet': [1, 2, 3, 6],
  'vlaams-zorgkrediet-opleiding': [1, 1, 2, 6],
  loopbaancheques: [1],
  'federaal-opleidingsrecht': [0.5, 1, 1, 2],
  'kmo-portefeuille': [300, 600, 1200],
};
export const INCENTIVES = Object.keys(USE_AMOUNTS);

/** The first day the project has rules for: most uses are reported from then on. */
const FIRST_RULES = ruleSets[0]?.effectiveFrom ?? '2024-09-01';

/** The incentives a situation is eligible for on a day (what sources mostly report as used). */
function eligibleOn(answers: Record<string, AnswerValue | null>, date: string): string[] {
  if (date < FIRST_RULES) return [];
  const evaluation = evaluate(selectRuleSet(ruleSets, date), parseSituation(answers), { referenceDate: date });
  return evaluation.results.filter((x) => x.outcome === 'eligible').map((x) => x.incentive);
}

export interface HistoryJson {
  id: string;
  timeline: { from: string; answers: Record<string, AnswerValue | null> }[];
  uses: { date: string; incentive: string; amount: number }[];
}

export interface GenerateOptions {
  readonly seed: number;
  /** The reference date the histories are valid for (nothing after it). */
  readonly date: string;
  /** Earliest first timeline day. */
  readonly from?: string;
}

/** Generates `n` valid histories for `options.date`. */
export function generateHistories(n: number, options: GenerateOptions): HistoryJson[] {
  const r = rng(options.seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const valueFor = (key: PersonKey): AnswerValue | null => {
    if (r() < 0.03) return null;
    const spec = FACTS[key];
    // Mostly the people a Flemish wallet serves (employees, living and working in Flanders); all others too.
    if (spec.kind === 'choice') return r() < 0.5 && TYPICAL[key] !== undefined ? (TYPICAL[key] as AnswerValue) : pick(spec.values);
    if (spec.kind === 'boolean') return r() < 0.3;
    return pick(NUMBER_POOLS[key] ?? [spec.min, spec.max]);
  };
  const earliest = options.from ?? '2018-01-01';
  const span = daysUntil(options.date, earliest);
  const dayIn = (from: string, to: string) => addDays(from, Math.floor(r() * (daysUntil(to, from) + 1)));
  const out: HistoryJson[] = [];
  for (let i = 0; i < n; i++) {
    const answers: Record<string, AnswerValue | null> = {};
    for (const key of PERSON_KEYS) answers[key] = valueFor(key);
    const timeline: HistoryJson['timeline'] = [{ from: addDays(earliest, Math.floor(r() * span)), answers }];
    const changes = Math.floor(r() * 4);
    for (let c = 0; c < changes; c++) {
      const last = timeline[timeline.length - 1] as HistoryJson['timeline'][number];
      if (last.from >= options.date) break;
      const next = { ...last.answers };
      for (let k = 1 + Math.floor(r() * 2); k > 0; k--) {
        const key = pick(PERSON_KEYS);
        next[key] = valueFor(key);
      }
      timeline.push({ from: dayIn(addDays(last.from, 1), options.date), answers: next });
    }
    const uses: HistoryJson['uses'] = [];
    const useCount = Math.floor(r() * 7);
    const first = timeline[0]?.from ?? earliest;
    const from = first > FIRST_RULES ? first : FIRST_RULES;
    for (let u = 0; u < useCount && from <= options.date; u++) {
      // Mostly within the account's time and rights; some before its start or of an incentive the person lacks.
      const date = r() < 0.05 ? dayIn('2023-06-01', options.date) : dayIn(from, options.date);
      const entry = [...timeline].reverse().find((e) => e.from <= date);
      const rights = entry === undefined ? [] : eligibleOn(entry.answers, date);
      if (rights.length === 0 && r() < 0.9) continue;
      const incentive = rights.length > 0 && r() < 0.9 ? pick(rights) : pick(INCENTIVES);
      uses.push({ date, incentive, amount: pick(USE_AMOUNTS[incentive] ?? [1]) });
    }
    out.push({ id: `g${i}`, timeline, uses });
  }
  return out;
}
