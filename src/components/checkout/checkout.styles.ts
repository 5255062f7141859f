import { css } from 'lit';

/**
 * Styles of `<appt-checkout>`. One column that reads well from 320px; from 40em wide the times
 * and the payment sit side by side. Inputs and choices are full-width touch targets.
 */
export const checkoutStyles = css`
  .base {
    --_appt-gap: var(--appt-checkout-gap, var(--_appt-space));

    container: appt-checkout / inline-size;
    padding: var(--_appt-space);
    border: 1px solid var(--_appt-border);
    border-radius: var(--_appt-radius);
    background: var(--appt-checkout-background, var(--_appt-surface));
  }

  .layout {
    display: grid;
    gap: var(--_appt-gap);
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
    color: var(--_appt-muted);
    margin: 0.25em 0;
  }

  .small {
    font-size: 0.875em;
  }

  /* A face-to-face meeting's address: the expert's line breaks kept, long words wrapped. */
  .place {
    margin: 0.25em 0;
  }

  .place dt {
    font-weight: 600;
  }

  .place dd {
    margin: 0;
    white-space: pre-line;
    overflow-wrap: anywhere;
  }

  .form {
    display: grid;
    gap: var(--_appt-gap);
  }

  .field {
    display: grid;
    gap: 0.25em;
  }

  .field label {
    font-weight: 500;
  }

  .field input {
    min-block-size: var(--_appt-target);
    padding: 0.5em 0.75em;
    border: 1px solid var(--_appt-border);
    border-radius: calc(var(--_appt-radius) * 0.75);
    background: var(--_appt-surface);
    color: var(--_appt-text);
    font: inherit;
    inline-size: 100%;
  }

  .field input:focus-visible {
    outline: var(--_appt-focus-ring);
    outline-offset: 0.0625em;
  }

  .field input[aria-invalid='true'] {
    border-color: var(--_appt-danger);
  }

  .help {
    margin: 0;
    color: var(--_appt-muted);
    font-size: 0.875em;
  }

  .balance {
    margin: 0;
    min-block-size: 1.5em;
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
    color: var(--_appt-primary);
    display: inline-flex;
    align-items: center;
    min-block-size: var(--_appt-target);
  }

  /* Labels in one column, values in the other: a long order number wraps in its own column
     instead of dropping below its label while the short rows stay on one line. */
  .receipt {
    margin: 0;
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: 0.25em 0.75em;
  }

  .receipt div {
    display: contents;
  }

  .receipt dt {
    color: var(--_appt-muted);
  }

  .receipt dd {
    margin: 0;
    font-weight: 600;
    overflow-wrap: anywhere;
  }

  .times-lost {
    padding: 0.5em 0.75em;
    border-inline-start: 0.25em solid var(--_appt-danger);
    border-radius: 0.25em;
    background: var(--_appt-danger-surface);
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
