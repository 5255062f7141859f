import { css } from 'lit';

/**
 * The coupon field of `<appt-checkout>` and `<appt-credits>`: the input and its button on one
 * line (wrapping below 16em), both at least `--_appt-target` (44px) tall. While a code is checked
 * the button keeps its size, its label hidden behind a spinner, so nothing moves. Colors are the
 * palette's, so dark mode follows; logical properties, so Arabic mirrors.
 *
 * Custom properties: `--appt-coupon-gap` (space inside the field) and
 * `--appt-coupon-discount-color` (the discount line).
 */
export const couponStyles = css`
  /* Block flow, not a grid: the empty alert's margins collapse, so it takes no room. */
  .coupon > * {
    margin-block: 0;
  }

  .coupon > * + * {
    margin-block-start: var(--appt-coupon-gap, 0.5em);
  }

  .coupon label {
    display: block;
    font-weight: 500;
  }

  .coupon-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }

  .coupon input {
    flex: 1 1 10em;
    min-inline-size: 0;
    min-block-size: var(--_appt-target);
    padding: 0.5em 0.75em;
    border: 1px solid var(--_appt-border);
    border-radius: calc(var(--_appt-radius) * 0.75);
    background: var(--_appt-surface);
    color: var(--_appt-text);
    font: inherit;
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }

  .coupon input::placeholder {
    text-transform: none;
  }

  .coupon input:focus-visible {
    outline: var(--_appt-focus-ring);
    outline-offset: 0.0625em;
  }

  .coupon input[aria-invalid='true'] {
    border-color: var(--_appt-danger);
  }

  .coupon input[readonly] {
    background: color-mix(in srgb, var(--_appt-text) 4%, var(--_appt-surface));
  }

  /* The label and the spinner share one cell: the button is as wide as its label, checking or not. */
  .coupon-button {
    display: inline-grid;
    flex: none;
  }

  .coupon-button > * {
    grid-area: 1 / 1;
  }

  .coupon-button[aria-disabled='true'] {
    cursor: progress;
  }

  .coupon-spinner {
    justify-self: center;
    inline-size: 1.125em;
    block-size: 1.125em;
    border: 0.15em solid currentColor;
    border-inline-end-color: transparent;
    border-radius: 50%;
    visibility: hidden;
  }

  .coupon-button[aria-busy='true'] .coupon-button-label {
    visibility: hidden;
  }

  .coupon-button[aria-busy='true'] .coupon-spinner {
    visibility: visible;
    animation: appt-coupon-spin 0.8s linear infinite;
  }

  @keyframes appt-coupon-spin {
    to {
      transform: rotate(1turn);
    }
  }

  .coupon-applied {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0.25em 0.75em;
  }

  .coupon-price {
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }

  .coupon-price--lowered {
    display: inline-flex;
    align-items: baseline;
    gap: 0.5em;
  }

  .coupon-price .was-price {
    color: var(--_appt-muted);
    font-size: 0.875em;
    font-weight: 400;
  }

  .coupon-discount {
    margin: 0;
    color: var(--appt-coupon-discount-color, var(--_appt-text));
    font-weight: 600;
  }

  @media (prefers-reduced-motion: reduce) {
    .coupon-button[aria-busy='true'] .coupon-spinner {
      animation-duration: 2.4s;
    }
  }
`;
