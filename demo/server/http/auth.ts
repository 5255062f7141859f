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
export type Authenticator = (authorization: string | undefined) => Promise<ApiKey>;

/** How long a found key is trusted without asking the database again, in milliseconds. */
export const KEY_CACHE_MS = 10_000;
/** How many found keys are remembered (a tenant has a handful). */
const KEY_CACHE_SIZE = 64;

/**
 * The authenticator of one server on `db`. A key found is remembered for {@link KEY_CACHE_MS} of
 * the process's monotonic time (the key table changes only when an instance starts with another
 * configuration, see {@link syncConfiguredKeys}), which saves the busiest routes a statement per
 * request; a key not found is looked up every time, so a wrong key never stays wrong longer.
 */
export function createAuthenticator(db: Queryable, now: () => number = () => performance.now()): Authenticator {
  const found = new Map<string, { key: ApiKey; until: number }>();
  return async (authorization) => {
    const hash = hashKey(bearerToken(authorization));
    const cached = found.get(hash);
    if (cached && cached.until > now()) return cached.key;
    const { rows } = await db.query<{ id: string; kind: ApiKeyKind; allowed_origins: string[] }>(
      'SELECT id, kind, allowed_origins FROM api_keys WHERE key_hash = $1',
      [hash],
    );
    const row = rows[0];
    if (!row) {
      found.delete(hash);
      throw new HttpProblem(401, 'invalid_key', 'The API key is not recognized.');
    }
    const key: ApiKey = { id: row.id, kind: row.kind, allowedOrigins: row.allowed_origins };
    if (found.size >= KEY_CACHE_SIZE) found.clear();
    found.set(hash, { key, until: now() + KEY_CACHE_MS });
    return key;
  };
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
