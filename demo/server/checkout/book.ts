/**
 * Books sessions of a paid purchase, inside the caller's transaction: either by converting a
 * live hold, or directly at offered starts. Entitlements are used with a conditional update and
 * the time is taken by the reservations' exclusion constraint, so a purchase is never overbooked
 * and a slot never double-booked. Any failure throws, and the caller's transaction rolls back.
 */
import type { AppointmentPackage, FieldError } from '../../../src/core/node.js';
import { findAvailability } from '../db/availability.js';
import { convertHold, insertBookings, type Booking, type BookingOwner } from '../db/bookings.js';
import type { Queryable } from '../db/database.js';
import { deleteExpiredHolds, ReservationConflict } from '../db/holds.js';
import { useSessions, type StoredPurchase } from '../db/purchases.js';
import { HttpProblem, notFound, validationProblem } from '../http/problem.js';
import { checkStarts } from '../scheduling/hold-request.js';
import { isOffered } from '../scheduling/offered-slots.js';
import { isoInstant } from '../scheduling/time.js';
import { issueJoinTokens } from '../calls/join-tokens.js';
import { emitBookingEvents } from '../webhooks/events.js';
import { tokenMatches } from './secrets.js';

/**
 * What to book: a hold (id and token; token `null` only for a hold the server already checked,
 * e.g. the one a pending purchase was made with) or starts (instants as sent).
 */
export type BookingSource = { kind: 'hold'; id: string; token: string | null } | { kind: 'starts'; starts: readonly string[] };

/** A hold to lock: its id and the caller's token (`null`: already verified by the server). */
export interface HoldRef {
  id: string;
  token: string | null;
}

/** The server settings booking needs. */
export interface BookingClock {
  nowMs: number;
  minNoticeMinutes: number;
}

const ownerOf = (purchase: StoredPurchase): BookingOwner => ({
  purchaseId: purchase.id,
  customerId: purchase.customerId,
  expertId: purchase.expertId,
  packageId: purchase.packageId,
});

function tooFew(purchase: StoredPurchase, wanted: number, field: string): HttpProblem {
  const left = purchase.sessionsTotal - purchase.sessionsUsed - (purchase.sessionsRefunded ?? 0);
  return validationProblem([
    {
      field,
      code: 'too_many_sessions',
      message: `${field} asks for ${wanted} session${wanted === 1 ? '' : 's'} but purchase ${purchase.id} has ${left} of ${purchase.sessionsTotal} left to book.`,
    },
  ]);
}

async function useEntitlements(tx: Queryable, purchase: StoredPurchase, count: number, field: string): Promise<void> {
  if (purchase.status !== 'paid') {
    throw new HttpProblem(409, 'purchase_not_paid', `Purchase ${purchase.id} is ${purchase.status}; only a paid purchase can be booked.`);
  }
  if (!(await useSessions(tx, purchase.id, count))) throw tooFew(purchase, count, field);
}

/**
 * Locks the live hold `source` of package `packageId` and returns how many sessions it holds.
 * Throws 404 (unknown hold or wrong token), 410 `hold_expired`, or 422 (another package's hold).
 */
export async function lockLiveHold(tx: Queryable, source: HoldRef, packageId: string, nowMs: number): Promise<number> {
  const { rows } = await tx.query<{ token_hash: string; package_id: string; expires_at: Date; sessions: number | string }>(
    `SELECT h.token_hash, h.package_id, h.expires_at, (SELECT count(*) FROM reservations r WHERE r.hold_id = h.id) AS sessions
     FROM holds h WHERE h.id = $1 FOR UPDATE`,
    [source.id],
  );
  const hold = rows[0];
  if (!hold || (source.token !== null && !tokenMatches(source.token, hold.token_hash))) throw notFound(`A hold "${source.id}" with this holdToken`);
  if (hold.expires_at.getTime() <= nowMs) {
    throw new HttpProblem(410, 'hold_expired', `Hold ${source.id} expired at ${isoInstant(hold.expires_at)}; its slots may be gone. Hold them again.`);
  }
  if (hold.package_id !== packageId) {
    throw validationProblem([
      { field: 'holdId', code: 'package_mismatch', message: `Hold ${source.id} is for package ${hold.package_id}, not ${packageId}.` },
    ]);
  }
  return Number(hold.sessions);
}

async function bookHold(tx: Queryable, purchase: StoredPurchase, source: HoldRef, nowMs: number): Promise<Booking[]> {
  const sessions = await lockLiveHold(tx, source, purchase.packageId, nowMs);
  await useEntitlements(tx, purchase, sessions, 'holdId');
  return convertHold(tx, source.id, ownerOf(purchase));
}

async function bookStarts(tx: Queryable, purchase: StoredPurchase, pkg: AppointmentPackage, starts: readonly string[], clock: BookingClock): Promise<Booking[]> {
  const checked = checkStarts(starts, pkg);
  if (!checked.ok) throw validationProblem(checked.errors);
  const availability = await findAvailability(tx, purchase.expertId);
  if (!availability) throw notFound(`The expert ${purchase.expertId}`);
  await useEntitlements(tx, purchase, checked.value.length, 'starts');
  await deleteExpiredHolds(tx, purchase.expertId, clock.nowMs);
  const context = {
    availability,
    durationMinutes: pkg.durationMinutes,
    breakMinutes: pkg.breakMinutes,
    nowMs: clock.nowMs,
    minNoticeMinutes: clock.minNoticeMinutes,
  };
  const unavailable: FieldError[] = [];
  for (const [i, start] of checked.value.entries()) {
    if (!(await isOffered(tx, context, start, 'blocks'))) {
      unavailable.push({ field: `starts[${i}]`, code: 'slot_unavailable', message: `starts[${i}] (${isoInstant(start)}) is not a slot this expert offers for the package.` });
    }
  }
  if (unavailable.length > 0) throw new HttpProblem(409, 'slot_unavailable', 'Some requested starts are not offered slots.', { errors: unavailable });
  try {
    return await insertBookings(tx, ownerOf(purchase), checked.value, pkg.durationMinutes, pkg.breakMinutes);
  } catch (error) {
    if (!(error instanceof ReservationConflict)) throw error;
    const field = `starts[${error.index}]`;
    throw new HttpProblem(409, 'slot_taken', `${field} was taken by someone else a moment ago; pick another slot.`, {
      errors: [{ field, code: 'slot_taken', message: `${field} (${isoInstant(checked.value[error.index] as number)}) is already held or booked.` }],
    });
  }
}

/**
 * Books `source` for the (locked, paid) `purchase` of `pkg`. Throws 404 (unknown hold or wrong
 * token), 410 `hold_expired`, 409 `purchase_not_paid` / `slot_unavailable` / `slot_taken`, or 422
 * (more sessions than remain, another package's hold, bad starts). Each booking gets its guest
 * join token (`joinToken`, shown only in this answer).
 */
export async function bookForPurchase(
  tx: Queryable,
  purchase: StoredPurchase,
  pkg: AppointmentPackage,
  source: BookingSource,
  clock: BookingClock,
): Promise<Booking[]> {
  const bookings = source.kind === 'hold' ? await bookHold(tx, purchase, source, clock.nowMs) : await bookStarts(tx, purchase, pkg, source.starts, clock);
  await emitBookingEvents(tx, 'booking.created', bookings, clock.nowMs);
  return issueJoinTokens(tx, bookings);
}
