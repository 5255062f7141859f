/**
 * The rules of changing a booking, pure: when a customer's cut-off passes, and the problem that
 * refuses a change, stating the policy in words. The clock is the caller's (the server's
 * injected clock); nothing here reads the time.
 */
import type { BookingPolicy } from '../../../src/core/booking-policy.js';
import type { Booking } from '../db/bookings.js';
import { HttpProblem } from '../http/problem.js';
import { isoInstant } from '../scheduling/time.js';

const MS_PER_HOUR = 3_600_000;

/** What a customer may do to a booking, each with its own cut-off. */
export type ChangeKind = 'cancel' | 'reschedule';

/** The cut-off of `kind` in `policy`, in hours before the start. */
export const cutoffHoursOf = (policy: BookingPolicy, kind: ChangeKind): number =>
  kind === 'cancel' ? policy.cancelCutoffHours : policy.rescheduleCutoffHours;

/** The instant (epoch ms) from which a customer may no longer `kind` a session starting at `startMs`. */
export const deadlineMs = (startMs: number, policy: BookingPolicy, kind: ChangeKind): number =>
  startMs - cutoffHoursOf(policy, kind) * MS_PER_HOUR;

const hours = (count: number): string => `${count} hour${count === 1 ? '' : 's'}`;

/** The policy of `kind` in words: "Cancellations close 24 hours before the session". */
export function policyInWords(policy: BookingPolicy, kind: ChangeKind): string {
  const what = kind === 'cancel' ? 'Cancellations' : 'Reschedules';
  const cutoff = cutoffHoursOf(policy, kind);
  return cutoff === 0 ? `${what} are open until the session starts` : `${what} close ${hours(cutoff)} before the session`;
}

/** 409 `booking_cancelled`: the booking was cancelled before. */
export const alreadyCancelled = (booking: Booking): HttpProblem =>
  new HttpProblem(409, 'booking_cancelled', `Booking ${booking.id} was cancelled at ${booking.cancelledAt ?? 'an earlier time'}; it cannot be changed any more.`);

/** 409 `booking_ended`: the session has started (or ended). */
export const alreadyStarted = (booking: Booking): HttpProblem =>
  new HttpProblem(409, 'booking_ended', `The session of booking ${booking.id} started at ${booking.start}; a session that has started cannot be changed.`);

/**
 * Why the business may not cancel `booking` at `nowMs`, or `null` when it may: it must still be
 * booked and not have started.
 */
export function businessCancelRefusal(booking: Booking, nowMs: number): HttpProblem | null {
  if (booking.status === 'cancelled') return alreadyCancelled(booking);
  if (nowMs >= Date.parse(booking.start)) return alreadyStarted(booking);
  return null;
}

/**
 * Why the customer may not `kind` `booking` at `nowMs` under `policy`, or `null` when they may:
 * it must be booked, not started, and the clock before its cut-off (`now < start − cutoff`). A
 * passed cut-off is a 409 `cancel_cutoff_passed` / `reschedule_cutoff_passed` with `deadline`,
 * `cutoffHours` and the policy in words.
 */
export function customerChangeRefusal(booking: Booking, policy: BookingPolicy, kind: ChangeKind, nowMs: number): HttpProblem | null {
  const refusal = businessCancelRefusal(booking, nowMs);
  if (refusal) return refusal;
  const deadline = deadlineMs(Date.parse(booking.start), policy, kind);
  if (nowMs < deadline) return null;
  const at = isoInstant(deadline);
  const cutoffHours = cutoffHoursOf(policy, kind);
  return new HttpProblem(
    409,
    kind === 'cancel' ? 'cancel_cutoff_passed' : 'reschedule_cutoff_passed',
    `${policyInWords(policy, kind)}; for this one they closed at ${at}.`,
    { members: { deadline: at, cutoffHours } },
  );
}
