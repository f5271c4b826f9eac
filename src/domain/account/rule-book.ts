/**
 * The rules of each day of a computation (account-rules.md §2, §3): the adopted rule set in force on that day
 * (`selectRuleSet`, which never picks a planned rule set or a scenario), or the scenario for every day when one is
 * chosen; each incentive's account parameters; and the eligibility engine's outcomes, cached.
 *
 * The engine is the only place where a rule is applied (no second copy). Its outcome and amount depend on the date
 * only through the dated rules (`validFrom`/`validUntil`), so an evaluation is cached per rule set, situation object
 * and "window" (the span between two dated-rule boundaries of that rule set).
 */
import { addDays } from '../dates';
import { evaluate, selectRuleSet, type IncentiveResult } from '../engine';
import type { Incentive, RuleSet } from '../rule-set-schema';
import type { Situation } from '../situation';
import type { IncentivePlan } from './periods';
import type { AccountOptions } from './types';

export interface RuleBook {
  /** Adopted rule sets, oldest first. */
  readonly adopted: readonly RuleSet[];
  /** Planned rule sets (they only feed `upcoming`). */
  readonly planned: readonly RuleSet[];
  readonly scenario: RuleSet | undefined;
  /** The earliest adopted `effectiveFrom`: the project has no rules for earlier days (the same with a scenario). */
  readonly firstDay: string;
  /** Every incentive id of the rule sets given, sorted (the order of `balances`). */
  readonly incentiveIds: ReadonlySet<string>;
  /** The rule set of each day asked so far. */
  readonly byDay: Map<string, RuleSet | null>;
  /** Every incentive's periods and account rules, by reference date (`plansOn`). */
  readonly plans: Map<string, readonly IncentivePlan[]>;
  /** The rule sets that take effect within the horizon, by reference date (`upcoming`). */
  readonly coming: Map<string, readonly RuleSet[]>;
}

/** What an incentive's lots do: defaults are today's rules (§3). */
export interface AccountRules {
  /** A lot expires at the end of the `carryOver`-th period after its own. */
  readonly carryOver: number;
  readonly cap: number | undefined;
  readonly portable: boolean;
}

const DEFAULT_RULES: AccountRules = Object.freeze({ carryOver: 0, cap: undefined, portable: false });
const NO_SCENARIO = Symbol('no scenario');
const books = new WeakMap<readonly RuleSet[], Map<RuleSet | typeof NO_SCENARIO, RuleBook>>();

function makeBook(ruleSets: readonly RuleSet[], scenario: RuleSet | undefined): RuleBook {
  if (scenario !== undefined && scenario.scenario !== true) {
    throw new RangeError(`scenario: rule set ${scenario.id} is not a scenario (it has no "scenario": true)`);
  }
  const adopted = ruleSets.filter((rs) => rs.status !== 'planned' && rs.scenario !== true).sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
  const first = adopted[0];
  if (first === undefined) throw new RangeError('ruleSets: an account needs at least one adopted rule set');
  const ids = new Set<string>();
  for (const rs of [...ruleSets.filter((r) => r.scenario !== true), ...(scenario ? [scenario] : [])]) for (const inc of rs.incentives) ids.add(inc.id);
  return {
    adopted,
    planned: ruleSets.filter((rs) => rs.status === 'planned' && rs.scenario !== true),
    scenario,
    firstDay: first.effectiveFrom,
    incentiveIds: new Set([...ids].sort()),
    byDay: new Map(),
    plans: new Map(),
    coming: new Map(),
  };
}

/** The rule book of these options, built once per rule-set list and scenario. */
export function ruleBookOf(options: Pick<AccountOptions, 'ruleSets' | 'scenario'>): RuleBook {
  let perScenario = books.get(options.ruleSets);
  if (!perScenario) {
    perScenario = new Map();
    books.set(options.ruleSets, perScenario);
  }
  const key = options.scenario ?? NO_SCENARIO;
  let book = perScenario.get(key);
  if (!book) {
    book = makeBook(options.ruleSets, options.scenario);
    perScenario.set(key, book);
  }
  return book;
}

/** The rules of a day: the scenario, else the adopted rule set in force; `null` before the first one. */
export function ruleSetOn(book: RuleBook, date: string): RuleSet | null {
  if (book.scenario) return book.scenario;
  let rs = book.byDay.get(date);
  if (rs === undefined) {
    rs = date < book.firstDay ? null : selectRuleSet(book.adopted, date);
    if (book.byDay.size >= 4096) book.byDay.clear();
    book.byDay.set(date, rs);
  }
  return rs;
}

/** The days after `after` (up to `until`, inclusive; `null`: no end) on which another adopted rule set takes effect. */
export function ruleChangesIn(book: RuleBook, after: string, until: string | null): string[] {
  if (book.scenario) return [];
  return book.adopted.map((rs) => rs.effectiveFrom).filter((d) => d > after && (until === null || d <= until));
}

const incentiveMaps = new WeakMap<RuleSet, Map<string, Incentive>>();

export function incentiveOf(rs: RuleSet | null, id: string): Incentive | undefined {
  if (rs === null) return undefined;
  let map = incentiveMaps.get(rs);
  if (!map) {
    map = new Map(rs.incentives.map((inc) => [inc.id, inc]));
    incentiveMaps.set(rs, map);
  }
  return map.get(id);
}

/** The account parameters of an incentive in a rule set (§3: those of the rule set in force on D apply throughout). */
export function accountRulesOf(rs: RuleSet | null, id: string): AccountRules {
  const account = incentiveOf(rs, id)?.account;
  if (!account) return DEFAULT_RULES;
  return { carryOver: account.carryOver?.periods ?? 0, cap: account.cap, portable: account.portable === true };
}

// ---------------------------------------------------------------- the engine's outcomes, cached

const boundaries = new WeakMap<RuleSet, readonly string[]>();

/** The days on which a dated rule of the rule set starts or stops applying, sorted. */
function boundariesOf(rs: RuleSet): readonly string[] {
  let list = boundaries.get(rs);
  if (!list) {
    const days = new Set<string>();
    const add = (o: { validFrom?: string | undefined; validUntil?: string | undefined }) => {
      if (o.validFrom !== undefined) days.add(o.validFrom);
      if (o.validUntil !== undefined) days.add(addDays(o.validUntil, 1));
    };
    for (const inc of rs.incentives) {
      inc.conditions.forEach(add);
      inc.entitlement.variants.forEach(add);
    }
    list = [...days].sort();
    boundaries.set(rs, list);
  }
  return list;
}

/** Which window of dated rules a day falls in: days of one window get the same outcomes. */
function windowOf(rs: RuleSet, date: string): number {
  const list = boundariesOf(rs);
  let n = 0;
  while (n < list.length && (list[n] as string) <= date) n++;
  return n;
}

/**
 * The day the engine is asked about for a window: always the same one, so that the engine's per-date plan (and its
 * memo of counterfactuals) is reused instead of built for every day of every history.
 */
function dayOfWindow(rs: RuleSet, window: number): string {
  const list = boundariesOf(rs);
  const first = list[0];
  if (window > 0) return list[window - 1] as string;
  return first === undefined || rs.effectiveFrom < first ? rs.effectiveFrom : addDays(first, -1);
}

type Results = ReadonlyMap<string, IncentiveResult>;
const evaluations = new WeakMap<RuleSet, WeakMap<Situation, Map<number, Results>>>();

/** The engine's result for every incentive of a rule set, for a situation on a day. */
export function resultsOn(rs: RuleSet, situation: Situation, date: string): Results {
  let bySituation = evaluations.get(rs);
  if (!bySituation) {
    bySituation = new WeakMap();
    evaluations.set(rs, bySituation);
  }
  let byWindow = bySituation.get(situation);
  if (!byWindow) {
    byWindow = new Map();
    bySituation.set(situation, byWindow);
  }
  const window = windowOf(rs, date);
  let results = byWindow.get(window);
  if (!results) {
    results = new Map(evaluate(rs, situation, { referenceDate: dayOfWindow(rs, window) }).results.map((r) => [r.incentive, r]));
    byWindow.set(window, results);
  }
  return results;
}
