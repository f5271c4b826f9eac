/**
 * Turns the domain's answers (the course outlook, the net cost) into what the badge shows. No eligibility
 * rule and no amount is computed here: every decision comes from `courseOutlook` and `netCost` in src/domain, on
 * the rule set fetched from the API (never the bundled rule-set data); this module only groups their results
 * for display.
 */
import {
  courseOutlook,
  netCost,
  type Balance,
  type LocalText,
  type NetCost,
  type RuleSet,
  type Training as CourseFacts,
} from '../../domain';
import type { Wallet } from '../../api';

export type { CourseFacts };

/** An incentive the course can open, with what still has to hold (plain-language texts from the rule set). */
export interface OpenIncentive {
  readonly id: string;
  readonly pillar: 'money' | 'time';
  readonly name: LocalText;
  /** Which courses qualify and what you get (the rule set's `entitlement.scope`). */
  readonly scope: LocalText;
  /** Conditions still open for an anonymous visitor (about the person, or course facts the host did not give). */
  readonly conditions: readonly LocalText[];
}

/** An incentive this course opens only through a condition about the person (e.g. the course is in your POP). */
export interface ConditionalIncentive {
  readonly id: string;
  readonly name: LocalText;
  readonly condition: LocalText;
}

export interface AnonymousView {
  readonly kind: 'anonymous';
  readonly ruleSet: RuleSet;
  readonly opens: readonly OpenIncentive[];
  readonly conditional: readonly ConditionalIncentive[];
}

export interface PersonalView {
  readonly kind: 'personal';
  readonly ruleSet: RuleSet;
  readonly cost: NetCost;
  /** The VOV hours that remained before this course (the "125" of "40 of your 125 hours"). */
  readonly leaveHoursBefore: number;
  /** False when the course's price / contact hours were not given: that sentence is left out. */
  readonly priceKnown: boolean;
  readonly hoursKnown: boolean;
  readonly wallet: Wallet;
}

/**
 * Anonymous: what the course can open for anyone (the domain's `courseOutlook` on the given rule set), grouped for
 * display: the incentives shown as possible with their scope and the requirements still open ("Je bent
 * werknemer."), and those the course opens only through a condition about the person (e.g. "in the training
 * database, or in your POP"), listed as conditional.
 */
export function anonymousView(course: CourseFacts, ruleSet: RuleSet, referenceDate: string): AnonymousView {
  const opens: OpenIncentive[] = [];
  const conditional: ConditionalIncentive[] = [];
  for (const item of courseOutlook(ruleSet, course, referenceDate).incentives) {
    const { incentive, result } = item;
    if (item.status === 'conditional') {
      conditional.push({ id: incentive.id, name: result.name, condition: item.via.text.met });
      continue;
    }
    opens.push({
      id: incentive.id,
      pillar: result.pillar,
      name: result.name,
      scope: incentive.entitlement.scope,
      conditions: item.open.map((c) => c.text.met),
    });
  }
  return { kind: 'anonymous', ruleSet, opens, conditional };
}

/** The wallet's balances as the net-cost function takes them (expired periods left out). */
export function balancesOf(wallet: Wallet): Balance[] {
  return wallet.entitlements
    .filter((e) => e.status !== 'expired')
    .map((e) => ({ incentive: e.incentive, remaining: e.remaining, unit: e.unit }));
}

/**
 * Personal: the domain's net cost of this course for the wallet's owner, on the wallet's reference date.
 * `ruleSet` is the rule set in force on `wallet.referenceDate`.
 */
export function personalView(course: CourseFacts, ruleSet: RuleSet, wallet: Wallet): PersonalView {
  const balances = balancesOf(wallet);
  const cost = netCost(
    {
      cost: course.cost ?? 0,
      contactHours: course.contactHours ?? 0,
      registered: course.registered ?? false,
      basicSkills: course.basicSkills ?? false,
      higherEducation: course.higherEducation ?? false,
      ...(course.employerPaid !== undefined ? { employerPaid: course.employerPaid } : {}),
    },
    balances,
    { ruleSet, referenceDate: wallet.referenceDate },
  );
  const leave = balances.find((b) => b.incentive === ruleSet.netCost.leave.incentive && b.unit === 'hours');
  return {
    kind: 'personal',
    ruleSet,
    cost,
    leaveHoursBefore: Math.max(0, leave?.remaining ?? 0),
    priceKnown: course.cost !== undefined,
    hoursKnown: course.contactHours !== undefined,
    wallet,
  };
}

/** True when the personal view has something to say (else the badge shows the anonymous line). */
export function personalHasNews(view: PersonalView): boolean {
  return (view.priceKnown && view.cost.covered.length > 0) || (view.hoursKnown && view.cost.leaveHoursUsable > 0);
}
