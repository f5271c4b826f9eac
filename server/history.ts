/**
 * Account histories (account-rules.md §1) as the server imports and stores them. Every line is read by the
 * account module's own parser (`parseHistory` of src/domain/account), and then one rule of the server's:
 * `id` is the person's pseudonymous key (the identity provider's pairwise subject, or its keyed hash), so the
 * import refuses anything that looks like a national register number and the database never holds one.
 */
import { parseHistory, type AccountOptions, type History } from '../src/domain/account/index';
import { plannedRuleSets, ruleSets } from '../src/domain/rules/index';
import { PERSON_KEYS } from '../src/domain/situation';

export type { History };

/** What the account is computed with: the adopted rule sets, and the planned ones for `upcoming` only. */
export const ACCOUNT_RULE_SETS: AccountOptions['ruleSets'] = [...ruleSets, ...plannedRuleSets];

/** A pseudonymous key: letters, digits and `._:-`, at most 128 characters. */
const PERSON_KEY = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

/**
 * A Belgian national register number (rijksregisternummer): 11 digits, often written `YY.MM.DD-XXX.CC`.
 * Any key with such a run of digits (whatever the punctuation) is refused.
 */
export function looksLikeNationalNumber(key: string): boolean {
  return /(^|[^0-9])\d{2}[.\s-]?\d{2}[.\s-]?\d{2}[.\s-]?\d{3}[.\s-]?\d{2}([^0-9]|$)/.test(key);
}

export function isPersonKey(key: string): boolean {
  return PERSON_KEY.test(key) && !looksLikeNationalNumber(key);
}

/** Validates one imported history for a reference date; throws an Error whose message names the place. */
export function parseHistoryLine(json: unknown, referenceDate: string): History {
  const history = parseHistory(json, { referenceDate, ruleSets: ACCOUNT_RULE_SETS });
  if (looksLikeNationalNumber(history.id)) throw new Error('id: looks like a national register number; use the pseudonymous key');
  if (!PERSON_KEY.test(history.id)) throw new Error('id: must be a pseudonymous key (letters, digits and ._:-, up to 128)');
  return history;
}

/** A history as one line of the import format: every answer key written, `null` for unknown. */
export function historyToJson(history: History): unknown {
  return {
    id: history.id,
    timeline: history.timeline.map((entry) => ({
      from: entry.from,
      answers: Object.fromEntries(PERSON_KEYS.map((k) => [k, entry.answers[k] ?? null])),
    })),
    uses: history.uses,
  };
}
