/**
 * The writes that change a booked session: its cancellation (the row stays for the history, the
 * reservation goes, so the time is free at once) and its move (the reservation's span is updated
 * in one statement, so the old time is freed only when the new one is taken, and the exclusion
 * constraint on `reservations` decides between racing writers). Callers lock the booking first.
 */
import type { BookingPolicy } from '../../../src/core/booking-policy.js';
import { spanEndMs } from '../../../src/core/index.js';
import { isoInstant, MS_PER_MINUTE } from '../scheduling/time.js';
import { BOOKING_COLUMNS, BOOKING_FROM, toBooking, type Booking, type BookingRow } from './bookings.js';
import type { Queryable } from './database.js';
import { ReservationConflict } from './holds.js';

/** A booking with what its changes need: its customer, the policy that applies and its package. */
export interface ChangeableBooking {
  booking: Booking;
  customerId: string;
  /** The package's own policy, else the tenant's. */
  policy: BookingPolicy;
  durationMinutes: number;
  breakMinutes: number;
  packageTitle: string;
  expertName: string;
}

interface ChangeableRow extends BookingRow {
  customer_id: string;
  cancel_returns_session: boolean;
  duration_minutes: number;
  break_minutes: number;
  title: string;
  expert_name: string;
}

/**
 * The booking `id` with its policy and package, or `null`; with `lock`, its row is locked until
 * the transaction ends, so that concurrent changes of one booking run one after the other.
 */
export async function findChangeableBooking(db: Queryable, id: string, lock = false): Promise<ChangeableBooking | null> {
  const { rows } = await db.query<ChangeableRow>(
    `SELECT ${BOOKING_COLUMNS}, b.customer_id, COALESCE(k.cancel_returns_session, t.cancel_returns_session) AS cancel_returns_session,
       k.duration_minutes, k.break_minutes, k.title, e.name AS expert_name
     FROM ${BOOKING_FROM} JOIN experts e ON e.id = b.expert_id
     WHERE b.id = $1${lock ? ' FOR UPDATE OF b' : ''}`,
    [id],
  );
  const row = rows[0];
  if (!row) return null;
  return {
    booking: toBooking(row),
    customerId: row.customer_id,
    policy: {
      cancelCutoffHours: row.cancel_cutoff_hours,
      rescheduleCutoffHours: row.reschedule_cutoff_hours,
      cancelReturnsSession: row.cancel_returns_session,
    },
    durationMinutes: row.duration_minutes,
    breakMinutes: row.break_minutes,
    packageTitle: row.title,
    expertName: row.expert_name,
  };
}

/** How a booking is cancelled. */
export interface Cancellation {
  by: 'customer' | 'business';
  atMs: number;
  sessionReturned: boolean;
  reason: string | null;
}

/**
 * Marks the (locked, booked) booking `id` cancelled and deletes its reservation, freeing its
 * time; with `sessionReturned`, gives its session back to its purchase (`sessions_used` − 1).
 */
export async function cancelBooking(tx: Queryable, id: string, purchaseId: string, cancellation: Cancellation): Promise<void> {
  await tx.query(
    `UPDATE bookings SET status = 'cancelled', cancelled_at = $2::timestamptz, cancelled_by = $3, session_returned = $4, cancel_reason = $5
     WHERE id = $1`,
    [id, isoInstant(cancellation.atMs), cancellation.by, cancellation.sessionReturned, cancellation.reason],
  );
  await tx.query('DELETE FROM reservations WHERE booking_id = $1', [id]);
  if (cancellation.sessionReturned) {
    await tx.query('UPDATE purchases SET sessions_used = sessions_used - 1 WHERE id = $1 AND sessions_used > 0', [purchaseId]);
  }
}

const EXCLUSION_VIOLATION = '23P01';
const DEADLOCK_DETECTED = '40P01';

/**
 * Moves the (locked, booked) booking `id` to start at `startMs`, its reservation spanning the
 * session and the break, and records its previous start. Throws {@link ReservationConflict}
 * (index 0) when the new span overlaps another reservation of the expert: then nothing moved.
 */
export async function moveBooking(tx: Queryable, id: string, startMs: number, durationMinutes: number, breakMinutes: number): Promise<void> {
  const endMs = startMs + durationMinutes * MS_PER_MINUTE;
  const [start, end, spanEnd] = [isoInstant(startMs), isoInstant(endMs), isoInstant(spanEndMs(endMs, breakMinutes))];
  try {
    await tx.query(
      `UPDATE reservations SET starts_at = $2::timestamptz, ends_at = $3::timestamptz, span = tstzrange($2::timestamptz, $4::timestamptz, '[)')
       WHERE booking_id = $1`,
      [id, start, end, spanEnd],
    );
  } catch (error) {
    const state = (error as { code?: unknown } | null)?.code;
    if (state === EXCLUSION_VIOLATION || state === DEADLOCK_DETECTED) throw new ReservationConflict(0, { cause: error });
    throw error;
  }
  await tx.query(
    `UPDATE bookings SET rescheduled_from = starts_at, starts_at = $2::timestamptz, ends_at = $3::timestamptz WHERE id = $1`,
    [id, start, end],
  );
}
