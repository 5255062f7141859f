import type { Queryable } from './database.js';

/** How long a stored response is replayed for the same Idempotency-Key. */
const RETENTION = '24 hours';

/** A response stored for replay. */
export interface StoredResponse {
  status: number;
  body: unknown;
}

/** The outcome of claiming a key: ours to use, or already used by an earlier request. */
export type Claim = { claimed: true } | { claimed: false; requestHash: string; response: StoredResponse };

/**
 * Claims `key` of API key `apiKeyId` for a request with `requestHash`, inside the caller's
 * transaction. A concurrent claim of the same key waits for this transaction and then sees
 * its stored response. Keys older than the retention period are forgotten.
 */
export async function claimIdempotencyKey(tx: Queryable, apiKeyId: string, key: string, requestHash: string): Promise<Claim> {
  await tx.query(
    `DELETE FROM idempotency_keys
     WHERE api_key_id = $1 AND idempotency_key = $2 AND created_at < now() - interval '${RETENTION}'`,
    [apiKeyId, key],
  );
  const inserted = await tx.query(
    `INSERT INTO idempotency_keys (api_key_id, idempotency_key, request_hash, response_status, response_body)
     VALUES ($1, $2, $3, 0, 'null'::jsonb)
     ON CONFLICT (api_key_id, idempotency_key) DO NOTHING RETURNING 1`,
    [apiKeyId, key, requestHash],
  );
  if (inserted.rows.length > 0) return { claimed: true };
  const { rows } = await tx.query<{ request_hash: string; response_status: number; response_body: unknown }>(
    `SELECT request_hash, response_status, response_body FROM idempotency_keys
     WHERE api_key_id = $1 AND idempotency_key = $2`,
    [apiKeyId, key],
  );
  const row = rows[0];
  if (!row) throw new Error(`Idempotency key "${key}" vanished while being claimed.`);
  return { claimed: false, requestHash: row.request_hash, response: { status: row.response_status, body: row.response_body } };
}

/** Stores the response of a claimed key, in the same transaction as the write it answers. */
export async function saveIdempotentResponse(
  tx: Queryable,
  apiKeyId: string,
  key: string,
  response: StoredResponse,
): Promise<void> {
  await tx.query(
    `UPDATE idempotency_keys SET response_status = $3, response_body = $4::jsonb
     WHERE api_key_id = $1 AND idempotency_key = $2`,
    [apiKeyId, key, response.status, JSON.stringify(response.body)],
  );
}

/**
 * Locks the claimed `key` of API key `apiKeyId` for the rest of the transaction and returns its
 * stored response, or `null` while the write it was claimed for is still in progress.
 */
export async function lockIdempotentResponse(tx: Queryable, apiKeyId: string, key: string): Promise<StoredResponse | null> {
  const { rows } = await tx.query<{ response_status: number; response_body: unknown }>(
    `SELECT response_status, response_body FROM idempotency_keys
     WHERE api_key_id = $1 AND idempotency_key = $2 FOR UPDATE`,
    [apiKeyId, key],
  );
  const row = rows[0];
  if (!row) throw new Error(`Idempotency key "${key}" vanished while its write was in progress.`);
  return row.response_status === 0 ? null : { status: row.response_status, body: row.response_body };
}
