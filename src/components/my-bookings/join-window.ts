import type { Booking } from '../../client/types.js';

/** Joining opens this long before a session's start (the server's `joinOpensAt` rule) and closes at its end. */
export const JOIN_OPENS_BEFORE_MS = 10 * 60_000;

/** Where a booking stands for joining at `now`: not yet (and when it opens), open, or over. */
export type JoinPhase = { kind: 'before'; opensAt: number } | { kind: 'open' } | { kind: 'over' };

/** The booking's join phase at `now` (epoch ms): from 10 minutes before `start` until `end`. */
export function joinPhase(booking: Pick<Booking, 'start' | 'end'>, now: number): JoinPhase {
  const opensAt = Date.parse(booking.start) - JOIN_OPENS_BEFORE_MS;
  if (now < opensAt) return { kind: 'before', opensAt };
  return now < Date.parse(booking.end) ? { kind: 'open' } : { kind: 'over' };
}

/** The next moment after `now` at which a booking's join phase changes, if any. */
export function nextBoundary(bookings: readonly Pick<Booking, 'start' | 'end'>[], now: number): number | undefined {
  let next: number | undefined;
  for (const booking of bookings) {
    for (const at of [Date.parse(booking.start) - JOIN_OPENS_BEFORE_MS, Date.parse(booking.end)]) {
      if (at > now && (next === undefined || at < next)) next = at;
    }
  }
  return next;
}
