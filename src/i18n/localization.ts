/**
 * @lit/localize in runtime mode. Dutch (nl) is the source locale; en and fr are loaded on demand.
 * We never write <html lang>: each element resolves its own language (see resolveLang).
 */
import { configureLocalization } from '@lit/localize';
import { sourceLocale, targetLocales, allLocales } from './generated/locale-codes';

export type Locale = (typeof allLocales)[number];
export { allLocales, sourceLocale };

const loaders: Record<(typeof targetLocales)[number], () => Promise<unknown>> = {
  en: () => import('./generated/locales/en'),
  fr: () => import('./generated/locales/fr'),
};

const { getLocale, setLocale } = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: (locale) => loaders[locale as keyof typeof loaders]() as ReturnType<Parameters<typeof configureLocalization>[0]['loadLocale']>,
});

export { getLocale };

export function isLocale(value: string | null | undefined): value is Locale {
  return !!value && (allLocales as readonly string[]).includes(value);
}

/** Maps any BCP 47 tag to a locale we ship: "nl-BE" → "nl", "fr-BE" → "fr", "de" → "nl". */
export function toLocale(tag: string | null | undefined): Locale {
  const base = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return isLocale(base) ? base : sourceLocale;
}

let pending: Promise<void> = Promise.resolve();

/**
 * Switches the runtime locale. @lit/localize has one active locale per page; elements that ask for
 * different languages get the last one requested (documented limitation: one language per page).
 */
export function useLocale(locale: Locale): Promise<void> {
  if (getLocale() === locale) return pending;
  pending = setLocale(locale);
  return pending;
}
