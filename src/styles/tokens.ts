import { css, unsafeCSS, type CSSResult } from 'lit';

/** The color tokens and their light defaults: `--appt-color-<name>` themes `--_appt-<name>`. */
export const lightPalette = {
  primary: '#2449c4',
  'on-primary': '#ffffff',
  surface: '#ffffff',
  text: '#1b1e26',
  muted: '#575e6e',
  border: '#d3d8e2',
  danger: '#b3261e',
  'danger-surface': '#fdf0ef',
  skeleton: '#e6e9f0',
  'skeleton-shine': '#f4f6fa',
} as const;

/** A color token's name: `primary` is themed by `--appt-color-primary`. */
export type ColorToken = keyof typeof lightPalette;

/** The dark palette, applied by `theme="dark"` and, under `auto`, by a dark system setting. */
export const darkPalette: Record<ColorToken, string> = {
  primary: '#9db8ff',
  'on-primary': '#0b1330',
  surface: '#1b1e25',
  text: '#eceef3',
  muted: '#a9afbd',
  border: '#3a3f4b',
  danger: '#ffb4ab',
  'danger-surface': '#3a1714',
  skeleton: '#2a2e37',
  'skeleton-shine': '#353a45',
};

export const colorTokens = Object.keys(lightPalette) as ColorToken[];

/** The element's font size when `--appt-font-size` is unset or invalid, and the range it is kept in. */
export const FONT_SIZE = { fallback: '16px', min: '12px', max: '32px' } as const;

/** Declarations of one palette: `--_appt-d-primary: #2449c4; …` (static values, never user input). */
function paletteDeclarations(palette: Record<ColorToken, string>, scheme: 'light' | 'dark'): CSSResult {
  return unsafeCSS(`${colorTokens.map((name) => `--_appt-d-${name}: ${palette[name]};`).join('\n')}\ncolor-scheme: ${scheme};`);
}

/** `--_appt-<name>: <value of name>;` for every color token. */
function colorDeclarations(value: (name: ColorToken) => string): CSSResult {
  return unsafeCSS(colorTokens.map((name) => `--_appt-${name}: ${value(name)};`).join('\n'));
}

/**
 * The global design tokens every apptkit element reads. A host themes all elements at once
 * with `--appt-<token>` (always prefixed, so a page's own variables never leak in); each
 * element may add `--appt-<element>-<token>` on top. The values below resolve the tokens
 * into private `--_appt-*` variables (prefixed too: some are registered page-wide, see
 * `properties.ts`), with a light and a dark palette on the host: `theme="dark"` forces dark,
 * `theme="light"` forces light, and `auto` (default) follows `prefers-color-scheme`.
 *
 * An invalid value never hides text: where the browser supports registered properties, the
 * `--_appt-<color>` names are typed `<color>`, so `--appt-color-primary: banana` is invalid at
 * computed-value time on the `base` part and the color is inherited from the host, where it is
 * the palette in effect (light or dark). The font size is typed `<length>` and kept within
 * 12–32px; an invalid one is 16px.
 *
 * Sizes are in `em` of the element's own font size (`--appt-font-size`, 16px by default),
 * so a host page's root font size (the "62.5%" trick) cannot shrink the widget. `--_appt-target`
 * (2.75em, 44px by default) is the minimum touch target. Every element paints its own surface
 * behind its text, so a dark widget stays readable on a light page and the other way round.
 */
export const tokens = css`
  :host {
    display: block;
    ${paletteDeclarations(lightPalette, 'light')}
    /* The palette's colors: what the base part inherits when a host's color is invalid. */
    ${colorDeclarations((name) => `var(--_appt-d-${name})`)}
    /* Resolved here, where no em depends on it: "1.25em" is the page's text size times 1.25. */
    --_appt-font-size: var(--appt-font-size, ${unsafeCSS(FONT_SIZE.fallback)});
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

  :host([theme='dark']) {
    ${paletteDeclarations(darkPalette, 'dark')}
  }

  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${paletteDeclarations(darkPalette, 'dark')}
    }
  }

  .base {
    ${colorDeclarations((name) => `var(--appt-color-${name}, var(--_appt-d-${name}))`)}
    --_appt-radius: var(--appt-radius, 0.75em);
    --_appt-space: var(--appt-space, 1em);
    --_appt-font-family: var(
      --appt-font-family,
      system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      'Noto Sans',
      'Noto Sans Arabic',
      sans-serif
    );
    --_appt-focus-ring: var(--appt-focus-ring, 0.1875em solid var(--_appt-primary));
    --_appt-target: 2.75em;

    box-sizing: border-box;
    font-size: clamp(${unsafeCSS(FONT_SIZE.min)}, var(--_appt-font-size), ${unsafeCSS(FONT_SIZE.max)});
    font-family: var(--_appt-font-family);
    line-height: 1.5;
    color: var(--_appt-text);
    background: var(--_appt-surface);
    -webkit-text-size-adjust: 100%;
    text-size-adjust: 100%;
  }

  .base *,
  .base *::before,
  .base *::after {
    box-sizing: inherit;
  }
`;
