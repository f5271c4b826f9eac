import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/** A heading level from the host's attribute, clamped to 1–6 (default 2). */
export function level(value: unknown, fallback = 2): number {
  const n = typeof value === 'number' ? value : Number.parseInt(String(value ?? ''), 10);
  return Number.isFinite(n) ? Math.min(6, Math.max(1, Math.round(n))) : fallback;
}

/** A real <h1>–<h6> (not role=heading), so heading navigation sees it; `focusable` adds tabindex=-1 for focus management. */
export function heading(n: number, content: unknown, options: { id?: string; className?: string; focusable?: boolean } = {}): TemplateResult {
  const id = ifDefined(options.id);
  const cls = ifDefined(options.className);
  const tabindex = ifDefined(options.focusable ? '-1' : undefined);
  switch (level(n)) {
    case 1:
      return html`<h1 id=${id} class=${cls} tabindex=${tabindex}>${content}</h1>`;
    case 2:
      return html`<h2 id=${id} class=${cls} tabindex=${tabindex}>${content}</h2>`;
    case 3:
      return html`<h3 id=${id} class=${cls} tabindex=${tabindex}>${content}</h3>`;
    case 4:
      return html`<h4 id=${id} class=${cls} tabindex=${tabindex}>${content}</h4>`;
    case 5:
      return html`<h5 id=${id} class=${cls} tabindex=${tabindex}>${content}</h5>`;
    default:
      return html`<h6 id=${id} class=${cls} tabindex=${tabindex}>${content}</h6>`;
  }
}
