/**
 * The `format`s openapi.yaml uses, each checked by the one rule of `src/core` that owns it: the
 * server registers them on its spec-compiled request validator, and the answer checks generated
 * from the spec (src/http/wire-checks.ts) use them to read answers. `what` words what a value
 * must be; `code` gives the field error code of a failing value (`invalid_format` when absent).
 */
import { canonicalLocaleTag } from './locale-tag.js';
import { isE164Phone, isEmailAddress } from './contact.js';
import { isCountryCode } from './countries.js';
import { isCurrencyCode } from './currencies.js';
import { isIsoInstant, isUtcInstant } from './instant.js';
import { EARLIEST_INSTANT, INSTANT_LIMIT, isInstantInRange } from './instant-range.js';
import { isIanaZone } from './time-zone.js';

/** One format: its rule and its words. */
export interface WireFormat {
  validate: (value: string) => boolean;
  /** What a value must be, e.g. `an e-mail address such as ana@example.com`. */
  what: string;
  /** The field error code of a failing value; `invalid_format` when not given. */
  code?: (value: string) => string;
}

/** An ISO-8601 date with an expanded (six-digit, signed) year: a real instant, past the accepted range. */
const EXPANDED_YEAR = /^[+-]\d{6}-\d{2}-\d{2}T/;

/** Why `value` is not an accepted instant (`invalid_format` or `out_of_range`), or `null` when it is one. */
function instantProblem(value: string): string | null {
  if (!isIsoInstant(value)) return EXPANDED_YEAR.test(value) ? 'out_of_range' : 'invalid_format';
  return isInstantInRange(Date.parse(value)) ? null : 'out_of_range';
}

/** `date-time`: an instant with `Z` or an offset, in [EARLIEST_INSTANT, INSTANT_LIMIT). */
export const dateTimeFormat: WireFormat = {
  validate: (value) => instantProblem(value) === null,
  what: `an ISO-8601 instant with Z or an offset, e.g. "2026-10-25T08:00:00Z", at or after ${EARLIEST_INSTANT} and before ${INSTANT_LIMIT}`,
  code: (value) => instantProblem(value) ?? 'invalid_format',
};
/** `utc-instant`: an instant as the server writes them, in UTC ending in `Z`, of a date and time that exist. */
export const utcInstantFormat: WireFormat = { validate: isUtcInstant, what: 'an ISO-8601 UTC instant ending in "Z", e.g. "2026-10-25T01:00:00Z"' };
/** `email`: core's one e-mail rule. */
export const emailFormat: WireFormat = { validate: isEmailAddress, what: 'an e-mail address such as ana@example.com' };
/** `e164`: an E.164 phone number such as `+4915112345678`. */
export const e164Format: WireFormat = { validate: isE164Phone, what: 'an E.164 number such as +4915112345678' };
/** `bcp47`: a well-formed BCP 47 language tag. */
export const bcp47Format: WireFormat = { validate: (value) => canonicalLocaleTag(value) !== null, what: 'a BCP 47 language tag such as "de" or "ar-EG"' };
/** `iana-time-zone`: an IANA time zone name this engine knows (not an offset). */
export const ianaTimeZoneFormat: WireFormat = { validate: isIanaZone, what: 'an IANA time zone such as "Europe/Berlin"', code: () => 'unknown_time_zone' };
/** `country-code`: an assigned ISO 3166-1 alpha-2 code. */
export const countryCodeFormat: WireFormat = { validate: isCountryCode, what: 'an assigned ISO 3166-1 alpha-2 code in uppercase, such as "TR"' };
/** `currency-code`: an active ISO 4217 code. */
export const currencyCodeFormat: WireFormat = { validate: isCurrencyCode, what: 'an active ISO 4217 code in uppercase, such as "EUR"' };
/** `uri`: an absolute URI. */
export const uriFormat: WireFormat = { validate: (value) => URL.canParse(value), what: 'an absolute URI such as https://example.com/' };

/** Every format of the spec by its name. */
export const WIRE_FORMATS: Readonly<Record<string, WireFormat>> = {
  'date-time': dateTimeFormat,
  'utc-instant': utcInstantFormat,
  email: emailFormat,
  e164: e164Format,
  bcp47: bcp47Format,
  'iana-time-zone': ianaTimeZoneFormat,
  'country-code': countryCodeFormat,
  'currency-code': currencyCodeFormat,
  uri: uriFormat,
};
