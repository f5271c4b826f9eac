/**
 * Presentation helpers every element shares: Intl formatting of amounts, numbers, lists, dates and day counts in
 * the element's language (src/domain/lang.ts: toIntlLocale), API text in that language, and the pillar's name.
 * Call the msg()-using helpers from render() (or functions it calls) so they follow the active locale.
 */
import { msg, str } from '@lit/localize';
import type { LocalizedSteps, LocalizedText, Pillar, Unit } from '../api';
import { toIntlLocale, type Lang } from '../domain/lang';

/** Intl objects are costly to create: one per kind, locale and options, made on first use. */
const formats = new Map<string, unknown>();
function cached<T>(key: string, create: () => T): T {
  let format = formats.get(key) as T | undefined;
  if (!format) formats.set(key, (format = create()));
  return format;
}

function numberFormat(locale: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cached(`n|${locale}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(toIntlLocale(locale), options));
}

function dateFormat(locale: Lang, timeZone: string, withTime = false): Intl.DateTimeFormat {
  return cached(
    `d|${locale}|${timeZone}|${withTime}`,
    () => new Intl.DateTimeFormat(toIntlLocale(locale), { dateStyle: 'long', ...(withTime ? { timeStyle: 'short' } : {}), timeZone }),
  );
}

function plural(locale: Lang, value: number): Intl.LDMLPluralRule {
  return cached(`p|${locale}`, () => new Intl.PluralRules(toIntlLocale(locale))).select(value);
}

const INTL_UNIT: Partial<Record<Unit, string>> = { hours: 'hour', days: 'day', months: 'month' };

/** "€ 125", "€ 589,48", "100 uur", "4 dagen", "18 maanden", "1 cheque". */
export function formatAmount(value: number, unit: Unit, locale: Lang): string {
  if (unit === 'EUR') {
    const whole = Number.isInteger(value);
    return numberFormat(locale, { style: 'currency', currency: 'EUR', minimumFractionDigits: whole ? 0 : 2, maximumFractionDigits: 2 }).format(value);
  }
  const intlUnit = INTL_UNIT[unit];
  if (intlUnit) return numberFormat(locale, { style: 'unit', unit: intlUnit, unitDisplay: 'long', maximumFractionDigits: 1 }).format(value);
  const n = numberFormat(locale, { maximumFractionDigits: 1 }).format(value);
  return plural(locale, value) === 'one'
    ? msg(str`${n} cheque`, { id: 'card.unit.cheque-one' })
    : msg(str`${n} cheques`, { id: 'card.unit.cheques' });
}

/**
 * Creates every Intl format this locale will need (dates, amounts in each unit, day counts, plural rules). The
 * first of each kind in a page costs milliseconds (ICU data; about 40 ms in all for a wallet, measured in
 * Chromium): call this while a request is in flight, so that cost is not paid after the data arrives.
 */
export function warmUpFormats(locale: Lang): void {
  dateFormat(locale, 'UTC');
  dateFormat(locale, 'Europe/Brussels', true);
  for (const unit of ['EUR', 'hours', 'days', 'months', 'cheques'] as const) formatAmount(1.5, unit, locale);
  formatAmount(1, 'EUR', locale);
  formatDayCount(1, locale);
}

/** A plain number as people of this language write it ("37,5" in Dutch); `grouping: false` for form fields. */
export function formatNumber(value: number, locale: Lang, options: { grouping?: boolean } = {}): string {
  return numberFormat(locale, { maximumFractionDigits: 2, useGrouping: options.grouping ?? true }).format(value);
}

/** A share (0–1) as a percentage: "12,5 %" / "12.5%" / "12,5 %". */
export function formatPercent(share: number, locale: Lang): string {
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(share);
}

/** "A, B en C" / "A, B and C" / "A, B et C". */
export function formatList(items: readonly string[], locale: Lang): string {
  return cached(`l|${locale}`, () => new Intl.ListFormat(toIntlLocale(locale), { type: 'conjunction' })).format(items);
}

/** "92 dagen", "1 dag", "92 days", "92 jours". */
export function formatDayCount(days: number, locale: Lang): string {
  return numberFormat(locale, { style: 'unit', unit: 'day', unitDisplay: 'long' }).format(days);
}

/** A calendar date (YYYY-MM-DD) as "31 augustus 2027", independent of the viewer's time zone. */
export function formatDate(isoDate: string, locale: Lang): string {
  const [y, m, d] = isoDate.slice(0, 10).split('-').map(Number);
  const date = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
  return dateFormat(locale, 'UTC').format(date);
}

/** A timestamp (RFC 3339) as a date in Belgian time: "3 november 2025". */
export function formatTimestampDate(timestamp: string, locale: Lang): string {
  const date = new Date(timestamp);
  if (Number.isNaN(date.getTime())) return '';
  return dateFormat(locale, 'Europe/Brussels').format(date);
}

/** A timestamp as date and time in Belgian time: "3 november 2025 om 09:12". */
export function formatTimestamp(timestamp: string | Date, locale: Lang): string {
  const date = typeof timestamp === 'string' ? new Date(timestamp) : timestamp;
  if (Number.isNaN(date.getTime())) return '';
  return dateFormat(locale, 'Europe/Brussels', true).format(date);
}

/** The text in the element's language; API text always has nl, en, fr and de (de from an older server: the Dutch). */
export function localized(text: LocalizedText, locale: Lang): string {
  return text[locale] || text.nl;
}

export function localizedSteps(steps: LocalizedSteps, locale: Lang): readonly string[] {
  return steps[locale]?.length ? steps[locale] : steps.nl;
}

/** The pillar as words (never only a colour or an icon). */
export function pillarLabel(pillar: Pillar | undefined): string {
  return pillar === 'money'
    ? msg('Geld voor je opleiding', { id: 'card.pillar.money' })
    : pillar === 'time'
      ? msg('Tijd om te leren', { id: 'card.pillar.time' })
      : msg('Andere steun', { id: 'card.pillar.referral' });
}
