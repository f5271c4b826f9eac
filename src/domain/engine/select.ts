/** Which rule set is in force on a date. */
import { isIsoDate } from '../dates';
import type { RuleSet } from '../rule-set-schema';

/**
 * The rule set in force on a date: the latest `effectiveFrom` on or before it, among the ADOPTED ones. A planned rule
 * set (`status: "planned"`, announced, not law) and a phase-3.2 scenario (`scenario: true`) are never in force.
 */
export function selectRuleSet<R extends Pick<RuleSet, 'id' | 'effectiveFrom'> & Partial<Pick<RuleSet, 'status' | 'scenario'>>>(
  ruleSets: readonly R[],
  referenceDate: string,
): R {
  if (!isIsoDate(referenceDate)) throw new RangeError(`referenceDate must be a date YYYY-MM-DD, got ${JSON.stringify(referenceDate)}`);
  const adopted = ruleSets.filter((rs) => rs.status !== 'planned' && rs.scenario !== true);
  let best: R | undefined;
  for (const rs of adopted) {
    if (rs.effectiveFrom <= referenceDate && (best === undefined || rs.effectiveFrom > best.effectiveFrom)) best = rs;
  }
  if (!best) {
    const first = adopted.map((r) => r.effectiveFrom).sort()[0];
    throw new RangeError(`no rule set in force on ${referenceDate}${first ? ` (the earliest takes effect on ${first})` : ''}`);
  }
  return best;
}
