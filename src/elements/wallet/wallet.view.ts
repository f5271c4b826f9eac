/**
 * The part of <llr-wallet> that is loaded on demand, in parallel with the wallet and the catalogue (nothing of it
 * can be shown without them): the view model, the rendering of a loaded wallet (lapse list, pillars, referrals,
 * the partial-data and stale-data notices, the no-rights explanation, "show all"), the login prompt, and the
 * <llr-incentive-card> the wallet shows. The wallet loads this module before it leaves its loading state (see
 * `walletTask` in wallet.ts), so nothing appears later or in two steps.
 * The element's entry keeps the frame, the skeleton, the error views (they must work when the network is gone),
 * the Wegwijzer and help sections, and passes what it knows through `WalletHost`.
 */
import '../incentive-card/define';
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Catalogue, CatalogueEntry, Entitlement, Pillar, Wallet } from '../../api';
import type { Locale } from '../../i18n/localization';
import { heading } from '../../shared/heading';
import {
  formatAmount,
  formatDate,
  formatDayCount,
  formatTimestampDate,
  intlLocale,
  localized as pick,
  pillarLabel,
} from '../incentive-card/format';
import { buildWalletView, type LapseItem, type WalletCard, type WalletView } from './wallet.logic';

export { buildWalletView } from './wallet.logic';
export { formatTimestamp, warmUpFormats } from '../incentive-card/format';

/**
 * Cards shown per pillar before "show all". A real wallet has fewer than ten; this only keeps a pathological
 * one (the mock's "huge" scenario: 1000 entitlements) responsive. Off-screen cards skip layout anyway
 * (content-visibility in the styles).
 */
const CARDS_SHOWN = 150;

export interface WalletHost {
  /** Level of the wallet's title (1–6); sections are one level lower, cards two. */
  readonly level: number;
  readonly locale: Locale;
  /** Data whose last update is older than this many days is marked as possibly out of date. */
  readonly staleDays: number;
  /** Pillars whose cards are all shown (past the first CARDS_SHOWN). */
  readonly expanded: ReadonlySet<Pillar>;
  /** "Show all" / "Show fewer" below a pillar. */
  toggle(pillar: Pillar): void;
  /** The entry's retry button (fetches the wallet again). */
  retryButton(): TemplateResult;
  /** The Wegwijzer section with this text, or nothing (no Wegwijzer URL configured). */
  wegwijzer(text: string): TemplateResult | typeof nothing;
  /** The help section, or nothing (every channel turned off). */
  help(): TemplateResult | typeof nothing;
}

/** What the wallet shows: the person's wallet and the catalogue that names its incentives. */
export interface LoadedWallet {
  wallet: Wallet;
  catalogue: Catalogue;
}

/** A loaded wallet, inside the entry's frame; `notice` (the loading status or a refresh error) follows the intro. */
export function renderWallet(host: WalletHost, data: LoadedWallet, notice: unknown): TemplateResult {
  const locale = host.locale;
  const view = buildWalletView(data.wallet, data.catalogue, { now: new Date(), staleAfterDays: host.staleDays });
  const sub = host.level + 1;
  return html`
    <p class="intro">
      ${msg(str`Wat je nog hebt om te leren en aan je loopbaan te werken, op ${formatDate(data.wallet.referenceDate, locale)}.`, { id: 'wallet.intro' })}
    </p>
    ${notice}
    ${view.missing.length ? missingNotice(view, locale, host.retryButton()) : nothing}
    ${view.stale.length || view.walletStale ? staleNotice(view, data.wallet, host.staleDays, locale) : nothing}
    ${view.empty
      ? emptySection(view, sub, view.referrals.length ? renderCardList(host, view.referrals.map((r) => ({ incentive: r })), sub + 1) : nothing)
      : nothing}
    ${view.lapsing.length ? renderLapsing(view.lapsing, sub, locale) : nothing}
    ${renderPillar(host, 'money', view.pillars.money, sub)}
    ${renderPillar(host, 'time', view.pillars.time, sub)}
    ${view.referrals.length && !view.empty ? renderReferrals(host, view, sub) : nothing}
    ${host.wegwijzer(msg('Ontdek met de Wegwijzer op welke steun je nog recht kan hebben.', { id: 'wallet.wegwijzer-text' }))}
    ${host.help()}
  `;
}

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
function missingNotice(view: WalletView, locale: Locale, retryButton: TemplateResult): TemplateResult {
  return html`<div class="notice partial" part="notice" role="status">
    <p><strong>${msg('Een deel van je gegevens ontbreekt.', { id: 'wallet.partial-title' })}</strong></p>
    <ul>
      ${view.missing.map((m) => {
        const names = m.incentives.map((i) => pick(i.name, locale));
        return html`<li>
          ${names.length
            ? msg(str`${m.source} antwoordt nu niet. Je ziet daarom niet: ${new Intl.ListFormat(intlLocale(locale), { type: 'conjunction' }).format(names)}.`, {
                id: 'wallet.partial-source',
              })
            : msg(str`${m.source} antwoordt nu niet.`, { id: 'wallet.partial-source-only' })}
        </li>`;
      })}
    </ul>
    <p>${msg('De rest klopt wel. Probeer het later opnieuw.', { id: 'wallet.partial-rest' })}</p>
    ${retryButton}
  </div>`;
}

/** Data older than `staleDays`: the wallet itself and/or per source. */
function staleNotice(view: WalletView, wallet: Wallet, staleDays: number, locale: Locale): TemplateResult {
  const days = formatDayCount(staleDays, locale);
  return html`<div class="notice stale" part="notice">
    <p>
      <strong>${msg(str`Sommige gegevens zijn ouder dan ${days}.`, { id: 'wallet.stale-title' })}</strong>
      ${msg('Wat je echt nog hebt, kan daardoor anders zijn.', { id: 'wallet.stale-text' })}
    </p>
    <ul>
      ${view.walletStale
        ? html`<li>${msg(str`Dit overzicht is gemaakt op ${formatTimestampDate(wallet.generatedAt, locale)}.`, { id: 'wallet.stale-generated' })}</li>`
        : nothing}
      ${view.stale.map(
        (c) =>
          html`<li>
            ${msg(str`${pick(c.incentive.name, locale)}: bijgewerkt op ${formatTimestampDate(c.entitlement.dataSource.lastUpdated, locale)} (${c.entitlement.dataSource.name})`, {
              id: 'wallet.stale-item',
            })}
          </li>`,
      )}
    </ul>
  </div>`;
}

/** No entitlement at all: why, and what else there is (`referrals`: the referral cards, or nothing). */
function emptySection(view: WalletView, level: number, referrals: unknown): TemplateResult {
  return html`<section class="empty" aria-labelledby="empty-title">
    ${heading(level, msg('We vinden nu geen rechten voor jou', { id: 'wallet.empty-title' }), { id: 'empty-title' })}
    <p>
      ${view.missing.length
        ? msg('Een deel van je gegevens ontbreekt nog. Misschien heb je wel rechten bij de bron die nu niet antwoordt.', { id: 'wallet.empty-partial' })
        : msg(
            'De steun in deze rekening is vooral voor werknemers. Ben je werkzoekend, zelfstandige of student, of past je situatie niet bij de voorwaarden? Dan staat hier niets.',
            { id: 'wallet.empty-why' },
          )}
    </p>
    <p>${msg('Er is wel andere steun. Kijk hieronder wat bij jou past, of vraag hulp.', { id: 'wallet.empty-next' })}</p>
    ${referrals}
  </section>`;
}

function renderLapsing(items: LapseItem[], level: number, locale: Locale): TemplateResult {
  return html`<section class="lapsing" aria-labelledby="lapsing-title">
    ${heading(level, msg('Gebruik het op tijd', { id: 'wallet.lapsing-title' }), { id: 'lapsing-title' })}
    <p>${msg('Wat je niet gebruikt, vervalt aan het einde van de periode.', { id: 'wallet.lapsing-intro' })}</p>
    <ul class="lapse-list">
      ${items.map((item) => {
        const amount = formatAmount(item.entitlement.remaining, item.entitlement.unit, locale);
        const date = formatDate(item.entitlement.lapsesOn!, locale);
        return html`<li>
          <span class="lapse-name">${pick(item.incentive.name, locale)}</span>
          <span class="lapse-text">
            ${item.days === 0
              ? msg(str`Laatste dag: ${amount} vervalt vandaag.`, { id: 'wallet.lapse-today' })
              : msg(str`Nog ${formatDayCount(item.days, locale)}: ${amount} vervalt op ${date}.`, { id: 'wallet.lapse' })}
          </span>
        </li>`;
      })}
    </ul>
  </section>`;
}

function renderPillar(host: WalletHost, pillar: Pillar, cards: WalletCard[], level: number): TemplateResult | typeof nothing {
  if (!cards.length) return nothing;
  const all = host.expanded.has(pillar);
  const hidden = all ? 0 : Math.max(0, cards.length - CARDS_SHOWN);
  return html`<section class="pillar ${pillar}" aria-labelledby="${pillar}-title">
    ${heading(level, pillarLabel(pillar), { id: `${pillar}-title` })}
    <p>
      ${pillar === 'money'
        ? msg('Steun die (een deel van) je opleiding of loopbaanbegeleiding betaalt.', { id: 'wallet.money-intro' })
        : msg('Steun die je tijd geeft om een opleiding te volgen.', { id: 'wallet.time-intro' })}
    </p>
    ${renderCardList(host, hidden ? cards.slice(0, CARDS_SHOWN) : cards, level + 1)}
    ${cards.length > CARDS_SHOWN ? showAllButton(all, cards.length, hidden, () => host.toggle(pillar)) : nothing}
  </section>`;
}

/** "Show all n (m more)" / "Show fewer" below a pillar with more cards than it shows at first. */
function showAllButton(all: boolean, total: number, hidden: number, toggle: () => void): TemplateResult {
  return html`<button type="button" class="button-secondary show-all" aria-expanded=${all ? 'true' : 'false'} @click=${toggle}>
    ${all ? msg('Toon minder', { id: 'wallet.show-less' }) : msg(str`Toon alle ${total} (nog ${hidden})`, { id: 'wallet.show-all' })}
  </button>`;
}

function renderReferrals(host: WalletHost, view: WalletView, level: number): TemplateResult {
  return html`<section class="referrals" aria-labelledby="referrals-title">
    ${heading(level, msg('Andere steun die bij je past', { id: 'wallet.referrals-title' }), { id: 'referrals-title' })}
    ${renderCardList(host, view.referrals.map((r) => ({ incentive: r })), level + 1)}
  </section>`;
}

function renderCardList(host: WalletHost, cards: Array<{ incentive: CatalogueEntry; entitlement?: Entitlement; stale?: boolean }>, level: number): TemplateResult {
  return html`<ul class="cards" role="list">
    ${cards.map(
      (c) =>
        html`<li><llr-incentive-card .incentive=${c.incentive} .entitlement=${c.entitlement} ?stale=${!!c.stale} heading-level=${level} lang=${host.locale}></llr-incentive-card></li>`,
    )}
  </ul>`;
}
