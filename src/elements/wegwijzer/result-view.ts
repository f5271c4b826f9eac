/**
 * The result page's content, built from the engine's evaluation, the rule set (its reason, amount and
 * referral texts) and the catalogue (names, summaries, links). Pure: no DOM, no Lit. The element decides
 * nothing about eligibility; it only groups and words what the engine returned.
 */
import type { Evaluation, IncentiveResult } from '../../domain/engine';
import { factsOf, type Formula, type Lang, type RuleSet } from '../../domain/rule-set-schema';
import type { AnswerKey } from '../../domain/situation';
import { fill, formatAmount } from '../../domain/text';
import type { Catalogue, Incentive as CatalogueIncentive, Referral as CatalogueReferral } from '../../api';
import { questionView } from './question-text';

export interface Missing {
  /** The reason as the rule set words it ("We weten niet of ..."). */
  readonly text: string;
  /** The questions answered "Ik weet het niet" that it depends on, with where to find the answer. */
  readonly questions: readonly { readonly key: AnswerKey; readonly text: string; readonly whereToFind: string | undefined }[];
}

export interface ResultItem {
  readonly id: string;
  readonly pillar: 'money' | 'time';
  readonly outcome: IncentiveResult['outcome'];
  readonly name: string;
  /** The catalogue entry (name, summary, how to apply, links), when the catalogue has it. */
  readonly entry: CatalogueIncentive | undefined;
  /** "€ 125 steun per schooljaar met opleidingscheques"; undefined when the amount depends on a missing answer. */
  readonly amount: string | undefined;
  /** Which courses qualify and other details. */
  readonly scope: string | undefined;
  /** Conditions that hold (eligible) or fail (not eligible), in plain language. */
  readonly reasons: readonly string[];
  /** What is missing to decide (unknown outcome, or the amount of an eligible one). */
  readonly missing: readonly Missing[];
  /** "If you ..., you would have ...". */
  readonly wouldChange: readonly string[];
}

export interface ReferralItem {
  readonly id: string;
  readonly name: string;
  /** Why it is shown to this person (rule-set text). */
  readonly why: string;
  readonly entry: CatalogueReferral | undefined;
  /** Fallback link when the catalogue has no entry (rule-set URL). */
  readonly url: string;
}

export interface ResultModel {
  readonly eligible: { readonly money: readonly ResultItem[]; readonly time: readonly ResultItem[] };
  readonly unknown: readonly ResultItem[];
  readonly notEligible: readonly ResultItem[];
  readonly referrals: readonly ReferralItem[];
}

function formulaFacts(f: Formula, out: Set<AnswerKey>): void {
  if (typeof f !== 'object') return;
  if ('fact' in f) out.add(f.fact);
  for (const list of [
    'multiply' in f ? f.multiply : undefined,
    'add' in f ? f.add : undefined,
    'min' in f ? f.min : undefined,
    'max' in f ? f.max : undefined,
  ]) {
    if (list) for (const g of list) formulaFacts(g, out);
  }
}

function missingFor(keys: Iterable<AnswerKey>, text: string, skipped: ReadonlySet<AnswerKey>, lang: Lang): Missing {
  const questions = [...keys]
    .filter((k) => skipped.has(k))
    .map((k) => {
      const q = questionView(k, lang);
      return { key: k, text: q.text, whereToFind: q.whereToFind };
    });
  return { text, questions };
}

export function buildResult(
  evaluation: Evaluation,
  ruleSet: RuleSet,
  catalogue: Catalogue | undefined,
  skipped: readonly AnswerKey[],
  lang: Lang,
): ResultModel {
  const skip = new Set(skipped);
  const money: ResultItem[] = [];
  const time: ResultItem[] = [];
  const unknown: ResultItem[] = [];
  const notEligible: ResultItem[] = [];

  for (const r of evaluation.results) {
    const rule = ruleSet.incentives.find((i) => i.id === r.incentive);
    const entry = catalogue?.incentives.find((i) => i.id === r.incentive);
    const conditions = new Map((rule?.conditions ?? []).map((c) => [c.id, c]));
    let amount: string | undefined;
    const missing: Missing[] = [];
    if (r.outcome === 'eligible' && r.entitlement) {
      if (r.entitlement.amount !== null && rule) {
        amount = fill(rule.entitlement.label[lang], { amount: formatAmount(r.entitlement.amount, r.entitlement.unit, lang) });
      } else if (rule) {
        const keys = new Set<AnswerKey>();
        for (const variant of rule.entitlement.variants) {
          formulaFacts(variant.amount, keys);
          if (variant.when) factsOf(variant.when, keys);
        }
        missing.push(missingFor(keys, '', skip, lang));
      }
    }
    if (r.outcome === 'unknown') {
      for (const reason of r.reasons) {
        if (reason.met !== null) continue;
        const cond = conditions.get(reason.condition);
        missing.push(missingFor(cond ? factsOf(cond) : [], reason.text[lang], skip, lang));
      }
    }
    const wanted = r.outcome === 'eligible' ? true : r.outcome === 'not-eligible' ? false : true;
    const item: ResultItem = {
      id: r.incentive,
      pillar: r.pillar,
      outcome: r.outcome,
      name: entry?.name[lang] ?? r.name[lang],
      entry,
      amount,
      scope: r.entitlement?.scope[lang] ?? rule?.entitlement.scope[lang],
      reasons: r.reasons.filter((x) => x.met === wanted).map((x) => x.text[lang]),
      missing,
      wouldChange: r.counterfactuals.map((c) => c.text[lang]),
    };
    if (r.outcome === 'eligible') (r.pillar === 'money' ? money : time).push(item);
    else if (r.outcome === 'unknown') unknown.push(item);
    else notEligible.push(item);
  }

  const referrals: ReferralItem[] = evaluation.referrals.flatMap((id) => {
    const rule = ruleSet.referrals.find((x) => x.id === id);
    const entry = catalogue?.referrals.find((x) => x.id === id);
    if (!rule && !entry) return [];
    return [
      {
        id,
        name: entry?.name[lang] ?? rule?.name[lang] ?? id,
        why: rule?.text[lang] ?? entry?.summary[lang] ?? '',
        entry,
        url: rule?.url ?? '',
      },
    ];
  });

  return { eligible: { money, time }, unknown, notEligible, referrals };
}

/** Incentive ids per outcome, for the completion event (no answers, no amounts). */
export function outcomeIds(evaluation: Evaluation): { eligible: string[]; unknown: string[]; notEligible: string[] } {
  const ids = (o: IncentiveResult['outcome']) => evaluation.results.filter((r) => r.outcome === o).map((r) => r.incentive);
  return { eligible: ids('eligible'), unknown: ids('unknown'), notEligible: ids('not-eligible') };
}
