/**
 * No-shows: the business's word that a client never came to a session that has ended. The
 * booking stays `booked` (its session stays used) and gets `no_show_at`; the call records say
 * whether the client joined (a face-to-face session has none).
 */
import { isoInstant } from '../scheduling/time.js';
import { BOOKING_COLUMNS, BOOKING_FROM, toBooking, type Booking, type BookingRow } from './bookings.js';
import type { Queryable } from './database.js';

/** A booking with what its no-show depends on. */
export interface AttendedBooking {
  booking: Booking;
  /** When the client first joined its call; `null` when they never did, or it has no call. */
  clientJoinedAtMs: number | null;
}

/** The booking `id` with its client's first join, locked for the rest of the transaction, or `null`. */
export async function lockAttendedBooking(tx: Queryable, id: string): Promise<AttendedBooking | null> {
  const { rows } = await tx.query<BookingRow & { client_joined_at: Date | null }>(
    `SELECT ${BOOKING_COLUMNS}, c.client_joined_at
     FROM ${BOOKING_FROM} LEFT JOIN booking_calls c ON c.booking_id = b.id
     WHERE b.id = $1 FOR UPDATE OF b`,
    [id],
  );
  const row = rows[0];
  return row ? { booking: toBooking(row), clientJoinedAtMs: row.client_joined_at?.getTime() ?? null } : null;
}

/** Marks the (locked, booked) booking `id` a no-show at `atMs`, unless it already is one (the first mark stays). */
export async function markNoShow(tx: Queryable, id: string, atMs: number): Promise<void> {
  await tx.query('UPDATE bookings SET no_show_at = COALESCE(no_show_at, $2::timestamptz) WHERE id = $1', [id, isoInstant(atMs)]);
}
