/**
 * Webhook events, their deliveries (one event for one endpoint) and every attempt of a delivery
 * (migration 019). An event and its deliveries are inserted by the transaction that makes the
 * change; the `webhook` job handler reads a delivery with what it needs to send it (the only read
 * of an endpoint's secret) and records each attempt; the admin routes read the delivery log.
 */
import { isoInstant } from '../scheduling/time.js';
import type { Queryable } from './database.js';
import { newWebhookId } from './webhooks.js';
import type * as Wire from '../../../src/wire/index.js';

/** A delivery as the delivery log shows it. */
export type WebhookDelivery = Wire.Schema<'WebhookDelivery'>;

/** The position of a delivery in an endpoint's log (newest first, ties by id). */
export interface DeliveryKey {
  /** An ISO instant. */
  createdAt: string;
  id: string;
}

/** A stored event, as its webhook body carries it. */
export interface StoredEvent {
  id: string;
  type: string;
  /** An ISO instant. */
  createdAt: string;
  data: unknown;
}

/** A delivery with what sending it needs. */
export interface DeliveryTarget {
  deliveryId: string;
  deliveredAt: string | null;
  endpoint: { id: string; url: string; secret: string; active: boolean };
  event: StoredEvent;
}

/** What one attempt came to. */
export interface AttemptRecord {
  atMs: number;
  /** The endpoint's status code; `null` when it did not answer. */
  statusCode: number | null;
  /** Why it failed; `null` for a 2xx answer. */
  error: string | null;
  /** When the next attempt is due; `null` once delivered or given up. */
  nextAttemptAtMs: number | null;
}

/** How many attempts a delivery shows. */
export const RECENT_ATTEMPTS = 10;

/** The longest error text kept. */
const MAX_ERROR_CHARS = 1000;

interface DeliveryRow {
  id: string;
  endpoint_id: string;
  event_id: string;
  type: WebhookDelivery['type'];
  attempts: number;
  last_status_code: number | null;
  last_error: string | null;
  next_attempt_at: Date | null;
  delivered_at: Date | null;
  created_at: Date;
}

const DELIVERY_COLUMNS = `d.id, d.endpoint_id, d.event_id, e.type, d.attempts, d.last_status_code, d.last_error,
  d.next_attempt_at, d.delivered_at, d.created_at`;

const DELIVERY_FROM = 'webhook_deliveries d JOIN webhook_events e ON e.id = d.event_id';

const orNull = (value: Date | null) => (value === null ? null : isoInstant(value));

/** Stores event `type` with `data`, created at `nowMs`; returns its id. */
export async function insertEvent(tx: Queryable, type: string, data: unknown, nowMs: number): Promise<string> {
  const id = newWebhookId('evt');
  await tx.query('INSERT INTO webhook_events (id, type, data, created_at) VALUES ($1, $2, $3::jsonb, $4::timestamptz)', [
    id,
    type,
    JSON.stringify(data),
    isoInstant(nowMs),
  ]);
  return id;
}

/** Stores the delivery of event `eventId` to endpoint `endpointId`, due at `nowMs`; returns its id. */
export async function insertDelivery(tx: Queryable, eventId: string, endpointId: string, nowMs: number): Promise<string> {
  const id = newWebhookId('whd');
  await tx.query(
    `INSERT INTO webhook_deliveries (id, event_id, endpoint_id, next_attempt_at, created_at)
     VALUES ($1, $2, $3, $4::timestamptz, $4::timestamptz)`,
    [id, eventId, endpointId, isoInstant(nowMs)],
  );
  return id;
}

/** The delivery `id` with its endpoint (and secret) and event, or `null` when it is gone. */
export async function deliveryTarget(db: Queryable, id: string): Promise<DeliveryTarget | null> {
  const { rows } = await db.query<{
    delivered_at: Date | null;
    endpoint_id: string;
    url: string;
    secret: string;
    active: boolean;
    event_id: string;
    type: string;
    data: unknown;
    created_at: Date;
  }>(
    `SELECT d.delivered_at, w.id AS endpoint_id, w.url, w.secret, w.active, e.id AS event_id, e.type, e.data, e.created_at
     FROM webhook_deliveries d JOIN webhook_endpoints w ON w.id = d.endpoint_id JOIN webhook_events e ON e.id = d.event_id
     WHERE d.id = $1`,
    [id],
  );
  const row = rows[0];
  if (!row) return null;
  return {
    deliveryId: id,
    deliveredAt: orNull(row.delivered_at),
    endpoint: { id: row.endpoint_id, url: row.url, secret: row.secret, active: row.active },
    event: { id: row.event_id, type: row.type, createdAt: isoInstant(row.created_at), data: row.data },
  };
}

/** Records an attempt of delivery `id` and its outcome (a 2xx one marks it delivered). */
export async function recordAttempt(db: Queryable, id: string, attempt: AttemptRecord): Promise<void> {
  const error = attempt.error === null ? null : attempt.error.slice(0, MAX_ERROR_CHARS);
  const at = isoInstant(attempt.atMs);
  await db.query('INSERT INTO webhook_attempts (delivery_id, attempted_at, status_code, error) VALUES ($1, $2::timestamptz, $3, $4)', [
    id,
    at,
    attempt.statusCode,
    error,
  ]);
  await db.query(
    `UPDATE webhook_deliveries SET attempts = attempts + 1, last_status_code = $2, last_error = $3,
       delivered_at = CASE WHEN $3::text IS NULL THEN $4::timestamptz ELSE delivered_at END,
       next_attempt_at = $5::timestamptz
     WHERE id = $1`,
    [id, attempt.statusCode, error, at, attempt.nextAttemptAtMs === null ? null : isoInstant(attempt.nextAttemptAtMs)],
  );
}

/** Records that delivery `id` was not sent, and why (no attempt was made); nothing more is due. */
export async function recordNotSent(db: Queryable, id: string, reason: string): Promise<void> {
  await db.query('UPDATE webhook_deliveries SET last_error = $2, next_attempt_at = NULL WHERE id = $1', [id, reason]);
}

/** Sets delivery `id` due at `nowMs` (a resend); returns it, or `null` when there is none. */
export async function scheduleDelivery(tx: Queryable, id: string, nowMs: number): Promise<WebhookDelivery | null> {
  const { rowCount } = await tx.query('UPDATE webhook_deliveries SET next_attempt_at = $2::timestamptz WHERE id = $1', [id, isoInstant(nowMs)]);
  return rowCount === 0 ? null : findDelivery(tx, id);
}

/** The event and endpoint of delivery `id`, or `null`. */
export async function deliveryParties(db: Queryable, id: string): Promise<{ eventId: string; endpointId: string } | null> {
  const { rows } = await db.query<{ event_id: string; endpoint_id: string }>('SELECT event_id, endpoint_id FROM webhook_deliveries WHERE id = $1', [id]);
  return rows[0] ? { eventId: rows[0].event_id, endpointId: rows[0].endpoint_id } : null;
}

/** The latest {@link RECENT_ATTEMPTS} attempts of each delivery of `ids`, newest first. */
async function recentAttempts(db: Queryable, ids: readonly string[]): Promise<Map<string, WebhookDelivery['recentAttempts']>> {
  const { rows } = await db.query<{ delivery_id: string; attempted_at: Date; status_code: number | null; error: string | null }>(
    `SELECT delivery_id, attempted_at, status_code, error FROM (
       SELECT a.*, row_number() OVER (PARTITION BY delivery_id ORDER BY id DESC) AS n
       FROM webhook_attempts a WHERE delivery_id = ANY($1::text[])
     ) recent WHERE n <= $2 ORDER BY delivery_id, id DESC`,
    [ids, RECENT_ATTEMPTS],
  );
  const byDelivery = new Map<string, WebhookDelivery['recentAttempts']>();
  for (const row of rows) {
    const attempts = byDelivery.get(row.delivery_id) ?? [];
    attempts.push({ at: isoInstant(row.attempted_at), statusCode: row.status_code, error: row.error });
    byDelivery.set(row.delivery_id, attempts);
  }
  return byDelivery;
}

/** The deliveries of `rows`, in their order, with their recent attempts. */
async function withAttempts(db: Queryable, rows: readonly DeliveryRow[]): Promise<WebhookDelivery[]> {
  const attempts = rows.length === 0 ? new Map() : await recentAttempts(db, rows.map((row) => row.id));
  return rows.map((row) => ({
    id: row.id,
    endpointId: row.endpoint_id,
    eventId: row.event_id,
    type: row.type,
    createdAt: isoInstant(row.created_at),
    attempts: row.attempts,
    lastStatusCode: row.last_status_code,
    lastError: row.last_error,
    nextAttemptAt: orNull(row.next_attempt_at),
    deliveredAt: orNull(row.delivered_at),
    recentAttempts: attempts.get(row.id) ?? [],
  }));
}

/** The delivery `id` as the log shows it, or `null`. */
export async function findDelivery(db: Queryable, id: string): Promise<WebhookDelivery | null> {
  const { rows } = await db.query<DeliveryRow>(`SELECT ${DELIVERY_COLUMNS} FROM ${DELIVERY_FROM} WHERE d.id = $1`, [id]);
  const [delivery] = await withAttempts(db, rows);
  return delivery ?? null;
}

/** Up to `limit` deliveries of endpoint `endpointId`, newest first (ties by id), after `after`. */
export async function listDeliveries(db: Queryable, endpointId: string, page: { limit: number; after?: DeliveryKey }): Promise<WebhookDelivery[]> {
  const params: unknown[] = [endpointId, page.limit];
  let where = 'd.endpoint_id = $1';
  if (page.after) {
    params.push(page.after.createdAt, page.after.id);
    where += ' AND (d.created_at, d.id) < ($3::timestamptz, $4)';
  }
  const { rows } = await db.query<DeliveryRow>(
    `SELECT ${DELIVERY_COLUMNS} FROM ${DELIVERY_FROM} WHERE ${where} ORDER BY d.created_at DESC, d.id DESC LIMIT $2`,
    params,
  );
  return withAttempts(db, rows);
}
