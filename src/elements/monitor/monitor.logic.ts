/**
 * What <llr-monitor> shows, worked out from the indicators without a DOM: the figures as numbers where they are
 * numbers, the periods an analyst picks from, and the questions that lose or confuse the most people.
 * The figures are the API's (api/openapi.yaml, Figure): exact, "<10" (withheld) or "N+" (at least N).
 */
import type { Figure, IndicatorSet } from '../../api';
import { addDays, dateOrToday } from '../../domain/dates';

/** The part of a figure that is known for certain: the number, N of "N+", 0 of "<10". For bar lengths. */
export function atLeast(figure: Figure): number {
  if (typeof figure === 'number') return figure;
  return figure.endsWith('+') ? Number(figure.slice(0, -1)) : 0;
}

/** A figure's kind: what a reader must be told besides the digits. */
export function figureKind(figure: Figure): 'exact' | 'withheld' | 'at-least' {
  if (typeof figure === 'number') return 'exact';
  return figure.startsWith('<') ? 'withheld' : 'at-least';
}

/** The day-of-week offset of an ISO date (Monday 0 … Sunday 6). */
function weekday(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return (new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)).getUTCDay() + 6) % 7;
}

export const mondayOf = (date: string): string => addDays(date, -weekday(date));

export type Preset = 'last-week' | 'last-4-weeks' | 'last-13-weeks' | 'last-52-weeks';
export const PRESETS: readonly Preset[] = ['last-week', 'last-4-weeks', 'last-13-weeks', 'last-52-weeks'];
const PRESET_WEEKS: Record<Preset, number> = { 'last-week': 1, 'last-4-weeks': 4, 'last-13-weeks': 13, 'last-52-weeks': 52 };

/** The whole weeks before the week of `today`: the last one, or the last 4, 13 or 52. */
export function presetPeriod(preset: Preset, today = dateOrToday('')): { from: string; to: string } {
  const thisMonday = mondayOf(today);
  return { from: addDays(thisMonday, -7 * PRESET_WEEKS[preset]), to: addDays(thisMonday, -1) };
}

/** The preset a period is, if it is one. */
export function presetOf(from: string, to: string, today = dateOrToday('')): Preset | undefined {
  return PRESETS.find((p) => {
    const period = presetPeriod(p, today);
    return period.from === from && period.to === to;
  });
}

export interface Hotspot {
  question: string;
  rate: number;
  shown: Figure;
}

/**
 * The questions that lose the most people (drop-off rate) and that confuse the most ("Ik weet het niet" rate),
 * highest first, among those seen by at least `minShown` (a rate of a handful says nothing).
 */
export function hotspots(set: IndicatorSet, count = 3, minShown = 20): { dropOff: Hotspot[]; dontKnow: Hotspot[] } {
  const seen = set.wegwijzer.questions.filter((q) => atLeast(q.shown) >= minShown);
  const top = (rate: 'dropOffRate' | 'dontKnowRate') =>
    seen
      .filter((q) => (q[rate] ?? 0) > 0)
      .sort((a, b) => (b[rate] ?? 0) - (a[rate] ?? 0))
      .slice(0, count)
      .map((q) => ({ question: q.question, rate: q[rate] ?? 0, shown: q.shown }));
  return { dropOff: top('dropOffRate'), dontKnow: top('dontKnowRate') };
}

/** started, each question number reached, completed: the funnel's steps in order. */
export function funnelSteps(set: IndicatorSet): { step: 'started' | 'completed' | number; reached: Figure }[] {
  const w = set.wegwijzer;
  return [{ step: 'started', reached: w.started }, ...w.funnel.map((f) => ({ step: f.step, reached: f.reached })), { step: 'completed', reached: w.completed }];
}

/** `part` as a share of `whole`, from what the figures show (as the API's rates: a withheld cell counts as 0). */
export function share(part: Figure, whole: Figure): number | null {
  const of = atLeast(whole);
  return of > 0 ? Math.min(1, atLeast(part) / of) : null;
}

/** A file name for a CSV: "llr-monitor-funnel-2026-11-16-2026-11-22-vdab.csv". */
export function csvName(table: string, from: string, to: string, host: string): string {
  return `llr-monitor-${table}-${from}-${to}${host ? `-${host}` : ''}.csv`;
}
