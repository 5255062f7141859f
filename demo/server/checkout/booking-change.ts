/**
 * The transactions that cancel or move a booked session, inside the caller's (idempotent)
 * transaction, and the notice e-mail each sends once committed. The rules of who may change what
 * and until when are `booking-policy.ts`'s; the race between writers is the reservations'
 * exclusion constraint's.
 */
import { findAvailability } from '../db/availability.js';
import { cancelBooking, findChangeableBooking, moveBooking, type Cancellation, type ChangeableBooking } from '../db/booking-changes.js';
import { findBooking, purchaseParties, type PurchaseParties } from '../db/bookings.js';
import type { Queryable } from '../db/database.js';
import { deleteExpiredHolds, ReservationConflict } from '../db/holds.js';
import { lockPurchase, publicPurchase } from '../db/purchases.js';
import { HttpProblem, notFound, validationProblem } from '../http/problem.js';
import type { Reply } from '../http/router.js';
import { cancellationMail, rescheduleMail } from '../mail/booking-change-mail.js';
import type { Mail } from '../mail/mailer.js';
import { mailerOf } from '../mail/outbox.js';
import type { RouteDeps } from '../routes/context.js';
import { isOffered } from '../scheduling/offered-slots.js';
import { isoInstant } from '../scheduling/time.js';
import { emitBookingEvents } from '../webhooks/events.js';
import { readerOf } from './confirmation.js';
import type { Schema } from '../../../src/wire/index.js';

/** What every change answers (openapi.yaml's `BookingChange`). */
export type BookingChange = Schema<'BookingChange'>;

/** The booking `bookingId`, locked for the transaction, or 404 when there is none. */
export async function lockChangeableBooking(tx: Queryable, bookingId: string): Promise<ChangeableBooking> {
  const changeable = await findChangeableBooking(tx, bookingId, true);
  if (!changeable) throw notFound(`Booking "${bookingId}"`);
  return changeable;
}

/** The answer of a change of `bookingId`: the booking and its purchase as they are now. */
async function changeAnswer(tx: Queryable, bookingId: string, purchaseId: string): Promise<BookingChange> {
  const booking = await findBooking(tx, bookingId);
  const purchase = await lockPurchase(tx, purchaseId);
  if (!booking || !purchase) throw new Error(`Booking ${bookingId} or its purchase ${purchaseId} vanished inside its transaction.`);
  return { booking, purchase: publicPurchase(purchase), emailSent: false };
}

/** Cancels the locked, changeable `changeable` as `cancellation` says; the answer to send. */
export async function cancelChangeable(tx: Queryable, changeable: ChangeableBooking, cancellation: Cancellation): Promise<BookingChange> {
  const { booking } = changeable;
  await cancelBooking(tx, booking.id, booking.purchaseId, cancellation);
  const answer = await changeAnswer(tx, booking.id, booking.purchaseId);
  await emitBookingEvents(tx, 'booking.cancelled', [answer.booking], cancellation.atMs);
  return answer;
}

/** The server settings a move needs. */
export interface MoveClock {
  nowMs: number;
  minNoticeMinutes: number;
}

/**
 * Moves the locked, changeable `changeable` to `start` (an instant the spec's check accepted).
 * The start must be a slot the expert offers for the package by the booking rules (availability,
 * overrides, blocks, notice), else 422 on `start`; another reservation there → 409 `slot_taken`,
 * and the booking keeps its time. Its own current time never blocks it: it is the same row.
 */
export async function moveChangeable(tx: Queryable, changeable: ChangeableBooking, start: string, clock: MoveClock): Promise<BookingChange> {
  const { booking } = changeable;
  const startMs = Date.parse(start);
  if (Number.isNaN(startMs)) {
    throw validationProblem([{ field: 'start', code: 'invalid_instant', message: `start must be an ISO-8601 instant (got "${start}").` }]);
  }
  const availability = await findAvailability(tx, booking.expertId);
  if (!availability) throw notFound(`The expert ${booking.expertId}`);
  const context = { availability, durationMinutes: changeable.durationMinutes, breakMinutes: changeable.breakMinutes, ...clock };
  if (!(await isOffered(tx, context, startMs, 'blocks'))) {
    throw validationProblem([
      { field: 'start', code: 'not_offered', message: `start (${isoInstant(startMs)}) is not a slot this expert offers for the package.` },
    ]);
  }
  await deleteExpiredHolds(tx, booking.expertId, clock.nowMs);
  try {
    await moveBooking(tx, booking.id, startMs, changeable.durationMinutes, changeable.breakMinutes);
  } catch (error) {
    if (!(error instanceof ReservationConflict)) throw error;
    throw new HttpProblem(409, 'slot_taken', 'start was taken by someone else a moment ago; pick another slot.', {
      errors: [{ field: 'start', code: 'slot_taken', message: `start (${isoInstant(startMs)}) is already held or booked.` }],
    });
  }
  const answer = await changeAnswer(tx, booking.id, booking.purchaseId);
  await emitBookingEvents(tx, 'booking.rescheduled', [answer.booking], clock.nowMs);
  return answer;
}

/**
 * Sends the notice `compose` writes to the customer of purchase `purchaseId`; whether the mailer
 * took it. Never throws: a failure is logged, and the change stands.
 */
async function sendNotice(deps: RouteDeps, purchaseId: string, bookingId: string, compose: (reader: ReturnType<typeof readerOf>, parties: PurchaseParties) => Mail): Promise<boolean> {
  try {
    const parties = await purchaseParties(deps.db, purchaseId);
    if (!parties) throw new Error(`Purchase ${purchaseId} has no customer, expert or package to write about.`);
    await mailerOf(deps).send(compose(readerOf(parties), parties));
    return true;
  } catch (error) {
    deps.config.log.error('booking change e-mail failed; the change stands', {
      purchaseId,
      bookingId,
      error: error instanceof Error ? error.message : String(error),
    });
    return false;
  }
}

const withEmailSent = (reply: Reply, sent: boolean): Reply => (sent ? { ...reply, body: { ...(reply.body as BookingChange), emailSent: true } } : reply);

/** The `afterCommit` of a cancellation: the notice (unless `notify` is false), and `emailSent` in the answer. */
export function noticeCancellationAfterCommit(deps: RouteDeps, reason: string | null, notify = true): { afterCommit?: (reply: Reply) => Promise<Reply> } {
  if (!notify) return {};
  return {
    afterCommit: async (reply) => {
      const { booking } = reply.body as BookingChange;
      const sent = await sendNotice(deps, booking.purchaseId, booking.id, (reader, { expertName, packageTitle }) =>
        cancellationMail({
          ...reader,
          expertName,
          packageTitle,
          start: booking.start,
          end: booking.end,
          cancelledBy: booking.cancelledBy ?? 'business',
          sessionReturned: booking.sessionReturned === true,
          reason,
        }),
      );
      return withEmailSent(reply, sent);
    },
  };
}

/** The `afterCommit` of a move from `previous` (the booking before it): the notice, and `emailSent` in the answer. */
export function noticeRescheduleAfterCommit(deps: RouteDeps, previous: { start: string; end: string }): { afterCommit: (reply: Reply) => Promise<Reply> } {
  return {
    afterCommit: async (reply) => {
      const { booking } = reply.body as BookingChange;
      const sent = await sendNotice(deps, booking.purchaseId, booking.id, (reader, { expertName, packageTitle, place }) =>
        rescheduleMail({ ...reader, ...place, expertName, packageTitle, start: booking.start, end: booking.end, previousStart: previous.start, previousEnd: previous.end }),
      );
      return withEmailSent(reply, sent);
    },
  };
}
