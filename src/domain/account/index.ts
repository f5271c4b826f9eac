/**
 * The account: balances computed over time (account-rules.md). Pure TypeScript, no DOM: the same code runs in the
 * CLI, the mock API and the browser.
 *
 *   const history = parseHistory(json, options);        // throws with the path named
 *   const account = computeAccount(history, options);   // { id, date, ruleSet, balances, history, upcoming, issues }
 *
 * The steps, one module each: reading a history (`history`), the rules of each day (`rule-book`), the periods of an
 * incentive (`periods`), a history's days and the engine's outcomes on them (`days`, `outcomes`), what a period
 * grants (`grants`), the days processed in order (`ledger`), the balances on D (`balances`) and the dated changes
 * (`upcoming`).
 */
import { isIsoDate } from '../dates';
import { balancesOn } from './balances';
import { HistoryDays } from './days';
import { grantOf } from './grants';
import { checkHistory } from './history';
import { runLedger, type IncentiveLedger, type IndexedUse, type LotState } from './ledger';
import { plansOn } from './periods';
import { ruleBookOf, ruleSetOn, type RuleBook } from './rule-book';
import type { Account, AccountOptions, History } from './types';
import { upcomingOf } from './upcoming';

export { checkHistory, parseHistory } from './history';
export type * from './types';

/** Every incentive's lots from S up to D: the periods that overlap [S, D], what each grants, and when it expires. */
function ledgersOf(book: RuleBook, days: HistoryDays, start: string, date: string): IncentiveLedger[] {
  const ledgers: IncentiveLedger[] = [];
  if (start > date) return ledgers;
  for (const { incentive, rules, periods } of plansOn(book, date)) {
    const lots: LotState[] = [];
    periods.forEach((period, i) => {
      // A period after D only tells where a carried-over lot expires.
      if (period.start > date || (period.end !== null && period.end < start)) return;
      const expiresWith = periods[i + rules.carryOver] ?? periods[periods.length - 1] ?? period;
      const grant = grantOf(days, incentive, period, start, date);
      lots.push({
        incentive,
        period,
        grant,
        creditDay: period.start > start ? period.start : start,
        expires: period.end === null ? null : expiresWith.end,
        lapseDay: period.end === null ? null : expiresWith.after,
        credited: false,
        lapsed: false,
        cappedOff: 0,
        used: 0,
        remaining: grant.granted,
      });
    });
    if (lots.length > 0) ledgers.push({ incentive, rules, lots });
  }
  return ledgers;
}

/**
 * Computes the account of one validated history on `options.referenceDate`: the lots per period, what was credited,
 * capped, used and lapsed, the balances alive on that day, the dated changes within 12 months, and the issues.
 * Throws (nothing half-computed) when the history does not fit the date or the rule sets (`checkHistory`).
 */
export function computeAccount(history: History, options: AccountOptions): Account {
  const date = options.referenceDate;
  if (!isIsoDate(date)) throw new RangeError(`referenceDate must be a date YYYY-MM-DD, got ${JSON.stringify(date)}`);
  const book = ruleBookOf(options);
  checkHistory(history, options);
  const first = (history.timeline[0] as History['timeline'][number]).from;
  // S: the later of the first timeline day and the first day the project has rules for (also with a scenario).
  const start = first > book.firstDay ? first : book.firstDay;
  const days = new HistoryDays(book, history);
  const uses: IndexedUse[] = history.uses.map((use, index) => ({ date: use.date, incentive: use.incentive, amount: use.amount, index }));

  const ledgers = ledgersOf(book, days, start, date);
  const run = runLedger(ledgers, uses, start, date);
  return {
    id: history.id,
    date,
    ruleSet: ruleSetOn(book, date)?.id ?? null,
    balances: balancesOn(ledgers, uses, run.overdrawn, days, date),
    history: run.history,
    upcoming: upcomingOf(book, days, date),
    issues: run.issues.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.use - b.use)),
  };
}
