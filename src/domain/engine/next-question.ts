/**
 * Which question to ask next. Candidates are the missing answers of open conditions (and of amounts that are
 * `null`), minus the ones the citizen doesn't know, and `training.*` only with a course. For each candidate,
 * every class of answers the rules tell apart is tried; the key that decides the most open incentives on
 * average wins, ties by the rule set's `questionOrder`. With `referralQuestions`, once every incentive is
 * decided, the same is done for the referrals still open.
 */
import type { AnswerKey } from '../situation';
import type { CompiledCondition, CompiledReferral, CompiledRuleSet, PlanEntry } from './compile';
import { amountAt, variantOf } from './outcome';
import { isCourseFact, slotOf, type Ctx, type Tri } from './slots';
import type { Outcome } from './types';

/** Scores are averages of small counts: two equal ones may differ in the last bits. */
const SCORE_EPSILON = 1e-9;

/** An incentive not yet decided (unknown, or eligible with an unknown amount), with the value of each of its conditions. */
export interface Open {
  readonly entry: PlanEntry;
  readonly values: readonly Tri[];
  readonly outcome: Outcome;
  /** How many applicable conditions are open (none is false: the incentive is unknown or eligible). */
  readonly nulls: number;
}

/** The answer key that decides the most of what is open; `null` when nothing more can be decided. */
export function nextQuestionOf(
  compiled: CompiledRuleSet,
  ctx: Ctx,
  open: readonly Open[],
  dontKnow: readonly AnswerKey[] | undefined,
  referralQuestions: boolean,
): AnswerKey | null {
  if (open.length > 0) return incentiveQuestion(compiled, ctx, open, dontKnow);
  return referralQuestions ? referralQuestion(compiled, ctx, dontKnow) : null;
}

function incentiveQuestion(compiled: CompiledRuleSet, ctx: Ctx, open: readonly Open[], dontKnow: readonly AnswerKey[] | undefined): AnswerKey | null {
  const candidates: AnswerKey[] = [];
  for (const { entry, values, outcome } of open) {
    if (outcome === 'unknown') {
      for (let i = 0; i < entry.conds.length; i++) {
        const c = entry.conds[i] as CompiledCondition;
        if (values[i] === null && (!c.course || ctx.hasTraining)) addCandidates(candidates, c.facts, c.slots, ctx, dontKnow);
      }
    } else addCandidates(candidates, entry.compiled.amountFacts, entry.compiled.amountSlots, ctx, dontKnow);
  }
  if (candidates.length === 0) return null;
  return bestKey(compiled, ctx, candidates, (slot) => {
    // Hot path (candidates × classes × open incentives): only incentives that read this answer can change.
    let n = 0;
    for (let i = 0; i < open.length; i++) {
      const o = open[i] as Open;
      if (o.entry.compiled.deps[slot] === 1 && resolvedWith(o, ctx, slot)) n++;
    }
    return n;
  });
}

function referralQuestion(compiled: CompiledRuleSet, ctx: Ctx, dontKnow: readonly AnswerKey[] | undefined): AnswerKey | null {
  const openReferrals = compiled.referrals.filter((r: CompiledReferral) => (!r.course || ctx.hasTraining) && r.test(ctx) === null);
  const candidates: AnswerKey[] = [];
  for (const r of openReferrals) addCandidates(candidates, r.facts, r.slots, ctx, dontKnow);
  if (candidates.length === 0) return null;
  return bestKey(compiled, ctx, candidates, () => openReferrals.filter((r) => r.test(ctx) !== null).length);
}

/** Adds the keys among `facts` that are unanswered, not in `dontKnow`, not yet in `out`, and askable now. */
function addCandidates(out: AnswerKey[], facts: readonly AnswerKey[], slots: readonly number[], ctx: Ctx, dontKnow: readonly AnswerKey[] | undefined): void {
  for (let j = 0; j < facts.length; j++) {
    const k = facts[j] as AnswerKey;
    if (ctx.vals[slots[j] as number] !== undefined || out.includes(k) || (dontKnow !== undefined && dontKnow.includes(k)) || (!ctx.hasTraining && isCourseFact(k))) continue;
    out.push(k);
  }
}

/**
 * Picks, among candidate keys, the one whose answer classes decide the most on average (`decided` counts
 * what is decided with the hypothetical answer written in the slot); ties go to the earlier key in `questionOrder`.
 */
function bestKey(compiled: CompiledRuleSet, ctx: Ctx, candidates: readonly AnswerKey[], decided: (slot: number) => number): AnswerKey | null {
  let best: AnswerKey | null = null;
  let bestScore = -1;
  let bestRank = Number.POSITIVE_INFINITY;
  for (const key of candidates) {
    const slot = slotOf(key);
    const classes = compiled.classes[slot] ?? [];
    const saved = ctx.vals[slot];
    let total = 0;
    for (const value of classes) {
      ctx.vals[slot] = value;
      total += decided(slot);
    }
    ctx.vals[slot] = saved;
    const score = classes.length === 0 ? 0 : total / classes.length;
    const rank = compiled.order[slot] as number;
    if (score > bestScore + SCORE_EPSILON || (Math.abs(score - bestScore) <= SCORE_EPSILON && rank < bestRank)) {
      best = key;
      bestScore = score;
      bestRank = rank;
    }
  }
  return best;
}

/**
 * Would an open incentive be decided (outcome known and, when eligible, the amount) if the answer in `slot`
 * had the hypothetical value in `hypo`? Only the conditions on that answer are evaluated again.
 */
function resolvedWith(open: Open, hypo: Ctx, slot: number): boolean {
  const entry = open.entry;
  const touched = entry.bySlot[slot] as readonly number[];
  let stillOpen = open.nulls;
  let unknown = false;
  for (let j = 0; j < touched.length; j++) {
    const i = touched[j] as number;
    const c = entry.conds[i] as CompiledCondition;
    if (c.course && !hypo.hasTraining) continue;
    if (open.values[i] === null) stillOpen--;
    const r = c.test(hypo);
    if (r === false) return true;
    if (r === null) unknown = true;
  }
  return !unknown && stillOpen === 0 && amountAt(entry, variantOf(entry, hypo), hypo) !== null;
}
