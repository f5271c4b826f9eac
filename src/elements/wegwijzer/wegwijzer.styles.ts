import { css } from 'lit';
import { baseStyles } from '../../shared/styles';

/**
 * Styles of <llr-wegwijzer>, on top of baseStyles: the frame, the loading skeleton and the fetch error, then the
 * question, summary and result pages (GOV.UK-like: large tap targets, a clear error state). One column that works
 * from 320 px wide and at 200 % zoom (em units only).
 */
export const styles = [baseStyles, css`
  :host {
    max-width: 46em;
  }
  .step-heading {
    font-size: 1.5em;
    margin: 0 0 0.5em;
  }
  /* Focus is moved to the heading so screen readers announce the new step; it is not a control, so (as on
     GOV.UK) it shows no focus ring. */
  .step-heading:focus,
  .step-heading:focus-visible {
    outline: none;
  }
  .privacy {
    color: var(--_llr-muted);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em 1em;
    align-items: center;
    margin: 0 0 1em;
  }
  /* Shaped like the first question (intro, caption, heading, hint, six options, button), so the page does
     not shift when it arrives. */
  .loading {
    display: grid;
    gap: 0.5em;
    align-content: start;
  }
  /* The skeleton and every step keep at least the first question's height, so nothing below the Wegwijzer moves
     when the questions arrive (measured: 460 px at 1024 px wide, 604 px at 360 px). */
  .loading,
  .wizard {
    min-height: 28.75em;
  }
  @media (max-width: 40em) {
    .loading,
    .wizard {
      min-height: 37.75em;
    }
  }
  .loading .skeleton {
    height: 1.5em;
  }
  .loading .skeleton.intro {
    height: 4.5em;
    margin-bottom: 0.75em;
  }
  .loading .skeleton.caption {
    width: 5em;
  }
  .loading .skeleton.wide {
    height: 2em;
    width: 70%;
  }
  .loading .skeleton.option {
    width: 60%;
    height: 1.25em;
  }
  .loading .skeleton.button {
    width: 7em;
    height: 2.75em;
    margin-top: 0.75em;
  }
  .fetch-error {
    border-left: 5px solid var(--_llr-error);
    padding: 0.5em 0 0.5em 1em;
    margin: 0 0 1em;
  }
  /* The question, summary and result pages. */
  .caption {
    display: block;
    color: var(--_llr-muted);
    font-size: 1em;
    margin: 0 0 0.25em;
  }
  .intro {
    margin: 0 0 1em;
  }
  fieldset {
    border: 0;
    margin: 0 0 1.5em;
    padding: 0;
    min-width: 0;
  }
  legend {
    padding: 0;
    max-width: 100%;
    white-space: normal;
  }
  .hint {
    display: block;
    color: var(--_llr-muted);
    margin: 0 0 1em;
  }
  .field {
    padding: 0;
  }
  .field.has-error {
    border-left: 5px solid var(--_llr-error);
    padding-left: 0.9em;
  }
  .error-message {
    display: block;
    color: var(--_llr-error-text);
    font-weight: 700;
    margin: 0 0 0.75em;
  }
  .options {
    display: grid;
    gap: 0.5em;
  }
  .option {
    display: flex;
    align-items: flex-start;
    gap: 0.6em;
  }
  .option input {
    flex: none;
    width: 1.5em;
    height: 1.5em;
    margin: 0.1em 0 0;
    accent-color: var(--_llr-action);
    cursor: pointer;
  }
  .option label {
    cursor: pointer;
    padding: 0.05em 0;
    min-height: 1.5em;
  }
  .or {
    margin: 0.75em 0 0.25em;
    color: var(--_llr-muted);
  }
  input[type='text'] {
    font: inherit;
    line-height: 1.25;
    width: 7em;
    max-width: 100%;
    min-height: 2.5em;
    padding: 0.3em 0.5em;
    border: 2px solid var(--_llr-text);
    border-radius: 0;
    color: var(--_llr-text);
    background: var(--_llr-bg);
  }
  input[type='text'][aria-invalid='true'] {
    border-color: var(--_llr-error);
  }
  input[type='text']:focus-visible {
    outline: 3px solid var(--_llr-focus);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px;
  }
  .suffix {
    margin-left: 0.5em;
  }
  details {
    margin: 0 0 1.5em;
  }
  summary {
    color: var(--_llr-action);
    cursor: pointer;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  details > div {
    border-left: 5px solid var(--_llr-border);
    padding: 0.5em 0 0.5em 1em;
    margin-top: 0.5em;
  }
  .button-link {
    background: none;
    border: 0;
    padding: 0.25em 0;
    min-width: 0;
    min-height: 2.75em;
    color: var(--_llr-action);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    font-weight: 400;
  }
  .button-link:hover {
    color: var(--_llr-action-hover);
  }
  .error-summary {
    border: 5px solid var(--_llr-error);
    padding: 1em;
    margin: 0 0 1.5em;
  }
  .error-summary:focus {
    outline: 3px solid var(--_llr-focus);
    outline-offset: 0;
  }
  .error-summary h2,
  .error-summary h3,
  .error-summary h4,
  .error-summary h5,
  .error-summary h6,
  .error-summary .error-title {
    font-size: 1.25em;
    margin: 0 0 0.5em;
  }
  .error-summary ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .error-summary a {
    color: var(--_llr-error-text);
    font-weight: 700;
  }
  .check-answers {
    margin: 0 0 1.5em;
    border-top: 1px solid var(--_llr-border);
  }
  .check-answers > div {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.25em 1em;
    padding: 0.75em 0;
    border-bottom: 1px solid var(--_llr-border);
  }
  @media (min-width: 40em) {
    .check-answers > div {
      grid-template-columns: minmax(0, 5fr) minmax(0, 4fr) auto;
      align-items: baseline;
    }
  }
  .check-answers dt {
    font-weight: 700;
  }
  .check-answers dd {
    margin: 0;
  }
  .result-section {
    margin: 0 0 2em;
  }
  .pillar {
    margin: 0 0 1.5em;
  }
  .pillar-title {
    display: flex;
    align-items: center;
    gap: 0.5em;
  }
  .pillar-title::before {
    content: '';
    flex: none;
    width: 0.75em;
    height: 0.75em;
    border-radius: 50%;
    background: var(--_llr-pillar, var(--_llr-action));
  }
  .pillar.money {
    --_llr-pillar: var(--_llr-money);
  }
  .pillar.time {
    --_llr-pillar: var(--_llr-time);
  }
  .items {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 1em;
  }
  .item {
    border: 1px solid var(--_llr-border);
    border-left: 5px solid var(--_llr-pillar, var(--_llr-border));
    border-radius: var(--_llr-radius);
    padding: 1em;
    background: var(--_llr-bg);
  }
  /* The card sits inside our item box: one box, not two. */
  .item llr-incentive-card::part(card) {
    border: 0;
    box-shadow: none;
    padding: 0;
    margin: 0;
    background: transparent;
  }
  .item details {
    margin: 0 0 0.5em;
  }
  .item.maybe {
    border-left-color: #b58a00;
    background: var(--_llr-warning-bg);
  }
  .item.no {
    border-left-color: var(--_llr-muted);
    background: var(--_llr-surface);
  }
  .item-title {
    font-size: 1.125em;
    margin: 0 0 0.25em;
  }
  .amount {
    font-weight: 700;
    font-size: 1.125em;
    margin: 0 0 0.5em;
  }
  .why {
    margin: 0.5em 0 0;
    padding-left: 1.25em;
  }
  .why li {
    margin: 0 0 0.25em;
  }
  .label {
    font-weight: 700;
    margin: 0.5em 0 0.25em;
  }
  .next-steps {
    background: var(--_llr-surface);
    border-radius: var(--_llr-radius);
    padding: 1em;
    margin: 0 0 1.5em;
  }
  @media (forced-colors: active) {
    .pillar-title::before {
      forced-color-adjust: none;
      background: CanvasText;
    }
  }
`];
