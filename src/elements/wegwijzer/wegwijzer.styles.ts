import { css } from 'lit';

/**
 * Styles of <llr-wegwijzer>'s frame, on top of baseStyles: the loading skeleton, the fetch error and the room the
 * wizard keeps. The question, summary and result pages bring their own (wegwijzer-steps.styles.ts, loaded with the
 * engine). One column that works from 320 px wide and at 200 % zoom (em units only).
 */
export const wegwijzerStyles = css`
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
  .notice {
    background: var(--_llr-surface);
    padding: 0.75em 1em;
    border-radius: var(--_llr-radius);
    margin: 0 0 1em;
  }
`;
