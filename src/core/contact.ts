/**
 * The rules of a customer's contact details, shared by the client, the admin SDK, the checkout,
 * the sign-in and the server's request checks: one e-mail rule and one phone rule for all of them.
 */

/** The longest e-mail address (RFC 5321 path limit), as the API checks it. */
export const MAX_EMAIL_LENGTH = 254;

/** One `@`, something before it, a dotted domain after it (no empty labels), no spaces: `a@b` is refused. */
export const EMAIL_SHAPE = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;

/** E.164: `+`, a country code not starting with 0, 7 to 15 digits in all. */
export const E164_PHONE = /^\+[1-9]\d{6,14}$/;

/** Whether `value` is shaped like an e-mail address ({@link EMAIL_SHAPE}), whatever its length. */
export function hasEmailShape(value: unknown): value is string {
  return typeof value === 'string' && EMAIL_SHAPE.test(value);
}

/** Whether `value` is an e-mail address the API takes: {@link hasEmailShape} and at most 254 characters. */
export function isEmailAddress(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_EMAIL_LENGTH && hasEmailShape(value);
}

/** Whether `value` is an E.164 phone number ({@link E164_PHONE}), e.g. `+4915112345678`. */
export function isE164Phone(value: unknown): value is string {
  return typeof value === 'string' && E164_PHONE.test(value);
}
