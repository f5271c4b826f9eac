import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { LlrElement } from '../../shared/llr-element';
import { ApiData } from '../../shared/controllers/api-data';
import { UsageSignals } from '../../shared/controllers/usage-signals';
import { hostUrl } from '../../shared/safe-url';
import { onDemand } from '../../shared/on-demand';
import { newWindowLink } from '../../shared/links';
import { heading, headingLevel } from '../../shared/heading';
import { DEFAULT_HELP } from '../../shared/help';
import { errorMessage, loadingLabel, retryLabel } from '../../shared/messages';
import {
  formatAmount,
  formatDate,
  formatDayCount,
  formatList,
  formatTimestamp,
  formatTimestampDate,
  localized as pick,
  pillarLabel,
  warmUpFormats,
} from '../../shared/format';
import { ApiError, type ApiErrorKind, type Catalogue, type CatalogueEntry, type Entitlement, type Pillar, type Wallet, type WalletHistoryEntry, type WalletUpcoming } from '../../api';
import type { Lang } from '../../domain/lang';
import { buildWalletView, type HistoryGroup, type IssueItem, type LapseItem, type WalletCard, type WalletView } from './wallet.logic';
import { httpsUrl } from '../../shared/safe-url';
import { styles } from './wallet.styles';

export { DEFAULT_HELP };

/** Detail of `llr-auth-required`: where the widget would send the citizen. Never a token. */
export interface AuthRequiredDetail {
  /** The configured login URL (absent when it is not a safe URL). */
  loginUrl?: string;
}

/** Detail of `llr-wallet-load`: what arrived, without personal data (no amounts, no ids of the person). */
export interface WalletLoadDetail {
  /** Number of entitlements shown. */
  entitlements: number;
  /** Names of sources that did not answer (partial wallet). */
  missingSources: string[];
}

/** The events of <llr-wallet>. */
export interface LlrWalletEventMap {
  /** The API answered 401. Cancelable: call preventDefault() to start the host's own login. */
  'llr-auth-required': CustomEvent<AuthRequiredDetail>;
  /** The wallet rendered fresh data. */
  'llr-wallet-load': CustomEvent<WalletLoadDetail>;
}

declare global {
  interface GlobalEventHandlersEventMap extends LlrWalletEventMap {}
}

/**
 * The wallet's <llr-incentive-card>s: their code loads in parallel with the wallet's data (the wallet shows no card
 * before the data is there), so a page with a wallet does not pay for it before its first render. Without it (a
 * failed load), the wallet shows the offline error; its retry loads it again.
 */
const cards = onDemand('llr-wallet: its incentive cards', () => import('../incentive-card/define'));

/**
 * Cards shown per pillar before "show all". A real wallet has fewer than ten; this only keeps a pathological
 * one (the mock's "huge" scenario: 1000 entitlements) responsive. Cards after the eighth skip layout while off
 * screen (content-visibility in wallet.styles.ts).
 */
const CARDS_SHOWN = 150;

interface WalletData {
  wallet: Wallet;
  catalogue: Catalogue;
  receivedAt: Date;
}

/**
 * The citizen's personal wallet of training and career rights: per incentive what is left in which period,
 * grouped by pillar (money, time), what lapses soon, referrals to other support, the Wegwijzer and help.
 *
 * States: loading (a skeleton in the shape of what will most likely come), the wallet, a partial wallet (a
 * source did not answer), stale data, no rights (why, and what else there is), the login prompt (401), an error
 * with retry, and a failed refresh that keeps the last data under a notice.
 *
 * @tag llr-wallet
 * @fires {CustomEvent<AuthRequiredDetail>} llr-auth-required - the API needs a login (cancelable; when not cancelled the wallet shows a login link)
 * @fires {CustomEvent<WalletLoadDetail>} llr-wallet-load - fresh wallet data was rendered (`detail`: how many entitlements, which sources are missing; no amounts)
 * @csspart wallet - the outer section
 * @csspart notice - status messages (partial, stale, error)
 * @csspart login-link - the login link or button
 */
@localized()
export class LlrWallet extends LlrElement {
  static override styles = styles;

  /** Level of the wallet's title (1–6); sections are one level lower, cards two. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;
  /** Data whose last update is older than this many days is marked as possibly out of date. */
  @property({ attribute: 'stale-after-days', type: Number }) staleAfterDays = 30;
  /** Help phone number (empty to hide). */
  @property({ attribute: 'help-phone' }) helpPhone: string = DEFAULT_HELP.phone;
  /** Help chat page (https or same-site; empty to hide). */
  @property({ attribute: 'help-chat-url' }) helpChatUrl: string = DEFAULT_HELP.chatUrl;
  /** Where to get help face to face (https or same-site; empty to hide). */
  @property({ attribute: 'help-visit-url' }) helpVisitUrl: string = DEFAULT_HELP.visitUrl;
  /** Text of the face-to-face link, when the host points it elsewhere (shown as is, not translated). */
  @property({ attribute: 'help-visit-label' }) helpVisitLabel = '';
  /**
   * Send anonymous usage signals to the API (the state shown, "Zo gebruik je het" and the history opened, apply
   * links followed; never an amount), with the host's `usage-host` (element, provider or embed script). Off by default.
   */
  @property({ attribute: 'usage-events', type: Boolean }) usageEvents = false;

  /** Pillars whose cards are all shown (past the first CARDS_SHOWN). */
  @state() private expanded: ReadonlySet<Pillar> = new Set();

  /** The language of the current render (resolved once per render: it walks the config and the DOM). */
  private renderLang: Lang = 'nl';
  /** The host cancelled `llr-auth-required`: it logs in itself, so the prompt shows a button, not our link. */
  private authCancelled = false;
  private focusTitleAfterRetry = false;

  private readonly data = new ApiData(this, {
    args: () => [this.api, this.owner] as const,
    // Never show one login's data under another.
    key: ([, owner]) => owner,
    task: async ([api], signal): Promise<WalletData> => {
      const cardsLoading = cards.load();
      cardsLoading.catch(() => undefined); // awaited below, once the requests have answered
      // Hosts often hand over the token right after our tags are defined (provider.getToken = …). Waiting one
      // task lets that land first: a changed login aborts this run before it sent an anonymous request.
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (signal.aborted) throw new ApiError('aborted', 'Superseded before the request was sent');
      // In parallel; the wallet's error (401 above all) wins over the catalogue's.
      const answers = Promise.allSettled([api.getWallet(signal), api.getCatalogue(signal)]);
      // Intl formats cost a first use (about 40 ms for a wallet): made while the requests are in flight.
      const lang = this.locale;
      const warmUp = setTimeout(() => warmUpFormats(lang), 0);
      const [wallet, catalogue] = await answers;
      clearTimeout(warmUp);
      if (wallet.status === 'rejected') throw wallet.reason;
      if (catalogue.status === 'rejected') throw catalogue.reason;
      // The data never without its cards: a failed load is the offline error, and retry loads them again.
      await cardsLoading;
      return { wallet: wallet.value, catalogue: catalogue.value, receivedAt: new Date() };
    },
    onComplete: (data) => {
      this.authCancelled = false;
      const view = this.viewOf(data);
      this.signals.send({ type: 'wallet-shown', state: view.missing.length ? 'partial' : view.empty ? 'no-rights' : 'loaded' });
      this.emit('llr-wallet-load', {
        entitlements: view.pillars.money.length + view.pillars.time.length,
        missingSources: view.missing.map((m) => m.source),
      });
    },
    onError: (kind) => {
      this.signals.send({ type: 'wallet-shown', state: kind === 'unauthorized' ? 'login' : `error-${kind}` });
      if (kind === 'unauthorized' || kind === 'forbidden') this.data.forget(); // personal data goes with the session
      if (kind === 'unauthorized') {
        this.authCancelled = !this.emit('llr-auth-required', { loginUrl: this.loginHref }, { cancelable: true });
      }
    },
  });

  private readonly signals = new UsageSignals(this, () => ({ enabled: this.usageEvents, host: this.config.usageHost, api: this.api }));

  /** Fetches the wallet again (e.g. after the host's login completed). */
  reload(): void {
    void this.data.retry();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The cards' code starts now, not after the first render and the token wait: with a fast API it is otherwise
    // what the data waits for.
    cards.load().catch(() => undefined);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const status = this.data.status;
    if (this.focusTitleAfterRetry && (status === 'complete' || status === 'error')) {
      this.focusTitleAfterRetry = false;
      this.renderRoot.querySelector<HTMLElement>('#wallet-title')?.focus();
    }
  }

  // ---------------------------------------------------------------- derived state

  /** Identity of the login the data belongs to: the token function (or cookie mode) and the API. */
  private get owner(): string | object {
    const c = this.config;
    return c.getToken ?? `${c.apiBase}|${c.credentials ?? ''}`;
  }

  /** A login is configured (getToken or credentials): a wallet is the likely answer, else the login prompt. */
  private get expectWallet(): boolean {
    const c = this.config;
    return !!c.getToken || !!c.credentials;
  }

  private get loginHref(): string | undefined {
    return hostUrl(this.config.loginUrl);
  }

  /** stale-after-days, or 30 when it is missing or not a number. */
  private get staleDays(): number {
    return Number.isFinite(this.staleAfterDays) && this.staleAfterDays >= 0 ? Math.round(this.staleAfterDays) : 30;
  }

  private get level(): number {
    return headingLevel(this.headingLevel, 2);
  }

  private viewOf(data: WalletData): WalletView {
    return buildWalletView(data.wallet, data.catalogue, { now: new Date(), staleAfterDays: this.staleDays });
  }

  // ---------------------------------------------------------------- actions

  private retry(): void {
    this.focusTitleAfterRetry = true;
    this.reload();
  }

  private requestLogin(): void {
    const href = this.loginHref;
    if (this.emit('llr-auth-required', { loginUrl: href }, { cancelable: true }) && href) window.location.assign(href);
  }

  private toggle(pillar: Pillar): void {
    const next = new Set(this.expanded);
    if (!next.delete(pillar)) next.add(pillar);
    this.expanded = next;
  }

  // ---------------------------------------------------------------- render: the states

  protected override render() {
    this.renderLang = this.locale;
    const data = this.data.value; // fresh, or the last good data of this login
    const status = this.data.status;
    if (status === 'error') {
      const kind = this.data.errorKind ?? 'server';
      if (kind === 'unauthorized') return this.renderLogin();
      if (data && kind !== 'forbidden') return this.renderWallet(data, this.refreshErrorNotice(kind, data));
      return this.renderError(kind);
    }
    if (!data) return this.renderSkeleton();
    // Fresh, or the last data while it is fetched again.
    return status === 'complete' ? this.renderWallet(data) : this.renderWallet(data, this.loadingStatus(), true);
  }

  /** The outer section with the title; `busy` sets aria-busy (the skeleton and the wallet only). */
  private frame(content: unknown, busy?: boolean, cls = ''): TemplateResult {
    return html`<section
      class="wallet ${cls}"
      part="wallet"
      aria-labelledby="wallet-title"
      aria-busy=${ifDefined(busy === undefined ? undefined : `${busy}`)}
      lang=${this.renderLang}
    >
      ${heading(this.level, msg('Jouw leer- en loopbaanrekening', { id: 'wallet.title' }), { id: 'wallet-title', className: 'title', focusable: true })}
      ${content}
    </section>`;
  }

  /**
   * The skeleton has the shape of what will most likely come, so the page barely moves when it arrives:
   * with a login configured (getToken or credentials), a typical wallet (intro, lapse list, two pillars of two
   * cards, referrals, help); without one, the login prompt (whose Wegwijzer and help need no data and are real).
   * Its heights are reserved before the element is defined too (src/llr-embed.css): change both together.
   */
  private renderSkeleton(): TemplateResult {
    const block = (cls: string, cardCount = 0) => html`<div class="sk-section ${cls}">
      <div class="skeleton sk-heading"></div>
      <div class="skeleton sk-line"></div>
      ${cardCount ? html`<div class="cards">${Array.from({ length: cardCount }, () => html`<div class="skeleton sk-card"></div>`)}</div>` : nothing}
    </div>`;
    return this.frame(
      html`
        ${this.loadingStatus()}
        ${this.expectWallet
          ? html`
              <div class="skeleton sk-intro"></div>
              <div class="skeleton sk-lapsing"></div>
              ${block('sk-pillar', 2)} ${block('sk-pillar', 2)} ${block('sk-referrals', 2)} ${block('sk-more')} ${block('sk-help')}
            `
          : html`
              <div class="skeleton sk-login"></div>
              ${this.renderWegwijzer(this.anonymousWegwijzerText())}
              ${this.renderHelp()}
            `}
      `,
      true,
      'loading',
    );
  }

  /** The login prompt: a link to the login page, or (no safe URL, or the host cancelled llr-auth-required) a button. */
  private renderLogin(): TemplateResult {
    const href = this.authCancelled ? undefined : this.loginHref;
    const label = msg('Aanmelden', { id: 'wallet.login' });
    return this.frame(html`
      <div class="notice login" part="notice">
        <p>${msg('Meld je aan om te zien op welke steun je recht hebt en hoeveel je nog over hebt.', { id: 'wallet.login-text' })}</p>
        ${href
          ? html`<a class="button-primary" part="login-link" href=${href}>${label}</a>`
          : html`<button type="button" class="button-primary" part="login-link" @click=${this.requestLogin}>${label}</button>`}
      </div>
      ${this.renderWegwijzer(this.anonymousWegwijzerText())}
      ${this.renderHelp()}
    `);
  }

  private renderError(kind: ApiErrorKind): TemplateResult {
    return this.frame(html`
      ${this.errorNotice(
        kind,
        kind === 'forbidden'
          ? html`<p>${msg('Denk je dat dit niet klopt? Neem contact op via de hulp hieronder.', { id: 'wallet.forbidden-help' })}</p>`
          : this.retryButton(),
      )}
      ${this.renderHelp()}
    `);
  }

  /** A loaded wallet; `notice` (the loading status or a refresh error) follows its intro. */
  private renderWallet(data: WalletData, notice: unknown = nothing, busy = false): TemplateResult {
    const view = this.viewOf(data);
    const sub = this.level + 1;
    return this.frame(
      html`
        <p class="intro">
          ${msg(str`Wat je nog hebt om te leren en aan je loopbaan te werken, op ${formatDate(data.wallet.referenceDate, this.renderLang)}.`, { id: 'wallet.intro' })}
        </p>
        ${notice}
        ${view.missing.length ? this.missingNotice(view) : nothing}
        ${view.stale.length || view.walletStale ? this.staleNotice(view, data.wallet) : nothing}
        ${view.issues.length ? this.issuesNotice(view.issues) : nothing}
        ${view.empty ? this.renderEmpty(view, sub) : nothing}
        ${view.lapsing.length ? this.renderLapsing(view.lapsing, sub) : nothing}
        ${this.renderPillar('money', view.pillars.money, sub)}
        ${this.renderPillar('time', view.pillars.time, sub)}
        ${view.upcoming.length ? this.renderUpcoming(view.upcoming, sub) : nothing}
        ${view.history.length ? this.renderHistory(view.history, sub) : nothing}
        ${view.referrals.length && !view.empty ? this.renderReferrals(view, sub) : nothing}
        ${this.renderWegwijzer(msg('Ontdek met de Wegwijzer op welke steun je nog recht kan hebben.', { id: 'wallet.wegwijzer-text' }))}
        ${this.renderHelp()}
      `,
      busy,
    );
  }

  // ---------------------------------------------------------------- render: notices

  private loadingStatus(): TemplateResult {
    return html`<p class="visually-hidden" role="status">${loadingLabel()}</p>`;
  }

  private retryButton(): TemplateResult {
    return html`<button type="button" class="button-secondary" @click=${this.retry}>${retryLabel()}</button>`;
  }

  private errorNotice(kind: ApiErrorKind, more: unknown = this.retryButton()): TemplateResult {
    return html`<div class="notice error" part="notice" role="alert">
      <p>${errorMessage(kind)}</p>
      ${more}
    </div>`;
  }

  /** A refresh failed: the last good data stays, under this notice. */
  private refreshErrorNotice(kind: ApiErrorKind, data: WalletData): TemplateResult {
    const when = formatTimestamp(data.receivedAt, this.renderLang);
    return this.errorNotice(
      kind,
      html`
        <p>${msg(str`Je ziet nog de gegevens van ${when}.`, { id: 'wallet.showing-old' })}</p>
        ${this.retryButton()}
      `,
    );
  }

  /** Which sources did not answer, and what the citizen therefore does not see. */
  private missingNotice(view: WalletView): TemplateResult {
    const lang = this.renderLang;
    return html`<div class="notice partial" part="notice" role="status">
      <p><strong>${msg('Een deel van je gegevens ontbreekt.', { id: 'wallet.partial-title' })}</strong></p>
      <ul>
        ${view.missing.map((m) => {
          const names = m.incentives.map((i) => pick(i.name, lang));
          return html`<li>
            ${names.length
              ? msg(str`${m.source} antwoordt nu niet. Je ziet daarom niet: ${formatList(names, lang)}.`, { id: 'wallet.partial-source' })
              : msg(str`${m.source} antwoordt nu niet.`, { id: 'wallet.partial-source-only' })}
          </li>`;
        })}
      </ul>
      <p>${msg('De rest klopt wel. Probeer het later opnieuw.', { id: 'wallet.partial-rest' })}</p>
      ${this.retryButton()}
    </div>`;
  }

  /** Data older than stale-after-days: the wallet itself and/or per source. */
  private staleNotice(view: WalletView, wallet: Wallet): TemplateResult {
    const lang = this.renderLang;
    const days = formatDayCount(this.staleDays, lang);
    return html`<div class="notice stale" part="notice">
      <p>
        <strong>${msg(str`Sommige gegevens zijn ouder dan ${days}.`, { id: 'wallet.stale-title' })}</strong>
        ${msg('Wat je echt nog hebt, kan daardoor anders zijn.', { id: 'wallet.stale-text' })}
      </p>
      <ul>
        ${view.walletStale
          ? html`<li>${msg(str`Dit overzicht is gemaakt op ${formatTimestampDate(wallet.generatedAt, lang)}.`, { id: 'wallet.stale-generated' })}</li>`
          : nothing}
        ${view.stale.map(
          (c) =>
            html`<li>
              ${msg(str`${pick(c.incentive.name, lang)}: bijgewerkt op ${formatTimestampDate(c.entitlement.dataSource.lastUpdated, lang)} (${c.entitlement.dataSource.name})`, {
                id: 'wallet.stale-item',
              })}
            </li>`,
        )}
      </ul>
    </div>`;
  }

  /**
   * More used than there was: a data inconsistency between sources, told calmly, with where to ask (never hidden,
   * never alarming: the balance shown stays at zero, not below).
   */
  private issuesNotice(issues: IssueItem[]): TemplateResult {
    const lang = this.renderLang;
    return html`<div class="notice issues" part="notice">
      <p><strong>${msg('Iets in je gegevens klopt niet', { id: 'wallet.issues-title' })}</strong></p>
      <ul>
        ${issues.map(({ issue, incentive }) => {
          const name = pick(incentive.name, lang);
          const amount = formatAmount(issue.amount, incentive.unit, lang);
          const date = formatDate(issue.date, lang);
          return html`<li>
            ${issue.kind === 'overdrawn'
              ? msg(str`${name}: op ${date} werd ${amount} meer gebruikt dan je had.`, { id: 'wallet.issue-overdrawn' })
              : msg(str`${name}: op ${date} werd ${amount} gebruikt, voor deze rekening begon.`, { id: 'wallet.issue-before-start' })}
          </li>`;
        })}
      </ul>
      <p>
        ${msg('Dat is waarschijnlijk een fout in de gegevens. Je saldo toont wat je echt nog hebt. Vraag het na bij de organisatie van die steun, of vraag hulp (hieronder).', {
          id: 'wallet.issues-help',
        })}
      </p>
    </div>`;
  }

  // ---------------------------------------------------------------- render: sections

  /** No entitlement at all: why, and what else there is (the referral cards). */
  private renderEmpty(view: WalletView, level: number): TemplateResult {
    return html`<section class="empty" aria-labelledby="empty-title">
      ${heading(level, msg('We vinden nu geen rechten voor jou', { id: 'wallet.empty-title' }), { id: 'empty-title' })}
      <p>
        ${view.missing.length
          ? msg('Een deel van je gegevens ontbreekt nog. Misschien heb je wel rechten bij de bron die nu niet antwoordt.', { id: 'wallet.empty-partial' })
          : msg(
              'De steun in deze rekening is vooral voor werknemers. Ben je werkzoekend, zelfstandige of student? Of past je situatie niet bij de voorwaarden? Dan staat hier niets.',
              { id: 'wallet.empty-why' },
            )}
      </p>
      <p>${msg('Er is wel andere steun. Kijk hieronder wat bij jou past, of vraag hulp.', { id: 'wallet.empty-next' })}</p>
      ${view.referrals.length ? this.renderCardList(view.referrals.map((r) => ({ incentive: r })), level + 1) : nothing}
    </section>`;
  }

  private renderLapsing(items: LapseItem[], level: number): TemplateResult {
    const lang = this.renderLang;
    return html`<section class="lapsing" aria-labelledby="lapsing-title">
      ${heading(level, msg('Gebruik het op tijd', { id: 'wallet.lapsing-title' }), { id: 'lapsing-title' })}
      <p>${msg('Wat je niet gebruikt, vervalt aan het einde van de periode.', { id: 'wallet.lapsing-intro' })}</p>
      <ul class="lapse-list">
        ${items.map((item) => {
          const amount = formatAmount(item.entitlement.remaining, item.entitlement.unit, lang);
          const date = formatDate(item.entitlement.lapsesOn!, lang);
          return html`<li>
            <span class="lapse-name">${pick(item.incentive.name, lang)}</span>
            <span class="lapse-text">
              ${item.days === 0
                ? msg(str`Laatste dag: ${amount} vervalt vandaag.`, { id: 'wallet.lapse-today' })
                : msg(str`Nog ${formatDayCount(item.days, lang)}: ${amount} vervalt op ${date}.`, { id: 'wallet.lapse' })}
            </span>
          </li>`;
        })}
      </ul>
    </section>`;
  }

  private renderPillar(pillar: Pillar, pillarCards: WalletCard[], level: number): TemplateResult | typeof nothing {
    if (!pillarCards.length) return nothing;
    const all = this.expanded.has(pillar);
    const hidden = all ? 0 : Math.max(0, pillarCards.length - CARDS_SHOWN);
    return html`<section class="pillar ${pillar}" aria-labelledby="${pillar}-title">
      ${heading(level, pillarLabel(pillar), { id: `${pillar}-title` })}
      <p>
        ${pillar === 'money'
          ? msg('Steun die (een deel van) je opleiding of loopbaanbegeleiding betaalt.', { id: 'wallet.money-intro' })
          : msg('Steun die je tijd geeft om een opleiding te volgen.', { id: 'wallet.time-intro' })}
      </p>
      ${this.renderCardList(hidden ? pillarCards.slice(0, CARDS_SHOWN) : pillarCards, level + 1)}
      ${pillarCards.length > CARDS_SHOWN
        ? html`<button type="button" class="button-secondary show-all" aria-expanded=${all ? 'true' : 'false'} @click=${() => this.toggle(pillar)}>
            ${all ? msg('Toon minder', { id: 'wallet.show-less' }) : msg(str`Toon alle ${pillarCards.length} (nog ${hidden})`, { id: 'wallet.show-all' })}
          </button>`
        : nothing}
    </section>`;
  }

  /**
   * "Wat verandert er?": the dated changes of the coming twelve months. A planned change is announced, not final:
   * it says so, with its source, and is never shown as a right.
   */
  private renderUpcoming(changes: WalletUpcoming[], level: number): TemplateResult {
    const lang = this.renderLang;
    return html`<section class="upcoming" aria-labelledby="upcoming-title">
      ${heading(level, msg('Wat verandert er?', { id: 'wallet.upcoming-title' }), { id: 'upcoming-title' })}
      <ul class="upcoming-list">
        ${changes.map((c) => {
          const source = c.source ? httpsUrl(c.source.url) : undefined;
          return html`<li class=${c.status}>
            <p>
              <strong>${msg(str`Vanaf ${formatDate(c.date, lang)}`, { id: 'wallet.upcoming-from' })}</strong>
              ${c.status === 'planned' ? html`<span class="planned">${msg('(gepland, nog niet definitief)', { id: 'wallet.upcoming-planned' })}</span>` : nothing}
            </p>
            <p>${this.changeText(c)}</p>
            ${c.status === 'planned' && source && c.source ? html`<p class="source">${msg('Bron:', { id: 'wallet.upcoming-source' })} ${newWindowLink(source, c.source.title)}</p>` : nothing}
          </li>`;
        })}
      </ul>
    </section>`;
  }

  /** One change in plain words: what you have now, and what you would have then. */
  private changeText(c: WalletUpcoming): string {
    const lang = this.renderLang;
    const worth = (o: NonNullable<WalletUpcoming['after']>) => {
      if (o.amount === null) return '';
      const amount = formatAmount(o.amount, o.unit, lang);
      return o.per ? msg(str`${amount} per maand`, { id: 'wallet.per-month' }) : amount;
    };
    const before = c.before?.outcome === 'eligible' ? c.before : null;
    const after = c.after;
    if (!after) return msg(str`${c.name}: deze steun stopt.`, { id: 'wallet.change-ends' });
    if (after.outcome === 'unknown') return msg(str`${c.name}: we weten nog niet of je er dan recht op hebt.`, { id: 'wallet.change-unknown' });
    if (after.outcome === 'not-eligible') {
      return before
        ? msg(str`${c.name}: je hebt er dan geen recht meer op.`, { id: 'wallet.change-lost' })
        : msg(str`${c.name}: je hebt er ook dan geen recht op.`, { id: 'wallet.change-still-not' });
    }
    const then = worth(after);
    if (!c.before) return then ? msg(str`${c.name}: nieuw. Je kan dan ${then} krijgen.`, { id: 'wallet.change-new' }) : msg(str`${c.name}: nieuw.`, { id: 'wallet.change-new-no-amount' });
    if (!before) return msg(str`${c.name}: je hebt er dan recht op (${then}).`, { id: 'wallet.change-gained' });
    return msg(str`${c.name}: ${worth(before)} wordt ${then}.`, { id: 'wallet.change-amount' });
  }

  /**
   * "Geschiedenis": per incentive, what was credited, capped off, used and lapsed, as a table (date, what, how much)
   * behind a disclosure, so the wallet stays short and the numbers stay explained.
   */
  private renderHistory(groups: HistoryGroup[], level: number): TemplateResult {
    const lang = this.renderLang;
    const what = (e: WalletHistoryEntry): string => {
      switch (e.kind) {
        case 'credit':
          return msg('Erbij gekregen', { id: 'wallet.history-credit' });
        case 'use':
          return msg('Gebruikt', { id: 'wallet.history-use' });
        case 'lapse':
          return msg('Vervallen (niet gebruikt)', { id: 'wallet.history-lapse' });
        default:
          return msg('Viel weg door het plafond', { id: 'wallet.history-cap' });
      }
    };
    return html`<section class="history" aria-labelledby="history-title">
      ${heading(level, msg('Geschiedenis', { id: 'wallet.history-title' }), { id: 'history-title' })}
      <p>${msg('Hoe je saldo tot stand kwam: wat je kreeg, wat je gebruikte en wat verviel.', { id: 'wallet.history-intro' })}</p>
      ${groups.map(
        (g) => html`<details class="history-group" @toggle=${(e: Event) => (e.target as HTMLDetailsElement).open && this.signals.send({ type: 'wallet-history-opened', incentive: g.incentive.id })}>
          <summary>${pick(g.incentive.name, lang)}</summary>
          <table>
            <caption class="visually-hidden">${msg(str`Geschiedenis van ${pick(g.incentive.name, lang)}`, { id: 'wallet.history-caption' })}</caption>
            <thead>
              <tr>
                <th scope="col">${msg('Datum', { id: 'wallet.history-date' })}</th>
                <th scope="col">${msg('Wat', { id: 'wallet.history-what' })}</th>
                <th scope="col" class="number">${msg('Hoeveel', { id: 'wallet.history-amount' })}</th>
              </tr>
            </thead>
            <tbody>
              ${g.entries.map(
                (e) => html`<tr class=${e.kind}>
                  <td>${formatDate(e.date, lang)}</td>
                  <td>${what(e)}</td>
                  <td class="number">${e.amount === null ? msg('nog niet bekend', { id: 'wallet.history-unknown' }) : formatAmount(e.amount, g.incentive.unit, lang)}</td>
                </tr>`,
              )}
            </tbody>
          </table>
        </details>`,
      )}
    </section>`;
  }

  private renderReferrals(view: WalletView, level: number): TemplateResult {
    return html`<section class="referrals" aria-labelledby="referrals-title">
      ${heading(level, msg('Andere steun die bij je past', { id: 'wallet.referrals-title' }), { id: 'referrals-title' })}
      ${this.renderCardList(view.referrals.map((r) => ({ incentive: r })), level + 1)}
    </section>`;
  }

  private renderCardList(list: Array<{ incentive: CatalogueEntry; entitlement?: Entitlement; stale?: boolean }>, level: number): TemplateResult {
    return html`<ul
      class="cards"
      role="list"
      @llr-incentive-card-open=${(e: CustomEvent<{ incentive: string }>) => this.signals.send({ type: 'wallet-how-to-opened', incentive: e.detail.incentive })}
      @llr-incentive-card-apply=${(e: CustomEvent<{ incentive: string }>) => this.signals.send({ type: 'wallet-apply-followed', incentive: e.detail.incentive })}
    >
      ${list.map(
        (c) =>
          html`<li><llr-incentive-card .incentive=${c.incentive} .entitlement=${c.entitlement} ?stale=${!!c.stale} heading-level=${level} lang=${this.renderLang}></llr-incentive-card></li>`,
      )}
    </ul>`;
  }

  private anonymousWegwijzerText(): string {
    return msg('Liever niet aanmelden? Beantwoord een paar vragen en ontdek op welke steun je recht kan hebben.', { id: 'wallet.wegwijzer-anonymous' });
  }

  /** The way to the Wegwijzer, with this text; nothing when no Wegwijzer URL is configured. */
  private renderWegwijzer(text: string): TemplateResult | typeof nothing {
    const href = hostUrl(this.config.wegwijzerUrl);
    if (!href) return nothing;
    return html`<section class="more" aria-labelledby="more-title">
      ${heading(this.level + 1, msg('Heb je nog recht op meer?', { id: 'wallet.more-title' }), { id: 'more-title' })}
      <p>${text}</p>
      <p><a href=${href}>${msg('Naar de Wegwijzer', { id: 'wallet.wegwijzer-link' })}</a></p>
    </section>`;
  }

  /** Phone, chat and face to face; nothing when the host turned every channel off. */
  private renderHelp(): TemplateResult | typeof nothing {
    const phone = this.helpPhone.replace(/[^\d+ ]/g, '').trim();
    const chat = this.helpChatUrl ? hostUrl(this.helpChatUrl) : undefined;
    const visit = this.helpVisitUrl ? hostUrl(this.helpVisitUrl) : undefined;
    if (!phone && !chat && !visit) return nothing;
    return html`<section class="help" aria-labelledby="help-title">
      ${heading(this.level + 1, msg('Hulp nodig?', { id: 'wallet.help-title' }), { id: 'help-title' })}
      <p>${msg('Lukt het niet online, of heb je een vraag? We helpen je graag.', { id: 'wallet.help-intro' })}</p>
      <ul class="help-list">
        ${phone ? html`<li>${msg('Bel gratis', { id: 'wallet.help-phone' })} <a href="tel:${phone.replace(/ /g, '')}">${phone}</a></li>` : nothing}
        ${chat ? html`<li>${newWindowLink(chat, msg('Chat met ons', { id: 'wallet.help-chat' }))}</li>` : nothing}
        ${visit ? html`<li>${newWindowLink(visit, this.helpVisitLabel || msg('Kom langs bij de VDAB in je buurt', { id: 'wallet.help-visit' }))}</li>` : nothing}
      </ul>
    </section>`;
  }
}
