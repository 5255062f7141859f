/** What the sign-in form reads from its fields, and from a rate-limited answer. */
import type { ApiError } from '../../client/errors.js';

export { isEmailAddress } from '../../core/contact.js';

/**
 * The code as typed, reduced to ASCII digits: spaces and dashes (as in "123 456") dropped, and
 * Arabic-Indic or Persian digits (from an Arabic keyboard) read as the digits they are.
 */
export function normalizeCode(value: string): string {
  return value
    .replace(/[\s\-\u00a0\u202f]/g, '')
    .replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (digit) => String(digit.charCodeAt(0) & 0xf));
}

/**
 * How long a rate-limited answer asks to wait, in milliseconds, if it says: the error's
 * `retryAfterMs`, or the problem's `retryAfter` in seconds. `undefined` when unknown.
 */
export function retryAfterMs(error: Pick<ApiError, 'problem' | 'retryAfterMs'>): number | undefined {
  const own = error.retryAfterMs;
  if (own !== undefined && Number.isFinite(own) && own >= 0) return own;
  const seconds = error.problem?.retryAfter;
  if (typeof seconds === 'number' && Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  return undefined;
}
