import { css } from 'lit';

/**
 * Styles of `<appt-my-bookings>`; shared tokens and helpers come first in `static styles`. Cards
 * are one column; a skeleton card has the lines of a real one, so nothing moves when the
 * bookings arrive. Narrow, a card's footer and its change buttons stack (full width); from 30em
 * wide the type or sessions left and the button share one line, and the change buttons line up
 * at the end. Buttons are at least `--_appt-target` (44px). Colors only from the tokens, so the
 * dark palette applies as everywhere.
 */
export const myBookingsStyles = css`
  .base {
    --_appt-gap: var(--appt-my-bookings-gap, var(--_appt-space));
    --_appt-card-background: var(--appt-my-bookings-card-background, var(--_appt-surface));
    --_appt-card-border: var(--appt-my-bookings-card-border-color, var(--_appt-border));
    --_appt-card-padding: var(--appt-my-bookings-card-padding, calc(var(--_appt-space) * 1.25));

    container: appt-my-bookings / inline-size;
    /* The surface is painted (a dark widget on a light page keeps its contrast): give the
       headings and notes on it room from its edges. */
    padding: var(--appt-my-bookings-padding, calc(var(--_appt-space) * 0.75));
    border-radius: var(--_appt-radius);
  }

  .sections {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_appt-gap) * 1.5);
  }

  .section {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_appt-gap) * 0.75);
    min-inline-size: 0;
  }

  .section-header {
    display: flex;
    flex-direction: column;
    gap: 0.125em;
  }

  .heading {
    margin: 0;
    font-size: 1.125em;
    font-weight: 650;
    line-height: 1.4;
  }

  .heading:focus {
    outline: none;
  }

  .heading:focus-visible {
    outline: var(--_appt-focus-ring);
    outline-offset: 0.125em;
  }

  .zone,
  .prompt {
    margin: 0;
    color: var(--_appt-muted);
    font-size: 0.9375em;
    line-height: 1.5;
    overflow-wrap: anywhere;
  }

  /* Zone names are long ("Central European Time (Berlin)"): narrow, the note keeps two lines, loaded or not. */
  .zone {
    min-block-size: 3em;
  }

  .list {
    display: flex;
    flex-direction: column;
    gap: var(--_appt-gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .card {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
    min-inline-size: 0;
    padding: var(--_appt-card-padding);
    border: 1px solid var(--_appt-card-border);
    border-radius: var(--_appt-radius);
    background: var(--_appt-card-background);
  }

  .card-title {
    margin: 0;
    font-size: 1.0625em;
    font-weight: 650;
    line-height: 1.4;
    overflow-wrap: anywhere;
  }

  .time {
    margin: 0;
    font-weight: 500;
    line-height: 1.5;
    font-variant-numeric: tabular-nums;
  }

  /* A face-to-face meeting's address, with the expert's line breaks. */
  .location {
    margin: 0;
    line-height: 1.5;
    overflow-wrap: anywhere;
  }

  .address {
    display: block;
    white-space: pre-line;
  }

  .card-footer {
    display: flex;
    flex-direction: column;
    align-items: stretch;
    gap: 0.5em;
  }

  .meta,
  .join-note {
    margin: 0;
    color: var(--_appt-muted);
    line-height: 1.5;
    overflow-wrap: anywhere;
  }

  .card-footer .meta {
    flex: 1 1 auto;
    min-inline-size: 0;
  }

  .card-footer .join-note {
    display: flex;
    align-items: center;
    min-block-size: var(--_appt-target);
  }

  .call {
    margin-block-start: 0.25em;
  }

  .call:focus {
    outline: none;
  }

  .scheduler {
    display: flex;
    flex-direction: column;
    gap: var(--_appt-gap);
    margin-block-start: 0.5em;
    padding-block-start: var(--_appt-gap);
    border-block-start: 1px solid var(--_appt-card-border);
  }

  .book-bar {
    display: flex;
    flex-direction: column;
    align-items: stretch;
  }

  /* A booking's changes: until when, or the policy; its buttons; the question before cancelling. */
  .changes,
  .confirm {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
    padding-block-start: 0.5em;
    border-block-start: 1px solid var(--_appt-card-border);
  }

  .change-note,
  .confirm-question {
    margin: 0;
    line-height: 1.5;
    overflow-wrap: anywhere;
  }

  .change-note {
    color: var(--_appt-muted);
  }

  .change-note:empty {
    display: none;
  }

  .confirm-question {
    font-weight: 650;
  }

  .change-bar {
    display: flex;
    flex-direction: column;
    align-items: stretch;
    gap: 0.5em;
  }

  .button--danger {
    background: var(--_appt-danger-surface);
    color: var(--_appt-danger);
    border-color: currentColor;
  }

  .change-notice {
    margin: 0;
    padding: 0.5em 0.75em;
    border-inline-start: 0.25em solid var(--_appt-primary);
    border-radius: calc(var(--_appt-radius) * 0.5);
    background: color-mix(in srgb, var(--_appt-primary) 10%, var(--_appt-card-background));
    font-weight: 500;
    line-height: 1.5;
  }

  .change-notice:focus {
    outline: none;
  }

  .change-notice:focus-visible {
    outline: var(--_appt-focus-ring);
    outline-offset: 0.125em;
  }

  .scheduler:focus {
    outline: none;
  }

  .mark {
    align-self: flex-start;
    margin: 0;
    padding: 0.125em 0.625em;
    border: 1px solid currentColor;
    border-radius: 1em;
    color: var(--_appt-danger);
    font-size: 0.875em;
    font-weight: 600;
    line-height: 1.5;
  }

  .card--cancelled .time {
    color: var(--_appt-muted);
    text-decoration: line-through;
  }

  .button:disabled {
    opacity: 0.55;
    cursor: not-allowed;
    filter: none;
  }

  .button[aria-disabled='true'] {
    opacity: 0.7;
    cursor: progress;
    filter: none;
  }

  .empty,
  .signed-out {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_appt-space) * 0.75);
    margin: 0;
  }

  .empty {
    padding: calc(var(--_appt-space) * 1.25);
    border: 1px dashed var(--_appt-border);
    border-radius: var(--_appt-radius);
    background: var(--_appt-surface);
    color: var(--_appt-muted);
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

  .inline-error {
    margin: 0;
    color: var(--_appt-danger);
    font-weight: 500;
  }

  .skeleton .bone {
    block-size: 1em;
    vertical-align: middle;
  }

  .skeleton .heading .bone {
    inline-size: 45%;
  }

  .skeleton .zone .bone {
    inline-size: 60%;
  }

  .skeleton .card-title .bone {
    inline-size: 55%;
  }

  .skeleton .time .bone {
    inline-size: 70%;
  }

  .skeleton .meta .bone {
    inline-size: 35%;
  }

  .skeleton .button-bone {
    display: block;
    inline-size: 100%;
    block-size: var(--_appt-target);
    border-radius: calc(var(--_appt-radius) * 0.75);
  }

  @container appt-my-bookings (min-width: 30em) {
    .card-footer {
      flex-direction: row;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 0.5em var(--_appt-space);
    }

    .card-footer .join-note {
      flex: 0 1 auto;
    }

    .book-bar,
    .change-bar {
      flex-direction: row;
      flex-wrap: wrap;
      justify-content: flex-end;
    }

    .card-footer .mark {
      align-self: center;
    }

    .skeleton .button-bone {
      inline-size: 7em;
    }

    .zone {
      min-block-size: 0;
    }
  }
`;
