/** Filling plain-language templates from the rule set ("{amount} uur ...") with numbers formatted per language. */
import type { LocalText, Unit } from './rule-set-schema';
import { toIntlLocale, type Lang } from './lang';

const formats = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: Lang, money: boolean, decimals: boolean): Intl.NumberFormat {
  const key = `${lang}|${money}|${decimals}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(toIntlLocale(lang), {
      ...(money ? { style: 'currency', currency: 'EUR' } : {}),
      minimumFractionDigits: decimals ? 2 : 0,
      maximumFractionDigits: 2,
    });
    formats.set(key, f);
  }
  return f;
}

/** "€ 125", "106,25", "€ 589,48": money in euro, everything else as a plain number (at most 2 decimals). */
export function formatAmount(amount: number, unit: Unit, lang: Lang): string {
  const money = unit === 'EUR';
  return numberFormat(lang, money, money && !Number.isInteger(amount)).format(amount);
}

/** Replaces `{name}` placeholders. */
export function fill(template: string, vars: Readonly<Record<string, string>>): string {
  return template.replace(/\{([a-zA-Z]+)\}/g, (whole, name: string) => vars[name] ?? whole);
}

export function mapText(text: LocalText, f: (s: string, lang: Lang) => string): LocalText {
  return { nl: f(text.nl, 'nl'), en: f(text.en, 'en'), fr: f(text.fr, 'fr'), de: f(text.de, 'de') };
}
