import { css } from 'lit';

/**
 * Styles of `<appt-checkout>`. One column that reads well from 320px; from 40em wide the times
 * and the payment sit side by side. Inputs and choices are full-width touch targets.
 */
export const checkoutStyles = css`
  .base {
    --_gap: var(--appt-checkout-gap, var(--_space));

    container: appt-checkout / inline-size;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--appt-checkout-background, var(--_surface));
  }

  .layout {
    display: grid;
    gap: var(--_gap);
  }

  .title {
    margin: 0;
    font-size: 1.25em;
    font-weight: 650;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }

  .subtitle {
    margin: 0.75em 0 0.25em;
    font-size: 1em;
    font-weight: 600;
  }

  .times {
    margin: 0;
    padding-inline-start: 1.25em;
    display: grid;
    gap: 0.25em;
  }

  .muted {
    color: var(--_muted);
    margin: 0.25em 0;
  }

  .small {
    font-size: 0.875em;
  }

  .form {
    display: grid;
    gap: var(--_gap);
  }

  .fieldset {
    display: grid;
    gap: 0.75em;
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }

  legend {
    padding: 0;
    margin-block-end: 0.5em;
    font-weight: 600;
  }

  .choices {
    display: grid;
    gap: 0.5em;
  }

  .choice {
    display: flex;
    align-items: center;
    gap: 0.75em;
    min-block-size: var(--_target);
    padding: 0.5em 0.75em;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
    cursor: pointer;
  }

  .choice:has(input:checked) {
    border-color: var(--_primary);
    box-shadow: inset 0 0 0 1px var(--_primary);
  }

  .choice:has(input:focus-visible) {
    outline: var(--_focus-ring);
    outline-offset: 0.125em;
  }

  .choice input {
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0;
    accent-color: var(--_primary);
    flex: none;
  }

  .field {
    display: grid;
    gap: 0.25em;
  }

  .field label {
    font-weight: 500;
  }

  .field input {
    min-block-size: var(--_target);
    padding: 0.5em 0.75em;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    inline-size: 100%;
  }

  .field input:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 0.0625em;
  }

  .field input[aria-invalid='true'] {
    border-color: var(--_danger);
  }

  .help {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
  }

  .field-error {
    margin: 0;
    color: var(--_danger);
    font-size: 0.875em;
  }

  .test-mode {
    margin: 0;
    padding: 0.5em 0.75em;
    border-inline-start: 0.25em solid var(--_primary);
    background: color-mix(in srgb, var(--_primary) 8%, transparent);
    border-radius: 0.25em;
  }

  .notice {
    display: grid;
    gap: 0.75em;
  }

  .notice p {
    margin: 0;
  }

  .card-form {
    min-block-size: 12em;
  }

  .balance {
    margin: 0;
    min-block-size: 1.5em;
  }

  .pay {
    inline-size: 100%;
  }

  .pay[disabled] {
    cursor: not-allowed;
    opacity: 0.6;
  }

  .error {
    display: grid;
    gap: 0.5em;
    justify-items: start;
  }

  .confirmation {
    display: grid;
    gap: 0.75em;
    justify-items: start;
  }

  .confirmation p {
    margin: 0;
  }

  .confirmation a:not(.button) {
    color: var(--_primary);
    display: inline-flex;
    align-items: center;
    min-block-size: var(--_target);
  }

  .status {
    margin: 0;
    min-block-size: 6em;
  }

  @container appt-checkout (min-width: 40em) {
    .layout:has(.form) {
      grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
      align-items: start;
    }
  }
`;
