import { LitElement, html, css, type PropertyValues, type TemplateResult } from 'lit';
import { ContextProvider } from '@lit/context';
import { configContext, ownConfig } from '../../shared/config';
import { ConfigProperties } from '../../shared/config-properties';

/**
 * Provides configuration to every LLR element inside it (API base, language, auth, URLs),
 * so a host sets them once. Renders its children only.
 *
 * @tag llr-provider
 * @slot - the LLR elements (and anything else)
 */
export class LlrProvider extends ConfigProperties(LitElement) {
  static override styles = css`:host { display: contents; }`;

  private readonly provider = new ContextProvider(this, { context: configContext, initialValue: {} });

  protected override willUpdate(_changed: PropertyValues<this>): void {
    this.provider.setValue(ownConfig(this), true);
  }

  protected override render(): TemplateResult {
    return html`<slot></slot>`;
  }
}
