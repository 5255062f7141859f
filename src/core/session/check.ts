/**
 * Input checks of the session rules. Each either returns the normalized value or throws a native
 * `TypeError` (wrong JavaScript type) or `RangeError` (malformed or out of range) whose message
 * names the field and whose `field` property holds it, like the slot engine's errors.
 */
import { integer, oneOf, type Check, type Rule } from '../field-rules.js';
import { rangeError, show, typeError, type SlotInputError } from '../slots/errors.js';
import { parseInstant } from '../slots/instant.js';

/**
 * An instant: an ISO-8601 / RFC 3339 string with `Z` or an offset (`"2026-03-29T01:00:00+01:00"`),
 * or whole epoch milliseconds (what `serverNow` returns).
 */
export type Instant = string | number;

/** Epoch milliseconds of 0001-01-01T00:00:00Z and 9999-12-31T23:59:59.999Z: the range of four-digit years. */
const MIN_EPOCH_MS = -62_135_596_800_000;
const MAX_EPOCH_MS = 253_402_300_799_999;

function fromCheck<T>(check: Check<T>, field: string): T {
  if (check.ok) return check.value;
  const error = check.code === 'invalid_type' ? new TypeError(check.message) : new RangeError(check.message);
  throw Object.assign(error, { field }) as SlotInputError;
}

/** `value` if it is one of `options`. */
export function requireOption<T extends string>(value: unknown, options: readonly T[], field: string): T {
  return fromCheck(oneOf(options)(field, value), field);
}

/** `value` if it is a whole number of minutes within `[min, max]`. */
export function requireMinutes(value: unknown, min: number, max: number, field: string): number {
  const rule: Rule<number> = integer({ min, max, unit: 'minutes' });
  return fromCheck(rule(field, value), field);
}

/**
 * The epoch milliseconds of an `Instant`. A string with a fraction below the millisecond is
 * rounded `'down'` or `'up'` as the caller's rule needs (an end never moves earlier).
 */
export function requireInstant(value: unknown, field: string, round: 'down' | 'up'): number {
  if (typeof value === 'number') {
    if (!Number.isInteger(value) || value < MIN_EPOCH_MS || value > MAX_EPOCH_MS) {
      throw rangeError(
        field,
        `must be whole epoch milliseconds between years 0001 and 9999, or an ISO-8601 instant; got ${show(value)}`,
      );
    }
    return value;
  }
  if (typeof value !== 'string') {
    throw typeError(field, `must be an ISO-8601 instant or epoch milliseconds; got ${show(value)}`);
  }
  const parsed = parseInstant(value, field);
  return round === 'down' ? parsed.floorMs : parsed.ceilMs;
}

/** `value` as a record, or a TypeError naming `field`. */
export function requireRecord(value: unknown, field: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw typeError(field, `must be an object; got ${show(value)}`);
  }
  return value as Record<string, unknown>;
}
