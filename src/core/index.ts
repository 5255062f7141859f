/**
 * apptkit core: the pure domain (model, validation, money). No DOM, no I/O, no dependencies.
 */
export * from './package.js';
export * from './validate-package.js';
export * from './money.js';
export { COUNTRY_CODES, CURRENCY_CODES, isCountryCode, isCurrencyCode } from './iso.js';
export { characterCount } from './field-rules.js';
export * from './slots/index.js';
export * from './temporal.js';
