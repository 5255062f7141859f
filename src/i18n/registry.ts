import { createCatalog } from './catalog.js';
import type { Translation } from './translation.js';
import { en } from './locales/en.js';

/** The language used when nothing better is known or the requested one has no translation. */
export const fallbackTranslation: Translation = en;

/**
 * The shared texts. Built-in languages other than English load on first use, in their own
 * chunk, so a page in English never downloads them.
 */
export const translations = createCatalog<Translation>('apptkit', en, {
  de: () => import('./locales/de.js').then((m) => m.de),
  tr: () => import('./locales/tr.js').then((m) => m.tr),
  ar: () => import('./locales/ar.js').then((m) => m.ar),
});

/**
 * Adds (or replaces) shared translations, keyed by their `$code`, so a host can ship another
 * language or reword a built-in one. Elements with their own texts take theirs through their
 * class's `terms` catalog (e.g. `ApptSlotPicker.terms.register(fr)`). Elements pick them up on
 * their next render.
 *
 * @throws {TypeError} when a translation's `$code` is not a lowercase base language subtag.
 */
export function registerTranslation(...list: Translation[]): void {
  translations.register(...list);
}

/** The translation for a base language subtag (`"de"`) if it is ready, else `undefined`. */
export function getTranslation(code: string): Translation | undefined {
  return translations.get(code);
}

/** True when a translation for `code` is registered or can be loaded. */
export function hasTranslation(code: string): boolean {
  return translations.has(code);
}

/**
 * The translation for a base language subtag, loading a built-in one on first use; resolves to
 * `undefined` for a language apptkit does not know. A failed load (offline) may be retried.
 */
export function loadTranslation(code: string): Promise<Translation | undefined> {
  return translations.load(code);
}
