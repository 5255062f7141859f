/**
 * Checks of method arguments shared by the lazily loaded parts (scheduling and checkout): each
 * throws a `TypeError` or `RangeError` naming the argument before anything is sent.
 */
import { isUtcInstant } from '../core/instant.js';

/** Idempotency keys: visible ASCII, 1–255 characters. */
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;

/** Shows a bad argument in a message: strings quoted, anything else as `String()` gives it. */
export const shown = (value: unknown): string => (typeof value === 'string' ? JSON.stringify(value) : String(value));

/** The `Idempotency-Key` of a write: the caller's own key (checked), else a fresh `crypto.randomUUID()`. */
export function idempotencyKeyOf(key: unknown): string {
  if (key === undefined) return crypto.randomUUID();
  if (typeof key !== 'string' || !IDEMPOTENCY_KEY.test(key)) {
    throw new TypeError(`idempotencyKey must be 1–255 visible ASCII characters without spaces (got ${shown(key)}).`);
  }
  return key;
}

/**
 * Slot starts to reserve or book: 1 to `max` UTC instants exactly as `slots.list` gave them, none
 * repeated. Returns a copy.
 */
export function slotStarts(starts: unknown, max = Infinity): string[] {
  if (!Array.isArray(starts) || starts.length === 0) {
    throw new TypeError(`starts must be a non-empty array of slot starts (got ${Array.isArray(starts) ? 'an empty array' : shown(starts)}).`);
  }
  if (starts.length > max) throw new RangeError(`starts may hold at most ${max} slot starts (got ${starts.length}).`);
  const seen = new Map<number, number>();
  starts.forEach((start: unknown, index) => {
    if (!isUtcInstant(start)) {
      throw new TypeError(`starts[${index}] must be a slot start as slots.list gave it, a UTC instant ending in "Z" (got ${shown(start)}).`);
    }
    const at = Date.parse(start);
    const first = seen.get(at);
    if (first !== undefined) throw new RangeError(`starts[${index}] repeats starts[${first}] (${start}).`);
    seen.set(at, index);
  });
  return [...(starts as string[])];
}
