/**
 * The policy lab's domain (issue 13): two rule sets compared on a synthetic population (phase 3.1) and, for a
 * scenario, five years of accounts (phase 3.2). Pure TypeScript: runs in the lab's worker, on a page and in Node.
 *
 * NOT in the domain barrel (`src/domain/index.ts`): `lab.ts` imports the project's rule sets; only the lab's own
 * entry and the `compare` CLI import this module.
 */
export { Comparison, compareRuleSets, CHANGE_KINDS, EXAMPLES_PER_CELL } from './comparison';
export type {
  ChangeKind,
  ComparisonOptions,
  ComparisonResult,
  Example,
  ExampleChange,
  ExampleSide,
  GroupComparison,
  IncentiveComparison,
  IncentiveCounts,
  PeopleCounts,
  Side,
} from './comparison';
export { applyEdits, changedEdits, checkEdit, editableValues, type EditableValue, type EditKind, type Edits, type EditValue } from './edits';
export { DIMENSIONS, GROUPS, groupOf, UNKNOWN, WORKING_TIME, workingTimeOf, type Dimension, type WorkingTime } from './groups';
export { OverTime, FLOWS, type Flows, type OverTimeCounts, type OverTimeGroup, type OverTimeIncentive, type OverTimeOptions, type OverTimeResult } from './over-time';
export {
  BASELINE,
  baselineOn,
  choiceOf,
  OVER_TIME_PEOPLE,
  requestProblems,
  resolveRequest,
  RULE_SET_CHOICES,
  ruleSetById,
  runLab,
  type LabProgress,
  type LabRequest,
  type LabResult,
  type RuleSetChoice,
  type RuleSetKind,
  type RunOptions,
} from './lab';
