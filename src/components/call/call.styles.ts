import { css } from 'lit';

/**
 * Styles of `<appt-call>`; shared tokens and helpers come first in `static styles`. Narrow, the
 * status and the buttons stack and the buttons take the full width; from 32em wide they sit on
 * one line. A video frame keeps 16:9; an audio or phone call gets a shorter frame. Every button
 * is at least `--_appt-target` (44px) high.
 */
export const callStyles = css`
  .base {
    --_appt-panel: var(--appt-call-background, var(--_appt-surface));
    --_appt-stage: var(--appt-call-stage-background, #101217);
    --_appt-stage-min: var(--appt-call-stage-min-height, 16em);

    container: appt-call / inline-size;
    display: flex;
    flex-direction: column;
    gap: calc(var(--_appt-space) * 0.75);
    padding: var(--_appt-space);
    border: 1px solid var(--_appt-border);
    border-radius: var(--_appt-radius);
    background: var(--_appt-panel);
  }

  .bar {
    display: flex;
    flex-direction: column;
    align-items: stretch;
    gap: calc(var(--_appt-space) * 0.75);
  }

  .status {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    min-inline-size: 0;
  }

  .actions {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
  }

  .text,
  .notice,
  .title,
  .countdown {
    margin: 0;
  }

  .title {
    font-size: 1.0625em;
    font-weight: 650;
  }

  .muted {
    color: var(--_appt-muted);
    font-size: 0.875em;
  }

  .countdown {
    font-size: 1.5em;
    font-weight: 650;
    font-variant-numeric: tabular-nums;
  }

  .notice {
    font-weight: 650;
    color: var(--_appt-danger);
  }

  .banner {
    margin: 0;
    padding: 0.75em var(--_appt-space);
    border: 1px solid color-mix(in srgb, var(--_appt-danger) 45%, transparent);
    border-radius: calc(var(--_appt-radius) * 0.75);
    background: var(--_appt-danger-surface);
    color: var(--_appt-text);
  }

  .banner .detail {
    color: var(--_appt-muted);
    font-size: 0.875em;
  }

  .ended,
  .error {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: calc(var(--_appt-space) * 0.75);
  }

  .button:disabled {
    opacity: 0.55;
    cursor: not-allowed;
    filter: none;
  }

  .stage {
    overflow: hidden;
    border-radius: calc(var(--_appt-radius) * 0.75);
    background: var(--_appt-stage);
    color: #eceef3;
  }

  .stage[hidden] {
    display: none;
  }

  .stage--video {
    aspect-ratio: 16 / 9;
    min-block-size: 12em;
  }

  .stage--audio {
    block-size: var(--_appt-stage-min);
  }

  .stage-frame {
    inline-size: 100%;
    block-size: 100%;
  }

  /* The offline test provider's stand-in for the call (no CSP-unfriendly inline styles). */
  .stage-frame > [data-appt-test-call] {
    display: grid;
    place-items: center;
    block-size: 100%;
    font-size: 2em;
    letter-spacing: 0.5em;
    opacity: 0.6;
  }

  @container appt-call (min-width: 32em) {
    .bar {
      flex-direction: row;
      align-items: center;
      justify-content: space-between;
    }

    .actions {
      flex-direction: row;
      flex: none;
    }
  }
`;
