/**
 * Reading an account history (account-rules.md §1). Untrusted input: anything off is an error for that history,
 * with a message that names the path (`uses[2].date: after the reference date 2026-11-28`), and nothing is computed.
 *
 * Decisions where §1 is silent:
 * - `timeline` needs at least one situation (without one there is nothing to compute); `uses` may be left out (none).
 * - Each situation lists the 12 person keys, `null` for an unknown answer (§1: "each entry with the 12 person keys");
 *   a missing key is an error, so that "not asked" and "unknown" are never confused. A `training` is an error: a
 *   history is about the person, not about one course.
 * - A timeline entry dated after the reference date is an error, like such a use: the account knows nothing of the
 *   future, and a wrong year is caught.
 * - Uses need not be sorted; those of one day are applied in input order (§3).
 * - An incentive is known when one of the rule sets given (adopted, planned, or the scenario) has it.
 */
import * as v from 'valibot';
import { IsoDate, strict } from '../rule-set-schema';
import { formatIssues } from '../issues';
import { parseSituation, PERSON_KEYS, type Situation } from '../situation';
import type { AccountOptions, History, TimelineEntry, Use } from './types';
import { ruleBookOf } from './rule-book';

const positive = (i: { received: string }) => `must be a number more than 0, got ${i.received}`;

const UseSchema = strict({
  date: IsoDate,
  incentive: v.string((i) => `must be an incentive id, got ${i.received}`),
  amount: v.pipe(v.number(positive), v.finite(positive), v.gtValue(0, positive)),
});

const TimelineEntrySchema = strict({
  from: IsoDate,
  answers: v.unknown(),
});

const HistorySchema = strict({
  id: v.pipe(v.string((i) => `must be a non-empty string, got ${i.received}`), v.nonEmpty('must be a non-empty string, got ""')),
  timeline: v.pipe(
    v.array(TimelineEntrySchema, (i) => `must be a list of situations, got ${i.received}`),
    v.minLength(1, 'must have at least one situation'),
  ),
  uses: v.optional(v.array(UseSchema, (i) => `must be a list of uses, got ${i.received}`)),
});

function describe(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
}

/** The 12 person answers of one timeline entry: every key present (`null` = unknown), no course. */
function parseAnswers(json: unknown, root: string): Situation {
  if (json !== null && typeof json === 'object' && !Array.isArray(json) && 'training' in json) {
    throw new Error(`${root}.training: a history holds the person's answers, not a course`);
  }
  const situation = parseSituation(json, { root });
  const given = json as Record<string, unknown>;
  for (const key of PERSON_KEYS) {
    if (!(key in given)) throw new Error(`${root}.${key}: is missing (write null when the answer is unknown)`);
  }
  return situation;
}

/**
 * Checks what depends on the reference date and the rule sets: no situation or use after the reference date,
 * dates strictly increasing, every use's incentive known. Throws with the path named. `computeAccount` runs it on
 * every history, so one parsed for another date is never half-computed.
 */
export function checkHistory(history: History, options: AccountOptions): void {
  const date = options.referenceDate;
  if (history.timeline.length === 0) throw new Error('timeline: must have at least one situation');
  history.timeline.forEach((entry, i) => {
    const before = history.timeline[i - 1];
    if (before !== undefined && entry.from <= before.from) throw new Error(`timeline[${i}].from: not after timeline[${i - 1}].from`);
    if (entry.from > date) throw new Error(`timeline[${i}].from: after the reference date ${date}`);
  });
  const known = ruleBookOf(options).incentiveIds;
  history.uses.forEach((use, i) => {
    if (use.date > date) throw new Error(`uses[${i}].date: after the reference date ${date}`);
    if (!known.has(use.incentive)) throw new Error(`uses[${i}].incentive: unknown incentive ${JSON.stringify(use.incentive)}`);
  });
}

/**
 * Validates an untrusted history (one CLI line, API data) for a reference date and rule sets. Throws an `Error`
 * whose message names the path, e.g. `timeline[1].from: not after timeline[0].from`. Unknown keys are errors.
 */
export function parseHistory(json: unknown, options: AccountOptions): History {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    throw new Error(`a history must be an object {"id", "timeline", "uses"}, got ${describe(json)}`);
  }
  const result = v.safeParse(HistorySchema, json);
  if (!result.success) throw new Error(formatIssues(result.issues));
  const timeline: TimelineEntry[] = result.output.timeline.map((entry, i) => ({
    from: entry.from,
    answers: parseAnswers(entry.answers, `timeline[${i}].answers`),
  }));
  const uses: Use[] = (result.output.uses ?? []).map((u) => ({ date: u.date, incentive: u.incentive, amount: u.amount }));
  const history: History = { id: result.output.id, timeline, uses };
  checkHistory(history, options);
  return history;
}
