import { css } from 'lit';

/** Styles of `<appt-booking>`'s frame; each step brings its own. */
export const bookingStyles = css`
  .base {
    container: appt-booking / inline-size;
    display: grid;
    gap: var(--appt-booking-gap, var(--_appt-space));
    /* The surface is painted (a dark widget on a light page keeps its contrast): give the loose
       text on it (the step line) room from its edges. */
    padding: var(--appt-booking-padding, calc(var(--_appt-space) * 0.75));
    border-radius: var(--_appt-radius);
  }

  .progress {
    margin: 0;
    color: var(--_appt-muted);
    font-size: 0.875em;
    font-weight: 600;
    letter-spacing: 0.02em;
  }

  .progress:focus-visible {
    outline: var(--_appt-focus-ring);
    outline-offset: 0.125em;
  }

  .notice {
    margin: 0;
    padding: 0.75em var(--_appt-space);
    border: 1px solid color-mix(in srgb, var(--_appt-danger) 45%, transparent);
    border-radius: calc(var(--_appt-radius) * 0.75);
    background: var(--_appt-danger-surface);
    color: var(--_appt-text);
  }

  .bar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }

  .bar--end {
    justify-content: flex-end;
  }

  @container appt-booking (max-width: 30em) {
    .bar .button {
      inline-size: 100%;
    }
  }
`;
