/**
 * apptkit core: the pure domain — the package model and its validation, money, the slot engine,
 * Temporal loading, the session-ending rules and calendar files. No DOM, no I/O.
 */
export * from './package.js';
export * from './validate-package.js';
export * from './read-package.js';
export * from './money.js';
export { COUNTRY_CODES, isCountryCode } from './countries.js';
export { CURRENCY_CODES, isCurrencyCode } from './currencies.js';
export { characterCount } from './field-rules.js';
export * from './slots/index.js';
export * from './temporal.js';
export * from './session/index.js';
export * from './credit-package.js';
export * from './validate-credit-package.js';
export { EARLIEST_INSTANT, INSTANT_LIMIT, isInstantInRange } from './instant-range.js';
export { calendarFile, icsDateTime, type CalendarEvent } from './ics.js';
export { E164_PHONE, EMAIL_SHAPE, hasEmailShape, isE164Phone, isEmailAddress, MAX_EMAIL_LENGTH } from './contact.js';
export { isRecord } from './record.js';
export { ISO_INSTANT, isIsoInstant, isUtcInstant, UTC_INSTANT } from './instant.js';
export { IANA_ZONE_NAME, isIanaZone } from './time-zone.js';
export { canonicalLocaleTag, isLocaleTag, MAX_LOCALE_LENGTH } from './locale-tag.js';
export { WIRE_FORMATS, type WireFormat } from './wire-formats.js';
export { isCreditGrantAmount, MAX_CREDIT_GRANT } from './credit-grant.js';
export { sessionsOverlap, slotsOverlap, spanEndMs, type SessionTimesMs } from './session-span.js';
