import { css } from 'lit';

/**
 * Styles of `<appt-packages>`; shared tokens and helpers come first in `static styles`.
 * Every card is the same height as a skeleton card: the description always reserves two lines
 * and the footer fits the price with or without its credits line. The select button's
 * `::after` covers the whole card, so tapping anywhere on a card chooses it. From 36em wide the
 * list becomes a grid whose cards share row tracks (subgrid), so titles, descriptions, details
 * and prices line up across a row; narrower, it is one column.
 */
export const packagesStyles = css`
  .base {
    --_appt-gap: var(--appt-packages-gap, var(--_appt-space));
    --_appt-card-background: var(--appt-packages-card-background, var(--_appt-surface));
    --_appt-card-border: var(--appt-packages-card-border-color, var(--_appt-border));
    --_appt-card-radius: var(--appt-packages-card-radius, var(--_appt-radius));
    --_appt-card-padding: var(--appt-packages-card-padding, calc(var(--_appt-space) * 1.25));
    --_appt-card-min: var(--appt-packages-card-min-width, 17em);
    --_appt-price-color: var(--appt-packages-price-color, var(--_appt-text));

    container: appt-packages / inline-size;
    background: var(--appt-packages-background, transparent);
  }

  .list {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_appt-gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .card {
    position: relative;
    display: flex;
    flex-direction: column;
    gap: calc(var(--_appt-space) * 0.75);
    min-inline-size: 0;
    padding: var(--_appt-card-padding);
    border: 1px solid var(--_appt-card-border);
    border-radius: var(--_appt-card-radius);
    background: var(--_appt-card-background);
    transition: border-color 120ms ease, box-shadow 120ms ease;
  }

  .card:not(.skeleton):hover {
    border-color: var(--_appt-primary);
    box-shadow: 0 0.25em 1em -0.5em color-mix(in srgb, var(--_appt-primary) 45%, transparent);
  }

  .card:has(.select:focus-visible) {
    border-color: var(--_appt-primary);
  }

  .title {
    margin: 0;
    font-size: 1.125em;
    font-weight: 650;
    line-height: 1.4;
    overflow-wrap: anywhere;
  }

  .description {
    margin: 0;
    min-block-size: 3em;
    color: var(--_appt-muted);
    font-size: 1em;
    line-height: 1.5;
    overflow-wrap: anywhere;
    white-space: pre-line;
  }

  .meta {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: 0.25em 1em;
    margin: 0;
    padding-block-start: calc(var(--_appt-space) * 0.75);
    border-block-start: 1px solid var(--_appt-card-border);
    font-size: 0.9375em;
    line-height: 1.5;
  }

  .meta dt {
    color: var(--_appt-muted);
  }

  .meta dd {
    margin: 0;
    font-weight: 500;
    overflow-wrap: anywhere;
  }

  /* A face-to-face meeting's address: a second value of the type, with the expert's line breaks. */
  .meta dd + dd {
    grid-column: 2;
    white-space: pre-line;
  }

  .footer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: calc(var(--_appt-space) * 0.5) var(--_appt-space);
    min-block-size: 3em;
    margin-block-start: auto;
  }

  .prices {
    display: flex;
    flex-direction: column;
    margin: 0;
  }

  .price {
    color: var(--_appt-price-color);
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.2;
    font-variant-numeric: tabular-nums;
  }

  .credits {
    color: var(--_appt-muted);
    font-size: 0.875em;
    line-height: 1.4;
  }

  .select::after {
    content: '';
    position: absolute;
    inset: 0;
    border-radius: var(--_appt-card-radius);
  }

  .skeleton .bone {
    block-size: 1em;
    vertical-align: middle;
  }

  .skeleton .title .bone {
    inline-size: 55%;
  }

  .skeleton .description .bone {
    inline-size: 100%;
  }

  .skeleton .description .bone + .bone {
    inline-size: 70%;
  }

  .skeleton .meta .bone {
    inline-size: 5em;
  }

  .skeleton .price .bone {
    inline-size: 5em;
  }

  .skeleton .select-bone {
    inline-size: 7em;
    block-size: var(--_appt-target);
    border-radius: calc(var(--_appt-radius) * 0.75);
  }

  .empty,
  .error {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: calc(var(--_appt-space) * 0.75);
    margin: 0;
    padding: calc(var(--_appt-space) * 1.25);
    border: 1px dashed var(--_appt-border);
    border-radius: var(--_appt-radius);
    background: var(--_appt-surface);
    color: var(--_appt-muted);
  }

  .error {
    border: 1px solid color-mix(in srgb, var(--_appt-danger) 45%, transparent);
    background: var(--_appt-danger-surface);
    color: var(--_appt-text);
  }

  .error-title {
    margin: 0;
    color: var(--_appt-danger);
    font-weight: 650;
  }

  @container appt-packages (min-width: 36em) {
    .list {
      grid-template-columns: repeat(auto-fill, minmax(min(var(--_appt-card-min), 100%), 1fr));
    }

    .card {
      display: grid;
      grid-row: span 4;
      grid-template-rows: subgrid;
      row-gap: calc(var(--_appt-space) * 0.75);
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .card {
      transition: none;
    }
  }
`;
