import { css } from 'lit';
import { baseStyles } from '../../shared/styles';

/**
 * The lab is a working page for analysts: a form, then wide tables (scroll sideways in their own region, with the row
 * headers kept in view) and charts that scale to the width. Colours of the chart segments have at least 3:1 contrast
 * with the background, and each is named in a legend.
 */
export const styles = [
  baseStyles,
  css`
    :host {
      container-type: inline-size;
      --_lab-gained: #1a7f37;
      --_lab-lost: #b3261e;
      --_lab-both: #8a5a00;
      --_lab-unchanged: #6b7280;
      --_lab-before: #6b7280;
      --_lab-after: var(--_llr-action);
      --_lab-used: #1a7f37;
      --_lab-lapsed: #b3261e;
      --_lab-carried: var(--_llr-action);
      --_lab-capped: #8a5a00;
      --_lab-open: #6b7280;
    }
    .lab { display: flex; flex-direction: column; gap: var(--_llr-space); }
    .lab > * { margin: 0; }
    .title { font-size: 1.6em; }
    .intro, .hint { color: var(--_llr-muted); }
    .hint { font-size: 0.9375em; margin: 0.25em 0; }
    section { display: flex; flex-direction: column; gap: 0.75em; }
    section > * { margin: 0; }
    section > button { align-self: flex-start; }
    section > :is(h2, h3, h4, h5, h6) { font-size: 1.3em; }
    section section > :is(h2, h3, h4, h5, h6) { font-size: 1.15em; }

    .form { display: flex; flex-direction: column; gap: var(--_llr-space); padding: var(--_llr-space); background: var(--_llr-surface); border: 1px solid var(--_llr-border); border-radius: var(--_llr-radius); }
    .form > * { margin: 0; }
    .field { display: flex; flex-direction: column; gap: 0.25em; max-inline-size: 40em; }
    label, legend { font-weight: 600; }
    input[type='text'], input[type='date'], select {
      font: inherit;
      min-block-size: 2.75em;
      padding: 0.4em 0.6em;
      border: 2px solid var(--_llr-text);
      border-radius: var(--_llr-radius);
      background: var(--_llr-bg);
      color: var(--_llr-text);
      max-inline-size: 100%;
    }
    input[type='text'] { inline-size: 14em; }
    input[aria-invalid='true'] { border-color: var(--_llr-error); border-width: 3px; }
    fieldset { border: 1px solid var(--_llr-border); border-radius: var(--_llr-radius); padding: 0.75em 1em; margin: 0; display: flex; flex-direction: column; gap: 0.75em; }
    .error { color: var(--_llr-error-text); font-weight: 600; margin: 0; }
    .run-error { color: var(--_llr-error-text); font-weight: 600; border-inline-start: 4px solid var(--_llr-error); padding-inline-start: 0.75em; }
    .error-summary { border: 4px solid var(--_llr-error); padding: var(--_llr-space); border-radius: var(--_llr-radius); }
    .error-summary:focus { outline: 3px solid var(--_llr-focus); outline-offset: 2px; }
    .error-summary ul { margin: 0; padding-inline-start: 1.25em; }
    .error-summary a { color: var(--_llr-error-text); font-weight: 600; }

    .kind { border-inline-start: 4px solid var(--_llr-border); padding: 0.25em 0.75em; }
    .kind p { margin: 0.25em 0; }
    .kind-planned, .kind-scenario { border-color: var(--_lab-both); background: var(--_llr-warning-bg); }
    .badge { display: inline-block; font-size: 0.875em; font-weight: 700; padding: 0.05em 0.5em; border: 1px solid currentColor; border-radius: 1em; }
    .badge-planned, .badge-scenario { background: var(--_llr-warning-bg); color: #5c3d00; }

    .edits { border: 1px solid var(--_llr-border); border-radius: var(--_llr-radius); padding: 0.5em 1em; background: var(--_llr-bg); }
    .edits > summary { cursor: pointer; font-weight: 600; min-block-size: 2.75em; display: flex; align-items: center; gap: 0.5em; }
    .params { list-style: none; margin: 0.5em 0; padding: 0; display: grid; gap: 1em 2em; grid-template-columns: minmax(0, 1fr); }
    @container (min-width: 48em) { .params { grid-template-columns: repeat(2, minmax(0, 1fr)); } }
    .param { display: flex; flex-direction: column; gap: 0.25em; }
    .param-check { display: grid; grid-template-columns: auto 1fr; gap: 0.25em 0.5em; align-items: center; }
    .param-check > .hint, .param-check > .error { grid-column: 1 / -1; }
    .param-check input { inline-size: 1.5em; block-size: 1.5em; }
    .unit, .count { font-weight: 400; color: var(--_llr-muted); }
    .actions { display: flex; gap: 0.75em; flex-wrap: wrap; }
    button:disabled { opacity: 0.6; cursor: not-allowed; }

    .progress { display: grid; grid-template-columns: 1fr auto; gap: 0.5em 1em; align-items: center; }
    .progress label { grid-column: 1 / -1; font-weight: 600; }
    progress { inline-size: 100%; block-size: 1.25em; accent-color: var(--_llr-action); }

    .results { border-block-start: 2px solid var(--_llr-border); padding-block-start: var(--_llr-space); }
    .notice { background: var(--_llr-warning-bg); padding: 0.5em 0.75em; border-radius: var(--_llr-radius); }
    .summary { display: grid; grid-template-columns: max-content 1fr; gap: 0.25em 1em; margin: 0; }
    .summary dt { font-weight: 600; }
    .summary dd { margin: 0; }
    .edited { margin: 0.25em 0 0; padding-inline-start: 1.25em; }
    .headline { font-size: 1.125em; font-weight: 600; }
    .share { display: flex; flex-direction: column; gap: 0.25em; }
    .share-row { display: flex; gap: 0.5em; flex-wrap: wrap; }
    .share-row input { flex: 1 1 20em; inline-size: auto; }

    .view { display: flex; flex-wrap: wrap; gap: var(--_llr-space); align-items: flex-end; }
    .dimensions { flex-direction: row; flex-wrap: wrap; gap: 0.5em 1.25em; }
    .dimensions legend { padding: 0 0.25em; }
    .radio { font-weight: 400; display: inline-flex; align-items: center; gap: 0.4em; min-block-size: 2.75em; }
    .radio input { inline-size: 1.25em; block-size: 1.25em; }

    .table-wrap { overflow-x: auto; max-inline-size: 100%; border: 1px solid var(--_llr-border); border-radius: var(--_llr-radius); }
    .table-wrap:focus-visible { outline: 3px solid var(--_llr-focus); }
    /* Words are not cut in two in a table (the host reset breaks anywhere): a wide table scrolls in its region. */
    table { border-collapse: collapse; inline-size: 100%; font-size: 0.9375em; overflow-wrap: normal; }
    caption { text-align: start; font-weight: 600; padding: 0.5em 0.75em; caption-side: top; }
    th, td { padding: 0.4em 0.6em; border-block-end: 1px solid var(--_llr-border); vertical-align: top; }
    thead th { text-align: end; background: var(--_llr-surface); font-weight: 600; }
    thead th:first-child { text-align: start; }
    tbody th { text-align: start; font-weight: 600; position: sticky; inset-inline-start: 0; background: var(--_llr-bg); }
    td { text-align: end; font-variant-numeric: tabular-nums; white-space: nowrap; }
    td:not(.num) { text-align: start; white-space: normal; }
    .cell-button { min-block-size: 2.25em; min-inline-size: 2.75em; padding: 0.2em 0.5em; border: 1px solid var(--_llr-action); background: var(--_llr-bg); color: var(--_llr-action); text-decoration: underline; font-variant-numeric: tabular-nums; }
    .cell-button[aria-pressed='true'] { background: var(--_llr-action); color: #fff; }
    .table-actions { margin: 0; }

    .chart { margin: 0; display: flex; flex-direction: column; gap: 0.5em; }
    .chart figcaption { font-weight: 600; }
    .chart svg { inline-size: 100%; block-size: auto; max-inline-size: 60em; font-size: 13px; }
    .chart text { fill: var(--_llr-text); }
    .chart .note { fill: var(--_llr-muted); }
    .track { fill: var(--_llr-surface); stroke: var(--_llr-border); }
    .legend { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.25em 1.25em; font-size: 0.9375em; }
    .legend li { display: inline-flex; align-items: center; gap: 0.4em; }
    .swatch { display: inline-block; inline-size: 1em; block-size: 1em; border-radius: 2px; }
    .seg-gained, .seg-used { fill: var(--_lab-gained); background: var(--_lab-gained); }
    .seg-lost, .seg-lapsed { fill: var(--_lab-lost); background: var(--_lab-lost); }
    .seg-both, .seg-capped { fill: var(--_lab-both); background: var(--_lab-both); }
    .seg-unchanged, .seg-open, .seg-before { fill: var(--_lab-unchanged); background: var(--_lab-unchanged); }
    .seg-after, .seg-carried { fill: var(--_lab-after); background: var(--_lab-after); }

    .examples { background: var(--_llr-surface); padding: var(--_llr-space); border-radius: var(--_llr-radius); border: 1px solid var(--_llr-border); }
    .examples :is(h2, h3, h4, h5, h6):focus { outline: none; }
    .examples :is(h2, h3, h4, h5, h6):focus-visible { outline: 3px solid var(--_llr-focus); }
    .example-list { margin: 0; padding-inline-start: 1.25em; display: flex; flex-direction: column; gap: var(--_llr-space); }
    .who { font-weight: 700; margin: 0 0 0.25em; }
    .situation { display: grid; grid-template-columns: minmax(10em, 22em) 1fr; gap: 0.1em 1em; margin: 0 0 0.5em; font-size: 0.9375em; }
    .situation dt { color: var(--_llr-muted); }
    .situation dd { margin: 0; }
    .sides { display: grid; grid-template-columns: minmax(0, 1fr); gap: 0.75em; }
    @container (min-width: 44em) { .sides { grid-template-columns: repeat(2, minmax(0, 1fr)); } }
    .side { background: var(--_llr-bg); border: 1px solid var(--_llr-border); border-radius: var(--_llr-radius); padding: 0.5em 0.75em; }
    .side p { margin: 0 0 0.25em; }
    .side-title { font-weight: 700; }
    .outcome-eligible { color: var(--_lab-gained); font-weight: 600; }
    .outcome-not-eligible, .outcome-not-offered { color: var(--_lab-lost); font-weight: 600; }
    .reasons { margin: 0; padding-inline-start: 1.25em; }

    .headlines { margin: 0; padding-inline-start: 1.25em; font-weight: 600; }
    .about > summary { cursor: pointer; font-weight: 600; min-block-size: 2.75em; display: flex; align-items: center; }
    .sources { margin: 0; padding-inline-start: 1.25em; font-size: 0.9375em; display: flex; flex-direction: column; gap: 0.4em; }
    .note summary { cursor: pointer; }
  `,
];
