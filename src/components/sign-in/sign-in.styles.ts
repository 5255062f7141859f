import { css } from 'lit';

/**
 * Styles of `<appt-sign-in>`; shared tokens and helpers come first in `static styles`. Fields
 * take the full width; narrow, the buttons stack full width, and from 28em wide they sit on one
 * line. Inputs and buttons are at least `--_appt-target` (44px) high.
 */
export const signInStyles = css`
  .base {
    --_appt-panel: var(--appt-sign-in-background, var(--_appt-surface));
    --_appt-panel-border: var(--appt-sign-in-border-color, var(--_appt-border));
    --_appt-input-background: var(--appt-sign-in-input-background, var(--_appt-surface));

    container: appt-sign-in / inline-size;
  }

  .form,
  .signed-in {
    display: flex;
    flex-direction: column;
    gap: var(--_appt-space);
    min-inline-size: 0;
    padding: calc(var(--_appt-space) * 1.25);
    border: 1px solid var(--_appt-panel-border);
    border-radius: var(--_appt-radius);
    background: var(--_appt-panel);
  }

  .title {
    margin: 0;
    font-size: 1.125em;
    font-weight: 650;
    line-height: 1.4;
  }

  .intro {
    margin: 0;
    margin-block-start: calc(var(--_appt-space) * -0.5);
    color: var(--_appt-muted);
    overflow-wrap: anywhere;
  }

  .field {
    display: flex;
    flex-direction: column;
    gap: 0.375em;
    min-inline-size: 0;
  }

  .label {
    font-weight: 600;
  }

  .input {
    inline-size: 100%;
    max-inline-size: 30em;
    min-block-size: var(--_appt-target);
    padding-block: 0.5em;
    padding-inline: 0.75em;
    border: 1px solid var(--_appt-border);
    border-radius: calc(var(--_appt-radius) * 0.5);
    background: var(--_appt-input-background);
    color: var(--_appt-text);
    font: inherit;
  }

  .input:focus-visible {
    outline: var(--_appt-focus-ring);
    outline-offset: 0.0625em;
  }

  .input[aria-invalid='true'] {
    border-color: var(--_appt-danger);
    box-shadow: inset 0 0 0 1px var(--_appt-danger);
  }

  #code {
    max-inline-size: 10em;
    font-size: 1.25em;
    letter-spacing: 0.3em;
    font-variant-numeric: tabular-nums;
  }

  .field-error {
    margin: 0;
    color: var(--_appt-danger);
    font-weight: 500;
    overflow-wrap: anywhere;
  }

  .actions {
    display: flex;
    flex-direction: column;
    align-items: stretch;
    gap: 0.5em;
  }

  .button[aria-disabled='true'] {
    opacity: 0.6;
    cursor: progress;
    filter: none;
  }

  .button--quiet {
    background: transparent;
    color: var(--_appt-primary);
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }

  .error {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.5em;
  }

  .error-title {
    margin: 0;
    font-weight: 650;
  }

  .signed-in {
    flex-direction: column;
    align-items: stretch;
  }

  .signed-in:focus-visible {
    outline: var(--_appt-focus-ring);
    outline-offset: 0.125em;
  }

  .who {
    display: flex;
    flex-direction: column;
    gap: 0.125em;
    min-inline-size: 0;
  }

  .signed-in-as {
    margin: 0;
    font-weight: 650;
    overflow-wrap: anywhere;
  }

  .muted {
    margin: 0;
    color: var(--_appt-muted);
    overflow-wrap: anywhere;
  }

  .skeleton .bone {
    block-size: 1em;
  }

  .skeleton .bone {
    vertical-align: middle;
  }

  .line-bone {
    inline-size: 60%;
  }

  .short-bone {
    inline-size: 35%;
  }

  .button-bone {
    inline-size: 100%;
    block-size: var(--_appt-target) !important;
    border-radius: calc(var(--_appt-radius) * 0.75);
  }

  @container appt-sign-in (min-width: 28em) {
    .actions {
      flex-direction: row;
      flex-wrap: wrap;
      align-items: center;
    }

    .signed-in {
      flex-direction: row;
      align-items: center;
      justify-content: space-between;
    }

    .button-bone {
      inline-size: 7em;
    }
  }
`;
