/**
 * The account-history format of account-rules.md §1, as the import reads it: one JSON object per line,
 * `{ id, timeline: [{ from, answers }], uses: [{ date, incentive, amount }] }`. Answers are checked with the
 * domain's situation parser; errors name the place (`timeline[1].from: not after timeline[0].from`).
 *
 * `id` is the person's pseudonymous key (the identity provider's pairwise subject, or its keyed hash): the
 * import refuses anything that looks like a national register number, so the database never holds one.
 */
import { isIsoDate } from '../src/domain/dates';
import { parseSituation, PERSON_KEYS, type PersonKey, type Situation } from '../src/domain/situation';
import { ruleSets } from '../src/domain/rules/index';

/** All 12 person keys of the situation model; `null` is unknown (as in the wizard). */
export type Answers = { [K in PersonKey]: Situation[K] | null };

export interface TimelineEntry {
  from: string;
  answers: Answers;
}
export interface Use {
  date: string;
  incentive: string;
  amount: number;
}
export interface AccountHistory {
  id: string;
  timeline: TimelineEntry[];
  uses: Use[];
}

/** A pseudonymous key: letters, digits and `._:-`, at most 128 characters. */
const PERSON_KEY = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

/**
 * A Belgian national register number (rijksregisternummer): 11 digits, often written `YY.MM.DD-XXX.CC`.
 * Any key whose digits alone make 11 in a row (whatever the punctuation) is refused.
 */
export function looksLikeNationalNumber(key: string): boolean {
  return /(^|[^0-9])\d{2}[.\s-]?\d{2}[.\s-]?\d{2}[.\s-]?\d{3}[.\s-]?\d{2}([^0-9]|$)/.test(key);
}

export function isPersonKey(key: string): boolean {
  return PERSON_KEY.test(key) && !looksLikeNationalNumber(key);
}

/** Every incentive id of every rule set: what a use may name. */
const INCENTIVE_IDS = new Set(ruleSets.flatMap((r) => r.incentives.map((i) => i.id)));

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function onlyKeys(value: Json, keys: readonly string[], where: string): void {
  const unknown = Object.keys(value).find((k) => !keys.includes(k));
  if (unknown !== undefined) throw new Error(`${where}: unknown key "${unknown}"`);
}

/** Validates one parsed history; throws an Error whose message names the faulty place. */
export function parseHistory(json: unknown): AccountHistory {
  if (!isObject(json)) throw new Error('(root): must be an object');
  onlyKeys(json, ['id', 'timeline', 'uses'], '(root)');
  const { id, timeline, uses } = json;
  if (typeof id !== 'string' || !PERSON_KEY.test(id)) throw new Error('id: must be a pseudonymous key (letters, digits, ._:- up to 128)');
  if (looksLikeNationalNumber(id)) throw new Error('id: looks like a national register number; use the pseudonymous key');
  if (!Array.isArray(timeline)) throw new Error('timeline: must be an array');
  if (!Array.isArray(uses)) throw new Error('uses: must be an array');

  const entries = timeline.map((entry: unknown, i): TimelineEntry => {
    const where = `timeline[${i}]`;
    if (!isObject(entry)) throw new Error(`${where}: must be an object`);
    onlyKeys(entry, ['from', 'answers'], where);
    if (typeof entry.from !== 'string' || !isIsoDate(entry.from)) throw new Error(`${where}.from: must be a date YYYY-MM-DD`);
    if (!isObject(entry.answers)) throw new Error(`${where}.answers: must be an object`);
    const missing = PERSON_KEYS.find((k) => !(k in (entry.answers as Json)));
    if (missing !== undefined) throw new Error(`${where}.answers.${missing}: is missing (use null for unknown)`);
    if ('training' in entry.answers) throw new Error(`${where}.answers: unknown answer key "training"`);
    const previous = timeline[i - 1] as Json | undefined;
    if (previous && typeof previous.from === 'string' && entry.from <= previous.from) {
      throw new Error(`${where}.from: not after timeline[${i - 1}].from`);
    }
    const situation = parseSituation(entry.answers, { root: `${where}.answers` });
    const answers = Object.fromEntries(PERSON_KEYS.map((k) => [k, situation[k] ?? null])) as Answers;
    return { from: entry.from, answers };
  });

  const parsedUses = uses.map((use: unknown, i): Use => {
    const where = `uses[${i}]`;
    if (!isObject(use)) throw new Error(`${where}: must be an object`);
    onlyKeys(use, ['date', 'incentive', 'amount'], where);
    if (typeof use.date !== 'string' || !isIsoDate(use.date)) throw new Error(`${where}.date: must be a date YYYY-MM-DD`);
    if (typeof use.incentive !== 'string' || !INCENTIVE_IDS.has(use.incentive)) {
      throw new Error(`${where}.incentive: unknown incentive ${JSON.stringify(use.incentive)}`);
    }
    if (typeof use.amount !== 'number' || !Number.isFinite(use.amount) || use.amount <= 0) {
      throw new Error(`${where}.amount: must be a number > 0`);
    }
    return { date: use.date, incentive: use.incentive, amount: use.amount };
  });

  return { id, timeline: entries, uses: parsedUses };
}
