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
export { hasEmailShape, isE164Phone, isEmailAddress, MAX_EMAIL_LENGTH } from './contact.js';
