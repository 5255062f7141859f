/**
 * The rate limiter claims blocks of a client's budget ahead instead of writing every request: the
 * instances together never let a client past the limit, near the limit they count one by one,
 * and a busy client costs the database a statement per block, not per request.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Queryable } from '../../demo/server/db/database.js';
import { createRateLimiter, MAX_CLAIM, type RateLimiter } from '../../demo/server/http/rate-limit.js';

/** The `rate_limit_buckets` upsert on a map: adds the claimed requests, answers the window's count. */
function bucketTable() {
  const counts = new Map<string, number>();
  let statements = 0;
  const db: Queryable = {
    async query<Row>(_sql: string, params: readonly unknown[] = []) {
      statements += 1;
      const key = `${String(params[0])}@${String(params[1])}`;
      const count = (counts.get(key) ?? 0) + Number(params[2]);
      counts.set(key, count);
      return { rows: [{ count }] as Row[], rowCount: 1 };
    },
    exec: async () => undefined,
  };
  return { db, statements: () => statements };
}

const WINDOW_MS = 60_000;
const at = (ms: number) => () => new Date(ms);

/** How many of `requests` hits (each on the limiter its index picks) were allowed. */
async function allowedOf(limiters: RateLimiter[], picks: readonly number[], client = 'key|10.0.0.1'): Promise<number> {
  let allowed = 0;
  for (const pick of picks) if ((await (limiters[pick % limiters.length] as RateLimiter).hit(client)).allowed) allowed += 1;
  return allowed;
}

describe('the rate limiter’s claimed blocks', () => {
  it('lets exactly the limit through on one instance, with a statement per block rather than per request', async () => {
    const { db, statements } = bucketTable();
    const limiter = createRateLimiter(db, { limit: 600, windowMs: WINDOW_MS }, at(5_000));
    assert.equal(await allowedOf([limiter], Array.from({ length: 700 }, () => 0)), 600);
    assert.ok(statements() <= 60, `${statements()} statements for 700 requests`);
    const refused = await limiter.hit('key|10.0.0.1');
    assert.deepEqual(refused, { allowed: false, retryAfterSeconds: 55 });
    // Another client has a budget of its own.
    assert.equal((await limiter.hit('key|10.0.0.2')).allowed, true);
  });

  it('never lets a client past the limit across instances, and refuses it at most a block per other instance early', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 400 }),
        fc.integer({ min: 1, max: 4 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 900 }),
        async (limit, instances, picks) => {
          const { db } = bucketTable();
          const limiters = Array.from({ length: instances }, () => createRateLimiter(db, { limit, windowMs: WINDOW_MS }, at(5_000)));
          const allowed = await allowedOf(limiters, picks);
          assert.ok(allowed <= limit, `${allowed} allowed of a limit of ${limit}`);
          assert.ok(allowed >= Math.min(picks.length, limit - (instances - 1) * MAX_CLAIM), `only ${allowed} of ${picks.length} allowed, limit ${limit}`);
        },
      ),
      { seed: 20261203, numRuns: 200 },
    );
  });

  it('counts one by one near the limit: with a small limit, alternating instances get exactly the limit', async () => {
    const { db } = bucketTable();
    const limiters = [0, 1].map(() => createRateLimiter(db, { limit: 10, windowMs: WINDOW_MS }, at(5_000)));
    assert.equal(await allowedOf(limiters, Array.from({ length: 14 }, (_, i) => i)), 10);
  });

  it('starts afresh in the next window', async () => {
    const { db } = bucketTable();
    let now = 5_000;
    const limiter = createRateLimiter(db, { limit: 3, windowMs: WINDOW_MS }, () => new Date(now));
    assert.equal(await allowedOf([limiter], [0, 0, 0, 0]), 3);
    now += WINDOW_MS;
    assert.equal(await allowedOf([limiter], [0, 0, 0, 0]), 3);
  });
});
