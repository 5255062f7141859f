/**
 * The customer's language and time zone, as purchases, bookings and sign-ins may send them
 * (`locale`, `timeZone`): e-mails are written in that language and show times in that zone.
 */
import { canonicalLocaleTag, getTemporal } from '../../../src/core/node.js';
import { mailLanguageOf, type MailLanguage } from '../mail/i18n/index.js';

/** What a request said of the customer; a field left out is `undefined` (the stored one stays). */
export interface Preferences {
  /** The mail language of `locale` (en, de, tr, ar by primary subtag; anything else is en). */
  locale?: MailLanguage;
  /** An IANA time zone in IANA's spelling (e.g. `"Europe/Berlin"` for `"europe/berlin"`). */
  timeZone?: string;
}

/**
 * `timeZone` in IANA's spelling (`europe/berlin` → `Europe/Berlin`; a link such as
 * `Asia/Kolkata` stays as sent). The request checks have already refused a zone no engine knows.
 */
function canonicalZone(timeZone: string): string {
  try {
    return getTemporal().Instant.fromEpochMilliseconds(0).toZonedDateTimeISO(timeZone).timeZoneId;
  } catch {
    return timeZone;
  }
}

/** The preferences of a checked request body: the mail language of its `locale`, its `timeZone` in IANA's spelling. */
export function preferencesOf(body: { locale?: string; timeZone?: string }): Preferences {
  const preferences: Preferences = {};
  const locale = body.locale === undefined ? null : canonicalLocaleTag(body.locale);
  if (locale !== null) preferences.locale = mailLanguageOf(locale);
  if (body.timeZone !== undefined) preferences.timeZone = canonicalZone(body.timeZone);
  return preferences;
}
