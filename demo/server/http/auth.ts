import { createHash } from 'node:crypto';
import type { Queryable } from '../db/database.js';
import { HttpProblem } from './problem.js';

/** The kinds of API key: publishable (widget, origin-bound) and admin (secret). */
export type ApiKeyKind = 'publishable' | 'admin';

/** An API key as the server knows it after authentication. */
export interface ApiKey {
  id: string;
  kind: ApiKeyKind;
  /** Normalized origins a browser may use this key from. */
  allowedOrigins: string[];
}

/** The SHA-256 hex digest under which a key is stored. */
export function hashKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/**
 * Extracts the bearer token of an `Authorization` header.
 * Throws 401 `missing_key` when there is none and 401 `invalid_key` for another scheme.
 */
export function bearerToken(header: string | undefined): string {
  const value = header?.trim() ?? '';
  if (value === '') {
    throw new HttpProblem(401, 'missing_key', 'Send your API key as Authorization: Bearer <key>.');
  }
  const match = /^Bearer\s+(\S+)$/i.exec(value);
  if (!match?.[1]) {
    throw new HttpProblem(401, 'invalid_key', 'The Authorization header must have the form "Bearer <key>".');
  }
  return match[1];
}

/** Finds the key behind an `Authorization` header, or throws 401 `missing_key` / `invalid_key`. */
export async function authenticate(db: Queryable, authorization: string | undefined): Promise<ApiKey> {
  const token = bearerToken(authorization);
  const { rows } = await db.query<{ id: string; kind: ApiKeyKind; allowed_origins: string[] }>(
    'SELECT id, kind, allowed_origins FROM api_keys WHERE key_hash = $1',
    [hashKey(token)],
  );
  const row = rows[0];
  if (!row) throw new HttpProblem(401, 'invalid_key', 'The API key is not recognized.');
  return { id: row.id, kind: row.kind, allowedOrigins: row.allowed_origins };
}

/** One key the server is configured with, synced into `api_keys` at start. */
export interface ConfiguredKey {
  id: string;
  kind: ApiKeyKind;
  key: string;
  allowedOrigins: readonly string[];
}

/**
 * Stores the configured keys (by id), replacing the hash and origins of an earlier run, so a
 * changed key or origin list in the environment takes effect at the next start.
 */
export async function syncConfiguredKeys(db: Queryable, keys: readonly ConfiguredKey[]): Promise<void> {
  for (const key of keys) {
    await db.query(
      `INSERT INTO api_keys (id, kind, key_hash, allowed_origins) VALUES ($1, $2, $3, $4)
       ON CONFLICT (id) DO UPDATE SET kind = EXCLUDED.kind, key_hash = EXCLUDED.key_hash,
         allowed_origins = EXCLUDED.allowed_origins, updated_at = now()`,
      [key.id, key.kind, hashKey(key.key), [...key.allowedOrigins]],
    );
  }
}
