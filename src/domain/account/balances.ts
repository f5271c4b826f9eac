/**
 * The balances on the reference date D (account-rules.md §3 "Portability", §4 `balances`): per incentive, the lots
 * alive on D, whether they can be used, what is available, and what lapses next.
 *
 * Decisions where §4 is silent:
 * - A balance lists every alive lot, also those that granted 0 (a year not entitled stays visible as such).
 * - `overdrawn` counts the uses dated in the current period (the one containing D); older inconsistencies stay in
 *   `issues`, so that an old data error does not hang over today's balance.
 * - Not usable: `reason` gives the engine's failing (or open) conditions with their texts, and for an `unknown`
 *   outcome the missing answers; `not-offered` when the rules in force on D have no such incentive any more.
 */
import type { Reason } from '../engine';
import { EPSILON, round2, round2OrNull } from './amounts';
import type { Day, HistoryDays } from './days';
import { missingAnswers } from './grants';
import type { IncentiveLedger, IndexedUse, LotState } from './ledger';
import type { AccountBalance, AccountLot, NotUsable } from './types';

const NOT_OFFERED: NotUsable = Object.freeze({ outcome: 'not-offered', reasons: Object.freeze([]), missing: Object.freeze([]) });

/** `null` when the balance is usable on D; otherwise why not. */
function notUsable(ledger: IncentiveLedger, today: Day | null): NotUsable | null {
  if (ledger.rules.portable) return null;
  const result = today?.results.get(ledger.incentive);
  if (today === null || result === undefined) return NOT_OFFERED;
  if (result.outcome === 'eligible') return null;
  const open = result.outcome === 'unknown';
  const reasons: Reason[] = result.reasons.filter((r) => (open ? r.met === null : r.met === false));
  return { outcome: result.outcome, reasons, missing: open ? missingAnswers(today.ruleSet, today.situation, result) : [] };
}

function lotOut(lot: LotState): AccountLot {
  const out: AccountLot = {
    period: { start: lot.period.start, end: lot.period.end },
    granted: round2OrNull(lot.grant.granted),
    cappedOff: round2(lot.cappedOff),
    used: round2(lot.used),
    remaining: round2OrNull(lot.remaining),
    expires: lot.expires,
  };
  return lot.grant.granted === null ? { ...out, missing: lot.grant.missing } : out;
}

/**
 * One balance per incentive with an alive lot that granted something (or whose amount is unknown), or with a use in
 * the period containing D; by incentive id (the ledgers' order).
 */
export function balancesOn(
  ledgers: readonly IncentiveLedger[],
  uses: readonly IndexedUse[],
  overdrawn: ReadonlyMap<number, number>,
  days: HistoryDays,
  date: string,
): AccountBalance[] {
  const today = days.on(date);
  const balances: AccountBalance[] = [];
  for (const ledger of ledgers) {
    // Lots are by period, so the alive ones are by period start.
    const alive = ledger.lots.filter((lot) => lot.credited && !lot.lapsed);
    const latest = alive[alive.length - 1];
    if (latest === undefined) continue;
    const current = ledger.lots.find((lot) => lot.period.start <= date && (lot.period.end === null || date <= lot.period.end));
    let usedNow = false;
    let over = 0;
    if (current !== undefined) {
      for (const use of uses) {
        if (use.incentive !== ledger.incentive || use.date < current.creditDay) continue;
        usedNow = true;
        over += overdrawn.get(use.index) ?? 0;
      }
    }
    if (!usedNow && !alive.some((lot) => lot.grant.granted !== 0)) continue;

    const reason = notUsable(ledger, today);
    let total = 0;
    let unknown = false;
    let lapseDate: string | null = null;
    let lapseAmount = 0;
    let rate = undefined as LotState['grant']['rate'];
    for (const lot of alive) {
      if (lot.grant.rate !== undefined) rate = lot.grant.rate;
      if (lot.remaining === null) {
        unknown = true;
        continue;
      }
      total += lot.remaining;
      if (lot.expires === null || lot.remaining <= EPSILON) continue;
      if (lapseDate === null || lot.expires < lapseDate) {
        lapseDate = lot.expires;
        lapseAmount = 0;
      }
      if (lot.expires === lapseDate) lapseAmount += lot.remaining;
    }
    const balance: AccountBalance = {
      incentive: ledger.incentive,
      unit: latest.period.unit,
      ...(rate ? { rate: { ...rate, amount: round2OrNull(rate.amount) } } : {}),
      usable: reason === null,
      available: reason !== null ? 0 : unknown ? null : round2(total),
      overdrawn: round2(over),
      nextLapse: lapseDate === null ? null : { date: lapseDate, amount: round2(lapseAmount) },
      lots: alive.map(lotOut),
    };
    balances.push(reason === null ? balance : { ...balance, reason });
  }
  return balances;
}
