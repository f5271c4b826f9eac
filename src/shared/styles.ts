import { css } from 'lit';

/**
 * Shared base styles. Public tokens are --llr-* (the theming API); --_llr-* are private.
 * Defaults follow the Flemish government's identity. The typography reset on :host uses !important
 * so that hostile host CSS (e.g. `* { line-height: 3 }`, `html { font-size: 62.5% }`) cannot distort
 * the widget; hosts re-theme through the tokens instead. No rem units anywhere: they follow the host's root.
 */
export const baseStyles = css`
  :host {
    --_llr-action: var(--llr-color-action, #0055cc);
    --_llr-action-hover: var(--llr-color-action-hover, #003b8e);
    --_llr-text: var(--llr-color-text, #333332);
    --_llr-muted: var(--llr-color-muted, #545454);
    --_llr-bg: var(--llr-color-background, #ffffff);
    --_llr-surface: var(--llr-color-surface, #f7f9fc);
    --_llr-border: var(--llr-color-border, #cbd2da);
    --_llr-error: var(--llr-color-error, #d2373c);
    --_llr-error-text: var(--llr-color-error-text, #a7191e);
    --_llr-warning-bg: var(--llr-color-warning-background, #fff8d6);
    --_llr-money: var(--llr-color-money, #0a6e5b);
    --_llr-time: var(--llr-color-time, #6b3fa0);
    --_llr-focus: var(--llr-color-focus, #0055cc);
    --_llr-radius: var(--llr-radius, 0.25em);
    --_llr-space: var(--llr-space, 1em);
    display: block;
    box-sizing: border-box !important;
    font-family: var(--llr-font-family, 'Flanders Art Sans', system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif) !important;
    font-size: var(--llr-font-size, 16px) !important;
    font-weight: 400 !important;
    font-style: normal !important;
    line-height: 1.5 !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    text-align: start !important;
    text-transform: none !important;
    text-indent: 0 !important;
    white-space: normal !important;
    color: var(--_llr-text) !important;
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  h1, h2, h3, h4, h5, h6 {
    font-weight: 700;
    line-height: 1.25;
    margin: 0 0 0.5em;
  }
  p { margin: 0 0 0.75em; }
  a {
    color: var(--_llr-action);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  a:hover { color: var(--_llr-action-hover); }
  :focus-visible {
    outline: 3px solid var(--_llr-focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px; height: 1px; padding: 0; margin: -1px;
    overflow: hidden; clip: rect(0, 0, 0, 0); white-space: nowrap; border: 0;
  }
  button {
    font: inherit;
    line-height: 1.25;
    min-height: 2.75em;
    min-width: 2.75em;
    padding: 0.5em 1em;
    border-radius: var(--_llr-radius);
    cursor: pointer;
  }
  .button-primary {
    background: var(--_llr-action);
    color: #fff;
    border: 2px solid var(--_llr-action);
    font-weight: 600;
  }
  .button-primary:hover { background: var(--_llr-action-hover); border-color: var(--_llr-action-hover); }
  .button-secondary {
    background: var(--_llr-bg);
    color: var(--_llr-action);
    border: 2px solid var(--_llr-action);
  }
  .skeleton {
    background: linear-gradient(90deg, #eef1f5 0%, #e2e7ee 50%, #eef1f5 100%);
    border-radius: var(--_llr-radius);
    animation: llr-shimmer 1.4s ease-in-out infinite;
  }
  @keyframes llr-shimmer {
    0% { opacity: 1; } 50% { opacity: 0.55; } 100% { opacity: 1; }
  }
  @media (prefers-reduced-motion: reduce) {
    *, *::before, *::after { animation: none !important; transition: none !important; }
  }
`;
