/**
 * The customer's language and time zone, as purchases, bookings and sign-ins may send them
 * (`locale`, `timeZone`): e-mails are written in that language and show times in that zone.
 */
import { getTemporal, type FieldError } from '../../../src/core/node.js';
import { IANA_ZONE_NAME } from '../../../src/core/time-zone.js';
import { mailLanguageOf, type MailLanguage } from '../mail/i18n/index.js';

/** What a request said of the customer; a field left out is `undefined` (the stored one stays). */
export interface Preferences {
  /** The mail language of `locale` (en, de, tr, ar by primary subtag; anything else is en). */
  locale?: MailLanguage;
  /** An IANA time zone in IANA's spelling (e.g. `"Europe/Berlin"` for `"europe/berlin"`). */
  timeZone?: string;
}

/** The request fields {@link readPreferences} reads. */
export const PREFERENCE_FIELDS = ['locale', 'timeZone'] as const;


/**
 * `timeZone` in IANA's spelling (`europe/berlin` → `Europe/Berlin`; a link such as
 * `Asia/Kolkata` stays as sent), or `null` when it is not a zone Temporal knows.
 */
function canonicalZone(timeZone: string): string | null {
  if (!IANA_ZONE_NAME.test(timeZone)) return null;
  try {
    return getTemporal().Instant.fromEpochMilliseconds(0).toZonedDateTimeISO(timeZone).timeZoneId;
  } catch {
    return null;
  }
}

/** `locale` canonicalized, or `null` when it is not a well-formed BCP 47 tag. */
function canonicalLocale(locale: string): string | null {
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? null;
  } catch {
    return null;
  }
}

/** The trimmed string `field` of `record` (at most `max` characters), `undefined` when left out. */
function optionalText(record: Record<string, unknown>, field: string, max: number, errors: FieldError[]): string | undefined {
  const value = record[field];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') {
    errors.push({ field, code: 'invalid_type', message: `${field} must be a string.` });
    return undefined;
  }
  if (value.trim().length > max) {
    errors.push({ field, code: 'too_long', message: `${field} must be at most ${max} characters.` });
    return undefined;
  }
  return value.trim();
}

/** Reads the optional `locale` (BCP 47, ≤ 35 characters) and `timeZone` (IANA) of `record`, pushing any error. */
export function readPreferences(record: Record<string, unknown>, errors: FieldError[]): Preferences {
  const preferences: Preferences = {};
  const locale = optionalText(record, 'locale', 35, errors);
  if (locale !== undefined) {
    const canonical = locale === '' ? null : canonicalLocale(locale);
    if (canonical === null) {
      errors.push({ field: 'locale', code: 'invalid_format', message: `locale must be a BCP 47 language tag such as "de" or "ar-EG" (got ${JSON.stringify(locale)}).` });
    } else {
      preferences.locale = mailLanguageOf(canonical);
    }
  }
  const timeZone = optionalText(record, 'timeZone', 64, errors);
  if (timeZone !== undefined) {
    const zone = canonicalZone(timeZone);
    if (zone === null) {
      errors.push({ field: 'timeZone', code: 'unknown_time_zone', message: `timeZone must be an IANA time zone such as "Europe/Berlin" (got ${JSON.stringify(timeZone)}).` });
    } else {
      preferences.timeZone = zone;
    }
  }
  return preferences;
}
