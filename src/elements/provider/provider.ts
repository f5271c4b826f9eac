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

  @property({ attribute: 'api-base' }) apiBase?: string;
  @property() override lang = '';
  @property() credentials?: RequestCredentials;
  @property({ attribute: false }) getToken?: () => string | null | Promise<string | null>;
  @property({ attribute: 'wallet-url' }) walletUrl?: string;
  @property({ attribute: 'wegwijzer-url' }) wegwijzerUrl?: string;
  @property({ attribute: 'login-url' }) loginUrl?: string;

  private readonly provider = new ContextProvider(this, { context: configContext, initialValue: {} });

  protected override willUpdate(_changed: PropertyValues<this>): void {
    this.provider.setValue(ownConfig(this), true);
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
