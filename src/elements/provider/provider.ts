import { LitElement, html, css, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import { configContext, ownConfig } from '../../shared/config';

/**
 * Provides configuration to every LLR element inside it (API base, language, auth, URLs),
 * so a host sets them once. Renders its children only.
 *
 * @tag llr-provider
 * @slot - the LLR elements (and anything else)
 */
export class LlrProvider extends LitElement {
  static override styles = css`:host { display: contents; }`;

  /** Base URL of the LLR API, for every element inside. */
  @property({ attribute: 'api-base' }) apiBase?: string;
  /** Language of every element inside ("nl", "en", "fr"), unless an element sets its own. */
  @property() override lang = '';
  /** Cookie mode for the API ("include" for cross-origin cookie sessions). */
  @property() credentials?: RequestCredentials;
  /** Returns the citizen's access token (or null when anonymous). Set as a property; never logged, never put in events. */
  @property({ attribute: false }) getToken?: () => string | null | Promise<string | null>;
  /** Where the citizen's personal wallet lives (https or same-site). */
  @property({ attribute: 'wallet-url' }) walletUrl?: string;
  /** Where the Wegwijzer lives (https or same-site). */
  @property({ attribute: 'wegwijzer-url' }) wegwijzerUrl?: string;
  /** Where a citizen logs in (https or same-site). */
  @property({ attribute: 'login-url' }) loginUrl?: string;

  private readonly provider = new ContextProvider(this, { context: configContext, initialValue: {} });

  protected override willUpdate(_changed: PropertyValues<this>): void {
    this.provider.setValue(ownConfig(this), true);
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
