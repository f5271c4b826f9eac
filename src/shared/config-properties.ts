import type { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { LlrConfig } from './config';

// A mixin's base constructor must take `any[]` (TypeScript's rule for mixin classes).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type LitConstructor = new (...args: any[]) => LitElement;

/** What the mixin adds (declared apart, as Lit's mixin guide does, so type declarations can be emitted). */
export declare class ConfigPropertiesElement implements LlrConfig {
  apiBase?: string;
  lang: string;
  credentials?: RequestCredentials;
  getToken?: () => string | null | Promise<string | null>;
  walletUrl?: string;
  wegwijzerUrl?: string;
  loginUrl?: string;
  usageHost?: string;
}

/**
 * The configuration a host can set on an element or on <llr-provider> (attribute or property), declared once for
 * both. An element's own value wins over its provider's, which wins over the embed script's `data-*`
 * (src/shared/config.ts: resolveConfig).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function ConfigProperties<T extends LitConstructor>(Base: T): T & (new (...args: any[]) => ConfigPropertiesElement) {
  class WithConfig extends Base implements LlrConfig {
    /** Base URL of the LLR API, e.g. "https://api.example.be/llr/v1". */
    @property({ attribute: 'api-base' }) apiBase?: string;
    /**
     * Language ("nl", "en", "fr", "de"); otherwise the closest [lang] ancestor, then <html lang>, then nl. Not reflected:
     * reflecting would write lang="" ("language unknown") on every element the host gave no lang, and costs a
     * setAttribute per element (measured: a fifth of the wallet's render time with 50 cards).
     */
    @property() override lang = '';
    /** Cookie mode for the API ("include" for cross-origin cookie sessions). */
    @property() credentials?: RequestCredentials;
    /** Returns the citizen's access token (or null when anonymous). Set as a property; never logged, never put in events. */
    @property({ attribute: false }) getToken?: () => string | null | Promise<string | null>;
    /** Where the citizen's personal wallet lives (https or same-site), e.g. on Mijn Burgerprofiel. */
    @property({ attribute: 'wallet-url' }) walletUrl?: string;
    /** Where the Wegwijzer lives (https or same-site). */
    @property({ attribute: 'wegwijzer-url' }) wegwijzerUrl?: string;
    /** Where a citizen logs in (https or same-site). */
    @property({ attribute: 'login-url' }) loginUrl?: string;
    /** The host's name for anonymous usage signals (e.g. "burgerprofiel"; never a URL): elements with `usage-events` send only with it. */
    @property({ attribute: 'usage-host' }) usageHost?: string;
  }
  return WithConfig;
}
