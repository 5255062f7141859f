import { css } from 'lit';

/**
 * Styles of `<appt-slot-picker>`; shared tokens and helpers come first in `static styles`.
 * Nothing moves while a month loads: the grid always has six week rows, the times column keeps
 * its height from the skeleton to the times, and the selection box is always there. Narrow, the
 * calendar and the times stack; from 40em wide they sit side by side. Every target is at least
 * `--_target` (44px) square.
 */
export const slotPickerStyles = css`
  .base {
    --_gap: var(--appt-slot-picker-gap, var(--_space));
    --_panel: var(--appt-slot-picker-background, var(--_surface));
    --_day-radius: var(--appt-slot-picker-day-radius, 999px);
    --_available: var(--appt-slot-picker-available-color, var(--_primary));
    --_slot-min: var(--appt-slot-picker-slot-min-width, 6.5em);

    container: appt-slot-picker / inline-size;
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
  }

  .layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_gap);
    align-items: start;
  }

  .calendar,
  .times,
  .selection {
    min-inline-size: 0;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_panel);
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
    inline-size: var(--_target);
    block-size: var(--_target);
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: transparent;
    color: var(--_text);
    font: inherit;
    font-size: 1.25em;
    line-height: 1;
    cursor: pointer;
  }

  .nav:hover:not(:disabled) {
    border-color: var(--_primary);
    color: var(--_primary);
  }

  .nav:disabled {
    opacity: 0.35;
    cursor: default;
  }

  .nav:focus-visible,
  .slot:focus-visible,
  .remove:focus-visible,
  .zone-select:focus-visible {
    outline: var(--_focus-ring);
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
    color: var(--_muted);
    font-size: 0.8125em;
    font-weight: 600;
    text-align: center;
  }

  .day,
  .outside {
    block-size: var(--_target);
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
    inline-size: var(--_target);
    block-size: var(--_target);
    border-radius: var(--_day-radius);
    transition: background-color 120ms ease;
  }

  .day[aria-disabled='true'] {
    color: var(--_muted);
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
    background: var(--_available);
  }

  .day[aria-disabled='false']:hover .day-mark {
    background: color-mix(in srgb, var(--_primary) 12%, transparent);
  }

  .day[aria-current='date'] .day-number {
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }

  .day[part~='day-chosen'] .day-mark {
    box-shadow: inset 0 0 0 0.125em var(--_primary);
  }

  .day[aria-selected='true'] .day-mark,
  .day[aria-selected='true']:hover .day-mark {
    background: var(--_primary);
    color: var(--_on-primary);
  }

  .day[aria-selected='true'] .day-mark::after {
    background: var(--_on-primary);
  }

  .day:focus-visible {
    outline: none;
  }

  .day:focus-visible .day-mark {
    outline: var(--_focus-ring);
    outline-offset: 0.0625em;
  }

  .grid[aria-busy='true'] .day {
    cursor: progress;
  }

  .times {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.75);
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
    color: var(--_muted);
    font-weight: 400;
  }

  .slots {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(var(--_slot-min), 100%), 1fr));
    gap: 0.5em;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .slot {
    inline-size: 100%;
    min-block-size: var(--_target);
    padding: 0.5em 0.75em;
    border: 1px solid var(--_primary);
    border-radius: calc(var(--_radius) * 0.75);
    background: transparent;
    color: var(--_primary);
    font: inherit;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
    cursor: pointer;
  }

  .slot:hover:not(:disabled) {
    background: color-mix(in srgb, var(--_primary) 10%, transparent);
  }

  .slot[aria-pressed='true'],
  .slot[aria-pressed='true']:hover {
    background: var(--_primary);
    color: var(--_on-primary);
  }

  .slot:disabled {
    border-color: var(--_border);
    color: var(--_muted);
    text-decoration: line-through;
    cursor: not-allowed;
  }

  .times-skeleton {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.75);
  }

  .heading-bone {
    inline-size: 60%;
    block-size: 1.5em;
  }

  .slot-bone {
    block-size: var(--_target);
    border-radius: calc(var(--_radius) * 0.75);
  }

  .zone {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    margin-block-start: auto;
    padding-block-start: calc(var(--_space) * 0.75);
    border-block-start: 1px solid var(--_border);
    font-size: 0.875em;
  }

  .zone-label {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    color: var(--_muted);
  }

  .zone-select {
    min-block-size: var(--_target);
    max-inline-size: 100%;
    padding-inline: 0.5em;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.5);
    background: var(--_panel);
    color: var(--_text);
    font: inherit;
  }

  .zone-note {
    margin: 0;
    color: var(--_muted);
  }

  .empty,
  .error {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: calc(var(--_space) * 0.75);
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
    color: var(--_muted);
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
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
    font-variant-numeric: tabular-nums;
  }

  .remove {
    display: inline-grid;
    place-items: center;
    flex: none;
    inline-size: var(--_target);
    block-size: var(--_target);
    padding: 0;
    border: 0;
    border-radius: calc(var(--_radius) * 0.75);
    background: transparent;
    color: var(--_muted);
    font: inherit;
    font-size: 1.375em;
    line-height: 1;
    cursor: pointer;
  }

  .remove:hover {
    color: var(--_danger);
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
