/**
 * The mock's personas (mocks/personas.ts: account histories, account-rules.md §1), imported by `npm run server` so it
 * starts with the same people the demo knows, under their demo keys. Their wallets are the mock's: both compute them.
 */
import { PERSONAS, REFERENCE_DATE, type Persona } from '../mocks/personas';
import { PERSON_KEYS } from '../src/domain/situation';
import { parseHistoryLine, type History } from './history';

/** The pseudonymous key of a persona: the subject of its demo tokens. */
export const personaKey = (id: string) => `demo-${id}`;

/** A persona's history as a line of the import format (all 12 answers, null for unknown), under its demo key. */
export function personaLine(persona: Persona): Record<string, unknown> {
  return {
    id: personaKey(persona.id),
    timeline: persona.history.timeline.map((t) => ({ from: t.from, answers: Object.fromEntries(PERSON_KEYS.map((k) => [k, t.answers[k] ?? null])) })),
    uses: persona.history.uses,
  };
}

export const PERSONA_LINES: readonly Record<string, unknown>[] = PERSONAS.map(personaLine);
/** Through the import's own parser: the converted personas obey the same rules as any imported line. */
export const PERSONA_HISTORIES: readonly History[] = PERSONA_LINES.map((line) => parseHistoryLine(line, REFERENCE_DATE));
