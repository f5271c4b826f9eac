/**
 * What a course can open before anything is known about the person: the rule set evaluated for a situation that
 * holds only the course. Generic: it knows course conditions (a condition on a `training.*` fact) and the
 * three-valued outcome, never an incentive by name. Texts, grouping and order for display are the caller's.
 */
import { evaluate, type IncentiveResult } from './engine';
import { factsOf, type Condition, type Incentive, type RuleSet } from './rule-set-schema';
import type { Training } from './situation';

/**
 * One incentive the course can open. `possible`: no course condition fails and none is open because of a fact
 * about the person. `conditional`: a course condition is open because it also looks at the person (e.g. "in the
 * training database, or in your POP"), so the course opens it only through that; `via` is that condition (the
 * first such one).
 */
export type CourseIncentiveOutlook = CourseIncentiveBase &
  ({ readonly status: 'possible'; readonly via: null } | { readonly status: 'conditional'; readonly via: Condition });

interface CourseIncentiveBase {
  /** The rule set's incentive (its `entitlement.scope` says which courses qualify and what you get). */
  readonly incentive: Incentive;
  /** The engine's result for a situation with only the course (`outcome` is `eligible` or `unknown`). */
  readonly result: IncentiveResult;
  /** The conditions still open (an answer is missing), in the order of the reasons: about the person, or course facts not given. */
  readonly open: readonly Condition[];
}

export interface CourseOutlook {
  /** The rule set's id. */
  readonly ruleSet: string;
  readonly referenceDate: string;
  /** Incentives with at least one course condition in force that the course does not rule out, in rule-set order. */
  readonly incentives: readonly CourseIncentiveOutlook[];
}

/** Per rule set (by identity): the course conditions by id, and whether each also looks at a person fact. */
const courseConditionCache = new WeakMap<RuleSet, ReadonlyMap<string, { readonly personFacts: boolean }>>();

/** The conditions of a rule set that look at a course fact (`training.*`), by id; `personFacts` when they also look at the person. */
export function courseConditions(ruleSet: RuleSet): ReadonlyMap<string, { readonly personFacts: boolean }> {
  let map = courseConditionCache.get(ruleSet);
  if (!map) {
    const built = new Map<string, { personFacts: boolean }>();
    for (const inc of ruleSet.incentives) {
      for (const cond of inc.conditions) {
        const facts = [...factsOf(cond)];
        if (facts.some(isCourseFact)) built.set(cond.id, { personFacts: facts.some((f) => !isCourseFact(f)) });
      }
    }
    map = built;
    courseConditionCache.set(ruleSet, map);
  }
  return map;
}

const isCourseFact = (key: string): boolean => key.startsWith('training.');

/**
 * Anonymous outlook of a course: which incentives it can open, and what still has to hold. An incentive is about
 * courses when one of its conditions in force looks at a course fact; it is left out when the course rules it out
 * (`not-eligible`). Facts of `course` that are not given stay unknown (never a default).
 */
export function courseOutlook(ruleSet: RuleSet, course: Training, referenceDate: string): CourseOutlook {
  const evaluation = evaluate(ruleSet, { training: course }, { referenceDate });
  const byId = courseConditions(ruleSet);
  const incentives: CourseIncentiveOutlook[] = [];
  for (const result of evaluation.results) {
    if (result.outcome === 'not-eligible') continue;
    const courseReasons = result.reasons.filter((r) => byId.has(r.condition));
    if (courseReasons.length === 0) continue;
    const incentive = ruleSet.incentives.find((i) => i.id === result.incentive);
    if (!incentive) continue;
    const conditionOf = (id: string) => incentive.conditions.find((c) => c.id === id);
    const blocking = courseReasons.find((r) => r.met === null && byId.get(r.condition)?.personFacts);
    const open = result.reasons
      .filter((r) => r.met === null)
      .map((r) => conditionOf(r.condition))
      .filter((c): c is Condition => c !== undefined);
    const via = blocking ? conditionOf(blocking.condition) : undefined;
    incentives.push(via ? { incentive, result, open, status: 'conditional', via } : { incentive, result, open, status: 'possible', via: null });
  }
  return { ruleSet: evaluation.ruleSet, referenceDate: evaluation.referenceDate, incentives };
}
