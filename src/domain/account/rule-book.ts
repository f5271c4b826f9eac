/**
 * The rules of each day of a computation (account-rules.md §2, §3): the adopted rule set in force on that day
 * (`selectRuleSet`, which never picks a planned rule set or a scenario), or the scenario for every day when one is
 * chosen; and each incentive's account parameters.
 */
import { selectRuleSet } from '../engine';
import type { Incentive, RuleSet } from '../rule-set-schema';
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

/** Rule books by the identity of their rule sets (a caller may pass a new array of the same rule sets each time). */
const books = new Map<string, RuleBook>();
const MAX_BOOKS = 64;
const numbers = new WeakMap<RuleSet, number>();
let counted = 0;

/** A number per rule-set object: two objects are two rule sets, even with the same id. */
function numberOf(rs: RuleSet): number {
  let n = numbers.get(rs);
  if (n === undefined) {
    n = counted++;
    numbers.set(rs, n);
  }
  return n;
}

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

/** The rule book of these options, built once per set of rule-set objects and scenario (its caches live in it). */
export function ruleBookOf(options: Pick<AccountOptions, 'ruleSets' | 'scenario'>): RuleBook {
  const key = `${options.ruleSets.map(numberOf).join(',')}|${options.scenario === undefined ? '' : numberOf(options.scenario)}`;
  let book = books.get(key);
  if (!book) {
    book = makeBook(options.ruleSets, options.scenario);
    if (books.size >= MAX_BOOKS) books.clear();
    books.set(key, book);
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
