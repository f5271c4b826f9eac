/**
 * Generated account histories (JSON, as a CLI line or an API body would hold them), seeded: the same seed gives
 * the same histories. Shared by the account's property tests and its bench.
 */
import { addDays, daysUntil } from '../../src/domain/dates';
import { FACTS, PERSON_KEYS, type AnswerValue, type PersonKey } from '../../src/domain/situation';
import { rng } from './random';

/** Answers near the rules' boundaries, so that every branch is exercised. */
const NUMBER_POOLS: Partial<Record<PersonKey, readonly number[]>> = {
  employmentPercent: [20, 50, 60, 79, 80, 100, 100, 100],
  hoursPerWeek: [19, 27.5, 28, 30.4, 38, 38],
  experienceYears: [3, 6.9, 7, 7.5, 12, 25],
  employerFte: [5, 10, 15, 20, 250],
};

/** Amounts a source might report, per incentive (in its balance unit). */
const USE_AMOUNTS: Record<string, readonly number[]> = {
  opleidingscheques: [25, 50, 62.5, 100, 125, 150],
  'vlaams-opleidingsverlof': [8, 16, 32, 40, 100],
  'vlaams-opleidingskrediet': [1, 3, 6],
  'vlaams-zorgkrediet-opleiding': [1, 2, 6],
  loopbaancheques: [1, 1, 2],
  'federaal-opleidingsrecht': [0.5, 1, 2, 3, 6],
  'kmo-portefeuille': [300, 1200, 7600],
};
export const INCENTIVES = Object.keys(USE_AMOUNTS);

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
    if (spec.kind === 'choice') return key === 'status' && r() < 0.6 ? 'employee' : pick(spec.values);
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
    for (let u = 0; u < useCount; u++) {
      const incentive = pick(INCENTIVES);
      uses.push({ date: dayIn('2023-06-01', options.date), incentive, amount: pick(USE_AMOUNTS[incentive] ?? [1]) });
    }
    out.push({ id: `g${i}`, timeline, uses });
  }
  return out;
}
