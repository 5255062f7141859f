/**
 * The `format`s openapi.yaml uses, each checked by the one rule of src/core, and the field error
 * code each failure is answered with.
 */
import type { Ajv2020 } from 'ajv/dist/2020.js';
import {
  canonicalLocaleTag,
  EARLIEST_INSTANT,
  INSTANT_LIMIT,
  isE164Phone,
  isEmailAddress,
  isIanaZone,
  isCountryCode,
  isCurrencyCode,
  isInstantInRange,
  isIsoInstant,
} from '../../../src/core/index.js';

/** An ISO-8601 date with an expanded (six-digit, signed) year: a real instant, past the accepted range. */
const EXPANDED_YEAR = /^[+-]\d{6}-\d{2}-\d{2}T/;

/** Why `value` is not an accepted instant (`invalid_format` or `out_of_range`), or `null` when it is one. */
function instantProblem(value: string): string | null {
  if (!isIsoInstant(value)) return EXPANDED_YEAR.test(value) ? 'out_of_range' : 'invalid_format';
  return isInstantInRange(Date.parse(value)) ? null : 'out_of_range';
}

interface WireFormat {
  validate: (value: string) => boolean;
  /** What a value must be, e.g. `an e-mail address such as ana@example.com`. */
  what: string;
  /** The field error code of a failing value; `invalid_format` when not given. */
  code?: (value: string) => string;
}

const FORMATS: Record<string, WireFormat> = {
  /** An instant with `Z` or an offset, in [EARLIEST_INSTANT, INSTANT_LIMIT). */
  'date-time': {
    validate: (value) => instantProblem(value) === null,
    what: `an ISO-8601 instant with Z or an offset, e.g. "2026-10-25T08:00:00Z", at or after ${EARLIEST_INSTANT} and before ${INSTANT_LIMIT}`,
    code: (value) => instantProblem(value) ?? 'invalid_format',
  },
  email: { validate: isEmailAddress, what: 'an e-mail address such as ana@example.com' },
  /** An E.164 phone number such as `+4915112345678`. */
  e164: { validate: isE164Phone, what: 'an E.164 number such as +4915112345678' },
  /** A well-formed BCP 47 language tag. */
  bcp47: { validate: (value) => canonicalLocaleTag(value) !== null, what: 'a BCP 47 language tag such as "de" or "ar-EG"' },
  /** An IANA time zone name this engine knows (not an offset). */
  'iana-time-zone': { validate: isIanaZone, what: 'an IANA time zone such as "Europe/Berlin"', code: () => 'unknown_time_zone' },
  'country-code': { validate: isCountryCode, what: 'an assigned ISO 3166-1 alpha-2 code in uppercase, such as "TR"' },
  'currency-code': { validate: isCurrencyCode, what: 'an active ISO 4217 code in uppercase, such as "EUR"' },
  /** An absolute URI. */
  uri: { validate: (value) => URL.canParse(value), what: 'an absolute URI such as https://example.com/' },
};

/** Registers every wire format on `ajv`. */
export function addWireFormats(ajv: Ajv2020): void {
  for (const [name, { validate }] of Object.entries(FORMATS)) ajv.addFormat(name, { type: 'string', validate });
}

/** The field error code of `value` failing the format `name`, and what a value must be. */
export function formatFailure(name: string, value: unknown): { code: string; what: string } {
  const format = FORMATS[name];
  const code = format?.code && typeof value === 'string' ? format.code(value) : 'invalid_format';
  return { code, what: format?.what ?? `a ${name} value` };
}
