import { css } from 'lit';
import { baseStyles } from '../../shared/styles';

/**
 * The card is one column at every width (it sits in lists and badges); everything is in em so it follows
 * --llr-font-size, and the skeleton uses the same line boxes as the loaded card so data arriving does not
 * move the page.
 */
export const styles = [
  baseStyles,
  css`
    :host {
      --_llr-accent: var(--_llr-action);
      min-inline-size: 0;
      container-type: inline-size;
    }
    .card {
      display: flex;
      flex-direction: column;
      gap: 0.5em;
      block-size: 100%;
      padding: var(--_llr-space);
      border: 1px solid var(--_llr-border);
      border-inline-start: 0.375em solid var(--_llr-accent);
      border-radius: var(--_llr-radius);
      background: var(--_llr-bg);
    }
    .card > * { margin: 0; }
    .card.money { --_llr-accent: var(--_llr-money); }
    .card.time { --_llr-accent: var(--_llr-time); }
    .card.referral { --_llr-accent: var(--_llr-muted); }
    .card.compact { padding: 0.75em; gap: 0.25em; }

    .pillar {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 0.25em 0.75em;
      font-size: 0.875em;
      line-height: 1.5;
      min-block-size: 1.5em;
    }
    .pillar-label {
      display: inline-flex;
      align-items: center;
      gap: 0.375em;
      font-weight: 600;
      color: var(--_llr-accent);
    }
    .provider { color: var(--_llr-muted); }
    .icon { inline-size: 1.25em; block-size: 1.25em; flex: none; }

    .title { font-size: 1.25em; }
    .compact .title { font-size: 1.0625em; }

    .balance { display: flex; flex-direction: column; gap: 0.375em; }
    .amount { font-size: 1.125em; font-weight: 700; line-height: 1.4; }
    .compact .amount { font-size: 1em; }
    .meter {
      block-size: 0.75em;
      border: 1px solid var(--_llr-muted);
      border-radius: 0.375em;
      background: var(--_llr-surface);
      overflow: hidden;
    }
    .meter-fill {
      block-size: 100%;
      background: var(--_llr-accent);
    }
    .balance p { margin: 0; }
    .status { font-weight: 600; color: var(--_llr-muted); }
    .not-usable { color: var(--_llr-text); background: var(--_llr-warning-bg); border-radius: var(--_llr-radius); padding: 0.5em 0.75em; }
    .not-usable ul { margin: 0.25em 0 0; padding-left: 1.25em; font-weight: 400; }
    .inactive .meter-fill { background: var(--_llr-muted); }

    .facts {
      display: grid;
      gap: 0.25em;
      font-size: 0.9375em;
    }
    .facts > div { display: grid; grid-template-columns: minmax(5.5em, max-content) 1fr; gap: 0.5em; }
    .facts dt { font-weight: 600; }
    .facts dd { margin: 0; }
    .stale-note {
      display: block;
      margin-block-start: 0.25em;
      padding: 0.125em 0.5em;
      background: var(--_llr-warning-bg);
      border-inline-start: 0.25em solid currentColor;
    }

    .how { border-block-start: 1px solid var(--_llr-border); padding-block-start: 0.5em; margin-block-start: auto; }
    /* The native disclosure triangle; a 2.75em touch target. */
    .how summary { cursor: pointer; color: var(--_llr-action); font-weight: 600; padding-block: 0.625em; }
    .how summary:hover { color: var(--_llr-action-hover); text-decoration: underline; }
    .steps { margin: 0.25em 0 0.75em; padding-inline-start: 1.5em; }
    .steps li + li { margin-block-start: 0.25em; }
    .links { margin: 0 0 0.75em; padding-inline-start: 1.25em; }
    .apply { margin: 0 0 0.5em; }
    .apply a { font-weight: 600; }
    .legal { font-size: 0.875em; color: var(--_llr-muted); margin: 0; }
    .compact .apply { margin: 0.25em 0 0; }

    .failed { border-inline-start-color: var(--_llr-error); gap: 0.75em; align-items: flex-start; }
    .error-text { color: var(--_llr-error-text); }

    /* Skeleton: the same boxes as the loaded card (narrow widths wrap to more lines), so nothing moves. */
    .sk-pillar { block-size: 1.3125em; inline-size: 45%; }
    .card:not(.compact) .sk-pillar { block-size: 2.84375em; }
    .sk-title { block-size: 1.5625em; inline-size: 70%; }
    .compact .sk-title { block-size: 1.33em; }
    .sk-lines {
      --_llr-lines: 3;
      block-size: calc(var(--_llr-lines) * 1.5em);
      background: repeating-linear-gradient(to bottom, #e2e7ee 0 1.1em, transparent 1.1em 1.5em);
      border-radius: var(--_llr-radius);
      animation: llr-shimmer 1.4s ease-in-out infinite;
    }
    .compact .sk-summary { --_llr-lines: 4; }
    .sk-link { --_llr-lines: 2; inline-size: 80%; }
    .sk-facts { --_llr-lines: 4.75; }
    .sk-amount { block-size: 1.575em; inline-size: 55%; }
    .sk-meter { block-size: 0.75em; }
    .sk-period { --_llr-lines: 2; inline-size: 80%; }
    .sk-details { block-size: 3.3125em; }
    @container (min-width: 30em) {
      .card:not(.compact) .sk-pillar { block-size: 1.3125em; }
      .sk-summary, .compact .sk-summary { --_llr-lines: 2; }
      .sk-link, .sk-period { --_llr-lines: 1; }
      .sk-facts { --_llr-lines: 2.5; }
    }
    /* A card as wide as a page column: a summary (70 to 160 characters in the catalogue) mostly fits one line. */
    @container (min-width: 60em) {
      .card:not(.compact) .sk-summary { --_llr-lines: 1; }
    }

    @media (forced-colors: active) {
      .card { border-inline-start-color: CanvasText; }
      .meter { border-color: CanvasText; }
      .meter-fill { background: CanvasText; forced-color-adjust: none; }
      .skeleton { background: GrayText; }
      .sk-lines { background: repeating-linear-gradient(to bottom, GrayText 0 1.1em, transparent 1.1em 1.5em); }
    }
  `,
];
