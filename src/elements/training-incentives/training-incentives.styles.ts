import { css } from 'lit';
import { baseStyles } from '../../shared/styles';

/**
 * Styles of <llr-training-incentives>. The badge is one line next to a course; every state (loading,
 * anonymous, personal, nothing, quiet error) reserves the same line height so the host page never jumps.
 * Public tokens: the shared --llr-* set plus --llr-training-line-height (reserved line, default 3em).
 */
export const styles = [baseStyles, css`
  :host {
    --_llr-line: var(--llr-training-line-height, 3em);
    --_llr-badge-bg: var(--llr-training-background, var(--_llr-surface));
    --_llr-badge-border: var(--llr-training-border-color, var(--_llr-border));
    contain: layout;
  }

  .badge {
    min-height: var(--_llr-line);
    border: 1px solid var(--_llr-badge-border);
    border-left: 0.25em solid var(--_llr-money);
    border-radius: var(--_llr-radius);
    background: var(--_llr-badge-bg);
    padding: 0 0.75em;
  }
  .badge.neutral,
  .badge.quiet {
    border-left-color: var(--_llr-border);
  }
  .badge.loading {
    border-left-color: var(--_llr-border);
    display: flex;
    align-items: center;
  }

  .line {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 1em;
    min-height: calc(var(--_llr-line) - 2px);
    padding: 0;
  }
  .line > .text {
    flex: 1 1 14em;
    margin: 0;
  }

  .skeleton-line {
    display: block;
    height: 1em;
    width: min(28em, 80%);
  }

  .toggle {
    flex: 1 1 14em;
    display: flex;
    align-items: center;
    gap: 0.5em;
    min-height: 2.75em;
    margin: 0;
    padding: 0.25em 0;
    border: 0;
    background: none;
    color: var(--_llr-text);
    font: inherit;
    font-weight: 600;
    text-align: start;
  }
  .toggle:hover .summary {
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .chevron {
    flex: none;
    display: inline-block;
    width: 0.5em;
    height: 0.5em;
    margin-inline: 0.15em 0.25em;
    border-right: 2px solid currentColor;
    border-bottom: 2px solid currentColor;
    transform: rotate(-45deg);
    transition: transform 0.15s ease;
  }
  :host(:dir(rtl)) .chevron {
    transform: rotate(135deg);
  }
  .toggle[aria-expanded='true'] .chevron {
    transform: rotate(45deg);
  }
  .label {
    flex: 1 1 auto;
    min-width: 0;
  }
  .summary {
    display: inline;
  }
  .was {
    font-weight: 400;
    color: var(--_llr-muted);
  }
  .sep {
    color: var(--_llr-muted);
    font-weight: 400;
  }

  .icon {
    flex: none;
    display: inline-grid;
    place-items: center;
    width: 1.5em;
    height: 1.5em;
    border-radius: 50%;
    font-size: 0.875em;
    font-weight: 700;
    line-height: 1;
    color: #fff;
    background: var(--_llr-money);
  }
  .icon.time {
    background: var(--_llr-time);
  }
  .icon.info {
    background: var(--_llr-muted);
    font-style: italic;
    font-family: Georgia, 'Times New Roman', serif;
  }

  .more {
    /* May shrink and wrap: at 320 px a long link text ("Bekijk welke steun bij jou past") must not overflow. */
    flex: 0 1 auto;
    min-width: 0;
    display: inline-flex;
    align-items: center;
    min-height: 2.75em;
    font-weight: 600;
  }
  .quiet .text,
  .neutral .text {
    color: var(--_llr-muted);
  }

  .why {
    border-top: 1px solid var(--_llr-badge-border);
    padding: 0.75em 0 0.75em;
  }
  .why[hidden] {
    display: none;
  }
  .why ul {
    list-style: none;
    margin: 0 0 0.75em;
    padding: 0;
    display: grid;
    gap: 0.5em;
  }
  .why li {
    margin: 0;
  }
  .why ul.conditions {
    list-style: disc;
    margin: 0.25em 0 0;
    padding-inline-start: 1.25em;
    gap: 0.125em;
    color: var(--_llr-muted);
  }
  .why .name {
    font-weight: 600;
  }
  .why .pillar {
    display: inline-block;
    margin-inline-end: 0.5em;
    padding: 0 0.4em;
    border-radius: var(--_llr-radius);
    font-size: 0.875em;
    color: #fff;
    background: var(--_llr-money);
  }
  .why .pillar.time {
    background: var(--_llr-time);
  }
  .why .condition {
    display: block;
    color: var(--_llr-muted);
  }
  .why p {
    margin: 0 0 0.5em;
  }
  .why p:last-child {
    margin-bottom: 0;
  }
  llr-incentive-card {
    display: block;
  }
`];
