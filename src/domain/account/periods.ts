/**
 * The periods of each incentive, one after the other (account-rules.md §2): each period credits one lot. The period
 * kind is data (the entitlement's `period` in the rule set of the day).
 *
 * Decisions where §2 is silent:
 * - The periods of an incentive are the same for everybody: they run from the first day the project has rules for
 *   (2024-09-01), and a history takes those that overlap [S, D]. A period may so start before S: its lot is
 *   credited on S (§2). (One chain for all also means it is computed once, not per history.)
 * - A school year or calendar year is the one that contains the day.
 * - Six years (loopbaancheques) run from that first day, then from the day after the previous period: there is no
 *   date of a person's earlier cheques to count from.
 * - A dated rule of the entitlement (a variant's `validFrom`, or the day after its `validUntil`) starts a new period:
 *   the single loopbaancheque of 1 October 2025 to 31 December 2026 is its own period, as the engine's period of
 *   that rule ends on 31 December 2026. So does a rule set that takes effect with another period kind for the
 *   incentive, or that brings an incentive back after it was missing.
 * - A period without end (`career`, and `time-credit`: the time credit's months are a right over the career, one
 *   lot, §2 "time credit, one lot") is never cut: one lot, credited on S, that never lapses.
 */
import { addDays, type DateRange } from '../dates';
import { periodOf } from '../periods';
import type { Incentive, PeriodSpec, Unit } from '../rule-set-schema';
import { accountRulesOf, incentiveOf, ruleChangesIn, ruleSetOn, type AccountRules, type RuleBook } from './rule-book';

export interface AccountPeriod extends DateRange {
  /** The day after `end` (the day a lot expiring with this period lapses); `null` without end. */
  readonly after: string | null;
  /** The balance unit, from the rules of the period's first day: the entitlement's unit, `months` for a rate (§2). */
  readonly unit: Unit;
}

const balanceUnit = (inc: Incentive): Unit => (inc.entitlement.per === 'month' ? 'months' : inc.entitlement.unit);

/** Two period specs count alike when their kind (and a time credit's length) is the same. */
const kindOf = (p: PeriodSpec | undefined) => (p === undefined ? 'none' : p.kind === 'time-credit' ? `time-credit:${p.maxMonths}` : p.kind);

/** The first day after `from` (up to `end`) on which the period must stop: another kind of period, or a dated rule. */
function firstCut(book: RuleBook, id: string, spec: PeriodSpec, from: string, end: string): string | null {
  let cut: string | null = null;
  const consider = (day: string) => {
    if (day > from && day <= end && (cut === null || day < cut)) cut = day;
  };
  for (const day of ruleChangesIn(book, from, end)) {
    if (kindOf(spec) !== kindOf(incentiveOf(ruleSetOn(book, day), id)?.entitlement.period)) consider(day);
  }
  // Dated rules of the entitlement, in each rule set while it is in force.
  for (const rs of book.scenario ? [book.scenario] : book.adopted) {
    for (const variant of incentiveOf(rs, id)?.entitlement.variants ?? []) {
      for (const day of [variant.validFrom, variant.validUntil === undefined ? undefined : addDays(variant.validUntil, 1)]) {
        if (day !== undefined && ruleSetOn(book, day) === rs) consider(day);
      }
    }
  }
  return cut;
}

/** The next day after `day` on which a rule set in force has the incentive again; `null` if never. */
function nextPresence(book: RuleBook, id: string, day: string): string | null {
  return ruleChangesIn(book, day, null).find((d) => incentiveOf(ruleSetOn(book, d), id) !== undefined) ?? null;
}

/** One incentive as every history computed on D sees it: the account rules in force on D and its periods. */
export interface IncentivePlan {
  readonly incentive: string;
  readonly rules: AccountRules;
  /** Every period that begins on or before D, then `rules.carryOver` more (where carried-over lots expire). */
  readonly periods: readonly AccountPeriod[];
}

/**
 * The plan of every incentive for computations on `date`, computed once per rule book and date: the periods run
 * from the first day with rules, so they are the same for every history.
 */
export function plansOn(book: RuleBook, date: string): readonly IncentivePlan[] {
  let plans = book.plans.get(date);
  if (!plans) {
    // The account parameters of the rules in force on D apply to the whole computation (§3).
    const rsD = ruleSetOn(book, date);
    plans = Object.freeze(
      [...book.incentiveIds].map((incentive) => {
        const rules = accountRulesOf(rsD, incentive);
        return { incentive, rules, periods: Object.freeze(chain(book, incentive, book.firstDay, date, rules.carryOver)) };
      }),
    );
    if (book.plans.size >= 64) book.plans.clear();
    book.plans.set(date, plans);
  }
  return plans;
}

/** The periods of an incentive from `start`: those that begin on or before `until`, then `extra` more. */
function chain(book: RuleBook, id: string, start: string, until: string, extra: number): AccountPeriod[] {
  const out: AccountPeriod[] = [];
  let cursor: string | null = start;
  /** The previous period was cut short: this one starts on the cursor, not on its natural start. */
  let cutHere = false;
  let beyond = 0;
  while (cursor !== null) {
    const rs = ruleSetOn(book, cursor);
    const inc = incentiveOf(rs, id);
    if (rs === null || inc === undefined) {
      cursor = nextPresence(book, id, cursor);
      cutHere = true;
      continue;
    }
    if (cursor > until) {
      if (beyond === extra) break;
      beyond++;
    }
    const spec = inc.entitlement.period;
    const natural = spec.kind === 'time-credit' ? { start: cursor, end: null } : periodOf(spec, cursor);
    const periodStart = cutHere ? cursor : natural.start;
    if (natural.end === null) {
      out.push({ start: periodStart, end: null, after: null, unit: balanceUnit(inc) });
      break;
    }
    const cut = firstCut(book, id, spec, cursor, natural.end);
    const end = cut === null ? natural.end : addDays(cut, -1);
    cursor = addDays(end, 1);
    out.push({ start: periodStart, end, after: cursor, unit: balanceUnit(inc) });
    cutHere = cut !== null;
  }
  return out;
}
