import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Booking } from '../../client/types.js';
import { nextChangeBoundary } from './change-words.js';

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

/** The longest `setTimeout` browsers honour (about 24.8 days); a later boundary waits in steps. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Re-renders its host when the next booking's join window opens or closes, or its time to cancel
 * or reschedule runs out: one timer set after every render for the nearest boundary, no polling,
 * nothing while the host is off the page.
 */
export class JoinWindowTimer implements ReactiveController {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private connected = false;

  /** `bookings`: the bookings shown, or `undefined` while none are; `now`: the device clock, epoch ms. */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly bookings: () => readonly Pick<Booking, 'start' | 'end' | 'status' | 'cancellableUntil' | 'reschedulableUntil'>[] | undefined,
    private readonly now: () => number,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
  }

  hostUpdated(): void {
    this.clear();
    const bookings = this.bookings();
    if (!this.connected || !bookings) return;
    const now = this.now();
    const next = [nextBoundary(bookings, now), nextChangeBoundary(bookings, now)].reduce<number | undefined>(
      (soonest, at) => (at === undefined ? soonest : soonest === undefined ? at : Math.min(soonest, at)),
      undefined,
    );
    if (next === undefined) return;
    this.timer = setTimeout(() => this.host.requestUpdate(), Math.min(Math.max(next - now, 0), MAX_TIMER_MS));
  }

  hostDisconnected(): void {
    this.connected = false;
    this.clear();
  }

  private clear(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}
