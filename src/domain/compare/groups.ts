/**
 * The groups a comparison is broken down by: status, education, region of residence and working time. Every
 * situation falls in exactly one group of each dimension; an answer that is missing puts it in `unknown`.
 */
import { POPULATION_DATA } from '../population/marginals';
import { EDUCATION_LEVELS, RESIDENCES, STATUSES, type Situation } from '../situation';

export const DIMENSIONS = ['status', 'education', 'region', 'partTime'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/**
 * Working time, in bands that the rules tell apart (VOV: 50 % before 2025-26, 80 % and 28 hours after).
 * `no-job`: not an employee (the percentage does not apply); `unknown`: an employee whose percentage is not known.
 */
export const WORKING_TIME = ['full-time', 'part-time-80', 'part-time-50', 'part-time-under-50', 'no-job', 'unknown'] as const;
export type WorkingTime = (typeof WORKING_TIME)[number];

export const UNKNOWN = 'unknown';

/** Every group of each dimension, in the order tables show them. */
export const GROUPS: Readonly<Record<Dimension, readonly string[]>> = {
  status: [...STATUSES, UNKNOWN],
  education: [...EDUCATION_LEVELS, UNKNOWN],
  region: [...RESIDENCES, UNKNOWN],
  partTime: WORKING_TIME,
};

/** The statuses whose working time counts, employees (the population data's `groups`); the others are `no-job`. */
const WITH_CONTRACT: ReadonlySet<string> = new Set(POPULATION_DATA.groups.employees);

export function workingTimeOf(s: Situation): WorkingTime {
  const percent = s.employmentPercent;
  if (percent === undefined) return s.status !== undefined && !WITH_CONTRACT.has(s.status) ? 'no-job' : 'unknown';
  if (s.status !== undefined && !WITH_CONTRACT.has(s.status)) return 'no-job';
  if (percent >= 100) return 'full-time';
  if (percent >= 80) return 'part-time-80';
  if (percent >= 50) return 'part-time-50';
  return 'part-time-under-50';
}

/** The group of a situation in one dimension. */
export function groupOf(dimension: Dimension, s: Situation): string {
  switch (dimension) {
    case 'status':
      return s.status ?? UNKNOWN;
    case 'education':
      return s.education ?? UNKNOWN;
    case 'region':
      return s.residence ?? UNKNOWN;
    case 'partTime':
      return workingTimeOf(s);
  }
}

/**
 * A number per group, over all dimensions (the slot of "everyone" is 0): the comparison keeps its counters in flat
 * arrays indexed by slot.
 */
export const SLOT_COUNT = 1 + DIMENSIONS.reduce((n, d) => n + GROUPS[d].length, 0);
const SLOT_START: Readonly<Record<Dimension, number>> = (() => {
  const out = {} as Record<Dimension, number>;
  let next = 1;
  for (const d of DIMENSIONS) {
    out[d] = next;
    next += GROUPS[d].length;
  }
  return out;
})();
const SLOT_OF: Readonly<Record<Dimension, ReadonlyMap<string, number>>> = Object.fromEntries(
  DIMENSIONS.map((d) => [d, new Map(GROUPS[d].map((g, i) => [g, SLOT_START[d] + i]))]),
) as unknown as Record<Dimension, ReadonlyMap<string, number>>;

/** The slot of a group (`unknown` for a value the model does not know). */
export function slotOf(dimension: Dimension, group: string): number {
  return SLOT_OF[dimension].get(group) ?? (SLOT_OF[dimension].get(UNKNOWN) as number);
}
