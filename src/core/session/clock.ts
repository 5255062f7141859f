/**
 * The server's clock as seen from a browser. Session times come from the server, never the
 * browser: a device clock may be minutes off. The browser measures the offset once from a
 * response carrying the server's time, then reads the server's "now" as its own clock + offset.
 */
import { rangeError, show, typeError } from '../slots/errors.js';
import { requireInstant, type Instant } from './check.js';

function requireMs(value: unknown, field: string): number {
  if (typeof value !== 'number') throw typeError(field, `must be a number of milliseconds; got ${show(value)}`);
  if (!Number.isSafeInteger(value)) {
    throw rangeError(field, `must be a whole number of milliseconds; got ${show(value)}`);
  }
  return value;
}

/** One request/response round trip whose response carried the server's clock. */
export interface ClockSample {
  /** The server's time when it answered, e.g. a `serverTime` field of the response. */
  serverTime: Instant;
  /** The local clock (`Date.now()`) just before the request was sent. */
  sentAt: number;
  /** The local clock (`Date.now()`) when the response arrived; not before `sentAt`. */
  receivedAt: number;
}

/**
 * The server clock minus the local clock, in whole milliseconds, from one round trip: the server
 * is assumed to have answered halfway through it, so the error is at most half the round trip.
 *
 * @throws TypeError or RangeError naming the field for a malformed instant, a non-integer time, or
 *   `receivedAt` before `sentAt`.
 * @example
 * clockOffsetMs({ serverTime: '2026-03-29T10:00:00Z', sentAt: local - 200, receivedAt: local })
 */
export function clockOffsetMs(sample: ClockSample): number {
  const serverMs = requireInstant(sample.serverTime, 'serverTime', 'down');
  const sentAt = requireMs(sample.sentAt, 'sentAt');
  const receivedAt = requireMs(sample.receivedAt, 'receivedAt');
  if (receivedAt < sentAt) {
    throw rangeError('receivedAt', `must not be before sentAt (${sentAt}); got ${receivedAt}`);
  }
  return Math.round(serverMs - (sentAt + receivedAt) / 2);
}

/**
 * The server's current time in epoch milliseconds: the local clock corrected by the offset
 * measured with `clockOffsetMs` (server − local). Feed it to the call machine's ticks and to
 * `remainingMs` instead of the raw `Date.now()`.
 *
 * @throws TypeError or RangeError naming `localNow` or `offsetMs` when it is not a whole number.
 * @example
 * serverNow(Date.now(), offsetMs)
 */
export function serverNow(localNow: number, offsetMs: number): number {
  return requireMs(localNow, 'localNow') + requireMs(offsetMs, 'offsetMs');
}
