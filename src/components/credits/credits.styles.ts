import { css } from 'lit';

/**
 * Styles of `<appt-credits>`; shared tokens and helpers come first in `static styles`. One column
 * from 320px; from 30em wide the credit packages sit side by side. Every choice, input and button
 * is at least `--_appt-target` (44px) tall. A skeleton has the lines of the loaded view (heading,
 * balance, one choice per package), so nothing moves when the data arrives.
 */
export const creditsStyles = css`
  .base {
    --_appt-gap: var(--appt-credits-gap, var(--_appt-space));
    --_appt-offer-background: var(--appt-credits-offer-background, var(--_appt-surface));
    --_appt-offer-border: var(--appt-credits-offer-border-color, var(--_appt-border));
    --_appt-offer-min: var(--appt-credits-offer-min-width, 13em);
    --_appt-price-color: var(--appt-credits-price-color, var(--_appt-text));

    container: appt-credits / inline-size;
    display: grid;
    gap: var(--_appt-gap);
    min-inline-size: 0;
    padding: var(--_appt-space);
    border: 1px solid var(--_appt-border);
    border-radius: var(--_appt-radius);
    background: var(--appt-credits-background, var(--_appt-surface));
  }

  .header {
    display: block;
    min-inline-size: 0;
  }

  .heading {
    margin: 0;
    font-size: 1.25em;
    font-weight: 650;
    line-height: 1.4;
  }

  .heading:focus {
    outline: none;
  }

  .balance {
    margin: 0.25em 0 0;
    min-block-size: 1.5em;
    color: var(--_appt-muted);
    font-variant-numeric: tabular-nums;
    overflow-wrap: anywhere;
  }

  .balance:focus {
    outline: none;
  }

  .balance:focus-visible {
    outline: var(--_appt-focus-ring);
    outline-offset: 0.125em;
  }

  .success {
    margin: 0;
    font-weight: 600;
    overflow-wrap: anywhere;
  }

  .success:not(:empty) {
    margin-block-start: 0.75em;
    padding: 0.5em 0.75em;
    border-inline-start: 0.25em solid var(--_appt-primary);
    border-radius: 0.25em;
    background: color-mix(in srgb, var(--_appt-primary) 8%, transparent);
  }

  .success:focus {
    outline: none;
  }

  .success:focus-visible {
    outline: var(--_appt-focus-ring);
    outline-offset: 0.125em;
  }

  .form {
    display: grid;
    gap: var(--_appt-gap);
    min-inline-size: 0;
  }

  .offers {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.5em;
    margin: 0;
    padding: 0;
  }

  /* An offer is a payment-form choice (shared styles) with room for its title, credits and price. */
  .offer {
    padding: 0.75em;
    border-color: var(--_appt-offer-border);
    background: var(--_appt-offer-background);
  }

  .offer-body {
    display: flex;
    flex-direction: column;
    flex: 1 1 auto;
    min-inline-size: 0;
  }

  .offer-title {
    font-weight: 600;
    line-height: 1.5;
    overflow-wrap: anywhere;
  }

  .offer-credits {
    color: var(--_appt-muted);
    font-size: 0.9375em;
    line-height: 1.5;
  }

  .offer-price {
    flex: none;
    color: var(--_appt-price-color);
    font-size: 1.125em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }

  /* A campaign price: the original struck through above the price charged, at the inline end. */
  .offer-price--campaign {
    display: flex;
    flex-direction: column;
    align-items: flex-end;
    line-height: 1.25;
  }

  .was-price {
    color: var(--_appt-muted);
    font-size: 0.8125em;
    font-weight: 400;
  }

  .offer-campaign {
    display: flex;
    flex-direction: column;
    font-size: 0.875em;
    line-height: 1.5;
  }

  .campaign-title {
    font-weight: 600;
    overflow-wrap: anywhere;
  }

  .campaign-ends {
    color: var(--_appt-muted);
  }

  .muted {
    margin: 0;
    color: var(--_appt-muted);
  }

  .error-title {
    margin: 0;
    font-weight: 650;
  }

  .empty {
    margin: 0;
    padding: var(--_appt-space);
    border: 1px dashed var(--_appt-border);
    border-radius: calc(var(--_appt-radius) * 0.75);
    color: var(--_appt-muted);
  }

  .signed-out {
    display: grid;
    gap: 0.75em;
  }

  .prompt,
  .status {
    margin: 0;
  }

  .status {
    min-block-size: 6em;
  }

  .skeleton .bone {
    block-size: 1em;
    vertical-align: middle;
  }

  .heading.skeleton .bone {
    inline-size: 9em;
  }

  .balance.skeleton .bone {
    inline-size: 11em;
  }

  .skeleton legend .bone {
    inline-size: 12em;
  }

  .skeleton .offer-title .bone {
    inline-size: 60%;
  }

  .skeleton .offer-credits .bone {
    inline-size: 40%;
  }

  .skeleton .offer-price .bone {
    inline-size: 4em;
  }

  .skeleton .radio-bone {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
    border-radius: 50%;
  }

  .skeleton .offer {
    cursor: default;
  }

  @container appt-credits (min-width: 30em) {
    .offers {
      grid-template-columns: repeat(auto-fill, minmax(min(var(--_appt-offer-min), 100%), 1fr));
    }

    .pay {
      inline-size: auto;
      justify-self: start;
      min-inline-size: 12em;
    }
  }
`;
