/** Storage of the calls part: a booking's call row, guests' join tokens and experts' tokens. */
import type { EndMode, EndTiming, OnlineService } from '../../../src/core/node.js';
import { isoInstant } from '../scheduling/time.js';
import type { Queryable } from './database.js';

/** A booking as its call needs it: who may join, the package's rules and the server-stamped events. */
export interface CallBooking {
  bookingId: string;
  customerId: string;
  expertId: string;
  /** `null` for a face-to-face meeting, which has no call. */
  service: OnlineService | null;
  scheduledStartMs: number;
  durationMinutes: number;
  endMode: EndMode;
  endTiming: EndTiming;
  /** The customer's confirmed phone (E.164), dialled for phone packages. */
  customerPhone: string | null;
  clientJoinedAtMs: number | null;
  endedAtMs: number | null;
  endedBy: 'expert' | null;
  room: { name: string; url: string } | null;
}

interface CallBookingRow {
  booking_id: string;
  customer_id: string;
  expert_id: string;
  service: OnlineService | null;
  starts_at: Date;
  duration_minutes: number;
  end_mode: EndMode;
  end_timing: EndTiming;
  phone: string | null;
  client_joined_at: Date | null;
  ended_at: Date | null;
  ended_by: 'expert' | null;
  room_name: string | null;
  room_url: string | null;
}

const toCallBooking = (row: CallBookingRow): CallBooking => ({
  bookingId: row.booking_id,
  customerId: row.customer_id,
  expertId: row.expert_id,
  service: row.service,
  scheduledStartMs: row.starts_at.getTime(),
  durationMinutes: row.duration_minutes,
  endMode: row.end_mode,
  endTiming: row.end_timing,
  customerPhone: row.phone,
  clientJoinedAtMs: row.client_joined_at?.getTime() ?? null,
  endedAtMs: row.ended_at?.getTime() ?? null,
  endedBy: row.ended_by,
  room: row.room_name !== null && row.room_url !== null ? { name: row.room_name, url: row.room_url } : null,
});

const SELECT_CALL_BOOKING = `
  SELECT b.id AS booking_id, b.customer_id, b.expert_id, p.service, b.starts_at, p.duration_minutes,
         p.end_mode, p.end_timing, c.phone, k.client_joined_at, k.ended_at, k.ended_by, k.room_name, k.room_url
  FROM bookings b
  JOIN packages p ON p.id = b.package_id
  JOIN customers c ON c.id = b.customer_id
  LEFT JOIN booking_calls k ON k.booking_id = b.id
  WHERE b.id = $1 AND b.status = 'booked'`;

/** The booking `bookingId` with its package rules and call state, or `null` (also when it was cancelled: it has no call). */
export async function findCallBooking(db: Queryable, bookingId: string): Promise<CallBooking | null> {
  const { rows } = await db.query<CallBookingRow>(SELECT_CALL_BOOKING, [bookingId]);
  return rows[0] ? toCallBooking(rows[0]) : null;
}

/**
 * Locks the call row of `bookingId` (creating it when missing) for the rest of the transaction,
 * so that concurrent joins of one booking create one room and stamp one first join.
 */
export async function lockCall(tx: Queryable, bookingId: string): Promise<CallBooking | null> {
  await tx.query('INSERT INTO booking_calls (booking_id) VALUES ($1) ON CONFLICT (booking_id) DO NOTHING', [bookingId]);
  await tx.query('SELECT 1 FROM booking_calls WHERE booking_id = $1 FOR UPDATE', [bookingId]);
  return findCallBooking(tx, bookingId);
}

/** Stamps the client's first join at `atMs` unless one is stored; returns the first join. */
export async function recordClientJoin(tx: Queryable, bookingId: string, atMs: number): Promise<number> {
  const { rows } = await tx.query<{ client_joined_at: Date }>(
    `UPDATE booking_calls SET client_joined_at = COALESCE(client_joined_at, $2::timestamptz)
     WHERE booking_id = $1 RETURNING client_joined_at`,
    [bookingId, isoInstant(atMs)],
  );
  return (rows[0] as { client_joined_at: Date }).client_joined_at.getTime();
}

/** Stores the provider's room of a booking's call. */
export async function saveRoom(tx: Queryable, bookingId: string, room: { name: string; url: string }): Promise<void> {
  await tx.query('UPDATE booking_calls SET room_name = $2, room_url = $3 WHERE booking_id = $1', [bookingId, room.name, room.url]);
}

/** Records the expert's end at `atMs` unless an end is stored; returns the stored end. */
export async function recordExpertEnd(tx: Queryable, bookingId: string, atMs: number): Promise<number> {
  await tx.query('INSERT INTO booking_calls (booking_id) VALUES ($1) ON CONFLICT (booking_id) DO NOTHING', [bookingId]);
  const { rows } = await tx.query<{ ended_at: Date }>(
    `UPDATE booking_calls SET ended_at = COALESCE(ended_at, $2::timestamptz), ended_by = COALESCE(ended_by, 'expert')
     WHERE booking_id = $1 RETURNING ended_at`,
    [bookingId, isoInstant(atMs)],
  );
  return (rows[0] as { ended_at: Date }).ended_at.getTime();
}

/** Stores the hash of one of a booking's join tokens (a booking may have several), and its call row. */
export async function insertJoinTokenHash(tx: Queryable, bookingId: string, tokenHash: string): Promise<void> {
  await tx.query('INSERT INTO booking_calls (booking_id) VALUES ($1) ON CONFLICT (booking_id) DO NOTHING', [bookingId]);
  await tx.query('INSERT INTO booking_join_tokens (token_hash, booking_id) VALUES ($1, $2)', [tokenHash, bookingId]);
}

/** The booking a join token (by hash) admits, or `null`. */
export async function bookingOfJoinToken(db: Queryable, tokenHash: string): Promise<string | null> {
  const { rows } = await db.query<{ booking_id: string }>('SELECT booking_id FROM booking_join_tokens WHERE token_hash = $1', [tokenHash]);
  return rows[0]?.booking_id ?? null;
}

/** Stores an expert token (its hash) valid until `expiresAtMs`, forgetting tokens expired at `nowMs`. */
export async function insertExpertToken(db: Queryable, tokenHash: string, expertId: string, nowMs: number, expiresAtMs: number): Promise<void> {
  await db.query('DELETE FROM expert_tokens WHERE expires_at <= $1::timestamptz', [isoInstant(nowMs)]);
  await db.query('INSERT INTO expert_tokens (token_hash, expert_id, expires_at) VALUES ($1, $2, $3::timestamptz)', [
    tokenHash,
    expertId,
    isoInstant(expiresAtMs),
  ]);
}

/** The expert of an unexpired expert token (by hash) at `nowMs`, or `null`. */
export async function expertOfToken(db: Queryable, tokenHash: string, nowMs: number): Promise<string | null> {
  const { rows } = await db.query<{ expert_id: string }>(
    'SELECT expert_id FROM expert_tokens WHERE token_hash = $1 AND expires_at > $2::timestamptz',
    [tokenHash, isoInstant(nowMs)],
  );
  return rows[0]?.expert_id ?? null;
}
