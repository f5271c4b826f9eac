/**
 * From counters to the indicators an analyst reads (api/openapi.yaml: Indicators), shared by the server and the
 * mock. Pure: no database, no msw.
 *
 * Small cells are withheld (docs/privacy.md). The published cells are the counters summed per ISO week × host ×
 * counter × dimension. A cell from 1 to 9 is `"<10"`; 0 is 0 (nobody is no one to single out, and a cell's
 * published value must not depend on the query: see `Tally`). Every other number is computed from the published
 * cells only, never from the raw counters: a sum counts the cells it shows and says `"N+"` when it left some out
 * (`"<19"` when it shows none of two), and a rate divides published sums (a withheld cell counts as 0). So no total,
 * rate or other query (another period, one host instead of all) can give back a withheld cell: they are all made of
 * the same published cells, each published the same way whatever is asked.
 */
import type { Figure, IndicatorSet, Indicators, WalletState, WeekTrend } from '../src/api/usage';
import { addDays } from '../src/domain/dates';

/** Cells below this many are withheld (the server: `LLR_SUPPRESS_BELOW`, never lower). */
export const DEFAULT_THRESHOLD = 10;
/** The longest period one request may cover. */
export const MAX_WEEKS = 106;

/** A counter summed over one week (its Monday) and one host. */
export interface CounterRow {
  week: string;
  host: string;
  counter: string;
  subject: string;
  detail: string;
  count: number;
}

export interface IndicatorOptions {
  /** Any day of the first week and of the last week (YYYY-MM-DD). */
  from: string;
  to: string;
  /** Every host counted; `host` narrows to one. */
  hosts: readonly string[];
  host?: string | undefined;
  threshold: number;
  generatedAt: string;
}

// ---------------------------------------------------------------- weeks

const dayNumber = (date: string) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;

/** The Monday of the ISO week a day falls in. */
export function mondayOf(date: string): string {
  const weekday = (dayNumber(date) + 3) % 7; // 1970-01-01 was a Thursday: Monday is 0
  return addDays(date, -weekday);
}

/** The ISO week of a Monday, e.g. "2026-W48" (the week belongs to the year of its Thursday). */
export function isoWeek(monday: string): string {
  const thursday = addDays(monday, 3);
  const year = thursday.slice(0, 4);
  const week = Math.floor((dayNumber(thursday) - dayNumber(`${year}-01-01`)) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The Mondays of every week from the one of `from` to the one of `to`. */
export function weeksBetween(from: string, to: string): string[] {
  const weeks: string[] = [];
  for (let monday = mondayOf(from); monday <= to; monday = addDays(monday, 7)) weeks.push(monday);
  return weeks;
}

// ---------------------------------------------------------------- published cells and their sums

/**
 * A sum of published cells: what they show, and how many were withheld. A cell that was never counted is 0 and
 * shown as 0, so it makes no difference whether a query's cells include it: every query sums the same published
 * values (had 0 been withheld, a week asked alone would say "0" where a longer period says "<10" for it).
 */
class Tally {
  shown = 0;
  withheld = 0;

  constructor(private readonly threshold: number) {}

  add(count: number): void {
    if (count > 0 && count < this.threshold) this.withheld += 1;
    else this.shown += count;
  }

  /** Exact, `"<T"` (a withheld cell; of k withheld cells only, `"<k(T−1)+1"`) or `"N+"` (some withheld). */
  figure(): Figure {
    if (this.withheld === 0) return this.shown;
    if (this.shown === 0) return `<${this.withheld * (this.threshold - 1) + 1}`;
    return `${this.shown}+`;
  }
}

const rate = (part: Tally, whole: Tally): number | null =>
  whole.shown === 0 ? null : Math.round(Math.min(1, Math.max(0, part.shown / whole.shown)) * 10_000) / 10_000;

/** `1 − a − b` of rates, when both are known. */
const rest = (...rates: (number | null)[]): number | null =>
  rates.some((r) => r === null) ? null : Math.round(Math.max(0, 1 - rates.reduce<number>((sum, r) => sum + (r ?? 0), 0)) * 10_000) / 10_000;

const ERROR_STATE = /^error-/;

/** One counter's cells for one dimension: per "week|host", the count. */
interface Dimension {
  subject: string;
  detail: string;
  byBlock: Map<string, number>;
}

/** The cells of a selection: per counter and dimension, per week and host (a cell not there is 0). */
class Cells {
  /** counter → "subject|detail" → its cells */
  private readonly counts = new Map<string, Map<string, Dimension>>();

  constructor(rows: readonly CounterRow[], private readonly threshold: number) {
    for (const row of rows) {
      let byKey = this.counts.get(row.counter);
      if (!byKey) this.counts.set(row.counter, (byKey = new Map()));
      const dims = `${row.subject}|${row.detail}`;
      let dimension = byKey.get(dims);
      if (!dimension) byKey.set(dims, (dimension = { subject: row.subject, detail: row.detail, byBlock: new Map() }));
      const block = `${row.week}|${row.host}`;
      dimension.byBlock.set(block, (dimension.byBlock.get(block) ?? 0) + row.count);
    }
  }

  /** The dimensions counted for a counter: [subject, detail]. */
  dimensions(counter: string): [string, string][] {
    return [...(this.counts.get(counter)?.values() ?? [])].map((d) => [d.subject, d.detail]);
  }

  /** The sum over these blocks of the cells of `counter` whose dimensions pass `match`. */
  sum(blocks: readonly string[], counter: string, match: (subject: string, detail: string) => boolean = () => true): Tally {
    const tally = new Tally(this.threshold);
    for (const { subject, detail, byBlock } of this.counts.get(counter)?.values() ?? []) {
      if (!match(subject, detail)) continue;
      for (const block of blocks) tally.add(byBlock.get(block) ?? 0);
    }
    return tally;
  }
}

const bySubject = (subject: string) => (s: string) => s === subject;

/** The indicators of a set of blocks (weeks × hosts). */
function indicatorSet(cells: Cells, blocks: readonly string[]): IndicatorSet {
  const sum = (counter: string, match?: (subject: string, detail: string) => boolean) => cells.sum(blocks, counter, match);
  const subjects = (counter: string) => [...new Set(cells.dimensions(counter).map(([s]) => s))].sort();

  // The funnel: runs that reached question n.
  const steps = [...new Set(cells.dimensions('wegwijzer-question-shown').map(([, d]) => Number(d)))].sort((a, b) => a - b);
  const funnel = steps.map((step) => ({ step, reached: sum('wegwijzer-question-shown', (_, d) => d === String(step)).figure() }));

  // Per question, in the order they are first asked.
  const firstStep = new Map<string, number>();
  for (const [question, step] of cells.dimensions('wegwijzer-question-shown')) {
    firstStep.set(question, Math.min(firstStep.get(question) ?? Infinity, Number(step)));
  }
  const questions = [...firstStep.keys()]
    .sort((a, b) => (firstStep.get(a) ?? 0) - (firstStep.get(b) ?? 0) || a.localeCompare(b))
    .map((question) => {
      const shown = sum('wegwijzer-question-shown', bySubject(question));
      const answered = sum('wegwijzer-question-answered', bySubject(question));
      const dontKnow = sum('wegwijzer-dont-know', bySubject(question));
      return {
        question,
        shown: shown.figure(),
        answered: answered.figure(),
        dontKnow: dontKnow.figure(),
        back: sum('wegwijzer-back', bySubject(question)).figure(),
        edited: sum('wegwijzer-answer-edited', bySubject(question)).figure(),
        dropOffRate: rest(rate(answered, shown)),
        dontKnowRate: rate(dontKnow, answered),
      };
    });

  const outcomes = subjects('wegwijzer-outcome').map((incentive) => {
    const evaluated = sum('wegwijzer-outcome', (s, d) => s === incentive && d === 'evaluated');
    const eligible = sum('wegwijzer-outcome', (s, d) => s === incentive && d === 'eligible');
    const unknown = sum('wegwijzer-outcome', (s, d) => s === incentive && d === 'unknown');
    const eligibleShare = rate(eligible, evaluated);
    const unknownShare = rate(unknown, evaluated);
    return {
      incentive,
      eligible: eligible.figure(),
      unknown: unknown.figure(),
      eligibleShare,
      unknownShare,
      notEligibleShare: rest(eligibleShare, unknownShare),
    };
  });

  const referrals = [...new Set([...subjects('wegwijzer-referral-shown'), ...subjects('wegwijzer-referral-followed')])].sort().map((referral) => {
    const shown = sum('wegwijzer-referral-shown', bySubject(referral));
    const followed = sum('wegwijzer-referral-followed', bySubject(referral));
    return { referral, shown: shown.figure(), followed: followed.figure(), followedRate: rate(followed, shown) };
  });

  const walletShown = sum('wallet-shown');
  const states = subjects('wallet-shown').map((state) => {
    const count = sum('wallet-shown', bySubject(state));
    return { state: state as WalletState, count: count.figure(), share: rate(count, walletShown) };
  });
  const perIncentive = (counter: string) => subjects(counter).map((incentive) => ({ incentive, count: sum(counter, bySubject(incentive)).figure() }));

  return {
    wegwijzer: {
      started: sum('wegwijzer-started').figure(),
      restarted: sum('wegwijzer-restarted').figure(),
      completed: sum('wegwijzer-completed').figure(),
      funnel,
      questions,
      outcomes,
      referrals,
    },
    wallet: {
      shown: walletShown.figure(),
      states,
      errorRate: rate(sum('wallet-shown', (s) => ERROR_STATE.test(s)), walletShown),
      howToOpened: perIncentive('wallet-how-to-opened'),
      historyOpened: perIncentive('wallet-history-opened'),
      applyFollowed: perIncentive('wallet-apply-followed'),
    },
    badge: { expanded: sum('badge-expanded').figure(), wegwijzerFollowed: sum('badge-wegwijzer-followed').figure() },
  };
}

function weekTrend(cells: Cells, monday: string, host: string): WeekTrend {
  const block = [`${monday}|${host}`];
  const sum = (counter: string, match?: (subject: string, detail: string) => boolean) => cells.sum(block, counter, match).figure();
  return {
    week: isoWeek(monday),
    start: monday,
    host,
    started: sum('wegwijzer-started'),
    completed: sum('wegwijzer-completed'),
    referralsFollowed: sum('wegwijzer-referral-followed'),
    walletShown: sum('wallet-shown'),
    walletErrors: sum('wallet-shown', (s) => ERROR_STATE.test(s)),
    applyFollowed: sum('wallet-apply-followed'),
    badgeExpanded: sum('badge-expanded'),
  };
}

/** The indicators of whole weeks from `from` to `to`, for one host or all, with small cells withheld. */
export function indicatorsOf(rows: readonly CounterRow[], options: IndicatorOptions): Indicators {
  const weeks = weeksBetween(options.from, options.to);
  const hosts = options.host ? [options.host] : [...options.hosts];
  const inSelection = rows.filter((r) => hosts.includes(r.host) && r.week >= (weeks[0] ?? '') && r.week <= (weeks.at(-1) ?? ''));
  const cells = new Cells(inSelection, options.threshold);
  const blocks = weeks.flatMap((monday) => hosts.map((host) => `${monday}|${host}`));
  return {
    from: weeks[0] ?? mondayOf(options.from),
    to: addDays(weeks.at(-1) ?? mondayOf(options.to), 6),
    ...(options.host ? { host: options.host } : {}),
    hosts,
    threshold: options.threshold,
    generatedAt: options.generatedAt,
    total: indicatorSet(cells, blocks),
    weeks: weeks.flatMap((monday) => hosts.map((host) => weekTrend(cells, monday, host))),
  };
}

/** Why a query is refused: `from` after `to`, a period too long, or a host nobody counts. */
export function queryProblem(from: string, to: string, host: string | undefined, hosts: readonly string[]): 'period' | 'host' | undefined {
  if (from > to || weeksBetween(from, to).length > MAX_WEEKS) return 'period';
  if (host !== undefined && !hosts.includes(host)) return 'host';
  return undefined;
}
