import { css } from 'lit';

/** The dark palette, applied by `theme="dark"` and, under `auto`, by a dark system setting. */
const darkPalette = css`
  --_d-primary: #9db8ff;
  --_d-on-primary: #0b1330;
  --_d-surface: #1b1e25;
  --_d-text: #eceef3;
  --_d-muted: #a9afbd;
  --_d-border: #3a3f4b;
  --_d-danger: #ffb4ab;
  --_d-danger-surface: #3a1714;
  --_d-skeleton: #2a2e37;
  --_d-skeleton-shine: #353a45;
  color-scheme: dark;
`;

/**
 * The global design tokens every apptkit element reads. A host themes all elements at once
 * with `--appt-<token>` (always prefixed, so a page's own variables never leak in); each
 * element may add `--appt-<element>-<token>` on top. The values below resolve the tokens
 * into private `--_*` variables on the element's `base` part, with a light and a dark
 * palette: `theme="dark"` forces dark, `theme="light"` forces light, and `auto` (default)
 * follows `prefers-color-scheme`.
 *
 * Sizes are in `em` of the element's own font size (`--appt-font-size`, 16px by default),
 * so a host page's root font size (the "62.5%" trick) cannot shrink the widget. `--_target`
 * (2.75em, 44px by default) is the minimum touch target.
 */
export const tokens = css`
  :host {
    display: block;
    font-size: var(--appt-font-size, 16px);
    /* Text styles a host page sets on an ancestor stop here: the widget sets its own. */
    font-style: normal;
    font-weight: normal;
    font-variant: normal;
    text-transform: none;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-shadow: none;
    white-space: normal;
    line-height: normal;
  }

  :host([hidden]) {
    display: none;
  }

  .base {
    --_d-primary: #2449c4;
    --_d-on-primary: #ffffff;
    --_d-surface: #ffffff;
    --_d-text: #1b1e26;
    --_d-muted: #575e6e;
    --_d-border: #d3d8e2;
    --_d-danger: #b3261e;
    --_d-danger-surface: #fdf0ef;
    --_d-skeleton: #e6e9f0;
    --_d-skeleton-shine: #f4f6fa;

    --_primary: var(--appt-color-primary, var(--_d-primary));
    --_on-primary: var(--appt-color-on-primary, var(--_d-on-primary));
    --_surface: var(--appt-color-surface, var(--_d-surface));
    --_text: var(--appt-color-text, var(--_d-text));
    --_muted: var(--appt-color-muted, var(--_d-muted));
    --_border: var(--appt-color-border, var(--_d-border));
    --_danger: var(--appt-color-danger, var(--_d-danger));
    --_danger-surface: var(--appt-color-danger-surface, var(--_d-danger-surface));
    --_skeleton: var(--appt-color-skeleton, var(--_d-skeleton));
    --_skeleton-shine: var(--appt-color-skeleton-shine, var(--_d-skeleton-shine));
    --_radius: var(--appt-radius, 0.75em);
    --_space: var(--appt-space, 1em);
    --_font-family: var(
      --appt-font-family,
      system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      'Noto Sans',
      'Noto Sans Arabic',
      sans-serif
    );
    --_focus-ring: var(--appt-focus-ring, 0.1875em solid var(--_primary));
    --_target: 2.75em;

    color-scheme: light;
    box-sizing: border-box;
    font-family: var(--_font-family);
    line-height: 1.5;
    color: var(--_text);
    -webkit-text-size-adjust: 100%;
    text-size-adjust: 100%;
  }

  .base *,
  .base *::before,
  .base *::after {
    box-sizing: inherit;
  }

  :host([theme='dark']) .base {
    ${darkPalette}
  }

  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) .base {
      ${darkPalette}
    }
  }
`;
