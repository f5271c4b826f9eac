/**
 * The answers of one situation as an array with one slot per answer key. The compiled rules read answers by
 * slot (an array index) instead of by name; the next-question look-ahead and the counterfactual search try a
 * hypothetical answer by writing its slot and restoring it after.
 */
import { FACTS, type AnswerKey, type AnswerValue, type Situation } from '../situation';

/** Three-valued truth: `null` when it depends on a missing answer. */
export type Tri = boolean | null;

/** Every answer key, in slot order. */
export const KEYS = Object.keys(FACTS) as AnswerKey[];
const SLOT = new Map<AnswerKey, number>(KEYS.map((k, i) => [k, i]));

export const slotOf = (key: AnswerKey) => SLOT.get(key) as number;

/** A `training.*` fact: known only when the situation holds a course. */
export const isCourseFact = (key: AnswerKey) => key.startsWith('training.');

/** The answers by slot (`undefined`: not answered), and whether the situation holds a course. */
export interface Ctx {
  readonly vals: (AnswerValue | undefined)[];
  readonly hasTraining: boolean;
}

/** A compiled expression or formula: reads its answers from the context. */
export type Fn<T> = (ctx: Ctx) => T;

/** Slot of each property of a situation and of its training. */
const PERSON_SLOT = new Map<string, number>(KEYS.flatMap((k, i) => (isCourseFact(k) ? [] : [[k, i] as const])));
const TRAINING_SLOT = new Map<string, number>(KEYS.flatMap((k, i) => (isCourseFact(k) ? [[k.slice('training.'.length), i] as const] : [])));

/** Reads the answers that are present (hot path: for-in over the few keys a situation has is fast in V8). */
export function contextOf(situation: Situation): Ctx {
  const vals = new Array<AnswerValue | undefined>(KEYS.length).fill(undefined);
  const person = situation as Record<string, unknown>;
  for (const key in person) {
    const slot = PERSON_SLOT.get(key);
    if (slot !== undefined) vals[slot] = person[key] as AnswerValue | undefined;
  }
  const training = situation.training as Record<string, unknown> | undefined;
  if (training !== undefined) {
    for (const key in training) {
      const slot = TRAINING_SLOT.get(key);
      if (slot !== undefined) vals[slot] = training[key] as AnswerValue | undefined;
    }
  }
  return { vals, hasTraining: training !== undefined };
}
