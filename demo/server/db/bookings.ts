import { spanEndMs } from '../../../src/core/index.js';
import { isoInstant, MS_PER_MINUTE } from '../scheduling/time.js';
import type { Queryable } from './database.js';
import type * as Wire from '../../../src/wire/index.js';
import { ReservationConflict } from './holds.js';
import { newId } from './ids.js';

/**
 * One booked session as the API shows it; `joinToken` only in the answer that creates the booking
 * (stored only as a hash and never shown again).
 */
export type Booking = Wire.Booking;

/** The purchase a booking belongs to. */
export interface BookingOwner {
  purchaseId: string;
  customerId: string;
  expertId: string;
  packageId: string;
}

/** The columns a booking is read from ({@link BOOKING_COLUMNS} over {@link BOOKING_FROM}). */
export interface BookingRow {
  id: string;
  purchase_id: string;
  expert_id: string;
  package_id: string;
  starts_at: Date;
  ends_at: Date;
  status: 'booked' | 'cancelled';
  cancelled_at: Date | null;
  cancelled_by: 'customer' | 'business' | null;
  session_returned: boolean | null;
  rescheduled_from: Date | null;
  no_show_at: Date | null;
  /** The cut-offs of the policy that applies: the package's own, else the tenant's. */
  cancel_cutoff_hours: number;
  reschedule_cutoff_hours: number;
}

/**
 * The tables a booking is read from, aliased `b` (the booking), `k` (its package) and `t` (the
 * tenant's settings), so that its cut-offs come with it.
 */
export const BOOKING_FROM = 'bookings b JOIN packages k ON k.id = b.package_id CROSS JOIN tenant_settings t';

/** The columns of {@link BookingRow}, over {@link BOOKING_FROM}. */
export const BOOKING_COLUMNS = `b.id, b.purchase_id, b.expert_id, b.package_id, b.starts_at, b.ends_at, b.status, b.cancelled_at,
  b.cancelled_by, b.session_returned, b.rescheduled_from, b.no_show_at,
  COALESCE(k.cancel_cutoff_hours, t.cancel_cutoff_hours) AS cancel_cutoff_hours,
  COALESCE(k.reschedule_cutoff_hours, t.reschedule_cutoff_hours) AS reschedule_cutoff_hours`;

const MS_PER_HOUR = 60 * MS_PER_MINUTE;

/**
 * A booking of its row: a cancelled one says when, by whom and whether its session went back; a
 * booked one until when its customer may cancel and reschedule it (its start minus each cut-off).
 */
export const toBooking = (row: BookingRow): Booking => {
  const startMs = row.starts_at.getTime();
  return {
    id: row.id,
    purchaseId: row.purchase_id,
    expertId: row.expert_id,
    packageId: row.package_id,
    start: isoInstant(row.starts_at),
    end: isoInstant(row.ends_at),
    status: row.status,
    ...(row.status === 'cancelled'
      ? { cancelledAt: isoInstant(row.cancelled_at as Date), cancelledBy: row.cancelled_by ?? 'business', sessionReturned: row.session_returned === true }
      : {
          cancellableUntil: isoInstant(startMs - row.cancel_cutoff_hours * MS_PER_HOUR),
          reschedulableUntil: isoInstant(startMs - row.reschedule_cutoff_hours * MS_PER_HOUR),
        }),
    ...(row.rescheduled_from === null ? {} : { rescheduledFrom: isoInstant(row.rescheduled_from) }),
    ...(row.no_show_at === null ? {} : { noShowAt: isoInstant(row.no_show_at) }),
  };
};

const EXCLUSION_VIOLATION = '23P01';
const DEADLOCK_DETECTED = '40P01';

const sqlStateOf = (error: unknown): unknown => (error as { code?: unknown } | null)?.code;

async function insertBookingRow(tx: Queryable, owner: BookingOwner, startsAt: Date | string, endsAt: Date | string): Promise<Booking> {
  const { rows } = await tx.query<BookingRow>(
    `WITH b AS (
       INSERT INTO bookings (id, purchase_id, customer_id, expert_id, package_id, starts_at, ends_at)
       VALUES ($1, $2, $3, $4, $5, $6::timestamptz, $7::timestamptz)
       RETURNING *
     )
     SELECT ${BOOKING_COLUMNS} FROM b JOIN packages k ON k.id = b.package_id CROSS JOIN tenant_settings t`,
    [newId('bkg'), owner.purchaseId, owner.customerId, owner.expertId, owner.packageId, isoInstant(new Date(startsAt)), isoInstant(new Date(endsAt))],
  );
  return toBooking(rows[0] as BookingRow);
}

/**
 * Turns every reservation of hold `holdId` into a booking of `owner` (same spans, no expiry)
 * and deletes the hold. The time never becomes free in between: the rows are updated in place.
 */
export async function convertHold(tx: Queryable, holdId: string, owner: BookingOwner): Promise<Booking[]> {
  const { rows } = await tx.query<{ id: number | string; starts_at: Date; ends_at: Date }>(
    'SELECT id, starts_at, ends_at FROM reservations WHERE hold_id = $1 ORDER BY starts_at FOR UPDATE',
    [holdId],
  );
  const bookings: Booking[] = [];
  for (const row of rows) {
    const booking = await insertBookingRow(tx, owner, row.starts_at, row.ends_at);
    await tx.query(
      `UPDATE reservations SET kind = 'booking', hold_id = NULL, expires_at = NULL, booking_id = $2 WHERE id = $1`,
      [row.id, booking.id],
    );
    bookings.push(booking);
  }
  await tx.query('DELETE FROM holds WHERE id = $1', [holdId]);
  return bookings;
}

/**
 * Books sessions of `owner` at `startsMs` (ascending order of insertion, like holds), each with a
 * reservation spanning the session and its break. Throws {@link ReservationConflict} (index into
 * `startsMs`) when a span overlaps another reservation of the expert — the exclusion constraint.
 */
export async function insertBookings(
  tx: Queryable,
  owner: BookingOwner,
  startsMs: readonly number[],
  durationMinutes: number,
  breakMinutes: number,
): Promise<Booking[]> {
  const order = startsMs.map((start, index) => ({ start, index })).sort((a, b) => a.start - b.start);
  const bookings: Booking[] = [];
  for (const { start, index } of order) {
    const end = start + durationMinutes * MS_PER_MINUTE;
    const booking = await insertBookingRow(tx, owner, isoInstant(start), isoInstant(end));
    try {
      await tx.query(
        `INSERT INTO reservations (expert_id, kind, booking_id, starts_at, ends_at, span)
         VALUES ($1, 'booking', $2, $3::timestamptz, $4::timestamptz, tstzrange($3::timestamptz, $5::timestamptz, '[)'))`,
        [owner.expertId, booking.id, isoInstant(start), isoInstant(end), isoInstant(spanEndMs(end, breakMinutes))],
      );
    } catch (error) {
      const state = sqlStateOf(error);
      if (state === EXCLUSION_VIOLATION || state === DEADLOCK_DETECTED) throw new ReservationConflict(index, { cause: error });
      throw error;
    }
    bookings.push(booking);
  }
  return bookings;
}

/** The bookings of purchase `purchaseId`, cancelled ones included, ascending by start. */
export async function bookingsOfPurchase(db: Queryable, purchaseId: string): Promise<Booking[]> {
  const { rows } = await db.query<BookingRow>(
    `SELECT ${BOOKING_COLUMNS} FROM ${BOOKING_FROM} WHERE b.purchase_id = $1 ORDER BY b.starts_at, b.id`,
    [purchaseId],
  );
  return rows.map(toBooking);
}

/** The booking `id` as its customer sees it, or `null`. */
export async function findBooking(db: Queryable, id: string): Promise<Booking | null> {
  const { rows } = await db.query<BookingRow>(`SELECT ${BOOKING_COLUMNS} FROM ${BOOKING_FROM} WHERE b.id = $1`, [id]);
  return rows[0] ? toBooking(rows[0]) : null;
}

/** The customer's live bookings (booked, not ended at `nowMs`), ascending by start, at most `limit` (all without). */
export async function upcomingBookings(db: Queryable, customerId: string, nowMs: number, limit?: number): Promise<Booking[]> {
  const { rows } = await db.query<BookingRow>(
    `SELECT ${BOOKING_COLUMNS} FROM ${BOOKING_FROM}
     WHERE b.customer_id = $1 AND b.status = 'booked' AND b.ends_at > $2::timestamptz ORDER BY b.starts_at, b.id LIMIT $3`,
    [customerId, isoInstant(nowMs), limit ?? null],
  );
  return rows.map(toBooking);
}

/** How many bookings a customer's history shows (openapi.yaml's `MyBookings.pastBookings`). */
export const PAST_BOOKINGS_LIMIT = 50;

/** The customer's history: bookings ended at `nowMs` or cancelled, newest start first, at most `limit`. */
export async function pastBookings(db: Queryable, customerId: string, nowMs: number, limit = PAST_BOOKINGS_LIMIT): Promise<Booking[]> {
  const { rows } = await db.query<BookingRow>(
    `SELECT ${BOOKING_COLUMNS} FROM ${BOOKING_FROM}
     WHERE b.customer_id = $1 AND (b.status = 'cancelled' OR b.ends_at <= $2::timestamptz) ORDER BY b.starts_at DESC, b.id DESC LIMIT $3`,
    [customerId, isoInstant(nowMs), limit],
  );
  return rows.map(toBooking);
}

/** Who and what a purchase concerns, for its e-mails. */
export interface PurchaseParties {
  customerEmail: string;
  customerName: string;
  /** The customer's stored mail language and IANA time zone, `null` until a request sent them. */
  customerLocale: string | null;
  customerTimeZone: string | null;
  expertName: string;
  expertTimeZone: string;
  packageTitle: string;
  /** Where the package's sessions happen: on a call, or face to face at `location` (`null`: none named). */
  place: { appointmentType: 'online' | 'face_to_face'; location: string | null };
}

/** The customer, expert and package of purchase `purchaseId`, or `null`. */
export async function purchaseParties(db: Queryable, purchaseId: string): Promise<PurchaseParties | null> {
  const { rows } = await db.query<{
    email: string;
    customer_name: string;
    locale: string | null;
    customer_time_zone: string | null;
    expert_name: string;
    time_zone: string;
    title: string;
    appointment_type: 'online' | 'face_to_face';
    location: string | null;
  }>(
    `SELECT c.email, c.name AS customer_name, c.locale, c.time_zone AS customer_time_zone, e.name AS expert_name, e.time_zone, k.title,
            k.appointment_type, k.location
     FROM purchases p JOIN customers c ON c.id = p.customer_id JOIN experts e ON e.id = p.expert_id JOIN packages k ON k.id = p.package_id
     WHERE p.id = $1`,
    [purchaseId],
  );
  const row = rows[0];
  if (!row) return null;
  return {
    customerEmail: row.email,
    customerName: row.customer_name,
    customerLocale: row.locale,
    customerTimeZone: row.customer_time_zone,
    expertName: row.expert_name,
    expertTimeZone: row.time_zone,
    packageTitle: row.title,
    place: { appointmentType: row.appointment_type, location: row.location },
  };
}
