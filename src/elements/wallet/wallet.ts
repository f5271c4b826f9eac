import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { Task, TaskStatus } from '@lit/task';
import { LlrElement } from '../../shared/llr-element';
import { hostUrl } from '../../shared/safe-url';
import { onDemand } from '../../shared/on-demand';
import { newWindowLink } from '../../shared/links';
import { heading, headingLevel } from '../../shared/heading';
import { errorMessage, loadingLabel, retryLabel } from '../../shared/messages';
import { ApiError, isApiError, type ApiErrorKind, type Catalogue, type Pillar, type Wallet } from '../../api';
import type { WalletHost } from './wallet.view';
import type { Locale } from '../../i18n/localization';
import { styles } from './wallet.styles';

/**
 * The view model, the rendering of a loaded wallet, the login prompt and the incentive card (wallet.view.ts):
 * loaded on demand, in parallel with the data. The entry keeps what must work without them: the frame, the
 * skeleton, the error views, the Wegwijzer and help sections.
 */
type View = typeof import('./wallet.view');
// The card is imported by the view too; asking for both at once saves a round trip.
const views = onDemand('llr-wallet: its views', () => Promise.all([import('./wallet.view'), import('../incentive-card/define')]).then(([view]) => view));

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

declare module '../../shared/llr-element' {
  interface LlrEventMap {
    /** The API answered 401. Cancelable: call preventDefault() to start the host's own login. */
    'llr-auth-required': CustomEvent<AuthRequiredDetail>;
    /** The wallet rendered fresh data. */
    'llr-wallet-load': CustomEvent<WalletLoadDetail>;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'llr-auth-required': CustomEvent<AuthRequiredDetail>;
    'llr-wallet-load': CustomEvent<WalletLoadDetail>;
  }
}

/** Help for people who get stuck online (vision note: phone, chat, face to face). */
export const DEFAULT_HELP = {
  /** Vlaamse Infolijn: free from a Belgian phone. */
  phone: '1700',
  chatUrl: 'https://www.vlaanderen.be/contact',
  visitUrl: 'https://www.vdab.be/contact',
} as const;

interface WalletData {
  wallet: Wallet;
  catalogue: Catalogue;
  receivedAt: Date;
  /** The views that show it (loaded with it). */
  ui: View;
}

interface LastGood {
  data: WalletData;
  /** Who it belongs to: never show one login's data under another. */
  owner: unknown;
}

/**
 * The citizen's personal wallet of training and career rights: per incentive what is left in which period,
 * grouped by pillar (money, time), what lapses soon, referrals to other support, the Wegwijzer and help.
 *
 * @tag llr-wallet
 * @fires llr-auth-required - the API needs a login (cancelable; when not cancelled the wallet shows a login link)
 * @fires llr-wallet-load - fresh wallet data was rendered
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

  /** Pillars whose cards are all shown (past the first few, see wallet.view.ts). */
  @state() private expanded: ReadonlySet<Pillar> = new Set();

  private lastGood?: LastGood;
  /** The language of the current render. */
  private loc: Locale = 'nl';
  private authCancelled = false;
  private focusTitleAfterLoad = false;

  private readonly walletTask = new Task(this, {
    task: async ([api], { signal }): Promise<WalletData> => {
      // The views (wallet.view.ts) load in parallel with the requests, and are there before the state changes, so
      // the data appears in one step. A failed load is awaited (and reported) only where the views are needed.
      const viewsLoading = views.load();
      viewsLoading.catch(() => undefined);
      // Hosts often hand over the token right after our tags are defined (provider.getToken = …). Waiting one
      // task lets that land first: a changed login aborts this run before it sent an anonymous request.
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (signal.aborted) throw new ApiError('aborted', 'Superseded before the request was sent');
      // In parallel; the wallet's error (401 above all) wins over the catalogue's.
      let answered = false;
      const pending = Promise.allSettled([api.getWallet(signal), api.getCatalogue(signal)]).finally(() => (answered = true));
      // Intl formats cost a first use: made while the requests are in flight, when the views come first (after the
      // answer, rendering makes only the ones it needs).
      viewsLoading.then((ui) => answered || ui.warmUpFormats(this.loc), () => undefined);
      const [wallet, catalogue] = await pending;
      if (wallet.status === 'rejected' || catalogue.status === 'rejected') {
        const error: unknown = wallet.status === 'rejected' ? wallet.reason : (catalogue as PromiseRejectedResult).reason;
        // The login prompt is one of the views: without them, the offline error (its retry loads them again).
        if (this.errorKind(error) === 'unauthorized') await viewsLoading;
        throw error;
      }
      // Never the data without its views (e.g. the notice that a part is missing): a failed load is a network error.
      const ui = await viewsLoading;
      return { wallet: wallet.value, catalogue: catalogue.value, receivedAt: new Date(), ui };
    },
    args: () => [this.api, this.owner] as const,
    onComplete: (data) => {
      this.lastGood = { data, owner: this.owner };
      this.authCancelled = false;
      const view = data.ui.buildWalletView(data.wallet, data.catalogue, { now: new Date(), staleAfterDays: this.staleDays });
      this.emit('llr-wallet-load', {
        entitlements: view.pillars.money.length + view.pillars.time.length,
        missingSources: view.missing.map((m) => m.source),
      });
    },
    onError: (error) => this.handleError(error),
  });

  /** Fetches the wallet again (e.g. after the host's login completed). */
  reload(): void {
    void this.walletTask.run();
  }

  private resumeOnConnect = false;

  override connectedCallback(): void {
    super.connectedCallback();
    // Start on the views now, not after the first render and the token wait below: with a fast API they are
    // otherwise what the data waits for.
    views.load().catch(() => undefined);
    if (this.resumeOnConnect) {
      this.resumeOnConnect = false;
      this.reload();
    }
  }

  /** A removed wallet leaves its request (the shared request is cancelled when nobody else waits for it). */
  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.walletTask.status === TaskStatus.PENDING) {
      this.walletTask.abort();
      this.resumeOnConnect = true;
    }
  }

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

  private errorKind(error: unknown): ApiErrorKind {
    return isApiError(error) ? error.kind : 'server';
  }

  private handleError(error: unknown): void {
    const kind = this.errorKind(error);
    if (kind === 'aborted') return;
    if (kind === 'unauthorized' || kind === 'forbidden') this.lastGood = undefined; // personal data goes with the session
    if (kind === 'unauthorized') {
      this.authCancelled = !this.emit('llr-auth-required', { loginUrl: this.loginHref }, { cancelable: true });
    }
  }

  private get loginHref(): string | undefined {
    return hostUrl(this.config.loginUrl);
  }

  private retry(): void {
    this.focusTitleAfterLoad = true;
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

  /** stale-after-days, or 30 when it is missing or not a number. */
  private get staleDays(): number {
    return Number.isFinite(this.staleAfterDays) && this.staleAfterDays >= 0 ? Math.round(this.staleAfterDays) : 30;
  }

  private get level(): number {
    return headingLevel(this.headingLevel, 2);
  }

  /** What the views of wallet.view.ts need from the element. */
  private viewHost(): WalletHost {
    return {
      level: this.level,
      locale: this.loc,
      staleDays: this.staleDays,
      expanded: this.expanded,
      toggle: (pillar) => this.toggle(pillar),
      retryButton: () => this.retryButton(),
      wegwijzer: (text) => this.renderWegwijzer(text),
      help: () => this.renderHelp(),
    };
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const status = this.walletTask.status;
    if (this.focusTitleAfterLoad && (status === TaskStatus.COMPLETE || status === TaskStatus.ERROR)) {
      this.focusTitleAfterLoad = false;
      this.renderRoot.querySelector<HTMLElement>('#wallet-title')?.focus();
    }
  }

  protected override render() {
    this.loc = this.locale; // resolved once per render (it walks the config and the DOM)
    const status = this.walletTask.status;
    const last = this.lastGood && this.lastGood.owner === this.owner ? this.lastGood.data : undefined;
    if (status === TaskStatus.COMPLETE) return this.renderWallet(this.walletTask.value!);
    if (status === TaskStatus.ERROR && this.errorKind(this.walletTask.error) !== 'aborted') {
      const kind = this.errorKind(this.walletTask.error);
      if (kind === 'unauthorized') return this.renderLogin();
      if (last && kind !== 'forbidden') return this.renderWallet(last, this.renderRefreshError(kind, last));
      return this.renderError(kind);
    }
    return last ? this.renderWallet(last, this.loadingStatus(), true) : this.renderSkeleton();
  }

  /** The outer section with the title; `busy` sets aria-busy (the skeleton and the wallet only). */
  private frame(content: unknown, busy?: boolean, cls = ''): TemplateResult {
    return html`<section
      class="wallet ${cls}"
      part="wallet"
      aria-labelledby="wallet-title"
      aria-busy=${ifDefined(busy === undefined ? undefined : `${busy}`)}
      lang=${this.loc}
    >
      ${heading(this.level, msg('Jouw leer- en loopbaanrekening', { id: 'wallet.title' }), { id: 'wallet-title', className: 'title', focusable: true })}
      ${content}
    </section>`;
  }

  /** A loaded wallet (wallet.view.ts); `notice` (the loading status or a refresh error) follows its intro. */
  private renderWallet(data: WalletData, notice: unknown = nothing, busy = false): TemplateResult {
    return this.frame(data.ui.renderWallet(this.viewHost(), data, notice), busy);
  }

  private loadingStatus(): TemplateResult {
    return html`<p class="visually-hidden" role="status">${loadingLabel()}</p>`;
  }

  private retryButton(): TemplateResult {
    return html`<button type="button" class="button-secondary" @click=${() => this.retry()}>${retryLabel()}</button>`;
  }

  /**
   * The skeleton has the shape of what will most likely come, so the page barely moves when it arrives:
   * with a login configured (getToken or credentials), a typical wallet (intro, lapse list, two pillars of two
   * cards, referrals, help); without one, the login prompt (whose Wegwijzer and help need no data and are real).
   */
  private renderSkeleton(): TemplateResult {
    const block = (cls: string, cards = 0) => html`<div class="sk-section ${cls}">
      <div class="skeleton sk-heading"></div>
      <div class="skeleton sk-line"></div>
      ${cards ? html`<div class="cards">${Array.from({ length: cards }, () => html`<div class="skeleton sk-card"></div>`)}</div>` : nothing}
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

  private anonymousWegwijzerText(): string {
    return msg('Liever niet aanmelden? Beantwoord een paar vragen en ontdek op welke steun je recht kan hebben.', { id: 'wallet.wegwijzer-anonymous' });
  }

  /** The login prompt (wallet.view.ts, loaded before a 401 is shown; should it be missing, the offline error). */
  private renderLogin(): TemplateResult {
    const ui = views.loaded;
    return this.frame(html`
      ${ui ? ui.loginNotice(this.authCancelled ? undefined : this.loginHref, () => this.requestLogin()) : this.errorNotice('offline')}
      ${this.renderWegwijzer(this.anonymousWegwijzerText())}
      ${this.renderHelp()}
    `);
  }

  private errorNotice(kind: ApiErrorKind, more: unknown = this.retryButton()): TemplateResult {
    return html`<div class="notice error" part="notice" role="alert">
      <p>${errorMessage(kind)}</p>
      ${more}
    </div>`;
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

  /** A refresh failed: the last good data stays, under this notice. */
  private renderRefreshError(kind: ApiErrorKind, data: WalletData): TemplateResult {
    const when = data.ui.formatTimestamp(data.receivedAt, this.loc);
    return this.errorNotice(
      kind,
      html`
        <p>${msg(str`Je ziet nog de gegevens van ${when}.`, { id: 'wallet.showing-old' })}</p>
        ${this.retryButton()}
      `,
    );
  }

  private renderWegwijzer(text: string): TemplateResult | typeof nothing {
    const href = hostUrl(this.config.wegwijzerUrl);
    if (!href) return nothing;
    return html`<section class="more" aria-labelledby="more-title">
      ${heading(this.level + 1, msg('Heb je nog recht op meer?', { id: 'wallet.more-title' }), { id: 'more-title' })}
      <p>${text}</p>
      <p><a href=${href}>${msg('Naar de Wegwijzer', { id: 'wallet.wegwijzer-link' })}</a></p>
    </section>`;
  }

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
