/**
 * The refunds table and the writes a refund makes on its purchase: the sessions it takes off
 * (`sessions_refunded`; the upcoming bookings it cancels move from used to refunded), their return
 * when the provider refuses, and the credits it gives back through the ledger. Callers lock the
 * purchase first (and the bookings they cancel).
 */
import { isoInstant } from '../scheduling/time.js';
import { BOOKING_COLUMNS, BOOKING_FROM, toBooking, type Booking, type BookingRow } from './bookings.js';
import type { Queryable } from './database.js';
import type * as Wire from '../../../src/wire/index.js';

/** A refund as the API shows it (openapi.yaml's `Refund`). */
export type Refund = Wire.Schema<'Refund'>;

/** A refund with what only the server sees. */
export interface StoredRefund extends Refund {
  customerId: string;
}

interface RefundRow {
  id: string;
  purchase_id: string;
  customer_id: string;
  scope: Refund['scope'];
  status: Refund['status'];
  amount: number | string;
  currency: string;
  credits: number | string | null;
  sessions: number;
  cancelled_booking_ids: string[];
  provider: string;
  provider_refund_id: string | null;
  reason: string | null;
  created_at: Date;
}

/** The refund columns over `refunds r JOIN purchases p`, with the bookings it cancelled. */
const COLUMNS = `r.id, r.purchase_id, p.customer_id, r.scope, r.status, r.amount, r.currency, r.credits, r.sessions,
  ARRAY(SELECT b.id FROM bookings b WHERE b.refund_id = r.id ORDER BY b.starts_at, b.id) AS cancelled_booking_ids,
  r.provider, r.provider_refund_id, r.reason, r.created_at`;

const FROM = 'refunds r JOIN purchases p ON p.id = r.purchase_id';

const toRefund = (row: RefundRow): StoredRefund => ({
  id: row.id,
  purchaseId: row.purchase_id,
  customerId: row.customer_id,
  scope: row.scope,
  status: row.status,
  amount: Number(row.amount),
  currency: row.currency,
  credits: row.credits === null ? null : Number(row.credits),
  sessions: row.sessions,
  cancelledBookingIds: row.cancelled_booking_ids,
  provider: row.provider,
  providerRefundId: row.provider_refund_id,
  reason: row.reason,
  createdAt: isoInstant(row.created_at),
});

/** The public part of a stored refund. */
export function publicRefund(stored: StoredRefund): Refund {
  const { customerId: _customer, ...refund } = stored;
  return refund;
}

/** The refund `id`, locked for the rest of the transaction, or `null`. */
export async function lockRefund(tx: Queryable, id: string): Promise<StoredRefund | null> {
  const { rows } = await tx.query<RefundRow>(`SELECT ${COLUMNS} FROM ${FROM} WHERE r.id = $1 FOR UPDATE OF r`, [id]);
  return rows[0] ? toRefund(rows[0]) : null;
}

/** The refund made with provider idempotency key `refundKey`, locked, or `null`. */
export async function lockRefundByKey(tx: Queryable, refundKey: string): Promise<StoredRefund | null> {
  const { rows } = await tx.query<RefundRow>(`SELECT ${COLUMNS} FROM ${FROM} WHERE r.refund_key = $1 FOR UPDATE OF r`, [refundKey]);
  return rows[0] ? toRefund(rows[0]) : null;
}

/** Whether a refund of purchase `purchaseId` is waiting for its provider. */
export async function hasPendingRefund(tx: Queryable, purchaseId: string): Promise<boolean> {
  const { rows } = await tx.query("SELECT 1 FROM refunds WHERE purchase_id = $1 AND status = 'pending'", [purchaseId]);
  return rows.length > 0;
}

/** What the succeeded and pending refunds of purchase `purchaseId` gave back so far: money and credits. */
export async function refundedSoFar(tx: Queryable, purchaseId: string): Promise<{ amount: number; credits: number }> {
  const { rows } = await tx.query<{ amount: number | string; credits: number | string }>(
    `SELECT COALESCE(SUM(amount), 0) AS amount, COALESCE(SUM(credits), 0) AS credits
     FROM refunds WHERE purchase_id = $1 AND status IN ('pending', 'succeeded')`,
    [purchaseId],
  );
  return { amount: Number(rows[0]?.amount ?? 0), credits: Number(rows[0]?.credits ?? 0) };
}

/**
 * The booked sessions of purchase `purchaseId` that have not started at `nowMs`, ascending by
 * start, locked for the rest of the transaction.
 */
export async function lockUpcomingBookings(tx: Queryable, purchaseId: string, nowMs: number): Promise<Booking[]> {
  const { rows } = await tx.query<BookingRow>(
    `SELECT ${BOOKING_COLUMNS} FROM ${BOOKING_FROM}
     WHERE b.purchase_id = $1 AND b.status = 'booked' AND b.starts_at > $2::timestamptz ORDER BY b.starts_at, b.id FOR UPDATE OF b`,
    [purchaseId, isoInstant(nowMs)],
  );
  return rows.map(toBooking);
}

/** A refund to record, `pending` until its provider answers. */
export interface NewRefund {
  id: string;
  purchaseId: string;
  scope: Refund['scope'];
  amount: number;
  currency: string;
  credits: number | null;
  sessions: number;
  provider: string;
  reason: string | null;
  refundKey: string;
  createdAtMs: number;
}

/** Records `refund` as `pending`. */
export async function insertRefund(tx: Queryable, refund: NewRefund): Promise<void> {
  await tx.query(
    `INSERT INTO refunds (id, purchase_id, scope, status, amount, currency, credits, sessions, provider, reason, refund_key, created_at)
     VALUES ($1, $2, $3, 'pending', $4, $5, $6, $7, $8, $9, $10, $11::timestamptz)`,
    [
      refund.id,
      refund.purchaseId,
      refund.scope,
      refund.amount,
      refund.currency,
      refund.credits,
      refund.sessions,
      refund.provider,
      refund.reason,
      refund.refundKey,
      isoInstant(refund.createdAtMs),
    ],
  );
}

/**
 * Takes the sessions of refund `refundId` off purchase `purchaseId`: `unused` never-booked ones and
 * those of `cancelledIds` (bookings just cancelled without returning their session, which move
 * from used to refunded and are linked to the refund); with `close`, the purchase is `refunded`.
 */
export async function takeSessions(
  tx: Queryable,
  purchaseId: string,
  refundId: string,
  { unused, cancelledIds, close }: { unused: number; cancelledIds: readonly string[]; close: boolean },
): Promise<void> {
  if (cancelledIds.length > 0) await tx.query('UPDATE bookings SET refund_id = $1 WHERE id = ANY($2::text[])', [refundId, [...cancelledIds]]);
  await tx.query(
    `UPDATE purchases SET sessions_used = sessions_used - $2, sessions_refunded = sessions_refunded + $2 + $3,
       status = CASE WHEN $4 THEN 'refunded' ELSE status END
     WHERE id = $1`,
    [purchaseId, cancelledIds.length, unused, close],
  );
}

/** Marks the (locked, pending) refund `id` succeeded at `atMs` with the provider's answer. */
export async function refundSucceeded(tx: Queryable, id: string, provider: string, providerRefundId: string | null, atMs: number): Promise<void> {
  await tx.query(
    `UPDATE refunds SET status = 'succeeded', provider = $2, provider_refund_id = $3, settled_at = $4::timestamptz WHERE id = $1`,
    [id, provider, providerRefundId, isoInstant(atMs)],
  );
}

/**
 * Marks the (locked, pending) refund `refund` failed with `failureCode` at `atMs`, and gives its
 * sessions back to its purchase (open again after a full refund): the bookings it cancelled stay
 * cancelled, their sessions now returned.
 */
export async function refundFailed(tx: Queryable, refund: StoredRefund, providerRefundId: string | null, failureCode: string, atMs: number): Promise<void> {
  await tx.query(
    `UPDATE refunds SET status = 'failed', provider_refund_id = $2, failure_code = $3, settled_at = $4::timestamptz WHERE id = $1`,
    [refund.id, providerRefundId, failureCode, isoInstant(atMs)],
  );
  await tx.query('UPDATE bookings SET session_returned = true WHERE refund_id = $1', [refund.id]);
  await tx.query(
    `UPDATE purchases SET sessions_refunded = sessions_refunded - $2, status = CASE WHEN $3 THEN 'paid' ELSE status END WHERE id = $1`,
    [refund.purchaseId, refund.sessions, refund.scope === 'full'],
  );
}

/**
 * Adds the credits of refund `refund` (> 0) to its customer's balance with a ledger entry saying
 * `reason` at `atMs` (one per refund, by constraint); the new balance.
 */
export async function creditRefund(tx: Queryable, refund: StoredRefund, credits: number, reason: string, atMs: number): Promise<number> {
  const { rows } = await tx.query<{ credits: number | string }>('UPDATE customers SET credits = credits + $1 WHERE id = $2 RETURNING credits', [
    credits,
    refund.customerId,
  ]);
  const balance = rows[0]?.credits;
  if (balance === undefined) throw new Error(`The customer ${refund.customerId} of refund ${refund.id} does not exist.`);
  await tx.query(
    `INSERT INTO credit_ledger (customer_id, amount, reason, purchase_id, refund_id, balance_after, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7::timestamptz)`,
    [refund.customerId, credits, reason, refund.purchaseId, refund.id, balance, isoInstant(atMs)],
  );
  return Number(balance);
}
