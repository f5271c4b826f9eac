import { LitElement, type PropertyValues } from 'lit';
import { ContextConsumer, ContextRoot } from '@lit/context';
import { createApiClient, type ApiClient } from '../api';
import { resolveLang, type Lang } from '../domain/lang';
import { configContext, ownConfig, resolveConfig, type ResolvedConfig } from './config';
import { ConfigProperties } from './config-properties';
import { closestLang } from './lang';
import { useLocale } from '../i18n/localization';

/**
 * A provider that is defined after elements inside it already asked for their configuration (a single-page app
 * that adds `<llr-provider>` later, or a page whose provider code arrives last) still reaches them: the context
 * root keeps unanswered requests and replays them when a provider appears. Once per page, for every copy.
 */
const CONTEXT_ROOT = Symbol.for('llr:context-root');
const pageGlobals = globalThis as typeof globalThis & { [CONTEXT_ROOT]?: ContextRoot };
if (typeof document !== 'undefined' && !pageGlobals[CONTEXT_ROOT]) {
  pageGlobals[CONTEXT_ROOT] = new ContextRoot();
  pageGlobals[CONTEXT_ROOT].attach(document.documentElement);
}

/**
 * Base class of every LLR element: configuration (attribute → provider → embed script → default),
 * language resolution, one API client per configuration, and typed composed events.
 * Subclasses add @localized() BELOW their other class decorators.
 *
 * The theming tokens (src/shared/styles.ts) apply to every element; defaults are the Flemish government's.
 * @cssprop --llr-color-action - links, buttons and the focus ring (default #0055cc)
 * @cssprop --llr-color-action-hover - links and buttons on hover
 * @cssprop --llr-color-text - body text (default #333332)
 * @cssprop --llr-color-muted - hints, captions and secondary text
 * @cssprop --llr-color-background - the element's background
 * @cssprop --llr-color-surface - background of notices and panels
 * @cssprop --llr-color-border - borders
 * @cssprop --llr-color-error - the border of errors
 * @cssprop --llr-color-error-text - the text of errors
 * @cssprop --llr-color-warning-background - background of warnings (partial or old data, "maybe")
 * @cssprop --llr-color-money - accent of the money pillar
 * @cssprop --llr-color-time - accent of the time pillar
 * @cssprop --llr-color-focus - the focus ring
 * @cssprop --llr-font-family - the typeface (the host's own, e.g. Flanders Art Sans; never loaded by us)
 * @cssprop --llr-font-size - the size every em is relative to (default 16px; never rem)
 * @cssprop --llr-radius - corner radius
 * @cssprop --llr-space - the base spacing
 */
export class LlrElement extends ConfigProperties(LitElement) {
  private readonly configConsumer = new ContextConsumer(this, {
    context: configContext,
    subscribe: true,
    callback: () => this.requestUpdate(),
  });

  private clientKey = '';
  private clientCache?: ApiClient;

  /** The language this element renders in: its lang, the provider's or script's, the closest [lang], <html lang>, nl. */
  protected get locale(): Lang {
    return resolveLang(this.lang || this.config.lang || (this.parentNode ? closestLang(this) : null) || document.documentElement.lang);
  }

  protected get config(): ResolvedConfig {
    return resolveConfig(ownConfig(this), this.configConsumer.value);
  }

  /** One client per distinct configuration; the client itself shares in-flight requests page-wide. */
  protected get api(): ApiClient {
    const c = this.config;
    // The token function is compared by identity below.
    const key = [c.apiBase, c.credentials ?? '', this.locale].join('|');
    if (!this.clientCache || key !== this.clientKey || this.clientTokenFn !== c.getToken) {
      this.clientKey = key;
      this.clientTokenFn = c.getToken;
      this.clientCache = createApiClient({
        baseUrl: c.apiBase,
        lang: this.locale,
        getToken: c.getToken,
        credentials: c.credentials,
      });
    }
    return this.clientCache;
  }
  private clientTokenFn?: ResolvedConfig['getToken'];

  override connectedCallback(): void {
    super.connectedCallback();
    void useLocale(this.locale);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('lang')) void useLocale(this.locale);
  }

  /** Dispatches a typed, bubbling, composed event. Returns false when a cancelable event was cancelled. */
  protected emit<K extends LlrEventName>(type: K, detail: LlrEventDetail<K>, options: { cancelable?: boolean } = {}): boolean {
    return dispatch(this, type, detail, options.cancelable ?? false);
  }
}

/** (Outside the class, so the manifest lists each element's own events, documented with @fires, not a generic one.) */
function dispatch(target: EventTarget, type: string, detail: unknown, cancelable: boolean): boolean {
  return target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable }));
}

/**
 * Our events. Each element declares its own once, in an `Llr…EventMap` interface that it adds to the global
 * `GlobalEventHandlersEventMap` (so a host's `addEventListener('llr-wallet-load', …)` is typed); `emit` reads them
 * from there.
 */
export type LlrEventName = Extract<keyof GlobalEventHandlersEventMap, `llr-${string}`>;
export type LlrEventDetail<K extends LlrEventName> = GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never;
