/**
 * Calendar dates as `YYYY-MM-DD` strings (no time zones: a date is a day in Belgium). Pure functions; the
 * caller decides what "today" is.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

function assertDate(value: string, name: string): void {
  if (!isIsoDate(value)) throw new RangeError(`${name} must be a date YYYY-MM-DD, got ${JSON.stringify(value)}`);
}

function toUtc(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

function fromUtc(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  assertDate(date, 'date');
  return fromUtc(toUtc(date) + days * DAY_MS);
}

/** Adds calendar months; the day is clamped to the end of the month (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  assertDate(date, 'date');
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7)) - 1 + months;
  const d = Number(date.slice(8, 10));
  const year = y + Math.floor(m / 12);
  const month = ((m % 12) + 12) % 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return fromUtc(Date.UTC(year, month, Math.min(d, last)));
}

/** Whole days from `ref` to `date`: positive when `date` is later, 0 on the same day, negative when past. */
export function daysUntil(date: string, ref: string): number {
  assertDate(date, 'date');
  assertDate(ref, 'ref');
  return Math.round((toUtc(date) - toUtc(ref)) / DAY_MS);
}

export interface DateRange {
  readonly start: string;
  /** Last day (inclusive); `null` for a right over the whole career. */
  readonly end: string | null;
}

/** The school year (1 September to 31 August) that contains `date`. */
export function schoolYear(date: string): { start: string; end: string; label: string } {
  assertDate(date, 'date');
  const y = Number(date.slice(0, 4));
  const startYear = date.slice(5) >= '09-01' ? y : y - 1;
  return { start: `${startYear}-09-01`, end: `${startYear + 1}-08-31`, label: `${startYear}-${startYear + 1}` };
}

/** The calendar year that contains `date`. */
export function calendarYear(date: string): { start: string; end: string } {
  assertDate(date, 'date');
  const y = date.slice(0, 4);
  return { start: `${y}-01-01`, end: `${y}-12-31` };
}

/** The local calendar date of a `Date` (for "today" in the CLI and the elements). */
export function localIsoDate(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** A host's reference-date attribute when it is a real date (YYYY-MM-DD), else today on this device. */
export function dateOrToday(value: string | null | undefined, now: Date = new Date()): string {
  return value && isIsoDate(value) ? value : localIsoDate(now);
}
