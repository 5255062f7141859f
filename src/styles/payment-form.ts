import { css } from 'lit';

/**
 * The payment form both the checkout and the credits element show: fieldsets and legends, the
 * radio choices (methods, test cards, offers) as full-width touch targets, the test-mode notice,
 * the card form's reserved height and the full-width pay button.
 */
export const paymentFormStyles = css`
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
    min-inline-size: 0;
    min-block-size: var(--_appt-target);
    padding: 0.5em 0.75em;
    border: 1px solid var(--_appt-border);
    border-radius: calc(var(--_appt-radius) * 0.75);
    cursor: pointer;
  }

  .choice:has(input:checked) {
    border-color: var(--_appt-primary);
    box-shadow: inset 0 0 0 1px var(--_appt-primary);
  }

  .choice:has(input:focus-visible) {
    outline: var(--_appt-focus-ring);
    outline-offset: 0.125em;
  }

  .choice:has(input:disabled) {
    cursor: default;
  }

  .choice input {
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0;
    accent-color: var(--_appt-primary);
    flex: none;
  }

  .field-error {
    margin: 0;
    color: var(--_appt-danger);
    font-size: 0.875em;
  }

  .test-mode {
    margin: 0;
    padding: 0.5em 0.75em;
    border-inline-start: 0.25em solid var(--_appt-primary);
    border-radius: 0.25em;
    background: color-mix(in srgb, var(--_appt-primary) 8%, transparent);
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
`;
