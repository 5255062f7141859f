import type { Translation } from './translation.js';
import { en } from './locales/en.js';

/** The language used when nothing better is known or the requested one has no translation. */
export const fallbackTranslation: Translation = en;

/** Translations ready to use, by base language subtag. */
const translations = new Map<string, Translation>([[en.$code, en]]);

/**
 * Built-in languages other than English load on first use, in their own chunk, so a page in
 * English never downloads them.
 */
const loaders = new Map<string, () => Promise<Translation>>([
  ['de', () => import('./locales/de.js').then((m) => m.de)],
  ['tr', () => import('./locales/tr.js').then((m) => m.tr)],
  ['ar', () => import('./locales/ar.js').then((m) => m.ar)],
]);
const loading = new Map<string, Promise<Translation | undefined>>();

/**
 * Adds (or replaces) translations, keyed by their `$code`, so a host can ship another
 * language or reword a built-in one. Elements pick them up on their next render.
 *
 * @throws {TypeError} when a translation's `$code` is not a lowercase base language subtag.
 */
export function registerTranslation(...list: Translation[]): void {
  for (const translation of list) {
    if (!/^[a-z]{2,3}$/.test(translation.$code)) {
      throw new TypeError(
        `registerTranslation: $code must be a lowercase base language subtag like "fr", got ${JSON.stringify(translation.$code)}.`,
      );
    }
    translations.set(translation.$code, translation);
  }
}

/** The translation for a base language subtag (`"de"`) if it is ready, else `undefined`. */
export function getTranslation(code: string): Translation | undefined {
  return translations.get(code.toLowerCase());
}

/** True when a translation for `code` is registered or can be loaded. */
export function hasTranslation(code: string): boolean {
  const key = code.toLowerCase();
  return translations.has(key) || loaders.has(key);
}

/**
 * The translation for a base language subtag, loading a built-in one on first use; resolves to
 * `undefined` for a language apptkit does not know. A failed load (offline) may be retried.
 */
export function loadTranslation(code: string): Promise<Translation | undefined> {
  const key = code.toLowerCase();
  const ready = translations.get(key);
  if (ready) return Promise.resolve(ready);
  const loader = loaders.get(key);
  if (!loader) return Promise.resolve(undefined);
  let pending = loading.get(key);
  if (!pending) {
    pending = loader().then(
      (translation) => {
        if (!translations.has(key)) translations.set(key, translation);
        return translations.get(key);
      },
      (error: unknown) => {
        loading.delete(key);
        throw new Error(`Could not load the "${key}" translation.`, { cause: error });
      },
    );
    loading.set(key, pending);
  }
  return pending;
}
