import { css } from 'lit';

/**
 * Helpers every element shares: hidden-but-spoken text, buttons, focus rings, skeleton bones,
 * and the text of the error box each element shows when loading fails.
 */
export const shared = css`
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    min-block-size: var(--_appt-target);
    min-inline-size: var(--_appt-target);
    padding-block: 0.5em;
    padding-inline: 1.25em;
    border: 1px solid transparent;
    border-radius: calc(var(--_appt-radius) * 0.75);
    font: inherit;
    font-weight: 600;
    line-height: 1.25;
    cursor: pointer;
    background: var(--_appt-primary);
    color: var(--_appt-on-primary);
    transition: filter 120ms ease;
  }

  .button:hover {
    filter: brightness(1.08);
  }

  .button--secondary {
    background: transparent;
    color: var(--_appt-primary);
    border-color: currentColor;
  }

  :is(.button, a, [tabindex]):focus-visible {
    outline: var(--_appt-focus-ring);
    outline-offset: 0.125em;
  }

  /* The error box each element shows when loading fails: its frame, title, sentence and reference. */
  .error {
    padding: var(--_appt-space);
    border: 1px solid color-mix(in srgb, var(--_appt-danger) 45%, transparent);
    border-radius: calc(var(--_appt-radius) * 0.75);
    background: var(--_appt-danger-surface);
  }

  .error-title {
    color: var(--_appt-danger);
  }

  .error-text,
  .error-detail {
    margin: 0;
  }

  .error-detail {
    color: var(--_appt-muted);
    font-size: 0.875em;
    overflow-wrap: anywhere;
  }

  .bone {
    display: inline-block;
    border-radius: 0.375em;
    background: linear-gradient(90deg, var(--_appt-skeleton) 25%, var(--_appt-skeleton-shine) 50%, var(--_appt-skeleton) 75%) 0 0 /
      300% 100%;
    animation: appt-shimmer 1.4s ease-in-out infinite;
  }

  @keyframes appt-shimmer {
    from {
      background-position: 100% 0;
    }
    to {
      background-position: 0 0;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .bone {
      animation: none;
    }
    .button {
      transition: none;
    }
  }
`;
