/**
 * Turns the domain's answers (the engine's evaluation, the net cost) into what the badge shows. No eligibility
 * rule and no amount is computed here: every decision comes from `evaluate` and `netCost` in src/domain; this
 * module only groups their results for display.
 */
import {
  evaluate,
  netCost,
  selectRuleSet,
  ruleSets,
  type Balance,
  type IncentiveResult,
  type LocalText,
  type NetCost,
  type RuleSet,
  type Training as CourseFacts,
} from '../../domain';
import { factsOf } from '../../domain/rule-set-schema';
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

/** Conditions (by id) that look at a course fact, per rule set: a course fact is a `training.*` answer. */
const courseConditions = new WeakMap<RuleSet, Map<string, { personFacts: boolean }>>();

function conditionsOf(ruleSet: RuleSet): Map<string, { personFacts: boolean }> {
  let map = courseConditions.get(ruleSet);
  if (!map) {
    map = new Map();
    for (const inc of ruleSet.incentives) {
      for (const cond of inc.conditions) {
        const facts = [...factsOf(cond)];
        if (facts.some((f) => f.startsWith('training.'))) {
          map.set(cond.id, { personFacts: facts.some((f) => !f.startsWith('training.')) });
        }
      }
    }
    courseConditions.set(ruleSet, map);
  }
  return map;
}

export function ruleSetFor(referenceDate: string): RuleSet {
  return selectRuleSet(ruleSets, referenceDate);
}

/**
 * Anonymous: evaluates the rule set for a situation that holds only the course. An incentive is about courses
 * when one of its conditions looks at a course fact. It is shown as possible when no course condition fails
 * and none is left open by a fact about the person; an incentive whose course condition hangs on the person
 * (e.g. "in the training database, or in your POP") is listed as conditional.
 */
export function anonymousView(course: CourseFacts, referenceDate: string): AnonymousView {
  const ruleSet = ruleSetFor(referenceDate);
  const evaluation = evaluate(ruleSet, { training: course }, { referenceDate });
  const course_ = conditionsOf(ruleSet);
  const opens: OpenIncentive[] = [];
  const conditional: ConditionalIncentive[] = [];
  for (const result of evaluation.results) {
    const courseReasons = result.reasons.filter((r) => course_.has(r.condition));
    if (courseReasons.length === 0 || result.outcome === 'not-eligible') continue;
    const inc = ruleSet.incentives.find((i) => i.id === result.incentive);
    if (!inc) continue;
    const blocking = courseReasons.find((r) => r.met === null && course_.get(r.condition)?.personFacts);
    if (blocking) {
      const cond = inc.conditions.find((c) => c.id === blocking.condition);
      conditional.push({ id: result.incentive, name: result.name, condition: cond ? cond.text.met : blocking.text });
      continue;
    }
    opens.push({
      id: result.incentive,
      pillar: result.pillar,
      name: result.name,
      scope: inc.entitlement.scope,
      conditions: openConditions(result, inc.conditions),
    });
  }
  return { kind: 'anonymous', ruleSet, opens, conditional };
}

/** The open conditions of a result, as requirements ("Je bent werknemer."), in rule-set order. */
function openConditions(result: IncentiveResult, conditions: RuleSet['incentives'][number]['conditions']): LocalText[] {
  const out: LocalText[] = [];
  for (const reason of result.reasons) {
    if (reason.met !== null) continue;
    const cond = conditions.find((c) => c.id === reason.condition);
    out.push(cond ? cond.text.met : reason.text);
  }
  return out;
}

/** The wallet's balances as the net-cost function takes them (expired periods left out). */
export function balancesOf(wallet: Wallet): Balance[] {
  return wallet.entitlements
    .filter((e) => e.status !== 'expired')
    .map((e) => ({ incentive: e.incentive, remaining: e.remaining, unit: e.unit }));
}

/** Personal: the domain's net cost of this course for the wallet's owner, on the wallet's reference date. */
export function personalView(course: CourseFacts, wallet: Wallet): PersonalView {
  const ruleSet = ruleSetFor(wallet.referenceDate);
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
