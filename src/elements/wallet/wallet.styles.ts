import { css } from 'lit';
import { baseStyles } from '../../shared/styles';

/** One column at 320 px; two card columns from about 40em of available width (container query, not viewport). */
export const styles = [
  baseStyles,
  css`
    :host { container-type: inline-size; }
    .wallet { display: flex; flex-direction: column; gap: calc(var(--_llr-space) * 1.5); }
    .wallet > * { margin: 0; }
    .title { font-size: 1.5em; }
    .title:focus { outline: none; }
    .title:focus-visible { outline: 3px solid var(--_llr-focus); outline-offset: 2px; }
    .intro { color: var(--_llr-muted); }
    section > :is(h1, h2, h3, h4, h5, h6) { font-size: 1.25em; }
    .wallet > section { display: flex; flex-direction: column; gap: 0.5em; }
    .wallet > section > * { margin: 0; }

    .cards {
      list-style: none;
      margin: 0.5em 0 0;
      padding: 0;
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: var(--_llr-space);
    }
    .cards > li {
      min-inline-size: 0;
    }
    /* Cards after the first eight of a list skip layout and paint until scrolled near (large wallets stay fast).
       Not the first ones: content-visibility lays a card out at its placeholder size first, and a card in view
       would then jump to its real size (layout shift). */
    .cards > li:nth-child(n + 9) {
      content-visibility: auto;
      contain-intrinsic-size: auto 22em;
    }
    @container (min-width: 40em) {
      .cards { grid-template-columns: repeat(2, minmax(0, 1fr)); }
    }

    .notice {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      gap: 0.5em;
      padding: 0.75em 1em;
      border: 1px solid var(--_llr-border);
      border-inline-start: 0.375em solid var(--_llr-action);
      border-radius: var(--_llr-radius);
      background: var(--_llr-surface);
    }
    .notice > * { margin: 0; }
    .notice ul { padding-inline-start: 1.25em; }
    .notice.error { border-inline-start-color: var(--_llr-error); }
    .notice.error > p:first-child { color: var(--_llr-error-text); font-weight: 600; }
    .notice.partial, .notice.stale { border-inline-start-color: #8a6d00; background: var(--_llr-warning-bg); }
    a.button-primary {
      display: inline-flex;
      align-items: center;
      min-block-size: 2.75em;
      padding: 0.5em 1em;
      border-radius: var(--_llr-radius);
      text-decoration: none;
    }
    a.button-primary:hover { color: #fff; }

    .lapsing {
      padding: 1em;
      border-radius: var(--_llr-radius);
      background: var(--_llr-surface);
      border: 1px solid var(--_llr-border);
    }
    .lapse-list { list-style: none; padding: 0; display: grid; gap: 0.5em; }
    .lapse-list li {
      display: flex;
      flex-direction: column;
      padding-inline-start: 0.75em;
      border-inline-start: 0.25em solid var(--_llr-action);
    }
    .lapse-name { font-weight: 700; }

    .notice.issues { border-inline-start-color: var(--_llr-border); }

    .upcoming-list { list-style: none; padding: 0; display: grid; gap: 0.75em; }
    .upcoming-list li {
      padding: 0.75em 1em;
      border-radius: var(--_llr-radius);
      border: 1px solid var(--_llr-border);
    }
    .upcoming-list li.planned { border-style: dashed; background: var(--_llr-surface); }
    .upcoming-list p { margin: 0; }
    .upcoming-list .planned { font-style: italic; }
    .upcoming-list .source { font-size: 0.9375em; margin-block-start: 0.25em; }

    .history-group { border-block-end: 1px solid var(--_llr-border); padding-block: 0.5em; }
    .history-group summary { cursor: pointer; font-weight: 600; color: var(--_llr-action); min-block-size: 1.5em; }
    .history table { border-collapse: collapse; inline-size: 100%; margin-block: 0.5em; font-size: 0.9375em; }
    .history th, .history td { text-align: start; padding: 0.25em 0.5em 0.25em 0; border-block-end: 1px solid var(--_llr-border); }
    .history .number { text-align: end; white-space: nowrap; }
    .history tr.lapse td { color: var(--_llr-muted); }

    .show-all { align-self: flex-start; margin-block-start: 0.5em; }
    .empty { padding: 1em; border: 1px solid var(--_llr-border); border-radius: var(--_llr-radius); }
    .help-list { padding-inline-start: 1.25em; display: grid; gap: 0.25em; }
    .help-list a, .more a { font-weight: 600; }

    /* Skeleton: the space of a typical wallet (measured on the most common one, a private-sector employee with
       cheques and training leave: 1814 px at 1024 px wide, 3661 px at 360 px), or of the login prompt (see
       renderSkeleton), so that what is below the wallet barely moves when the data arrives. */
    .sk-intro { block-size: 4.5em; inline-size: 90%; }
    .sk-lapsing { block-size: 22.1875em; }
    .sk-section { display: flex; flex-direction: column; gap: 0.5em; }
    .sk-heading { block-size: 1.5625em; inline-size: 50%; }
    .sk-line { block-size: 1.5em; inline-size: 85%; }
    .sk-card { block-size: 30.625em; }
    .sk-referrals .sk-card { block-size: 15.375em; }
    .sk-more { min-block-size: 7em; }
    .sk-help { min-block-size: 10.5625em; }
    .sk-login { block-size: 9.375em; }
    @container (min-width: 40em) {
      .sk-intro { block-size: 1.5em; }
      .sk-lapsing { block-size: 16.1875em; }
      .sk-card { block-size: 22.3125em; }
      .sk-referrals .sk-card { block-size: 10.3125em; }
      .sk-more { min-block-size: 5.5625em; }
      .sk-help { min-block-size: 9.0625em; }
      .sk-login { block-size: 6.375em; }
    }

    @media (forced-colors: active) {
      .notice, .lapsing, .empty, .upcoming-list li { border-color: CanvasText; }
      .lapse-list li { border-inline-start-color: CanvasText; }
    }
  `,
];
