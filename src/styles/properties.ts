import { FONT_SIZE, colorTokens, lightPalette } from './tokens.js';

/**
 * Types the private tokens page-wide with `CSS.registerProperty`, so that an invalid public value
 * (`--appt-color-primary: banana`, `--appt-font-size: huge`) is invalid at computed-value time
 * and falls back, instead of turning a background transparent or the text the page's size (see
 * `tokens.ts`). Registration is global to the document, hence the `--_appt-` prefix: a host
 * page's own `--_primary` is never touched.
 *
 * Runs once per page, the first time an element connects; a second copy of apptkit on the page
 * (the CDN build beside an npm bundle) finds the names registered already and leaves them.
 * Without `CSS.registerProperty` (or if it throws) the tokens work as plain custom properties.
 */
let registered = false;

/** The private tokens that are typed: every color, and the font size. */
export function tokenProperties(): PropertyDefinition[] {
  return [
    ...colorTokens.map((name) => ({ name: `--_appt-${name}`, syntax: '<color>', inherits: true, initialValue: lightPalette[name] })),
    { name: '--_appt-font-size', syntax: '<length-percentage>', inherits: true, initialValue: FONT_SIZE.fallback },
  ];
}

/** Registers the typed tokens, once; never throws. */
export function registerTokenProperties(): void {
  if (registered) return;
  registered = true;
  if (typeof CSS === 'undefined' || typeof CSS.registerProperty !== 'function') return;
  for (const definition of tokenProperties()) {
    try {
      CSS.registerProperty(definition);
    } catch {
      // Registered already (another copy of apptkit, or a page that did it first): keep theirs.
    }
  }
}
