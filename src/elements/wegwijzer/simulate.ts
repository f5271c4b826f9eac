/**
 * The answers a person would give the wizard: the engine's next question each time (also those that decide
 * referrals), "I don't know" for anything the situation doesn't hold. For stories, demos and metrics.
 */
import { evaluate } from '../../domain/engine';
import type { RuleSet } from '../../domain/rule-set-schema';
import { getAnswer, withAnswer, type AnswerKey, type Situation } from '../../domain/situation';
import type { Answers, WizardAnswers } from './wizard-state';

/** The engine options the wizard uses: no wrong door, so referral questions are asked too. */
export const WIZARD_OPTIONS = { referralQuestions: true } as const;

export function wizardAnswersFor(ruleSet: RuleSet, situation: Situation, referenceDate: string): WizardAnswers & { asked: AnswerKey[] } {
  let known: Situation = {};
  const answers: Answers = {};
  const dontKnow: AnswerKey[] = [];
  const asked: AnswerKey[] = [];
  for (let i = 0; i < 40; i++) {
    const key = evaluate(ruleSet, known, { referenceDate, dontKnow, ...WIZARD_OPTIONS }).nextQuestion;
    if (key === null || asked.includes(key)) break;
    asked.push(key);
    const value = getAnswer(situation, key);
    if (value === undefined) dontKnow.push(key);
    else {
      answers[key] = value;
      known = withAnswer(known, key, value);
    }
  }
  return { answers, dontKnow, asked };
}
