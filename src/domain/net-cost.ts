/**
 * Net cost of one course for one person: the price minus what the money incentives cover, and the hours of
 * paid training leave usable. Pure; the shares and caps come from the rule set (`netCost` and `parameters`).
 */
import type { NetCostExplanation, RuleSet } from './rule-set-schema';

export interface NetCostTraining {
  /** Course cost in EUR (direct costs). */
  readonly cost: number;
  readonly contactHours: number;
  readonly basicSkills: boolean;
  readonly higherEducation: boolean;
  /** In the Flemish training database. */
  readonly registered: boolean;
  readonly employerPaid?: boolean;
}

/** What remains of a right in its current period, e.g. from the wallet. */
export interface Balance {
  readonly incentive: string;
  readonly remaining: number;
  readonly unit: string;
}

export interface NetCostOptions {
  /** The rule set whose shares and caps apply (its `netCost` part and `parameters`): the one in force. */
  readonly ruleSet: RuleSet;
  /** The date of the balances; informative only (the rule set already fixes the parameters). */
  readonly referenceDate?: string;
  /** The course is in the person's POP: then it need not be in the training database. */
  readonly popWithin6Years?: boolean;
}

export interface NetCost {
  readonly price: number;
  /** What each money incentive pays (never both opleidingscheques and KMO-portefeuille). */
  readonly covered: readonly { readonly incentive: string; readonly amount: number }[];
  readonly youPay: number;
  readonly leaveHoursUsable: number;
  /** VOV hours left after this course. */
  readonly leaveHoursRemaining: number;
  /** Keys of `ruleSet.netCost.explanations` (texts in nl, en, fr, de), in reading order. */
  readonly explanations: readonly NetCostExplanation[];
}

const round2 = (x: number) => Math.round(x * 100) / 100;

function value(ruleSet: RuleSet, amount: number | { readonly param: string }): number {
  return typeof amount === 'number' ? amount : (ruleSet.parameters[amount.param]?.value ?? Number.NaN);
}

/** `options.ruleSet` gives the shares and caps: pass the rule set in force, the one the wallet or badge evaluates with. */
export function netCost(training: NetCostTraining, balances: readonly Balance[], options: NetCostOptions): NetCost {
  const { ruleSet } = options;
  const cfg = ruleSet.netCost;
  const price = round2(Math.max(0, training.cost));
  const qualifies = training.registered || options.popWithin6Years === true;
  const balance = (incentive: string, unit: string) => balances.find((b) => b.incentive === incentive && b.unit === unit);
  const keys: NetCostExplanation[] = [];

  // Opleidingscheques: half the price (all of it for basic skills, up to a cap), at most what remains.
  const chequeKeys: NetCostExplanation[] = [];
  let cheques = 0;
  const chequeBalance = balance(cfg.cheques.incentive, 'EUR');
  if (chequeBalance) {
    if (chequeBalance.remaining <= 0) chequeKeys.push('cheques-no-balance');
    else if (training.employerPaid === true) chequeKeys.push('cheques-employer-paid');
    else if (!qualifies) chequeKeys.push('cheques-not-registered');
    else {
      const want = training.basicSkills
        ? Math.min(price * value(ruleSet, cfg.cheques.basicSkillsShare), value(ruleSet, cfg.cheques.basicSkillsCap))
        : price * value(ruleSet, cfg.cheques.share);
      chequeKeys.push(training.basicSkills ? 'cheques-basic-skills' : 'cheques-half');
      cheques = Math.min(want, chequeBalance.remaining);
      if (chequeBalance.remaining < want) chequeKeys.push('cheques-limited-by-balance');
    }
  }

  // KMO-portefeuille: a share of the price, at most what remains this year.
  const kmoBalance = balance(cfg.kmo.incentive, 'EUR');
  const kmo = kmoBalance && kmoBalance.remaining > 0 ? Math.min(price * value(ruleSet, cfg.kmo.share), kmoBalance.remaining) : 0;

  const covered: { incentive: string; amount: number }[] = [];
  if (kmo > 0 && kmo > cheques) {
    covered.push({ incentive: cfg.kmo.incentive, amount: round2(kmo) });
    keys.push('kmo-share');
    if (cheques > 0) keys.push('kmo-better-than-cheques');
  } else {
    if (cheques > 0) covered.push({ incentive: cfg.cheques.incentive, amount: round2(cheques) });
    keys.push(...chequeKeys);
    if (kmo > 0) keys.push('cheques-better-than-kmo');
  }

  // Vlaams opleidingsverlof: the contact hours, at most the hours that remain.
  let leaveHoursUsable = 0;
  let leaveHoursRemaining = 0;
  const leave = balance(cfg.leave.incentive, 'hours');
  if (leave) {
    leaveHoursRemaining = Math.max(0, leave.remaining);
    if (leave.remaining <= 0) keys.push('leave-no-balance');
    else if (!qualifies) keys.push('leave-not-registered');
    else {
      leaveHoursUsable = round2(Math.min(leave.remaining, Math.max(0, training.contactHours)));
      leaveHoursRemaining = round2(leave.remaining - leaveHoursUsable);
      keys.push('leave-usable');
      if (training.contactHours > leave.remaining) keys.push('leave-limited-by-balance');
    }
  }

  const paid = covered.reduce((sum, c) => sum + c.amount, 0);
  if (paid === 0 && leaveHoursUsable === 0) keys.push('nothing-covered');
  return { price, covered, youPay: round2(Math.max(0, price - paid)), leaveHoursUsable, leaveHoursRemaining, explanations: keys };
}
