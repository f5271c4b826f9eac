import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg } from '@lit/localize';

/**
 * A link that opens in a new window (without access to this page), with a screen-reader hint saying so (WCAG
 * 3.2.5 advice: warn before a new window). `href` must already be checked: httpsUrl() or hostUrl().
 */
export const newWindowLink = (href: string, label: unknown, options: { part?: string; className?: string; onClick?: () => void } = {}): TemplateResult =>
  html`<a href=${href} class=${ifDefined(options.className)} part=${ifDefined(options.part)} target="_blank" rel="noopener noreferrer" @click=${ifDefined(options.onClick)}>${label}<span class="visually-hidden"> ${msg('(opent in een nieuw venster)', { id: 'common.new-window' })}</span></a>`;
