/**
 * @lit/localize in runtime mode. Dutch (nl) is the source locale; en, fr and de are loaded on demand.
 * We never write <html lang>: each element resolves its own language (LlrElement.locale, src/domain/lang.ts).
 */
import { configureLocalization } from '@lit/localize';
import { sourceLocale, targetLocales, allLocales } from './generated/locale-codes';
import type { Expect, Lang, SameKeys } from '../domain/lang';

/** The languages @lit/localize ships are exactly the project's (src/domain/lang.ts): checked at compile time. */
export type LocalesAreLangs = Expect<SameKeys<(typeof allLocales)[number], Lang>>;

type TargetLocale = (typeof targetLocales)[number];
type LocaleModule = { readonly templates: Record<string, unknown> };
type Loaders = Record<TargetLocale, () => Promise<LocaleModule>>;

const loaders: Loaders = {
  en: () => import('./generated/locales/en'),
  fr: () => import('./generated/locales/fr'),
  de: () => import('./generated/locales/de'),
};

/**
 * Message sets built apart (`lit-localize.<name>.json`): the policy lab's texts are not in the citizens' locale
 * modules, so a citizen's page in English never downloads them. An element that has its own set adds it with
 * `addTexts` before it renders; a locale then loads every set added.
 */
const extraSets = new Map<string, Loaders>();

async function loadAll(locale: TargetLocale): Promise<LocaleModule> {
  const modules = await Promise.all([loaders[locale](), ...[...extraSets.values()].map((set) => set[locale]())]);
  return { templates: Object.assign({}, ...modules.map((m) => m.templates)) as Record<string, unknown> };
}

const { getLocale, setLocale } = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: (locale) => loadAll(locale as TargetLocale) as unknown as ReturnType<Parameters<typeof configureLocalization>[0]['loadLocale']>,
});

export { getLocale };

let pending: Promise<void> = Promise.resolve();

/**
 * Adds a message set (once per name). When a target language is already active without it, that language is loaded
 * again through the source language (the page's elements re-render once).
 */
export function addTexts(name: string, set: Loaders): void {
  if (extraSets.has(name)) return;
  extraSets.set(name, set);
  const active = getLocale();
  if (active !== sourceLocale) pending = pending.then(() => setLocale(sourceLocale)).then(() => setLocale(active));
}

/**
 * Switches the runtime locale. @lit/localize has one active locale per page; elements that ask for
 * different languages get the last one requested (documented limitation: one language per page).
 */
export function useLocale(lang: Lang): Promise<void> {
  if (getLocale() === lang) return pending;
  pending = setLocale(lang);
  return pending;
}
