/**
 * The mock's personas (mocks/personas.ts) as account histories (account-rules.md §1), so that `npm run server`
 * starts with the same people the demo knows. A persona has one situation and invented `used` amounts; as a
 * history that is one timeline entry (from 1 September 2016, before any rule set) and one use per entitlement
 * with something used, dated on its period's first day (or the first day of the rule sets, if later).
 * The wallets the server computes from them are the account module's, so their numbers may differ from the
 * mock's hand-made ones.
 */
import { PERSONAS, REFERENCE_DATE, type Persona } from '../mocks/personas';
import { PERSON_KEYS } from '../src/domain/situation';
import { ruleSets } from '../src/domain/rules/index';
import { parseHistoryLine, type History } from './history';

/** The pseudonymous key of a persona: the subject of its demo tokens. */
export const personaKey = (id: string) => `demo-${id}`;

const TIMELINE_START = '2016-09-01';
const FIRST_RULES = [...ruleSets].map((r) => r.effectiveFrom).sort()[0] ?? TIMELINE_START;

/** A persona as a line of the import format (all 12 answers, null for unknown). */
export function personaLine(persona: Persona): Record<string, unknown> {
  const answers = Object.fromEntries(PERSON_KEYS.map((k) => [k, persona.situation[k] ?? null]));
  const uses = persona.entitlements
    .filter((e) => e.used > 0)
    .map((e) => {
      const start = e.period.start < FIRST_RULES ? FIRST_RULES : e.period.start;
      return { date: start > REFERENCE_DATE ? REFERENCE_DATE : start, incentive: e.incentive, amount: e.used };
    })
    .sort((a, b) => a.date.localeCompare(b.date));
  return { id: personaKey(persona.id), timeline: [{ from: TIMELINE_START, answers }], uses };
}

export const PERSONA_LINES: readonly Record<string, unknown>[] = PERSONAS.map(personaLine);
/** Through the import's own parser: the converted personas obey the same rules as any imported line. */
export const PERSONA_HISTORIES: readonly History[] = PERSONA_LINES.map((line) => parseHistoryLine(line, REFERENCE_DATE));
