/**
 * The replay store of idempotent writes. A key is stored only as SHA-256, and its answer (which
 * may carry hold, purchase and join tokens) is sealed under a key derived from the
 * Idempotency-Key itself: only the client that sent the key can have its answer replayed, and
 * a copy of the database holds no bearer secret in clear.
 */
import { seal, sha256, unseal } from '../checkout/secrets.js';
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

interface StoredRow {
  request_hash: string;
  response_status: number;
  response_sealed: string | null;
}

const keyHashOf = (key: string): string => sha256(key);

/** The answer of a stored row; a sealed answer that cannot be opened is a fault, never a silent `null`. */
function responseOf(row: StoredRow, apiKeyId: string, key: string): StoredResponse {
  if (row.response_sealed === null) return { status: row.response_status, body: null };
  const text = unseal(row.response_sealed, key, apiKeyId);
  if (text === null) throw new Error('A stored idempotent answer could not be unsealed with its own key.');
  return { status: row.response_status, body: JSON.parse(text) as unknown };
}

/**
 * Claims `key` of API key `apiKeyId` for a request with `requestHash`, inside the caller's
 * transaction. A concurrent claim of the same key waits for this transaction and then sees
 * its stored response. Keys older than the retention period are forgotten.
 */
export async function claimIdempotencyKey(tx: Queryable, apiKeyId: string, key: string, requestHash: string): Promise<Claim> {
  const keyHash = keyHashOf(key);
  await tx.query(
    `DELETE FROM idempotency_keys
     WHERE api_key_id = $1 AND key_hash = $2 AND created_at < now() - interval '${RETENTION}'`,
    [apiKeyId, keyHash],
  );
  const inserted = await tx.query(
    `INSERT INTO idempotency_keys (api_key_id, key_hash, request_hash, response_status)
     VALUES ($1, $2, $3, 0)
     ON CONFLICT (api_key_id, key_hash) DO NOTHING RETURNING 1`,
    [apiKeyId, keyHash, requestHash],
  );
  if (inserted.rows.length > 0) return { claimed: true };
  const { rows } = await tx.query<StoredRow>(
    `SELECT request_hash, response_status, response_sealed FROM idempotency_keys
     WHERE api_key_id = $1 AND key_hash = $2`,
    [apiKeyId, keyHash],
  );
  const row = rows[0];
  if (!row) throw new Error('An idempotency key vanished while being claimed.');
  if (row.request_hash !== requestHash) return { claimed: false, requestHash: row.request_hash, response: { status: row.response_status, body: null } };
  return { claimed: false, requestHash: row.request_hash, response: responseOf(row, apiKeyId, key) };
}

/** Stores the response of a claimed key, sealed, in the same transaction as the write it answers. */
export async function saveIdempotentResponse(
  tx: Queryable,
  apiKeyId: string,
  key: string,
  response: StoredResponse,
): Promise<void> {
  await tx.query(
    `UPDATE idempotency_keys SET response_status = $3, response_sealed = $4
     WHERE api_key_id = $1 AND key_hash = $2`,
    [apiKeyId, keyHashOf(key), response.status, seal(JSON.stringify(response.body), key, apiKeyId)],
  );
}

/**
 * Locks the claimed `key` of API key `apiKeyId` for the rest of the transaction and returns its
 * stored response, or `null` while the write it was claimed for is still in progress.
 */
export async function lockIdempotentResponse(tx: Queryable, apiKeyId: string, key: string): Promise<StoredResponse | null> {
  const { rows } = await tx.query<StoredRow>(
    `SELECT request_hash, response_status, response_sealed FROM idempotency_keys
     WHERE api_key_id = $1 AND key_hash = $2 FOR UPDATE`,
    [apiKeyId, keyHashOf(key)],
  );
  const row = rows[0];
  if (!row) throw new Error('An idempotency key vanished while its write was in progress.');
  return row.response_status === 0 ? null : responseOf(row, apiKeyId, key);
}
