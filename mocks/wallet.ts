/**
 * The contract's Wallet from an account history: the account module (computeAccount, account-rules.md §4) on the
 * reference date, mapped to api/openapi.yaml. One mapping for the mock API and the server (server/wallet.ts): no
 * balance is written by hand or stored, every one is computed and explained.
 *
 * - one entitlement per lot alive on the reference date (carried-over periods are lots of their own, marked
 *   `carriedOver`), pillar and provider from the catalogue, the period labelled in the response language;
 * - `usable: false` with the engine's reasons in plain words when a balance cannot be used now (today's rules are
 *   not portable: the person is no longer entitled); such an entitlement has status `pending` for older clients;
 * - `history`: what was credited, capped off, used and lapsed, from the first rule set to the reference date;
 * - `upcoming`: the dated changes of adopted and PLANNED rule sets within 12 months, each with its status (a planned
 *   one is never a right: the wallet says "planned, not final" with its source);
 * - `issues`: uses that exceed the balance (a data inconsistency between sources, shown, never hidden);
 * - only incentives of the catalogue, and nothing of a source that does not answer (`unavailableSources`).
 */
import type { Entitlement, Lang, Wallet, WalletHistoryEntry, WalletIssue, WalletUpcoming } from '../src/api/schemas';
import { computeAccount, type AccountBalance, type AccountLot, type History, type OutcomeAmount } from '../src/domain/account';
import { evaluate, selectRuleSet } from '../src/domain/engine';
import type { PeriodKind, RuleSet } from '../src/domain/rule-set-schema';
import { toIntlLocale } from '../src/domain/lang';
import { plannedRuleSets, ruleSets } from '../src/domain/rules/index';
import { INCENTIVES } from './catalogue';

/** The sources of the wallet's data, and the incentives each provides. */
export const SOURCES = {
  wse: { name: 'Departement WSE', incentives: ['opleidingscheques', 'vlaams-opleidingsverlof', 'vlaams-opleidingskrediet', 'vlaams-zorgkrediet-opleiding'] },
  vdab: { name: 'VDAB', incentives: ['loopbaancheques'] },
  sigedis: { name: 'Sigedis (Federal Learning Account)', incentives: ['federaal-opleidingsrecht'] },
  vlaio: { name: 'VLAIO', incentives: ['kmo-portefeuille'] },
} as const;
export type SourceName = keyof typeof SOURCES;

/** When each source last reported (the mock's fixed moments; the server passes its own). */
const UPDATED: Record<SourceName, string> = {
  wse: '2026-11-27T06:00:00+01:00',
  vdab: '2026-11-27T23:15:00+01:00',
  sigedis: '2026-11-26T22:00:00+01:00',
  vlaio: '2026-11-20T08:00:00+01:00',
};

/** Adopted and planned: planned ones only feed `upcoming` (selectRuleSet never picks them). */
const ACCOUNT_RULE_SETS: readonly RuleSet[] = [...ruleSets, ...plannedRuleSets];

export interface WalletOptions {
  referenceDate: string;
  lang: Lang;
  /** The moment of the answer (RFC 3339). */
  generatedAt: string;
  unavailableSources?: readonly SourceName[];
  /** When a source last updated this person's data; default: the source's usual moment. */
  sourceUpdated?: Partial<Record<SourceName, string>>;
  /**
   * A phase-3.2 scenario rule set (`scenario: true`) that replaces the rules for the whole computation: for Storybook
   * and the policy lab only, never a citizen's wallet.
   */
  scenario?: RuleSet;
}

const dayFormats = new Map<Lang, Intl.DateTimeFormat>();
function day(iso: string, lang: Lang): string {
  let f = dayFormats.get(lang);
  if (!f) dayFormats.set(lang, (f = new Intl.DateTimeFormat(toIntlLocale(lang), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })));
  return f.format(new Date(`${iso}T00:00:00Z`));
}

/** "schooljaar 2026-2027", "kalenderjaar 2025", "1 oktober 2025 tot 31 december 2026", "over je hele loopbaan"… */
export function periodLabel(kind: PeriodKind | undefined, start: string, end: string | null, lang: Lang): string {
  const startYear = start.slice(0, 4);
  // One lot for the whole time credit (account-rules.md §2), credited when the account starts: no date to name.
  if (end === null && kind === 'time-credit') {
    return {
      nl: 'je tijdskrediet voor een opleiding',
      en: 'your time credit for training',
      fr: 'votre crédit-temps pour une formation',
      de: 'Ihr Zeitkredit für eine Weiterbildung',
    }[lang];
  }
  if (end === null) return { nl: 'over je hele loopbaan', en: 'over your whole career', fr: 'sur toute votre carrière', de: 'über Ihre gesamte Laufbahn' }[lang];
  if (kind === 'school-year' && start.endsWith('-09-01') && end.endsWith('-08-31')) {
    const years = `${startYear}-${end.slice(0, 4)}`;
    return { nl: `schooljaar ${years}`, en: `school year ${years}`, fr: `année scolaire ${years}`, de: `Schuljahr ${years}` }[lang];
  }
  if (kind === 'calendar-year' && start.slice(5) === '01-01' && end.slice(5) === '12-31' && start.slice(0, 4) === end.slice(0, 4)) {
    return { nl: `kalenderjaar ${startYear}`, en: `calendar year ${startYear}`, fr: `année civile ${startYear}`, de: `Kalenderjahr ${startYear}` }[lang];
  }
  const [from, to] = [day(start, lang), day(end, lang)];
  return { nl: `${from} tot ${to}`, en: `${from} to ${to}`, fr: `du ${from} au ${to}`, de: `vom ${from} bis zum ${to}` }[lang];
}

function sourceOf(incentive: string): SourceName | undefined {
  return (Object.keys(SOURCES) as SourceName[]).find((key) => (SOURCES[key].incentives as readonly string[]).includes(incentive));
}

/** A history cut at the reference date: the account knows nothing of the days after it. */
function until(history: History, date: string): History {
  return { id: history.id, timeline: history.timeline.filter((t) => t.from <= date), uses: history.uses.filter((u) => u.date <= date) };
}

const round2 = (n: number) => Math.round(n * 100) / 100;

interface Context {
  readonly referenceDate: string;
  readonly lang: Lang;
  readonly lastUpdated: (source: SourceName) => string;
  /** The period kind of an incentive, from the rule sets. */
  readonly kindOf: (incentive: string) => PeriodKind | undefined;
}

function entitlementOf(balance: AccountBalance, lot: AccountLot, ctx: Context): Entitlement | undefined {
  const entry = INCENTIVES.find((i) => i.id === balance.incentive);
  const source = sourceOf(balance.incentive);
  if (!entry || !source) return undefined;
  const known = lot.granted !== null && lot.remaining !== null;
  const remaining = Math.max(0, lot.remaining ?? 0);
  const status: Entitlement['status'] = !known || !balance.usable ? 'pending' : remaining <= 0 ? 'used-up' : 'active';
  const rate = balance.rate && balance.rate.amount !== null ? { amount: balance.rate.amount, unit: balance.rate.unit, per: balance.rate.per } : undefined;
  const reason = balance.reason;
  return {
    id: `${balance.incentive}:${lot.period.start}`,
    incentive: balance.incentive,
    pillar: entry.pillar,
    period: { start: lot.period.start, end: lot.period.end, label: periodLabel(ctx.kindOf(balance.incentive), lot.period.start, lot.period.end, ctx.lang) },
    granted: round2(Math.max(0, lot.granted ?? 0)),
    used: round2(lot.used),
    remaining: round2(remaining),
    unit: balance.unit,
    lapsesOn: lot.expires,
    provider: entry.provider,
    dataSource: { name: SOURCES[source].name, lastUpdated: ctx.lastUpdated(source) },
    ...(rate ? { rate } : {}),
    status,
    usable: balance.usable,
    ...(reason
      ? {
          notUsable: {
            outcome: reason.outcome,
            // What stands in the way, in the rule set's plain words: the failing conditions (or the open ones).
            reasons: reason.reasons.filter((r) => r.met !== true).map((r) => r.text[ctx.lang]),
          },
        }
      : {}),
    ...(lot.period.end !== null && lot.period.end < ctx.referenceDate ? { carriedOver: true } : {}),
    ...(lot.cappedOff > 0 ? { cappedOff: round2(lot.cappedOff) } : {}),
  };
}

function outcomeAmount(o: OutcomeAmount | null): WalletUpcoming['before'] {
  if (!o) return null;
  return { outcome: o.outcome, amount: o.amount === null ? null : round2(o.amount), unit: o.unit, ...(o.per ? { per: o.per } : {}) };
}

/** The wallet of one history (none: a person the sources know nothing of, an empty wallet). */
export function walletOf(history: History | undefined, options: WalletOptions): Wallet {
  const { referenceDate, lang, generatedAt } = options;
  const unavailable = new Set(options.unavailableSources ?? []);
  const sources = (Object.keys(SOURCES) as SourceName[]).map((key) => ({
    name: SOURCES[key].name,
    status: unavailable.has(key) ? ('unavailable' as const) : ('ok' as const),
    incentives: [...SOURCES[key].incentives],
  }));
  let ruleSet: RuleSet | undefined;
  try {
    ruleSet = selectRuleSet(ruleSets, referenceDate);
  } catch {
    ruleSet = undefined; // before the first rule set: no rights
  }
  const past = history ? until(history, referenceDate) : undefined;
  const empty: Wallet = { generatedAt, referenceDate, ...(ruleSet ? { ruleSet: ruleSet.id } : {}), entitlements: [], referrals: [], sources };
  if (!past || past.timeline.length === 0 || !ruleSet) return empty;

  const account = computeAccount(past, { referenceDate, ruleSets: ACCOUNT_RULE_SETS, ...(options.scenario ? { scenario: options.scenario } : {}) });
  // What the wallet shows: incentives of the catalogue whose source answers.
  const shown = (incentive: string) => {
    const source = sourceOf(incentive);
    return !!source && !unavailable.has(source) && INCENTIVES.some((i) => i.id === incentive);
  };
  const ctx: Context = {
    referenceDate,
    lang,
    lastUpdated: (source) => options.sourceUpdated?.[source] ?? UPDATED[source],
    kindOf: (incentive) => ACCOUNT_RULE_SETS.find((rs) => rs.incentives.some((i) => i.id === incentive))?.incentives.find((i) => i.id === incentive)?.entitlement.period.kind,
  };
  // A lot that granted nothing and was not used says nothing (the account lists it; the wallet leaves it out).
  const entitlements = account.balances
    .filter((b) => shown(b.incentive))
    .flatMap((b) => b.lots.filter((lot) => lot.granted !== 0 || lot.used > 0).map((lot) => entitlementOf(b, lot, ctx)))
    .filter((e): e is Entitlement => e !== undefined);
  const walletHistory: WalletHistoryEntry[] = account.history
    .filter((h) => shown(h.incentive))
    .map((h) => ({ date: h.date, incentive: h.incentive, kind: h.kind, amount: h.amount === null ? null : round2(h.amount) }));
  const upcoming: WalletUpcoming[] = account.upcoming.map((u) => {
    const coming = ACCOUNT_RULE_SETS.find((rs) => rs.id === u.ruleSet);
    const name = (coming ?? ruleSet)?.incentives.find((i) => i.id === u.incentive)?.name[lang] ?? ruleSet?.incentives.find((i) => i.id === u.incentive)?.name[lang] ?? u.incentive;
    return {
      date: u.date,
      incentive: u.incentive,
      name,
      before: outcomeAmount(u.before),
      after: outcomeAmount(u.after),
      ruleSet: u.ruleSet,
      status: u.status,
      ...(u.source ? { source: { title: u.source.title, url: u.source.url } } : {}),
    };
  });
  const issues: WalletIssue[] = account.issues
    .filter((i) => shown(i.incentive))
    .map((i) => ({ kind: i.kind, date: i.date, incentive: i.incentive, amount: round2(i.amount) }));
  const situation = past.timeline[past.timeline.length - 1]?.answers ?? {};
  return {
    generatedAt,
    referenceDate: account.date,
    ...(account.ruleSet ? { ruleSet: account.ruleSet } : {}),
    entitlements,
    referrals: [...new Set(evaluate(ruleSet, situation, { referenceDate }).referrals)],
    sources,
    history: walletHistory,
    upcoming,
    issues,
  };
}
