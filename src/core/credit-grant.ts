/** The one rule of a credit grant's amount, for the admin SDK and the server alike. */

/** The most credits one grant may add. */
export const MAX_CREDIT_GRANT = 1_000_000;

/** Whether `value` is a credit grant amount: a whole number from 1 to {@link MAX_CREDIT_GRANT}. */
export function isCreditGrantAmount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= MAX_CREDIT_GRANT;
}
