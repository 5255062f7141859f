/**
 * Storage of the request rate limit (the `rate_limit_buckets` table): one counter per client key
 * and window, so that every server instance on the database counts the same requests. Counting is
 * one upsert, of one request or of a block an instance claims ahead; windows that have ended are
 * deleted, without waiting on rows another instance is deleting. Instants are the server clock's,
 * passed in.
 */
import type { Queryable } from './database.js';

const COUNT_REQUEST = `INSERT INTO rate_limit_buckets AS b (key, window_start, count) VALUES ($1, $2::timestamptz, $3::integer)
  ON CONFLICT (key, window_start) DO UPDATE SET count = b.count + EXCLUDED.count
  RETURNING b.count`;

/**
 * The same upsert, in one statement with the deletion of the windows that started before the
 * counted one; SKIP LOCKED leaves rows another instance is deleting to that instance.
 */
const SWEEP_AND_COUNT_REQUEST = `WITH ended AS (
    DELETE FROM rate_limit_buckets WHERE (key, window_start) IN (
      SELECT key, window_start FROM rate_limit_buckets WHERE window_start < $2::timestamptz FOR UPDATE SKIP LOCKED
    )
  )
  ${COUNT_REQUEST}`;

/**
 * Counts `requests` (1 or more, claimed ahead) of `key` in the window starting at `windowStartMs`
 * and returns the window's count, these included. With `sweep`, the same statement deletes every
 * earlier window.
 */
export async function countRequests(db: Queryable, key: string, windowStartMs: number, requests: number, sweep = false): Promise<number> {
  const { rows } = await db.query<{ count: number }>(sweep ? SWEEP_AND_COUNT_REQUEST : COUNT_REQUEST, [
    key,
    new Date(windowStartMs).toISOString(),
    requests,
  ]);
  return rows[0]?.count ?? Number.NaN;
}
