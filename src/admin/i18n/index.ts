/**
 * Picks the admin strings of a locale: `de-AT` → German; an unknown language → English.
 */
import { ar } from './ar.js';
import { de } from './de.js';
import { en } from './en.js';
import type { AdminLanguage, AdminTranslation } from './translation.js';
import { tr } from './tr.js';

export type { AdminLanguage, AdminTranslation, FieldText, PackageInputField } from './translation.js';

const TRANSLATIONS: Readonly<Record<AdminLanguage, AdminTranslation>> = { en, de, tr, ar };

/** The languages with admin strings. */
export const ADMIN_LANGUAGES: readonly AdminLanguage[] = Object.freeze(Object.keys(TRANSLATIONS) as AdminLanguage[]);

/** The admin strings for a BCP 47 `locale` (its base language), English when there are none. */
export function adminTranslation(locale: string): AdminTranslation {
  const language = (typeof locale === 'string' ? locale : '').trim().split(/[-_]/)[0]?.toLowerCase() ?? '';
  return (TRANSLATIONS as Record<string, AdminTranslation | undefined>)[language] ?? en;
}
