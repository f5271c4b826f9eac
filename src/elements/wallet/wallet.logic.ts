/**
 * Pure view model of <llr-wallet>: which cards go in which pillar, what lapses soon, which parts are missing
 * or stale, which referrals to show. No DOM, no Lit, no formatting; date math comes from src/domain/dates.
 */
import type { Catalogue, Entitlement, EntitlementStatus, Incentive, Pillar, Referral, Wallet, WalletHistoryEntry, WalletIssue, WalletUpcoming } from '../../api';
import { daysUntil, isIsoDate } from '../../domain/dates';

export interface WalletCard {
  entitlement: Entitlement;
  incentive: Incentive;
  /** The source's last update is older than the wallet accepts. */
  stale: boolean;
}

export interface LapseItem {
  entitlement: Entitlement;
  incentive: Incentive;
  /** Whole days from the wallet's reference date to the lapse date (0 = today). */
  days: number;
}

export interface MissingPart {
  /** Name of the source that did not answer, e.g. "VDAB". */
  source: string;
  /** The incentives it provides (the ones the catalogue knows). */
  incentives: Incentive[];
}

/** What happened to one incentive's balance, oldest first (credited, capped off, used, lapsed). */
export interface HistoryGroup {
  incentive: Incentive;
  entries: WalletHistoryEntry[];
}

/** Data that does not add up (more used than there was), with the incentive it concerns. */
export interface IssueItem {
  issue: WalletIssue;
  incentive: Incentive;
}

export interface WalletView {
  /** Cards per pillar, in display order. */
  pillars: Record<Pillar, WalletCard[]>;
  /** Rights that lapse at the end of their period if unused, soonest first. */
  lapsing: LapseItem[];
  referrals: Referral[];
  missing: MissingPart[];
  /** Cards whose data is older than `staleAfterDays` (same objects as in `pillars`). */
  stale: WalletCard[];
  /** The wallet response itself is older than `staleAfterDays` (e.g. served from a cache). */
  walletStale: boolean;
  /** No entitlement the catalogue knows: explain and refer instead of showing an empty box. */
  empty: boolean;
  /** Per incentive, what happened to its balance. */
  history: HistoryGroup[];
  /** Dated changes that are coming (adopted, or planned and not final), soonest first. */
  upcoming: WalletUpcoming[];
  issues: IssueItem[];
}

export interface WalletViewOptions {
  /** "Now", for the stale check. */
  now: Date;
  /** Data older than this many days counts as stale. */
  staleAfterDays: number;
}

const STATUS_ORDER: Record<EntitlementStatus, number> = { active: 0, pending: 1, 'used-up': 2, expired: 3 };

const DAY_MS = 86_400_000;

/**
 * "Use it in time" lists what lapses within a year. Carried-over days live up to five years: their lapse date is on
 * their card, but a list of what lapses in 2029 would hide what lapses next month.
 */
export const LAPSE_HORIZON_DAYS = 366;

/** Whole days (24 h) since a timestamp, 0 when it is unreadable or in the future. */
export function ageInDays(timestamp: string, now: Date): number {
  const then = Date.parse(timestamp);
  if (Number.isNaN(then)) return 0;
  return Math.max(0, Math.floor((now.getTime() - then) / DAY_MS));
}

/** Code-point order for ids and ISO dates (ASCII): much cheaper than localeCompare, and locale-independent. */
const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Days from the reference date to the lapse date; undefined when it does not lapse (or the date is unusable). */
export function daysToLapse(entitlement: Entitlement, referenceDate: string): number | undefined {
  if (!entitlement.lapsesOn || !isIsoDate(entitlement.lapsesOn) || !isIsoDate(referenceDate)) return undefined;
  return daysUntil(entitlement.lapsesOn, referenceDate);
}

/** Something usable is left that will be lost on `lapsesOn`, within the coming year. */
export function lapses(entitlement: Entitlement, referenceDate: string): boolean {
  const days = daysToLapse(entitlement, referenceDate);
  return days !== undefined && days >= 0 && days <= LAPSE_HORIZON_DAYS && entitlement.status === 'active' && entitlement.usable !== false && entitlement.remaining > 0;
}

function byDisplayOrder(a: WalletCard, b: WalletCard): number {
  return (
    STATUS_ORDER[a.entitlement.status] - STATUS_ORDER[b.entitlement.status] ||
    compare(a.entitlement.lapsesOn ?? '9999-12-31', b.entitlement.lapsesOn ?? '9999-12-31') ||
    compare(a.incentive.id, b.incentive.id) ||
    compare(a.entitlement.period.start, b.entitlement.period.start)
  );
}

export function buildWalletView(wallet: Wallet, catalogue: Catalogue, options: WalletViewOptions): WalletView {
  const incentives = new Map(catalogue.incentives.map((i) => [i.id, i]));
  const referralsById = new Map(catalogue.referrals.map((r) => [r.id, r]));
  const isStale = (timestamp: string) => ageInDays(timestamp, options.now) > options.staleAfterDays;

  const pillars: Record<Pillar, WalletCard[]> = { money: [], time: [] };
  const lapsing: LapseItem[] = [];
  const stale: WalletCard[] = [];
  for (const entitlement of wallet.entitlements) {
    // The contract: clients ignore ids they do not know (a newer rule set may add incentives).
    const incentive = incentives.get(entitlement.incentive);
    if (!incentive) continue;
    const card: WalletCard = { entitlement, incentive, stale: isStale(entitlement.dataSource.lastUpdated) };
    pillars[entitlement.pillar].push(card);
    if (card.stale) stale.push(card);
    if (lapses(entitlement, wallet.referenceDate)) {
      lapsing.push({ entitlement, incentive, days: daysToLapse(entitlement, wallet.referenceDate) ?? 0 });
    }
  }
  pillars.money.sort(byDisplayOrder);
  pillars.time.sort(byDisplayOrder);
  lapsing.sort((a, b) => a.days - b.days || compare(a.incentive.id, b.incentive.id));

  const referrals = wallet.referrals.map((id) => referralsById.get(id)).filter((r): r is Referral => !!r);
  const missing = wallet.sources
    .filter((s) => s.status === 'unavailable')
    .map((s) => ({ source: s.name, incentives: s.incentives.map((id) => incentives.get(id)).filter((i): i is Incentive => !!i) }));

  const history: HistoryGroup[] = [];
  for (const entry of wallet.history ?? []) {
    const incentive = incentives.get(entry.incentive);
    if (!incentive) continue;
    let group = history.find((g) => g.incentive === incentive);
    if (!group) history.push((group = { incentive, entries: [] }));
    group.entries.push(entry);
  }
  const issues = (wallet.issues ?? []).flatMap((issue) => {
    const incentive = incentives.get(issue.incentive);
    return incentive ? [{ issue, incentive }] : [];
  });

  return {
    pillars,
    lapsing,
    referrals,
    missing,
    stale,
    walletStale: isStale(wallet.generatedAt),
    empty: pillars.money.length + pillars.time.length === 0,
    history,
    upcoming: [...(wallet.upcoming ?? [])].sort((a, b) => compare(a.date, b.date)),
    issues,
  };
}
