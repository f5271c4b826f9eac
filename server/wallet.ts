/**
 * /wallet: the account module's balances (computeAccount, account-rules.md §4) on the stored history, mapped to
 * the contract's Wallet. Nothing is stored: every balance is computed for the reference date, every request.
 *
 * Mapping (the contract will gain history and upcoming changes later; this maps what it has today):
 * - one entitlement per lot alive on the reference date (an incentive can have several, e.g. carried-over days);
 * - pillar and provider from the catalogue, unit and rate from the account, the period labelled in the language;
 * - `lapsesOn` is the lot's last usable day (`null`: it never lapses);
 * - status: `used-up` when nothing remains, `active` when usable, and `pending` when the amount is unknown (an
 *   answer is missing) or the balance cannot be used today (the person is not eligible on that day): the contract
 *   has no "not usable now" yet, and `pending` ("not confirmed, may change") is the closest it has;
 * - referrals: the eligibility engine's referrals for the situation on the reference date;
 * - sources: the four sources; the server holds what they reported, so all are `ok`, as of the import.
 */
import type { Entitlement, Lang, Wallet } from '../src/api/schemas';
import { computeAccount, type AccountBalance, type AccountLot } from '../src/domain/account/index';
import { evaluate, selectRuleSet } from '../src/domain/engine';
import type { PeriodKind, RuleSet } from '../src/domain/rule-set-schema';
import { INCENTIVES } from '../mocks/catalogue';
import { SOURCES, type SourceName } from '../mocks/personas';
import { ACCOUNT_RULE_SETS, type History } from './history';
import type { StoredHistory } from './store';

export interface WalletOptions {
  referenceDate: string;
  lang: Lang;
  /** The moment of the answer (RFC 3339). */
  now?: Date;
}

const LOCALES: Record<Lang, string> = { nl: 'nl-BE', en: 'en-GB', fr: 'fr-BE' };
const dayFormats = Object.fromEntries(
  (Object.keys(LOCALES) as Lang[]).map((lang) => [
    lang,
    new Intl.DateTimeFormat(LOCALES[lang], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  ]),
) as Record<Lang, Intl.DateTimeFormat>;
const day = (iso: string, lang: Lang) => dayFormats[lang].format(new Date(`${iso}T00:00:00Z`));

/** "schooljaar 2026-2027", "kalenderjaar 2026", "overgedragen uit 2025", "1 oktober 2025 tot 31 december 2026"… */
export function periodLabel(kind: PeriodKind | undefined, start: string, end: string | null, referenceDate: string, lang: Lang): string {
  const startYear = start.slice(0, 4);
  if (end === null && kind === 'time-credit') {
    const from = day(start, lang);
    return { nl: `tijdskrediet vanaf ${from}`, en: `time credit from ${from}`, fr: `crédit-temps à partir du ${from}` }[lang];
  }
  if (end === null) return { nl: 'over je hele loopbaan', en: 'over your whole career', fr: 'sur toute votre carrière' }[lang];
  if (kind === 'school-year' && start.endsWith('-09-01') && end.endsWith('-08-31')) {
    const years = `${startYear}-${end.slice(0, 4)}`;
    return { nl: `schooljaar ${years}`, en: `school year ${years}`, fr: `année scolaire ${years}` }[lang];
  }
  if (kind === 'calendar-year' && start.endsWith('-01-01') && end.endsWith('-12-31')) {
    if (end < referenceDate) return { nl: `overgedragen uit ${startYear}`, en: `carried over from ${startYear}`, fr: `reporté de ${startYear}` }[lang];
    return { nl: `kalenderjaar ${startYear}`, en: `calendar year ${startYear}`, fr: `année civile ${startYear}` }[lang];
  }
  const [from, to] = [day(start, lang), day(end, lang)];
  return { nl: `${from} tot ${to}`, en: `${from} to ${to}`, fr: `du ${from} au ${to}` }[lang];
}

function sourceOf(incentive: string): SourceName | undefined {
  return (Object.keys(SOURCES) as SourceName[]).find((key) => (SOURCES[key].incentives as readonly string[]).includes(incentive));
}

/** A history cut at the reference date: the account knows nothing of the days after it. */
function until(history: History, date: string): History {
  return { id: history.id, timeline: history.timeline.filter((t) => t.from <= date), uses: history.uses.filter((u) => u.date <= date) };
}

function entitlementOf(balance: AccountBalance, lot: AccountLot, ctx: { ruleSet: RuleSet | undefined; referenceDate: string; lang: Lang; updatedAt: string }): Entitlement | undefined {
  const entry = INCENTIVES.find((i) => i.id === balance.incentive);
  if (!entry) return undefined; // not in the catalogue (e.g. a planned incentive): nothing a citizen can apply for
  const source = sourceOf(balance.incentive);
  const kind = ctx.ruleSet?.incentives.find((i) => i.id === balance.incentive)?.entitlement.period.kind;
  const known = lot.granted !== null && lot.remaining !== null;
  const remaining = Math.max(0, lot.remaining ?? 0);
  const status: Entitlement['status'] = !known || !balance.usable ? 'pending' : remaining <= 0 ? 'used-up' : 'active';
  const rate = balance.rate && balance.rate.amount !== null ? { amount: balance.rate.amount, unit: balance.rate.unit, per: balance.rate.per } : undefined;
  return {
    id: `${balance.incentive}:${lot.period.start}`,
    incentive: balance.incentive,
    pillar: entry.pillar,
    period: { start: lot.period.start, end: lot.period.end, label: periodLabel(kind, lot.period.start, lot.period.end, ctx.referenceDate, ctx.lang) },
    granted: Math.max(0, lot.granted ?? 0),
    used: lot.used,
    remaining,
    unit: balance.unit,
    lapsesOn: lot.expires,
    provider: entry.provider,
    dataSource: { name: source ? SOURCES[source].name : entry.provider, lastUpdated: ctx.updatedAt },
    ...(rate ? { rate } : {}),
    status,
  };
}

/** The wallet of a stored history (undefined: a person the sources know nothing of, an empty wallet). */
export function walletOf(stored: StoredHistory | undefined, options: WalletOptions): Wallet {
  const { referenceDate, lang } = options;
  const generatedAt = (options.now ?? new Date()).toISOString();
  let ruleSet: RuleSet | undefined;
  try {
    ruleSet = selectRuleSet(ACCOUNT_RULE_SETS, referenceDate);
  } catch {
    ruleSet = undefined; // before the first rule set: no rights
  }
  const updatedAt = stored?.updatedAt ?? generatedAt;
  const sources = (Object.keys(SOURCES) as SourceName[]).map((key) => ({
    name: SOURCES[key].name,
    status: 'ok' as const,
    incentives: [...SOURCES[key].incentives],
  }));
  const history = stored ? until(stored.history, referenceDate) : undefined;
  if (!history || history.timeline.length === 0 || !ruleSet) {
    return { generatedAt, referenceDate, ...(ruleSet ? { ruleSet: ruleSet.id } : {}), entitlements: [], referrals: [], sources };
  }

  const account = computeAccount(history, { referenceDate, ruleSets: ACCOUNT_RULE_SETS });
  const ctx = { ruleSet, referenceDate, lang, updatedAt };
  const entitlements = account.balances.flatMap((balance) =>
    balance.lots.map((lot) => entitlementOf(balance, lot, ctx)).filter((e): e is Entitlement => e !== undefined),
  );
  const situation = history.timeline.at(-1)?.answers ?? {};
  const referrals = [...new Set(evaluate(ruleSet, situation, { referenceDate }).referrals)];
  return {
    generatedAt,
    referenceDate: account.date,
    ...(account.ruleSet ? { ruleSet: account.ruleSet } : {}),
    entitlements,
    referrals,
    sources,
  };
}
