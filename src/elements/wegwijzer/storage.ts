/**
 * Keeps the citizen's answers in sessionStorage (this tab only, gone when it closes) so a reload or a failed
 * fetch loses nothing. Only the answers and the current step id are stored; nothing leaves the device.
 * Storage can be unavailable (privacy modes, sandboxed iframes): then the wizard simply works without it.
 */
import type { AnswerValue } from '../../domain/situation';
import type { StepId, WizardAnswers } from './wizard-state';

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

/**
 * What sessionStorage held, in shape only: the keys and values are checked against the situation model by
 * `sanitize` (wegwijzer.runtime.ts), which comes with the engine.
 */
export interface StoredRaw {
  readonly answers: Readonly<Record<string, AnswerValue>>;
  readonly dontKnow: readonly string[];
  readonly step: string | null;
}

/** Reads stored answers; anything malformed is dropped (never trusted blindly). */
export function readStored(key: string): StoredRaw | null {
  let raw: string | null;
  try {
    raw = sessionStorage.getItem(key);
  } catch {
    return null;
  }
  if (!raw) return null;
  try {
    const data = JSON.parse(raw) as { answers?: unknown; dontKnow?: unknown; step?: unknown };
    const answers: Record<string, AnswerValue> = {};
    if (data.answers && typeof data.answers === 'object') {
      for (const [k, value] of Object.entries(data.answers as Record<string, unknown>)) {
        if (isValue(value)) answers[k] = value;
      }
    }
    const dontKnow = Array.isArray(data.dontKnow) ? data.dontKnow.filter((k): k is string => typeof k === 'string') : [];
    return { answers, dontKnow, step: typeof data.step === 'string' ? data.step : null };
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
