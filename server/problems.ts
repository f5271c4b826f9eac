/**
 * problem+json answers (RFC 9457) in the language of the request. The texts of the contract's problem kinds are
 * the mock's (mocks/conventions.ts); the details below are what only a real server has to say (a body too
 * large, a wrong content type, too many requests).
 */
import type { FastifyReply } from 'fastify';
import type { Lang } from '../src/api/schemas';
import { problemBody, type ProblemKind } from '../mocks/conventions';
import { USAGE_PROBLEMS } from '../mocks/usage';

export type { ProblemKind };

type Texts = Readonly<Record<Lang, string>>;

export const DETAILS = {
  ...USAGE_PROBLEMS,
  date: { nl: 'Geef een datum als JJJJ-MM-DD.', en: 'Give a date as YYYY-MM-DD.', fr: 'Indiquez une date AAAA-MM-JJ.', de: 'Geben Sie ein Datum als JJJJ-MM-TT an.' },
  notJson: {
    nl: 'De inhoud is geen geldige JSON.',
    en: 'The body is not valid JSON.',
    fr: 'Le contenu n’est pas du JSON valide.',
    de: 'Der Inhalt ist kein gültiges JSON.',
  },
  tooLarge: {
    nl: 'De aanvraag is te groot.',
    en: 'The request is too large.',
    fr: 'La requête est trop volumineuse.',
    de: 'Die Anfrage ist zu groß.',
  },
  contentType: {
    nl: 'Stuur de inhoud als application/json.',
    en: 'Send the body as application/json.',
    fr: 'Envoyez le contenu en application/json.',
    de: 'Senden Sie den Inhalt als application/json.',
  },
  tooMany: {
    nl: 'Te veel aanvragen. Wacht even en probeer opnieuw.',
    en: 'Too many requests. Wait a moment and try again.',
    fr: 'Trop de requêtes. Attendez un instant et réessayez.',
    de: 'Zu viele Anfragen. Warten Sie kurz und versuchen Sie es noch einmal.',
  },
  headers: {
    nl: 'De headers van de aanvraag zijn te groot of ongeldig.',
    en: 'The request headers are too large or invalid.',
    fr: 'Les en-têtes de la requête sont trop volumineux ou invalides.',
    de: 'Die Header der Anfrage sind zu groß oder ungültig.',
  },
  tokenExpired: {
    nl: 'Je sessie is verlopen. Meld je opnieuw aan.',
    en: 'Your session has expired. Please log in again.',
    fr: 'Votre session a expiré. Reconnectez-vous.',
    de: 'Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an.',
  },
} as const satisfies Record<string, Texts>;

export type DetailKey = keyof typeof DETAILS;

/** Seconds a client waits before retrying when the database is away. */
export const RETRY_AFTER_SECONDS = 2;

export interface ProblemOptions {
  /** An HTTP status other than the kind's own (413, 415, 429 are bad requests of a kind). */
  status?: number;
  detail?: DetailKey;
  headers?: Record<string, string>;
}

/** The body of a problem answer. */
export function problemOf(kind: ProblemKind, lang: Lang, options: ProblemOptions = {}) {
  const body = problemBody(kind, lang, options.detail ? DETAILS[options.detail][lang] : undefined);
  return options.status ? { ...body, status: options.status } : body;
}

/** Sends a problem answer on `reply`. */
export function sendProblem(reply: FastifyReply, kind: ProblemKind, lang: Lang, options: ProblemOptions = {}): FastifyReply {
  const body = problemOf(kind, lang, options);
  return reply
    .code(body.status)
    .headers({ 'Content-Language': lang, 'Cache-Control': 'no-store', ...options.headers })
    .type('application/problem+json')
    .send(JSON.stringify(body));
}
