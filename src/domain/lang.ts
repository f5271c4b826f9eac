/**
 * The languages of the project, in one place: every text (rule sets, questions, catalogue, elements) exists in
 * each of them, Dutch first (the source). Used by the domain, the API client, the elements and @lit/localize.
 */
export const LANGS = ['nl', 'en', 'fr', 'de'] as const;
export type Lang = (typeof LANGS)[number];

/** Compile-time checks that other lists of languages (LocalText, the locales @lit/localize builds) are exactly LANGS. */
export type SameKeys<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export type Expect<T extends true> = T;

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/**
 * Any language tag to a language we ship: "nl-BE" → "nl", "fr_BE" → "fr", "de-BE" → "de", "EN" → "en"; anything
 * else (empty, "es", "zz") → "nl", the source language.
 */
export function resolveLang(tag: string | null | undefined): Lang {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return isLang(primary) ? primary : 'nl';
}

/**
 * The locale for Intl (numbers, money, dates, lists): Belgian conventions for Dutch, French and German ("€ 125",
 * "125 €", "1.250,50 €"; de-BE writes dates as "1. März 2026", like German readers in Ostbelgien expect).
 * English uses en-GB, not en-BE: en-BE writes decimal commas ("1,5 hours"), which English readers take for a
 * thousands separator, and the wizard reads a comma typed in English as one.
 */
const INTL_LOCALES: Readonly<Record<Lang, string>> = { nl: 'nl-BE', en: 'en-GB', fr: 'fr-BE', de: 'de-BE' };

export function toIntlLocale(lang: Lang): string {
  return INTL_LOCALES[lang];
}
