/**
 * @lit/localize in runtime mode. Dutch (nl) is the source locale; en, fr and de are loaded on demand.
 * We never write <html lang>: each element resolves its own language (LlrElement.locale, src/domain/lang.ts).
 */
import { configureLocalization } from '@lit/localize';
import { sourceLocale, targetLocales, allLocales } from './generated/locale-codes';
import type { Expect, Lang, SameKeys } from '../domain/lang';

/** The languages @lit/localize ships are exactly the project's (src/domain/lang.ts): checked at compile time. */
export type LocalesAreLangs = Expect<SameKeys<(typeof allLocales)[number], Lang>>;

const loaders: Record<(typeof targetLocales)[number], () => Promise<unknown>> = {
  en: () => import('./generated/locales/en'),
  fr: () => import('./generated/locales/fr'),
  de: () => import('./generated/locales/de'),
};

const { getLocale, setLocale } = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: (locale) => loaders[locale as keyof typeof loaders]() as ReturnType<Parameters<typeof configureLocalization>[0]['loadLocale']>,
});

export { getLocale };

let pending: Promise<void> = Promise.resolve();

/**
 * Switches the runtime locale. @lit/localize has one active locale per page; elements that ask for
 * different languages get the last one requested (documented limitation: one language per page).
 */
export function useLocale(lang: Lang): Promise<void> {
  if (getLocale() === lang) return pending;
  pending = setLocale(lang);
  return pending;
}
