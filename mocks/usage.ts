/**
 * What a batch of usage signals may say and what it is counted as, shared by the mock API and the server so both
 * accept and refuse alike (api/openapi.yaml: UsageBatch). Pure: no msw, no Node APIs.
 *
 * The schema (the contract, or its valibot copy src/api/usage.ts) closes the shape; this module closes the values:
 * the host must be one the API is configured for, and every question key, incentive and referral id one the
 * situation model, the rule sets and the catalogue know. A name typed into an id field is therefore refused too.
 */
import type { UsageBatch, UsageEvent } from '../src/api/usage';
import { ANSWER_KEYS } from '../src/domain/situation';
import { INCENTIVE_IDS, REFERRAL_IDS } from './catalogue';
import { RULE_SETS } from './rule-sets';

/** The hosts a fresh API counts signals for (the server: `LLR_USAGE_HOSTS`). */
export const DEFAULT_USAGE_HOSTS: readonly string[] = ['burgerprofiel', 'vdab'];

/** The pages of the Wegwijzer that are not questions ("Vorige" can be pressed there too). */
const PAGES = ['summary', 'result'];

const QUESTIONS = new Set<string>(ANSWER_KEYS);
const STEPS_FROM = new Set<string>([...ANSWER_KEYS, ...PAGES]);
const INCENTIVES = new Set<string>([...INCENTIVE_IDS, ...RULE_SETS.flatMap((r) => r.incentives.map((i) => i.id))]);
const REFERRALS = new Set<string>([...REFERRAL_IDS, ...RULE_SETS.flatMap((r) => r.referrals.map((i) => i.id))]);
/** The wallet shows incentives and referrals as cards. */
const CARDS = new Set<string>([...INCENTIVES, ...REFERRALS]);

/** Whether every value in the signal is one of ours (the shape is already checked). */
function knownValues(event: UsageEvent): boolean {
  switch (event.type) {
    case 'wegwijzer-question-shown':
    case 'wegwijzer-question-answered':
    case 'wegwijzer-answer-edited':
      return QUESTIONS.has(event.question);
    case 'wegwijzer-back':
      return STEPS_FROM.has(event.from);
    case 'wegwijzer-completed': {
      const { eligible, unknown, notEligible } = event.outcomes;
      return [...eligible, ...unknown, ...notEligible].every((id) => INCENTIVES.has(id)) && event.referrals.every((id) => REFERRALS.has(id));
    }
    case 'wegwijzer-referral-followed':
      return REFERRALS.has(event.referral);
    case 'wallet-how-to-opened':
    case 'wallet-history-opened':
    case 'wallet-apply-followed':
      return CARDS.has(event.incentive);
    default:
      return true;
  }
}

/** Why a batch that has the contract's shape is still refused: an unknown host, or a value nobody knows. */
export type BatchRefusal = 'host' | 'value';

export function refusalOf(batch: UsageBatch, hosts: readonly string[]): BatchRefusal | undefined {
  if (!hosts.includes(batch.host)) return 'host';
  if (!batch.events.every(knownValues)) return 'value';
  return undefined;
}

/**
 * One counter: a signal (or a part of one) and up to two dimensions. `subject` is the question, incentive,
 * referral or wallet state; `detail` the question's number or the outcome. An absent dimension is ''.
 */
export interface CounterKey {
  counter: string;
  subject: string;
  detail: string;
}

const key = (counter: string, subject = '', detail = ''): CounterKey => ({ counter, subject, detail });

/**
 * The counters a signal adds one to. A completed run is split into independent counters (one per incentive and
 * outcome, one per referral shown): the combination of outcomes of one person is never kept. "Not eligible" is not
 * counted: it is what remains of `evaluated` (counting it too would let a withheld count be worked out).
 */
export function countersOf(event: UsageEvent): CounterKey[] {
  switch (event.type) {
    case 'wegwijzer-question-shown':
      return [key(event.type, event.question, String(event.step))];
    case 'wegwijzer-question-answered': {
      const answered = key(event.type, event.question, String(event.step));
      return event.dontKnow ? [answered, key('wegwijzer-dont-know', event.question, String(event.step))] : [answered];
    }
    case 'wegwijzer-back':
      return [key(event.type, event.from)];
    case 'wegwijzer-answer-edited':
      return [key(event.type, event.question)];
    case 'wegwijzer-completed': {
      const { eligible, unknown, notEligible } = event.outcomes;
      return [
        key(event.type),
        ...[...eligible, ...unknown, ...notEligible].map((id) => key('wegwijzer-outcome', id, 'evaluated')),
        ...eligible.map((id) => key('wegwijzer-outcome', id, 'eligible')),
        ...unknown.map((id) => key('wegwijzer-outcome', id, 'unknown')),
        ...event.referrals.map((id) => key('wegwijzer-referral-shown', id)),
      ];
    }
    case 'wegwijzer-referral-followed':
      return [key(event.type, event.referral)];
    case 'wallet-shown':
      return [key(event.type, event.state)];
    case 'wallet-how-to-opened':
    case 'wallet-history-opened':
    case 'wallet-apply-followed':
      return [key(event.type, event.incentive)];
    default:
      return [key(event.type)];
  }
}

/** The counters of a whole batch with how much each goes up: one entry per distinct counter. */
export function countBatch(batch: UsageBatch): { key: CounterKey; count: number }[] {
  const counts = new Map<string, { key: CounterKey; count: number }>();
  for (const event of batch.events) {
    for (const k of countersOf(event)) {
      const id = `${k.counter}\u0000${k.subject}\u0000${k.detail}`;
      const found = counts.get(id);
      if (found) found.count += 1;
      else counts.set(id, { key: k, count: 1 });
    }
  }
  return [...counts.values()];
}

/** What a refused batch or indicators query is told (problem+json `detail`), in the language asked. */
export const USAGE_PROBLEMS = {
  batch: {
    nl: 'Deze signalen passen niet in het schema. Stuur geen andere velden mee, en hoogstens 50 signalen.',
    en: 'These signals do not match the schema. Send no other fields, and at most 50 signals.',
    fr: 'Ces signaux ne correspondent pas au schéma. N’envoyez pas d’autres champs, et au plus 50 signaux.',
    de: 'Diese Signale passen nicht zum Schema. Senden Sie keine anderen Felder mit und höchstens 50 Signale.',
  },
  host: {
    nl: 'Deze host is niet ingesteld voor gebruikssignalen.',
    en: 'This host is not configured for usage signals.',
    fr: 'Cet hôte n’est pas configuré pour les signaux d’utilisation.',
    de: 'Dieser Host ist nicht für Nutzungssignale eingerichtet.',
  },
  value: {
    nl: 'Een vraag, steunmaatregel of doorverwijzing in deze signalen bestaat niet.',
    en: 'A question, incentive or referral in these signals does not exist.',
    fr: 'Une question, une aide ou un renvoi dans ces signaux n’existe pas.',
    de: 'Eine Frage, eine Fördermaßnahme oder ein Verweis in diesen Signalen existiert nicht.',
  },
  period: {
    nl: 'Geef een periode met van ≤ tot, van hoogstens 106 weken (datums als JJJJ-MM-DD).',
    en: 'Give a period with from ≤ to, of at most 106 weeks (dates as YYYY-MM-DD).',
    fr: 'Indiquez une période avec du ≤ au, d’au plus 106 semaines (dates AAAA-MM-JJ).',
    de: 'Geben Sie einen Zeitraum mit von ≤ bis an, von höchstens 106 Wochen (Datum als JJJJ-MM-TT).',
  },
} as const;
