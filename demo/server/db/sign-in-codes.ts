import { isoInstant } from '../scheduling/time.js';
import type { Preferences } from '../checkout/preferences.js';
import type { StoredCode } from '../sign-in/codes.js';
import type { MailLanguage } from '../mail/i18n/index.js';
import type { Queryable } from './database.js';

// Advisory lock namespace of sign-in codes (the second key is the address's hash).
const LOCK_NAMESPACE = 7_311_025;
/** Rows are kept this long after they expire (rate limit and "expired" answers), then purged. */
const KEEP_MS = 24 * 60 * 60_000;

/** Serializes, until the transaction ends, every code request and sign-in of `email`. */
export async function lockAddress(tx: Queryable, email: string): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock($1::int, hashtext($2))', [LOCK_NAMESPACE, email]);
}

/** When each code of `email` created after `sinceMs` was created, oldest first (epoch ms). */
export async function codesCreatedSince(tx: Queryable, email: string, sinceMs: number): Promise<number[]> {
  const { rows } = await tx.query<{ created_at: Date }>(
    'SELECT created_at FROM sign_in_codes WHERE email = $1 AND created_at > $2::timestamptz ORDER BY created_at',
    [email, isoInstant(sinceMs)],
  );
  return rows.map((row) => row.created_at.getTime());
}

/** A code to store. */
export interface CodeToStore {
  email: string;
  name: string;
  salt: string;
  codeHash: string;
  createdAtMs: number;
  expiresAtMs: number;
  /** The language and time zone sent with the request, for the customer once the code is used. */
  preferences: Preferences;
}

/** Stores a code, forgetting codes that expired long before `code.createdAtMs`. */
export async function insertCode(tx: Queryable, code: CodeToStore): Promise<void> {
  await tx.query('DELETE FROM sign_in_codes WHERE expires_at < $1::timestamptz', [isoInstant(code.createdAtMs - KEEP_MS)]);
  await tx.query(
    `INSERT INTO sign_in_codes (email, name, salt, code_hash, created_at, expires_at, locale, time_zone)
     VALUES ($1, $2, $3, $4, $5::timestamptz, $6::timestamptz, $7, $8)`,
    [
      code.email,
      code.name,
      code.salt,
      code.codeHash,
      isoInstant(code.createdAtMs),
      isoInstant(code.expiresAtMs),
      code.preferences.locale ?? null,
      code.preferences.timeZone ?? null,
    ],
  );
}

/** Every stored code of `email`, newest first, locked for the transaction. */
export async function lockCodesOf(tx: Queryable, email: string): Promise<StoredCode[]> {
  const { rows } = await tx.query<{
    id: number | string;
    name: string;
    salt: string;
    code_hash: string;
    failed_attempts: number;
    expires_at: Date;
    used_at: Date | null;
    locale: MailLanguage | null;
    time_zone: string | null;
  }>(
    `SELECT id, name, salt, code_hash, failed_attempts, expires_at, used_at, locale, time_zone
     FROM sign_in_codes WHERE email = $1 ORDER BY id DESC FOR UPDATE`,
    [email],
  );
  return rows.map((row) => ({
    id: String(row.id),
    name: row.name,
    salt: row.salt,
    codeHash: row.code_hash,
    failedAttempts: row.failed_attempts,
    expiresAtMs: row.expires_at.getTime(),
    used: row.used_at !== null,
    preferences: { ...(row.locale === null ? {} : { locale: row.locale }), ...(row.time_zone === null ? {} : { timeZone: row.time_zone }) },
  }));
}

/** Marks code `id` used at `nowMs`. */
export async function markCodeUsed(tx: Queryable, id: string, nowMs: number): Promise<void> {
  await tx.query('UPDATE sign_in_codes SET used_at = $2::timestamptz WHERE id = $1', [id, isoInstant(nowMs)]);
}

/** Counts one wrong attempt against each of the codes `ids`. */
export async function countWrongAttempt(tx: Queryable, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await tx.query('UPDATE sign_in_codes SET failed_attempts = failed_attempts + 1 WHERE id = ANY($1::bigint[])', [ids]);
}
