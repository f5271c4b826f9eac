/** Which rule set is in force on a date. */
import { isIsoDate } from '../dates';
import type { RuleSet } from '../rule-set-schema';

/** The rule set in force on a date: the latest `effectiveFrom` on or before it. */
export function selectRuleSet<R extends Pick<RuleSet, 'id' | 'effectiveFrom'>>(ruleSets: readonly R[], referenceDate: string): R {
  if (!isIsoDate(referenceDate)) throw new RangeError(`referenceDate must be a date YYYY-MM-DD, got ${JSON.stringify(referenceDate)}`);
  let best: R | undefined;
  for (const rs of ruleSets) {
    if (rs.effectiveFrom <= referenceDate && (best === undefined || rs.effectiveFrom > best.effectiveFrom)) best = rs;
  }
  if (!best) {
    const first = [...ruleSets].map((r) => r.effectiveFrom).sort()[0];
    throw new RangeError(`no rule set in force on ${referenceDate}${first ? ` (the earliest takes effect on ${first})` : ''}`);
  }
  return best;
}
