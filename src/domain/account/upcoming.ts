/**
 * Dated changes (account-rules.md §4 `upcoming`): for every rule set that takes effect after D and within 12 months
 * of it, the person's situation on D is evaluated on its first day and compared with today; one entry per
 * incentive whose outcome or amount differs. A planned rule set is labelled `planned`, with its source: it
 * is announced, never a right.
 *
 * Decisions where §4 is silent:
 * - An incentive that one of the two rule sets does not have is `null` on that side ("does not exist"). Absent and
 *   `not-eligible` count as the same for the comparison: an incentive that ends for someone who had no right to it,
 *   or a new one they have no right to, changes nothing for them and is not listed.
 * - With a scenario there is nothing upcoming: the scenario replaces the rules of every day.
 * - Without a situation on D (D before the first timeline entry) there is nothing to compare.
 * - Dated rules inside the rule set in force are not "rule sets that take effect": they are not listed (today the
 *   only one, the end of the single loopbaancheque on 31 December 2026, is what the planned loopbaankrediet speaks to).
 * - Entries are sorted by date, then incentive id; the amount is the engine's entitlement amount (a rate for VOK).
 */
import { addMonths } from '../dates';
import type { IncentiveResult } from '../engine';
import type { RuleSet } from '../rule-set-schema';
import type { HistoryDays } from './days';
import { incentiveOf, type RuleBook } from './rule-book';
import type { OutcomeAmount, UpcomingChange } from './types';

/** How far ahead changes are announced. */
const HORIZON_MONTHS = 12;

/** The rule sets that take effect after `date` and within the horizon, by date (computed once per rule book and date). */
function comingAfter(book: RuleBook, date: string): readonly RuleSet[] {
  let coming = book.coming.get(date);
  if (!coming) {
    const horizon = addMonths(date, HORIZON_MONTHS);
    coming = [...book.adopted, ...book.planned]
      .filter((rs) => rs.effectiveFrom > date && rs.effectiveFrom <= horizon)
      .sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom) || a.id.localeCompare(b.id));
    if (book.coming.size >= 64) book.coming.clear();
    book.coming.set(date, coming);
  }
  return coming;
}

function outcomeAmount(rs: RuleSet, result: IncentiveResult | undefined): OutcomeAmount | null {
  const spec = result === undefined ? undefined : incentiveOf(rs, result.incentive)?.entitlement;
  if (result === undefined || spec === undefined) return null;
  const base = { outcome: result.outcome, amount: result.entitlement?.amount ?? null, unit: spec.unit };
  return spec.per === undefined ? base : { ...base, per: spec.per };
}

const noRight = (r: IncentiveResult | undefined) => r === undefined || r.outcome === 'not-eligible';

function differs(before: IncentiveResult | undefined, after: IncentiveResult | undefined): boolean {
  if (noRight(before) && noRight(after)) return false;
  if (before === undefined || after === undefined) return true;
  return (
    before.outcome !== after.outcome ||
    (before.entitlement?.amount ?? null) !== (after.entitlement?.amount ?? null) ||
    before.entitlement?.unit !== after.entitlement?.unit
  );
}

export function upcomingOf(book: RuleBook, days: HistoryDays, date: string): UpcomingChange[] {
  if (book.scenario) return [];
  const coming = comingAfter(book, date);
  const situation = coming.length === 0 ? undefined : days.situationOn(date);
  if (situation === undefined) return [];
  const today = days.on(date);
  const out: UpcomingChange[] = [];
  for (const rs of coming) {
    const then = days.resultsUnder(rs, situation, rs.effectiveFrom);
    for (const id of book.incentiveIds) {
      const before = today?.results.get(id);
      const after = then.get(id);
      if (!differs(before, after)) continue;
      const planned = rs.status === 'planned';
      out.push({
        date: rs.effectiveFrom,
        incentive: id,
        before: today === null ? null : outcomeAmount(today.ruleSet, before),
        after: outcomeAmount(rs, after),
        ruleSet: rs.id,
        status: planned ? 'planned' : 'adopted',
        ...(planned && rs.source ? { source: rs.source } : {}),
      });
    }
  }
  return out;
}
