/** Entitlement periods: which dates a right counts for, from the period kind in the rule set. Pure. */
import { addDays, addMonths, calendarYear, schoolYear } from './dates';
import type { Incentive, PeriodKind, PeriodSpec } from './rule-set-schema';

export interface Period {
  readonly kind: PeriodKind;
  readonly start: string;
  /** Last day (inclusive); `null` for a right over the whole career. */
  readonly end: string | null;
}

/**
 * The period of a right that holds on `referenceDate`:
 * school year (1 Sep to 31 Aug), calendar year, six years or a time credit from the reference date, or the
 * whole career (no end). `until` (a rule's last day, e.g. 2026-12-31 for the single loopbaancheque) shortens it.
 */
export function periodOf(spec: PeriodSpec, referenceDate: string, until?: string): Period {
  let start: string;
  let end: string | null;
  switch (spec.kind) {
    case 'school-year':
      ({ start, end } = schoolYear(referenceDate));
      break;
    case 'calendar-year':
      ({ start, end } = calendarYear(referenceDate));
      break;
    case 'six-years':
      start = referenceDate;
      end = addDays(addMonths(referenceDate, 72), -1);
      break;
    case 'time-credit':
      start = referenceDate;
      end = addDays(addMonths(referenceDate, spec.maxMonths), -1);
      break;
    case 'career':
      start = referenceDate;
      end = null;
      break;
  }
  if (until !== undefined && (end === null || until < end)) end = until;
  return { kind: spec.kind, start, end };
}

/**
 * The period of an incentive's entitlement on a reference date (for the wallet and the mock API). When a
 * dated rule of the entitlement ends earlier (its `validUntil`), the period ends then.
 */
export function entitlementPeriod(incentive: Pick<Incentive, 'entitlement'>, referenceDate: string): Period {
  const dated = incentive.entitlement.variants.find(
    (variant) =>
      variant.when === undefined &&
      (variant.validFrom === undefined || variant.validFrom <= referenceDate) &&
      (variant.validUntil === undefined || referenceDate <= variant.validUntil),
  );
  return periodOf(incentive.entitlement.period, referenceDate, dated?.validUntil);
}
