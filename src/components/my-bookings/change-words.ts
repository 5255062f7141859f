/**
 * What a booking card says about changing a booking: whether it may still be cancelled or moved
 * (by the element's clock, against the booking's `cancellableUntil` / `reschedulableUntil`), until
 * when (in the viewer's zone, the zone named), and once a cut-off passed, the policy in words. The
 * cut-off's hours are the distance from the deadline to the start, so they need no policy at hand.
 */
import type { Booking } from '../../client/types.js';
import type { MyBookingsTexts } from './i18n/catalog.js';

/** Where a booking stands for its changes at a moment. */
export interface ChangeWindow {
  canCancel: boolean;
  canReschedule: boolean;
  /** Until when the open changes are possible, e.g. "You can reschedule or cancel until Sun, May 4, 10:05 AM Eastern Daylight Time."; empty when none is. */
  until: string;
  /** The policy of the changes that closed, in words, e.g. "Changes close 24 hours before the session."; empty when none did. */
  closed: string;
}

const HOUR = 3_600_000;

/** What a booking's change window depends on. */
type Changeable = Pick<Booking, 'status' | 'cancellableUntil' | 'reschedulableUntil'>;

/** The deadline of one change, or `undefined` when the booking cannot have it (cancelled, or an answer without it). */
const deadlineOf = (booking: Changeable, field: 'cancellableUntil' | 'reschedulableUntil'): number | undefined => {
  const value = booking.status === 'cancelled' ? undefined : booking[field];
  return value === undefined ? undefined : Date.parse(value);
};

/** Whole hours from `deadline` to the booking's start: the cut-off of the policy that set it. */
const hoursBefore = (booking: Booking, deadline: number): number => Math.max(0, Math.round((Date.parse(booking.start) - deadline) / HOUR));

/**
 * The change window of `booking` at `now` (epoch ms), worded with `t`; `when` formats a deadline
 * (an instant) in the viewer's zone, naming it.
 */
export function changeWindow(booking: Booking, now: number, t: MyBookingsTexts, when: (instant: number) => string): ChangeWindow {
  const cancelAt = deadlineOf(booking, 'cancellableUntil');
  const moveAt = deadlineOf(booking, 'reschedulableUntil');
  const canCancel = cancelAt !== undefined && now < cancelAt;
  const canReschedule = moveAt !== undefined && now < moveAt;
  let until = '';
  if (canCancel && canReschedule) {
    until = cancelAt === moveAt ? t.myBookingsChangeUntil(when(cancelAt)) : `${t.myBookingsRescheduleUntil(when(moveAt))} ${t.myBookingsCancelUntil(when(cancelAt))}`;
  } else if (canCancel) until = t.myBookingsCancelUntil(when(cancelAt));
  else if (canReschedule) until = t.myBookingsRescheduleUntil(when(moveAt));
  const closedCancel = cancelAt !== undefined && !canCancel ? hoursBefore(booking, cancelAt) : undefined;
  const closedMove = moveAt !== undefined && !canReschedule ? hoursBefore(booking, moveAt) : undefined;
  let closed = '';
  if (closedCancel !== undefined && closedCancel === closedMove) closed = t.myBookingsChangesClosed(closedCancel);
  else {
    closed = [closedMove === undefined ? '' : t.myBookingsRescheduleClosed(closedMove), closedCancel === undefined ? '' : t.myBookingsCancelClosed(closedCancel)]
      .filter(Boolean)
      .join(' ');
  }
  return { canCancel, canReschedule, until, closed };
}

/** The next moment after `now` at which a booking's change window closes, if any (for a timer). */
export function nextChangeBoundary(bookings: readonly Changeable[], now: number): number | undefined {
  let next: number | undefined;
  for (const booking of bookings) {
    for (const at of [deadlineOf(booking, 'cancellableUntil'), deadlineOf(booking, 'reschedulableUntil')]) {
      if (at !== undefined && at > now && (next === undefined || at < next)) next = at;
    }
  }
  return next;
}

/**
 * Formats deadlines in one locale and zone, the zone named: "Sun, May 4, 10:05 AM Eastern Daylight
 * Time". One `Intl.DateTimeFormat`, rebuilt only when the locale or zone changes.
 */
export class DeadlineFormat {
  private format: Intl.DateTimeFormat | undefined;
  private key = '';

  /** `instant` (epoch ms) in `locale` and `timeZone`. */
  of(instant: number, locale: string, timeZone: string): string {
    const key = `${locale} ${timeZone}`;
    if (this.key !== key || !this.format) {
      this.format = new Intl.DateTimeFormat(locale, { weekday: 'short', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZone, timeZoneName: 'long' });
      this.key = key;
    }
    return this.format.format(instant);
  }
}
