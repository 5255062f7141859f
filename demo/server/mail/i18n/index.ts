/**
 * The e-mail catalog: one module per language (en, de, tr, ar), chosen by a customer's stored
 * language; anything else is English.
 */
import { ar } from './ar.js';
import { de } from './de.js';
import { en } from './en.js';
import type { MailLanguage, MailTerms } from './terms.js';
import { tr } from './tr.js';

export type { MailedMethod, MailLanguage, MailTerms } from './terms.js';

const CATALOG: Readonly<Record<MailLanguage, MailTerms>> = { en, de, tr, ar };

const isMailLanguage = (value: string): value is MailLanguage => Object.hasOwn(CATALOG, value);

/**
 * The mail language of a well-formed BCP 47 tag, by its primary subtag: `"de-AT"` → `"de"`,
 * `"ar-EG"` → `"ar"`; a language without a catalog (`"fr"`) → `"en"`.
 */
export function mailLanguageOf(locale: string): MailLanguage {
  const language = new Intl.Locale(locale).language;
  return isMailLanguage(language) ? language : 'en';
}

/** The terms of `language`; English when `null` or unknown (e.g. a customer who never said). */
export function mailTerms(language: string | null | undefined): MailTerms {
  return language && isMailLanguage(language) ? CATALOG[language] : en;
}
