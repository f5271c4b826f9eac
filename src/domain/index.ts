/**
 * The domain's public API: pure TypeScript, no DOM; runs in the browser and in Node.
 * The rule-set data (`ruleSets`, ~16 KB gzipped per rule set) is NOT re-exported here: importing this barrel must
 * not pull it into a bundle. Node tools, the mock API and tests import it from `src/domain/rules`; an element
 * evaluates the rule set fetched from the API (`api.getCurrentRuleSet(date)`, validated by `parseRuleSet`'s schema).
 */
export {
  evaluate,
  evaluateExpression,
  evaluateOutcomes,
  selectRuleSet,
  type Change,
  type Counterfactual,
  type Entitlement,
  type EvaluateOptions,
  type Evaluation,
  type IncentiveOutcome,
  type IncentiveResult,
  type Outcome,
  type Reason,
} from './engine';
export {
  checkHistory,
  computeAccount,
  parseHistory,
  type Account,
  type AccountIssue,
  type AccountBalance,
  type AccountLot,
  type AccountOptions,
  type History,
  type HistoryEntry,
  type HistoryKind,
  type IssueKind,
  type NotUsable,
  type OutcomeAmount,
  type Rate,
  type TimelineEntry,
  type UpcomingChange,
  type Use,
} from './account';
export {
  courseConditions,
  courseOutlook,
  type CourseIncentiveOutlook,
  type CourseOutlook,
} from './course';
export { addDays, addMonths, calendarYear, daysUntil, isIsoDate, localIsoDate, schoolYear } from './dates';
export { entitlementPeriod, periodOf, type Period } from './periods';
export { netCost, type Balance, type NetCost, type NetCostOptions, type NetCostTraining } from './net-cost';
export { getQuestion, questions, type Question, type QuestionOption } from './questions';
export {
  MAX_CARRY_OVER_PERIODS,
  NET_COST_EXPLANATIONS,
  parseRuleSet,
  RULE_SET_STATUSES,
  RuleSetSchema,
  type AccountParameters,
  type Condition,
  type EntitlementSpec,
  type Expr,
  type Formula,
  type Incentive,
  type Lang,
  type LocalText,
  type NetCostExplanation,
  type Referral,
  type RuleSet,
  type RuleSetStatus,
  type Source,
  type Unit,
} from './rule-set-schema';
export {
  ANSWER_KEYS,
  FACTS,
  PERSON_KEYS,
  TRAINING_KEYS,
  getAnswer,
  isAnswerKey,
  parseSituation,
  SituationSchema,
  withAnswer,
  type AnswerKey,
  type AnswerValue,
  type FactSpec,
  type Situation,
  type Training,
} from './situation';
// `ruleSets` (the data): import from './rules' (src/domain/rules), never through this barrel.
export { simulateWizard, type WizardRun } from './simulate';
export { fill, formatAmount } from './text';
