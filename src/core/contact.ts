/**
 * The shape checks of a customer's contact details, shared by the client, the checkout and the
 * sign-in: they catch typos before a request; the server has the last word.
 */

/** The longest e-mail address (RFC 5321 path limit), as the API checks it. */
export const MAX_EMAIL_LENGTH = 254;

/** Whether `value` is shaped like an e-mail address: one `@`, something before it, a dotted domain after it, no spaces. */
export function hasEmailShape(value: string): boolean {
  return /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(value);
}

/** Whether `value` looks like an e-mail address the API takes: {@link hasEmailShape} and at most 254 characters. */
export function isEmailAddress(value: string): boolean {
  return value.length <= MAX_EMAIL_LENGTH && hasEmailShape(value);
}

/** Whether `value` is an E.164 phone number: `+`, a country code not starting with 0, 7 to 15 digits in all. */
export function isE164Phone(value: string): boolean {
  return /^\+[1-9]\d{6,14}$/.test(value);
}
