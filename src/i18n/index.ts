export type { Translation, TextDirection } from './translation.js';
export { createCatalog, type Catalog, type TermSet } from './catalog.js';
export { plural, type PluralForms } from '../core/plural.js';
export { registerTranslation, getTranslation, loadTranslation, hasTranslation, fallbackTranslation } from './registry.js';
export { resolveLocale, type ResolvedLocale } from './resolve.js';
export { formatDuration } from './format.js';
export { LocalizeController, type Localization } from './localize-controller.js';
// Only English is exported statically; German, Turkish and Arabic load on first use
// (`loadTranslation('de')`), so they never weigh on the first load of an English page.
export { en } from './locales/en.js';
