import { css } from 'lit';

/**
 * Styles of `<appt-slot-picker>`; shared tokens and helpers come first in `static styles`.
 * Nothing moves while a month loads: the grid always has six week rows, the times column keeps
 * its height from the skeleton to the times, and the selection box is always there. Narrow, the
 * calendar and the times stack; from 40em wide they sit side by side. Every target is at least
 * `--_appt-target` (44px) square.
 */
export const slotPickerStyles = css`
  .base {
    --_appt-gap: var(--appt-slot-picker-gap, var(--_appt-space));
    --_appt-panel: var(--appt-slot-picker-background, var(--_appt-surface));
    --_appt-day-radius: var(--appt-slot-picker-day-radius, 999px);
    --_appt-available: var(--appt-slot-picker-available-color, var(--_appt-primary));
    --_appt-slot-min: var(--appt-slot-picker-slot-min-width, 6.5em);

    container: appt-slot-picker / inline-size;
    display: flex;
    flex-direction: column;
    gap: var(--_appt-gap);
  }

  .layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_appt-gap);
    align-items: start;
  }

  .calendar,
  .times,
  .selection {
    min-inline-size: 0;
    padding: var(--_appt-space);
    border: 1px solid var(--_appt-border);
    border-radius: var(--_appt-radius);
    background: var(--_appt-panel);
  }

  .header {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em;
    margin-block-end: 0.5em;
  }

  .month-label {
    margin: 0;
    font-size: 1.0625em;
    font-weight: 650;
    text-align: center;
  }

  .nav {
    display: inline-grid;
    place-items: center;
    inline-size: var(--_appt-target);
    block-size: var(--_appt-target);
    padding: 0;
    border: 1px solid var(--_appt-border);
    border-radius: 999px;
    background: transparent;
    color: var(--_appt-text);
    font: inherit;
    font-size: 1.25em;
    line-height: 1;
    cursor: pointer;
  }

  .nav:hover:not(:disabled) {
    border-color: var(--_appt-primary);
    color: var(--_appt-primary);
  }

  .nav:disabled {
    opacity: 0.35;
    cursor: default;
  }

  .nav:focus-visible,
  .slot:focus-visible,
  .remove:focus-visible,
  .zone-select:focus-visible {
    outline: var(--_appt-focus-ring);
    outline-offset: 0.125em;
  }

  .grid {
    inline-size: 100%;
    border-collapse: separate;
    border-spacing: 0.125em;
    table-layout: fixed;
  }

  th {
    block-size: 2em;
    padding: 0;
    color: var(--_appt-muted);
    font-size: 0.8125em;
    font-weight: 600;
    text-align: center;
    white-space: nowrap;
  }

  /*
   * Weekday headers: the short names ("Wed", Arabic "الأربعاء") while seven of them fit, else the
   * narrow ones ("W", "ر"). The grid says how long the locale's short names are; the widths are
   * the calendar's content box, in its em, where seven such names (at 0.8125em) still fit.
   */
  .calendar {
    container: appt-calendar / inline-size;
  }

  .weekday-narrow {
    display: none;
  }

  @container appt-calendar (max-width: 16em) {
    .weekday-short {
      display: none;
    }
    .weekday-narrow {
      display: inline;
    }
  }

  @container appt-calendar (max-width: 22em) {
    .grid[data-weekdays='medium'] .weekday-short {
      display: none;
    }
    .grid[data-weekdays='medium'] .weekday-narrow {
      display: inline;
    }
  }

  @container appt-calendar (max-width: 28em) {
    .grid[data-weekdays='long'] .weekday-short {
      display: none;
    }
    .grid[data-weekdays='long'] .weekday-narrow {
      display: inline;
    }
  }

  .day,
  .outside {
    block-size: var(--_appt-target);
    padding: 0;
  }

  .day {
    text-align: center;
    font-variant-numeric: tabular-nums;
    cursor: pointer;
  }

  /* The visible day: a 44px circle, whatever the column width. */
  .day-mark {
    position: relative;
    display: inline-grid;
    place-items: center;
    inline-size: var(--_appt-target);
    block-size: var(--_appt-target);
    border-radius: var(--_appt-day-radius);
    transition: background-color 120ms ease;
  }

  .day[aria-disabled='true'] {
    color: var(--_appt-muted);
    cursor: default;
  }

  .day[aria-disabled='true'] .day-mark {
    opacity: 0.7;
  }

  .day[aria-disabled='false'] {
    font-weight: 650;
  }

  .day[aria-disabled='false'] .day-mark::after {
    content: '';
    position: absolute;
    inset-block-end: 0.3em;
    inset-inline: 0;
    margin-inline: auto;
    inline-size: 0.3125em;
    block-size: 0.3125em;
    border-radius: 50%;
    background: var(--_appt-available);
  }

  .day[aria-disabled='false']:hover .day-mark {
    background: color-mix(in srgb, var(--_appt-primary) 12%, transparent);
  }

  .day[aria-current='date'] .day-number {
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }

  .day[part~='day-chosen'] .day-mark {
    box-shadow: inset 0 0 0 0.125em var(--_appt-primary);
  }

  .day[aria-selected='true'] .day-mark,
  .day[aria-selected='true']:hover .day-mark {
    background: var(--_appt-primary);
    color: var(--_appt-on-primary);
  }

  .day[aria-selected='true'] .day-mark::after {
    background: var(--_appt-on-primary);
  }

  .day:focus-visible {
    outline: none;
  }

  .day:focus-visible .day-mark {
    outline: var(--_appt-focus-ring);
    outline-offset: 0.0625em;
  }

  .grid[aria-busy='true'] .day {
    cursor: progress;
  }

  .times {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_appt-space) * 0.75);
    /* Fits the loading skeleton and the zone switcher with a two-line note: no shift on load. */
    min-block-size: 20em;
  }

  .times-heading,
  .hint,
  .error-title {
    margin: 0;
    font-size: 1em;
    font-weight: 650;
  }

  .hint {
    color: var(--_appt-muted);
    font-weight: 400;
  }

  .slots {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(var(--_appt-slot-min), 100%), 1fr));
    gap: 0.5em;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .slot {
    inline-size: 100%;
    min-block-size: var(--_appt-target);
    padding: 0.5em 0.75em;
    border: 1px solid var(--_appt-primary);
    border-radius: calc(var(--_appt-radius) * 0.75);
    background: transparent;
    color: var(--_appt-primary);
    font: inherit;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
    cursor: pointer;
  }

  .slot:hover:not(:disabled) {
    background: color-mix(in srgb, var(--_appt-primary) 10%, transparent);
  }

  .slot[aria-pressed='true'],
  .slot[aria-pressed='true']:hover {
    background: var(--_appt-primary);
    color: var(--_appt-on-primary);
  }

  .slot:disabled {
    border-color: var(--_appt-border);
    color: var(--_appt-muted);
    text-decoration: line-through;
    cursor: not-allowed;
  }

  .times-skeleton {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_appt-space) * 0.75);
  }

  .heading-bone {
    inline-size: 60%;
    block-size: 1.5em;
  }

  .slot-bone {
    block-size: var(--_appt-target);
    border-radius: calc(var(--_appt-radius) * 0.75);
  }

  .zone {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    margin-block-start: auto;
    padding-block-start: calc(var(--_appt-space) * 0.75);
    border-block-start: 1px solid var(--_appt-border);
    font-size: 0.875em;
  }

  .zone-label {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    color: var(--_appt-muted);
  }

  .zone-select {
    min-block-size: var(--_appt-target);
    max-inline-size: 100%;
    padding-inline: 0.5em;
    border: 1px solid var(--_appt-border);
    border-radius: calc(var(--_appt-radius) * 0.5);
    background: var(--_appt-panel);
    color: var(--_appt-text);
    font: inherit;
  }

  .zone-note {
    margin: 0;
    color: var(--_appt-muted);
  }

  .empty,
  .error {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: calc(var(--_appt-space) * 0.75);
  }

  .selection {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
  }

  .selection-header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0.25em 1em;
  }

  .selection-heading,
  .selection-count {
    margin: 0;
    font-size: 1em;
  }

  .selection-heading {
    font-weight: 650;
  }

  .selection-count {
    /* Reserved while the package (and so the total) loads. */
    min-block-size: 1.5em;
    color: var(--_appt-muted);
    font-variant-numeric: tabular-nums;
  }

  .chosen {
    display: flex;
    flex-direction: column;
    gap: 0.375em;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .chosen-item {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em;
    padding-inline-start: 0.75em;
    border: 1px solid var(--_appt-border);
    border-radius: calc(var(--_appt-radius) * 0.75);
    font-variant-numeric: tabular-nums;
  }

  .remove {
    display: inline-grid;
    place-items: center;
    flex: none;
    inline-size: var(--_appt-target);
    block-size: var(--_appt-target);
    padding: 0;
    border: 0;
    border-radius: calc(var(--_appt-radius) * 0.75);
    background: transparent;
    color: var(--_appt-muted);
    font: inherit;
    font-size: 1.375em;
    line-height: 1;
    cursor: pointer;
  }

  .remove:hover {
    color: var(--_appt-danger);
  }

  @container appt-slot-picker (min-width: 40em) {
    .layout {
      grid-template-columns: minmax(20em, 1.15fr) minmax(14em, 1fr);
      align-items: stretch;
    }

    .times {
      min-block-size: 0;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .day-mark {
      transition: none;
    }
  }
`;
