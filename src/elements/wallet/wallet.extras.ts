/**
 * The rarer views of <llr-wallet>, loaded on demand (dynamic import) so the element's entry stays small: the
 * login prompt, the partial-data and stale-data notices, the no-rights explanation and the "show all" button of a
 * pathological wallet. Each of them follows an answer of the server, and the wallet loads this module before it
 * leaves its loading state (see `walletTask`), so nothing appears later or in two steps.
 * The error views stay in wallet.ts: they must work when the network is gone.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Locale } from '../../i18n/localization';
import type { Wallet } from '../../api';
import type { WalletView } from './wallet.logic';
import type { ExtrasFormat } from './wallet';

/** The login prompt: a link to `href`, or (no safe URL, or the host cancelled llr-auth-required) a button. */
export function loginNotice(href: string | undefined, login: () => void): TemplateResult {
  const label = msg('Aanmelden', { id: 'wallet.login' });
  return html`<div class="notice login" part="notice">
<p>${msg('Meld je aan om te zien op welke steun je recht hebt en hoeveel je nog over hebt.', { id: 'wallet.login-text' })}</p>
${href
    ? html`<a class="button-primary" part="login-link" href=${href}>${label}</a>`
    : html`<button type="button" class="button-primary" part="login-link" @click=${login}>${label}</button>`}
</div>`;
}

/** Which sources did not answer, and what the citizen therefore does not see. */
export function missingNotice(view: WalletView, locale: Locale, retryButton: TemplateResult, fmt: ExtrasFormat): TemplateResult {
  const { intlLocale, pick } = fmt;
  return html`<div class="notice partial" part="notice" role="status">
<p><strong>${msg('Een deel van je gegevens ontbreekt.', { id: 'wallet.partial-title' })}</strong></p>
<ul>${view.missing.map((m) => {
    const names = m.incentives.map((i) => pick(i.name, locale));
    return html`<li>${names.length
      ? msg(str`${m.source} antwoordt nu niet. Je ziet daarom niet: ${new Intl.ListFormat(intlLocale(locale), { type: 'conjunction' }).format(names)}.`, { id: 'wallet.partial-source' })
      : msg(str`${m.source} antwoordt nu niet.`, { id: 'wallet.partial-source-only' })}</li>`;
  })}</ul>
<p>${msg('De rest klopt wel. Probeer het later opnieuw.', { id: 'wallet.partial-rest' })}</p>
${retryButton}
</div>`;
}

/** Data older than `staleDays`: the wallet itself and/or per source. */
export function staleNotice(view: WalletView, data: { wallet: Wallet }, staleDays: number, locale: Locale, fmt: ExtrasFormat): TemplateResult {
  const { formatDayCount, formatTimestampDate, pick } = fmt;
  const days = formatDayCount(staleDays, locale);
  return html`<div class="notice stale" part="notice">
<p><strong>${msg(str`Sommige gegevens zijn ouder dan ${days}.`, { id: 'wallet.stale-title' })}</strong>
${msg('Wat je echt nog hebt, kan daardoor anders zijn.', { id: 'wallet.stale-text' })}</p>
<ul>${view.walletStale
    ? html`<li>${msg(str`Dit overzicht is gemaakt op ${formatTimestampDate(data.wallet.generatedAt, locale)}.`, { id: 'wallet.stale-generated' })}</li>`
    : nothing}${view.stale.map(
    (c) =>
      html`<li>${msg(str`${pick(c.incentive.name, locale)}: bijgewerkt op ${formatTimestampDate(c.entitlement.dataSource.lastUpdated, locale)} (${c.entitlement.dataSource.name})`, { id: 'wallet.stale-item' })}</li>`,
  )}</ul>
</div>`;
}

/** No entitlement at all: why, and what else there is (`referrals`: the referral cards, or nothing). */
export function emptySection(view: WalletView, level: number, referrals: unknown, fmt: ExtrasFormat): TemplateResult {
  return html`<section class="empty" aria-labelledby="empty-title">
${fmt.heading(level, msg('We vinden nu geen rechten voor jou', { id: 'wallet.empty-title' }), { id: 'empty-title' })}
<p>${view.missing.length
    ? msg('Een deel van je gegevens ontbreekt nog. Misschien heb je wel rechten bij de bron die nu niet antwoordt.', { id: 'wallet.empty-partial' })
    : msg('De steun in deze rekening is vooral voor werknemers. Ben je werkzoekend, zelfstandige of student, of past je situatie niet bij de voorwaarden? Dan staat hier niets.', { id: 'wallet.empty-why' })}</p>
<p>${msg('Er is wel andere steun. Kijk hieronder wat bij jou past, of vraag hulp.', { id: 'wallet.empty-next' })}</p>
${referrals}
</section>`;
}

/** "Show all n (m more)" / "Show fewer" below a pillar with more cards than it shows at first. */
export function showAllButton(all: boolean, cards: readonly unknown[], hidden: number, toggle: () => void): TemplateResult {
  return html`<button type="button" class="button-secondary show-all" aria-expanded=${all ? 'true' : 'false'} @click=${toggle}>
${all ? msg('Toon minder', { id: 'wallet.show-less' }) : msg(str`Toon alle ${cards.length} (nog ${hidden})`, { id: 'wallet.show-all' })}
</button>`;
}
