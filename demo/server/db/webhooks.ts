/**
 * Webhook endpoints (migration 019) as the admin routes write and read them. The signing secret
 * is stored as is — signing needs it — and only the sender reads it back (`deliveryTarget` in
 * db/webhook-deliveries.ts): every read here leaves it out, so no answer can carry it after the create.
 */
import { randomBytes } from 'node:crypto';
import { isoInstant } from '../scheduling/time.js';
import type { Queryable } from './database.js';
import type * as Wire from '../../../src/wire/index.js';

/** A webhook endpoint as the API shows it (never with its secret). */
export type WebhookEndpoint = Wire.Schema<'WebhookEndpoint'>;

/** What a create stores (the checked body of `POST /v1/admin/webhook-endpoints`). */
export type WebhookEndpointInput = Wire.Schema<'WebhookEndpointCreate'>;

/** What a patch may change; `description: null` removes the note. */
export type WebhookEndpointChanges = Wire.Schema<'WebhookEndpointPatch'>;

/** The id prefixes of the webhook tables: endpoints, events, deliveries. */
export type WebhookIdPrefix = 'whe' | 'evt' | 'whd';

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567';

/** A new random id such as `evt_k3v…`: 20 characters of 32 symbols (100 bits), like `newId`. */
export function newWebhookId(prefix: WebhookIdPrefix): string {
  let id = '';
  for (const byte of randomBytes(20)) id += ALPHABET[byte & 31];
  return `${prefix}_${id}`;
}

interface EndpointRow {
  id: string;
  url: string;
  events: string[];
  description: string | null;
  active: boolean;
  version: number;
  created_at: Date;
  updated_at: Date;
}

const COLUMNS = 'id, url, events, description, active, version, created_at, updated_at';

const toEndpoint = (row: EndpointRow): WebhookEndpoint => ({
  id: row.id,
  url: row.url,
  events: row.events as WebhookEndpoint['events'],
  description: row.description,
  active: row.active,
  version: row.version,
  createdAt: isoInstant(row.created_at),
  updatedAt: isoInstant(row.updated_at),
});

/** Every endpoint, oldest first (ties by id). */
export async function listEndpoints(db: Queryable): Promise<WebhookEndpoint[]> {
  const { rows } = await db.query<EndpointRow>(`SELECT ${COLUMNS} FROM webhook_endpoints ORDER BY created_at, id`);
  return rows.map(toEndpoint);
}

/** The endpoint `id` (locked for the transaction with `forUpdate`), or `null`. */
export async function findEndpoint(db: Queryable, id: string, forUpdate = false): Promise<WebhookEndpoint | null> {
  const { rows } = await db.query<EndpointRow>(`SELECT ${COLUMNS} FROM webhook_endpoints WHERE id = $1${forUpdate ? ' FOR UPDATE' : ''}`, [id]);
  return rows[0] ? toEndpoint(rows[0]) : null;
}

/** Stores a new endpoint at version 1, created at `nowMs`, signing with `secret`. */
export async function insertEndpoint(db: Queryable, input: WebhookEndpointInput, secret: string, nowMs: number): Promise<WebhookEndpoint> {
  const { rows } = await db.query<EndpointRow>(
    `INSERT INTO webhook_endpoints (id, url, events, description, secret, created_at, updated_at)
     VALUES ($1, $2, $3::text[], $4, $5, $6::timestamptz, $6::timestamptz) RETURNING ${COLUMNS}`,
    [newWebhookId('whe'), input.url, input.events, input.description ?? null, secret, isoInstant(nowMs)],
  );
  return toEndpoint(rows[0] as EndpointRow);
}

/**
 * Applies `changes` to endpoint `id` if it is still at `version`, at `nowMs`; returns it at
 * version + 1, or `null` when it is gone or at another version.
 */
export async function updateEndpoint(db: Queryable, id: string, version: number, changes: WebhookEndpointChanges, nowMs: number): Promise<WebhookEndpoint | null> {
  const { rows } = await db.query<EndpointRow>(
    `UPDATE webhook_endpoints SET
       url = COALESCE($3, url), events = COALESCE($4::text[], events), active = COALESCE($5, active),
       description = CASE WHEN $6 THEN $7 ELSE description END,
       version = version + 1, updated_at = $8::timestamptz
     WHERE id = $1 AND version = $2 RETURNING ${COLUMNS}`,
    [id, version, changes.url ?? null, changes.events ?? null, changes.active ?? null, changes.description !== undefined, changes.description ?? null, isoInstant(nowMs)],
  );
  return rows[0] ? toEndpoint(rows[0]) : null;
}

/** Deletes endpoint `id` with its deliveries and their attempts; whether it existed. */
export async function deleteEndpoint(db: Queryable, id: string): Promise<boolean> {
  const { rowCount } = await db.query('DELETE FROM webhook_endpoints WHERE id = $1', [id]);
  return rowCount === 1;
}

/** The ids of the active endpoints subscribed to events of `type`, oldest first. */
export async function subscribedEndpointIds(db: Queryable, type: string): Promise<string[]> {
  const { rows } = await db.query<{ id: string }>(
    'SELECT id FROM webhook_endpoints WHERE active AND $1 = ANY(events) ORDER BY created_at, id',
    [type],
  );
  return rows.map((row) => row.id);
}
