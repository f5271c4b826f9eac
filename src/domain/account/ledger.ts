/**
 * Processing the days (account-rules.md §3): on each day, in this order, (1) lots whose expiry is before the day
 * lapse with what remains (dated on their expiry day, the last day they could be used), (2) lots whose credit day it
 * is are credited (and capped), (3) the uses of the day are applied in input order, each taking from the alive lots
 * of its incentive, the lot that expires first first (ties: the older period first). What no lot can take is
 * overdrawn: the balance stays at 0 or more and an issue says so.
 *
 * Decisions where §3 is silent:
 * - A lot whose amount is unknown (`granted: null`) takes no part in the sums: a use takes from the known lots
 *   first, and only what they cannot give is counted as used from the unknown lot (no overdraw: with an unknown
 *   balance it cannot be said to be exceeded). It has no lapse entry (what lapses is not known); its credit is in
 *   the history with amount `null`; for the cap it counts as 0.
 * - Credits (and lapses) of one day are processed in incentive-id order, then by period (they do not interact).
 * - A use entry holds the amount reported; when part of it was overdrawn, the entry says how much (`overdrawn`).
 * - Arithmetic is in full precision; amounts closer to 0 than `EPSILON` count as 0 (no lapse of 0.0000001).
 */
import { EPSILON, round2, round2OrNull } from './amounts';
import type { Grant } from './grants';
import type { AccountPeriod } from './periods';
import type { AccountRules } from './rule-book';
import type { AccountIssue, HistoryEntry, Use } from './types';

/** One lot while the days are processed. */
export interface LotState {
  readonly incentive: string;
  readonly period: AccountPeriod;
  readonly grant: Grant;
  readonly creditDay: string;
  /** The last day it can be used; `null`: never lapses. */
  readonly expires: string | null;
  /** The day after `expires`, when what remains lapses. */
  readonly lapseDay: string | null;
  credited: boolean;
  lapsed: boolean;
  cappedOff: number;
  used: number;
  /** `null` while the amount is unknown. */
  remaining: number | null;
}

/** One incentive's lots (by period) and account parameters. */
export interface IncentiveLedger {
  readonly incentive: string;
  readonly rules: AccountRules;
  readonly lots: readonly LotState[];
}

/** A use with its place in the input. */
export interface IndexedUse extends Use {
  readonly index: number;
}

export interface LedgerResult {
  /** From S up to D, by date, then in processing order; amounts rounded for output. */
  readonly history: HistoryEntry[];
  readonly issues: AccountIssue[];
  /** What each use (by input index) could not take. */
  readonly overdrawn: Map<number, number>;
}

/** Alive lots in the order uses take from them: the one that expires first first, then the older period. */
function byExpiry(a: LotState, b: LotState): number {
  if (a.expires !== b.expires) {
    if (a.expires === null) return 1;
    if (b.expires === null) return -1;
    return a.expires < b.expires ? -1 : 1;
  }
  return a.period.start < b.period.start ? -1 : a.period.start > b.period.start ? 1 : 0;
}

const isAlive = (lot: LotState) => lot.credited && !lot.lapsed;

function lapse(lot: LotState, history: HistoryEntry[]): void {
  lot.lapsed = true;
  if (lot.remaining === null) return;
  if (lot.remaining > EPSILON) history.push({ date: lot.expires as string, incentive: lot.incentive, kind: 'lapse', amount: round2(lot.remaining) });
  lot.remaining = 0;
}

function credit(ledger: IncentiveLedger, lot: LotState, history: HistoryEntry[]): void {
  lot.credited = true;
  const granted = lot.grant.granted;
  if (granted !== 0) history.push({ date: lot.creditDay, incentive: lot.incentive, kind: 'credit', amount: round2OrNull(granted) });
  if (granted === null) return;
  let keep = granted;
  const cap = ledger.rules.cap;
  if (cap !== undefined) {
    let held = 0;
    for (const other of ledger.lots) if (other !== lot && isAlive(other) && other.remaining !== null) held += other.remaining;
    keep = Math.max(0, Math.min(granted, cap - held));
  }
  lot.cappedOff = granted - keep;
  lot.remaining = keep;
  if (lot.cappedOff > EPSILON) history.push({ date: lot.creditDay, incentive: lot.incentive, kind: 'cap', amount: round2(lot.cappedOff) });
}

/** Applies one use to its incentive's alive lots; returns what no lot could take. */
function apply(ledger: IncentiveLedger | undefined, use: IndexedUse): number {
  if (ledger === undefined) return use.amount;
  const alive = ledger.lots.filter(isAlive);
  if (alive.length > 1) alive.sort(byExpiry);
  let left = use.amount;
  for (const lot of alive) {
    if (left <= EPSILON) break;
    if (lot.remaining === null || lot.remaining <= EPSILON) continue;
    const take = Math.min(lot.remaining, left);
    lot.remaining -= take;
    lot.used += take;
    left -= take;
  }
  const unknown = alive.find((lot) => lot.remaining === null);
  if (left > EPSILON && unknown) {
    unknown.used += left;
    left = 0;
  }
  return left > EPSILON ? left : 0;
}

const byDate = <T extends { readonly date: string }>(a: T, b: T) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

/**
 * Runs the days with an event from S up to D (credits, uses, lapses) over all incentives at once, so that the
 * history comes out in processing order. Uses before S are issues, not counted.
 */
export function runLedger(ledgers: readonly IncentiveLedger[], uses: readonly IndexedUse[], start: string, date: string): LedgerResult {
  const history: HistoryEntry[] = [];
  const issues: AccountIssue[] = [];
  const overdrawn = new Map<number, number>();
  const byIncentive = new Map(ledgers.map((l) => [l.incentive, l]));

  // Three queues, each in processing order (sorts are stable: ledgers come in incentive-id order, lots by period).
  const credits: { date: string; ledger: IncentiveLedger; lot: LotState }[] = [];
  const lapses: { date: string; lot: LotState }[] = [];
  for (const ledger of ledgers) {
    for (const lot of ledger.lots) {
      credits.push({ date: lot.creditDay, ledger, lot });
      if (lot.lapseDay !== null && lot.lapseDay <= date) lapses.push({ date: lot.lapseDay, lot });
    }
  }
  credits.sort(byDate);
  lapses.sort(byDate);
  const counted: IndexedUse[] = [];
  for (const use of uses) {
    if (use.date >= start) counted.push(use);
    else {
      issues.push({
        kind: 'before-start',
        date: use.date,
        incentive: use.incentive,
        use: use.index,
        amount: round2(use.amount),
        message: `use on ${use.date} is before the start of the account on ${start}: not counted`,
      });
    }
  }
  counted.sort(byDate);

  let c = 0;
  let l = 0;
  let u = 0;
  for (;;) {
    // The next day with an event.
    let day: string | undefined;
    for (const next of [lapses[l]?.date, credits[c]?.date, counted[u]?.date]) if (next !== undefined && (day === undefined || next < day)) day = next;
    if (day === undefined) break;
    for (; l < lapses.length && (lapses[l] as (typeof lapses)[number]).date === day; l++) {
      const lot = (lapses[l] as (typeof lapses)[number]).lot;
      if (isAlive(lot)) lapse(lot, history);
    }
    for (; c < credits.length && (credits[c] as (typeof credits)[number]).date === day; c++) {
      const next = credits[c] as (typeof credits)[number];
      credit(next.ledger, next.lot, history);
    }
    for (; u < counted.length && (counted[u] as IndexedUse).date === day; u++) {
      const use = counted[u] as IndexedUse;
      const left = apply(byIncentive.get(use.incentive), use);
      if (left === 0) {
        history.push({ date: day, incentive: use.incentive, kind: 'use', amount: round2(use.amount) });
        continue;
      }
      overdrawn.set(use.index, left);
      history.push({ date: day, incentive: use.incentive, kind: 'use', amount: round2(use.amount), overdrawn: round2(left) });
      issues.push({
        kind: 'overdrawn',
        date: day,
        incentive: use.incentive,
        use: use.index,
        amount: round2(left),
        message: `uses exceed the balance on ${day} by ${round2(left)}`,
      });
    }
  }
  // The history is in date order as written: a lapse is dated on its expiry day, the day before it is processed.
  return { history, issues, overdrawn };
}
