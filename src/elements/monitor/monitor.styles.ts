import { css } from 'lit';
import { baseStyles } from '../../shared/styles';
import { chartStyles } from '../../shared/chart';

export const styles = [
  baseStyles,
  chartStyles,
  css`
    .monitor { max-inline-size: 64em; }
    .filters {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-end;
      gap: 0.75em 1em;
      padding: 1em;
      margin: 0 0 1.5em;
      background: var(--_llr-surface);
      border: 1px solid var(--_llr-border);
      border-radius: var(--_llr-radius);
    }
    .field { display: flex; flex-direction: column; gap: 0.25em; }
    .field label { font-weight: 600; }
    select, input {
      font: inherit;
      min-block-size: 2.75em;
      padding: 0.4em 0.5em;
      border: 2px solid var(--_llr-text);
      border-radius: var(--_llr-radius);
      background: var(--_llr-bg);
      color: var(--_llr-text);
    }
    .filter-error { flex-basis: 100%; color: var(--_llr-error-text); font-weight: 600; margin: 0; }
    .period { color: var(--_llr-muted); }
    section { margin: 0 0 2em; }
    .figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(11em, 1fr)); gap: 1em; margin: 0 0 1.5em; padding: 0; }
    .figures div { padding: 0.75em; border: 1px solid var(--_llr-border); border-radius: var(--_llr-radius); }
    .figures dt { color: var(--_llr-muted); }
    .figures dd { margin: 0; font-size: 1.5em; font-weight: 700; font-variant-numeric: tabular-nums; }
    .figures .note { display: block; font-size: 0.6em; font-weight: 400; color: var(--_llr-muted); }
    .hotspots {
      padding: 1em 1.25em;
      border-inline-start: 0.35em solid var(--_llr-error);
      background: var(--_llr-warning-bg);
      border-radius: var(--_llr-radius);
      margin: 0 0 1.5em;
    }
    .hotspots ol { margin: 0 0 0.75em; padding-inline-start: 1.25em; }
    .hotspots li { margin: 0 0 0.25em; }
    .key { color: var(--_llr-muted); font-size: 0.875em; }
    .csv { margin: 0 0 1em; }
    .notice { padding: 1em; border: 2px solid var(--_llr-error); border-radius: var(--_llr-radius); margin: 0 0 1em; }
    .privacy { color: var(--_llr-muted); font-size: 0.875em; max-inline-size: 48em; }
  `,
];
