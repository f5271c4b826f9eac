/**
 * The policy lab's computation, from a request that fits in a URL to the numbers it shows: the baseline (the adopted
 * rule set in force on the date), the alternative (an adopted, planned or scenario rule set of the project, or the
 * baseline itself, with the analyst's edits), the synthetic population, the comparison (phase 3.1) and, for a
 * scenario, the five years of accounts (phase 3.2).
 *
 * The same function runs in the lab's Web Worker, on the page's main thread (in slices, when a worker cannot be
 * started) and in the tests: same request, same result. It imports the project's rule sets, so it belongs to the
 * lab's own bundle, never to the citizens' embed.
 */
import { isIsoDate } from '../dates';
import { selectRuleSet } from '../engine';
import { plannedRuleSets, ruleSets, scenarioRuleSets } from '../rules/index';
import type { LocalText, RuleSet, Source } from '../rule-set-schema';
import { population, POPULATION_SIZE } from '../population/generate';
import { applyEdits, type Edits } from './edits';
import { Comparison, type ComparisonResult } from './comparison';
import { OverTime, type OverTimeResult } from './over-time';

/** The alternative "the baseline itself" (to edit its parameters). */
export const BASELINE = 'baseline';

/**
 * Phase 3.2 is computed for the first people of the population, at most this many: five years of two accounts take
 * about 0.2 ms a person on this project's 2-core machine (20 000 people: about 4 seconds); a million would take minutes.
 */
export const OVER_TIME_PEOPLE = 20_000;

export interface LabRequest {
  /** `YYYY-MM-DD`: the baseline is the adopted rule set in force on this day, and both sides are evaluated on it. */
  readonly date: string;
  /** A rule set's id (adopted, planned or scenario), or `BASELINE`. */
  readonly alternative: string;
  /** Edits of the alternative (`p.<parameter>`, `a.<incentive>.<field>`). */
  readonly edits: Edits;
  readonly size: number;
  readonly seed: number;
}

export type RuleSetKind = 'adopted' | 'planned' | 'scenario';

/** A rule set as the lab offers it: never a planned set or a scenario without saying so. */
export interface RuleSetChoice {
  readonly id: string;
  readonly kind: RuleSetKind;
  readonly title: LocalText;
  readonly effectiveFrom: string;
  readonly source?: Source;
  readonly note?: string;
  /** A scenario with account parameters: the lab adds the five years (phase 3.2). */
  readonly overTime: boolean;
}

const kindOf = (rs: RuleSet): RuleSetKind => (rs.scenario === true ? 'scenario' : rs.status === 'planned' ? 'planned' : 'adopted');

export function choiceOf(rs: RuleSet): RuleSetChoice {
  return {
    id: rs.id,
    kind: kindOf(rs),
    title: rs.title,
    effectiveFrom: rs.effectiveFrom,
    ...(rs.source ? { source: rs.source } : {}),
    ...(rs.note ? { note: rs.note } : {}),
    overTime: rs.scenario === true && rs.incentives.some((i) => i.account !== undefined),
  };
}

/** Every rule set the lab can compare with: adopted, then planned, then scenarios. */
export const RULE_SET_CHOICES: readonly RuleSetChoice[] = [...ruleSets, ...plannedRuleSets, ...scenarioRuleSets].map(choiceOf);

export function ruleSetById(id: string): RuleSet | undefined {
  return [...ruleSets, ...plannedRuleSets, ...scenarioRuleSets].find((rs) => rs.id === id);
}

/** The adopted rule set in force on a date; `null` before the first one. */
export function baselineOn(date: string): RuleSet | null {
  if (!isIsoDate(date)) return null;
  try {
    return selectRuleSet(ruleSets, date);
  } catch {
    return null;
  }
}

/** The request's mistakes, in plain words (English: the element shows its own texts for these). Empty: valid. */
export function requestProblems(request: LabRequest): string[] {
  const problems: string[] = [];
  if (!isIsoDate(request.date)) problems.push(`date: must be a date YYYY-MM-DD, got ${JSON.stringify(request.date)}`);
  else if (baselineOn(request.date) === null) problems.push(`date: no adopted rules before ${ruleSets[0]?.effectiveFrom}`);
  if (request.alternative !== BASELINE && ruleSetById(request.alternative) === undefined) problems.push(`alternative: unknown rule set "${request.alternative}"`);
  if (!Number.isInteger(request.size) || request.size < POPULATION_SIZE.min || request.size > POPULATION_SIZE.max) {
    problems.push(`size: must be a whole number from ${POPULATION_SIZE.min} to ${POPULATION_SIZE.max}, got ${request.size}`);
  }
  if (!Number.isInteger(request.seed) || request.seed < 0 || request.seed > 0xffffffff) problems.push(`seed: must be a whole number from 0 to 4294967295, got ${request.seed}`);
  return problems;
}

/** The two rule sets of a request, the alternative with its edits applied (throws the schema's message). */
export function resolveRequest(request: LabRequest): { baseline: RuleSet; alternative: RuleSet } {
  const problems = requestProblems(request);
  if (problems.length > 0) throw new Error(problems.join('; '));
  const baseline = baselineOn(request.date) as RuleSet;
  const chosen = request.alternative === BASELINE ? baseline : (ruleSetById(request.alternative) as RuleSet);
  return { baseline, alternative: applyEdits(chosen, request.edits) };
}

export interface LabResult {
  readonly request: LabRequest;
  readonly baseline: RuleSetChoice;
  readonly alternative: RuleSetChoice;
  /** The keys of the edits applied to the alternative. */
  readonly edited: readonly string[];
  readonly comparison: ComparisonResult;
  /** Only for a scenario with account parameters. */
  readonly overTime: OverTimeResult | null;
}

export interface LabProgress {
  readonly phase: 'compare' | 'over-time';
  readonly done: number;
  readonly total: number;
}

export interface RunOptions {
  /** Called now and then (every 1 % or so) with how far the work is. */
  readonly onProgress?: (progress: LabProgress) => void;
  /**
   * Called every few milliseconds of work; when given, the work waits for it (the main thread yields to the page,
   * so no task runs longer than that). Not given in a worker: the work runs at full speed.
   */
  readonly pause?: () => Promise<void>;
  /** Milliseconds of work between two pauses. */
  readonly sliceMs?: number;
  readonly signal?: AbortSignal;
}

const DEFAULT_SLICE_MS = 8;
/** People between two looks at the clock, the progress and the signal (the comparison; a person's five years take longer). */
const CHECK_EVERY = { compare: 256, 'over-time': 16 } as const;

/**
 * What runs between people: progress now and then, a pause when a slice of work is over (main thread only), and a
 * stop when the signal says so. Called every CHECK_EVERY people only, so a worker pays almost nothing for it.
 */
function checkpoints(options: RunOptions) {
  const slice = options.sliceMs ?? DEFAULT_SLICE_MS;
  let sliceStart = Date.now();
  return async (phase: LabProgress['phase'], done: number, total: number): Promise<void> => {
    const every = CHECK_EVERY[phase];
    const progressEvery = Math.max(every, Math.ceil(total / 100 / every) * every);
    if (done % progressEvery === 0 || done === total) options.onProgress?.({ phase, done, total });
    if (options.signal?.aborted) throw options.signal.reason ?? new DOMException('The comparison was stopped', 'AbortError');
    if (options.pause && Date.now() - sliceStart >= slice) {
      await options.pause();
      sliceStart = Date.now();
    }
  };
}

/** Runs a lab request: the comparison of the whole population, then (for a scenario) its first people over time. */
export async function runLab(request: LabRequest, options: RunOptions = {}): Promise<LabResult> {
  const { baseline, alternative } = resolveRequest(request);
  const checkpoint = checkpoints(options);

  const comparison = new Comparison({ baseline, alternative, date: request.date });
  let n = 0;
  for (const person of population(request.size, request.seed)) {
    comparison.add(person, ++n);
    if (n % CHECK_EVERY.compare === 0 || n === request.size) await checkpoint('compare', n, request.size);
  }

  const choice = choiceOf(alternative);
  let overTime: OverTimeResult | null = null;
  if (choice.overTime) {
    const people = Math.min(request.size, OVER_TIME_PEOPLE);
    const run = new OverTime({ adopted: ruleSets, scenario: alternative, seed: request.seed });
    let k = 0;
    for (const person of population(people, request.seed)) {
      run.add(person, ++k);
      if (k % CHECK_EVERY['over-time'] === 0 || k === people) await checkpoint('over-time', k, people);
    }
    overTime = run.finish();
  }

  return {
    request,
    baseline: choiceOf(baseline),
    alternative: choice,
    edited: Object.keys(request.edits).sort(),
    comparison: comparison.finish(),
    overTime,
  };
}
