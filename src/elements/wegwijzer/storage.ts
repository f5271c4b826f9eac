/**
 * Keeps the citizen's answers in sessionStorage (this tab only, gone when it closes) so a reload or a failed
 * fetch loses nothing. Only the answers and the current step id are stored; nothing leaves the device.
 * Storage can be unavailable (privacy modes, sandboxed iframes): then the wizard simply works without it.
 */
import { isAnswerKey, type AnswerKey, type AnswerValue } from '../../domain/situation';
import type { Answers, StepId, WizardAnswers } from './wizard-state';

const PREFIX = 'llr-wegwijzer:v1:';

export interface Stored extends WizardAnswers {
  readonly step: StepId | null;
}

export function storageKey(instance: string | null | undefined): string {
  return PREFIX + (instance && instance.trim() ? instance.trim() : 'default');
}

function isValue(value: unknown): value is AnswerValue {
  return typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value));
}

function isStep(value: unknown): value is StepId {
  return value === 'summary' || value === 'result' || (typeof value === 'string' && isAnswerKey(value));
}

/** Reads stored answers; anything malformed is dropped (never trusted blindly). The engine validates the values. */
export function load(key: string): Stored | null {
  let raw: string | null;
  try {
    raw = sessionStorage.getItem(key);
  } catch {
    return null;
  }
  if (!raw) return null;
  try {
    const data = JSON.parse(raw) as { answers?: unknown; dontKnow?: unknown; step?: unknown };
    const answers: Answers = {};
    if (data.answers && typeof data.answers === 'object') {
      for (const [k, value] of Object.entries(data.answers as Record<string, unknown>)) {
        if (isAnswerKey(k) && isValue(value)) answers[k] = value;
      }
    }
    const dontKnow: AnswerKey[] = Array.isArray(data.dontKnow) ? data.dontKnow.filter((k): k is AnswerKey => typeof k === 'string' && isAnswerKey(k)) : [];
    return { answers, dontKnow, step: isStep(data.step) ? data.step : null };
  } catch {
    return null;
  }
}

export function save(key: string, value: Stored): void {
  try {
    sessionStorage.setItem(key, JSON.stringify({ answers: value.answers, dontKnow: value.dontKnow, step: value.step }));
  } catch {
    // Storage full or unavailable: the wizard keeps working in memory.
  }
}

export function clear(key: string): void {
  try {
    sessionStorage.removeItem(key);
  } catch {
    // ignore
  }
}
