import { type TemplateResult } from 'lit';
import { html as staticHtml, literal } from 'lit/static-html.js';
import { ifDefined } from 'lit/directives/if-defined.js';

/** Clamps a heading-level attribute to 1–6 (the fallback when missing or not a number). */
export function headingLevel(value: unknown, fallback = 2): number {
  const n = typeof value === 'number' ? value : Number.parseInt(String(value ?? ''), 10);
  return Number.isFinite(n) ? Math.min(6, Math.max(1, Math.round(n))) : fallback;
}

const HEADINGS = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/**
 * A real <h1>–<h6> at a host-chosen level (not role=heading), so reading modes and heading navigation see it.
 * `focusable` adds tabindex=-1 for focus management after a step or state change.
 */
export function heading(
  level: number,
  content: unknown,
  options: { id?: string; className?: string; part?: string; focusable?: boolean } = {},
): TemplateResult {
  const tag = HEADINGS[headingLevel(level, 2) - 1];
  return staticHtml`<${tag} id=${ifDefined(options.id)} class=${ifDefined(options.className)} part=${ifDefined(options.part)} tabindex=${ifDefined(options.focusable ? '-1' : undefined)}>${content}</${tag}>`;
}
