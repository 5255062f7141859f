import { css } from 'lit';

/**
 * Styles of `<appt-sign-in>`; shared tokens and helpers come first in `static styles`. Fields
 * take the full width; narrow, the buttons stack full width, and from 28em wide they sit on one
 * line. Inputs and buttons are at least `--_target` (44px) high.
 */
export const signInStyles = css`
  .base {
    --_panel: var(--appt-sign-in-background, var(--_surface));
    --_panel-border: var(--appt-sign-in-border-color, var(--_border));
    --_input-background: var(--appt-sign-in-input-background, var(--_surface));

    container: appt-sign-in / inline-size;
  }

  .form,
  .signed-in {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    min-inline-size: 0;
    padding: calc(var(--_space) * 1.25);
    border: 1px solid var(--_panel-border);
    border-radius: var(--_radius);
    background: var(--_panel);
  }

  .title {
    margin: 0;
    font-size: 1.125em;
    font-weight: 650;
    line-height: 1.4;
  }

  .intro {
    margin: 0;
    margin-block-start: calc(var(--_space) * -0.5);
    color: var(--_muted);
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
    min-block-size: var(--_target);
    padding-block: 0.5em;
    padding-inline: 0.75em;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.5);
    background: var(--_input-background);
    color: var(--_text);
    font: inherit;
  }

  .input:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 0.0625em;
  }

  .input[aria-invalid='true'] {
    border-color: var(--_danger);
    box-shadow: inset 0 0 0 1px var(--_danger);
  }

  #code {
    max-inline-size: 10em;
    font-size: 1.25em;
    letter-spacing: 0.3em;
    font-variant-numeric: tabular-nums;
  }

  .field-error {
    margin: 0;
    color: var(--_danger);
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
    color: var(--_primary);
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
    outline: var(--_focus-ring);
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
    color: var(--_muted);
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
    block-size: var(--_target) !important;
    border-radius: calc(var(--_radius) * 0.75);
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
