/**
 * The HTTP conventions of api/openapi.yaml that the mock API and the server share: language negotiation,
 * the problem+json texts, and strong ETags with If-None-Match. Pure (no msw, no Node APIs), so the msw mock in
 * the browser and the Fastify server in Node answer alike.
 */
import { isLang, type Lang } from '../src/domain/lang';

/** Longest Accept-Language header read: a real one is a few dozen characters; the rest of a huge one is ignored. */
const MAX_ACCEPT_LANGUAGE = 512;

/** The first supported language of an Accept-Language header (quality values honoured), else `nl`. */
export function negotiateLang(header: string | null): Lang {
  if (!header) return 'nl';
  const ranked = header
    .slice(0, MAX_ACCEPT_LANGUAGE)
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { lang: tag.trim().toLowerCase().split('-')[0] ?? '', q: q ? Number(q.slice(2)) : 1, index };
    })
    .filter((x) => x.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { lang } of ranked) if (isLang(lang)) return lang;
  return 'nl';
}

/**
 * The JSON text of a rule set in the language of a request: its German texts (`de`) only when German was chosen.
 * The rule-set format is closed (api/openapi.yaml, `RuleText`) and clients from before German reject a key they
 * do not know; they never ask for German (they turn `de` into `nl`), so only a client that reads German gets it.
 */
export function ruleSetJson(ruleSet: unknown, lang: Lang): string {
  return lang === 'de' ? JSON.stringify(ruleSet) : JSON.stringify(ruleSet, withoutGerman);
}

/** A text object ({ nl, en, fr, de }) without its `de`; anything else as it is. */
function withoutGerman(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const { de, ...others } = value as Record<string, unknown>;
  const isText = typeof others['nl'] === 'string' && typeof others['en'] === 'string' && typeof others['fr'] === 'string';
  return isText && de !== undefined ? others : value;
}

export type ProblemKind = 'bad-request' | 'unauthorized' | 'forbidden' | 'not-found' | 'server-error' | 'unavailable';

export const PROBLEMS: Record<ProblemKind, { status: number; title: Record<Lang, string>; detail: Record<Lang, string> }> = {
  'bad-request': {
    status: 400,
    title: { nl: 'Ongeldige aanvraag', en: 'Bad request', fr: 'Requête invalide', de: 'Ungültige Anfrage' },
    detail: {
      nl: 'De aanvraag is niet in orde.',
      en: 'The request is not valid.',
      fr: 'La requête n’est pas valide.',
      de: 'Die Anfrage ist nicht in Ordnung.',
    },
  },
  unauthorized: {
    status: 401,
    title: { nl: 'Je bent niet aangemeld', en: 'You are not logged in', fr: 'Vous n’êtes pas connecté', de: 'Sie sind nicht angemeldet' },
    detail: {
      nl: 'Meld je aan om je rekening te bekijken.',
      en: 'Log in to see your account.',
      fr: 'Connectez-vous pour voir votre compte.',
      de: 'Melden Sie sich an, um Ihr Konto zu sehen.',
    },
  },
  forbidden: {
    status: 403,
    title: { nl: 'Geen toegang', en: 'No access', fr: 'Accès refusé', de: 'Kein Zugriff' },
    detail: {
      nl: 'Je mag deze gegevens niet bekijken.',
      en: 'You are not allowed to see this information.',
      fr: 'Vous n’êtes pas autorisé à voir ces données.',
      de: 'Sie dürfen diese Daten nicht sehen.',
    },
  },
  'not-found': {
    status: 404,
    title: { nl: 'Niet gevonden', en: 'Not found', fr: 'Introuvable', de: 'Nicht gefunden' },
    detail: {
      nl: 'Dit bestaat niet (meer).',
      en: 'This does not exist (any more).',
      fr: 'Ceci n’existe pas (ou plus).',
      de: 'Das gibt es nicht (mehr).',
    },
  },
  'server-error': {
    status: 500,
    title: { nl: 'Er ging iets mis', en: 'Something went wrong', fr: 'Une erreur s’est produite', de: 'Etwas ist schiefgelaufen' },
    detail: {
      nl: 'Er ging iets mis bij ons. Probeer het later opnieuw.',
      en: 'Something went wrong on our side. Please try again later.',
      fr: 'Une erreur s’est produite chez nous. Réessayez plus tard.',
      de: 'Bei uns ist etwas schiefgelaufen. Versuchen Sie es später noch einmal.',
    },
  },
  unavailable: {
    status: 503,
    title: { nl: 'Tijdelijk niet beschikbaar', en: 'Temporarily unavailable', fr: 'Temporairement indisponible', de: 'Vorübergehend nicht verfügbar' },
    detail: {
      nl: 'Deze dienst is even niet beschikbaar. Probeer het zo meteen opnieuw.',
      en: 'This service is briefly unavailable. Please try again in a moment.',
      fr: 'Ce service est momentanément indisponible. Réessayez dans un instant.',
      de: 'Dieser Dienst ist kurz nicht verfügbar. Versuchen Sie es gleich noch einmal.',
    },
  },
};

/** The problem+json body of a kind, in a language (`detail` replaced when given). */
export function problemBody(kind: ProblemKind, lang: Lang, detail?: string) {
  const p = PROBLEMS[kind];
  return { type: `urn:llr:problem:${kind}`, title: p.title[lang], status: p.status, detail: detail ?? p.detail[lang] };
}

/** FNV-1a over the JSON text: a strong ETag of the representation. */
export function etagOf(body: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < body.length; i++) {
    h ^= body.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return `"${(h >>> 0).toString(16)}-${body.length.toString(16)}"`;
}

/** Whether an If-None-Match header names `etag` (or `*`); weak tags compare by their opaque part. */
export function matchesEtag(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch
    .split(',')
    .map((t) => t.trim().replace(/^W\//, ''))
    .some((t) => t === '*' || t === etag);
}

