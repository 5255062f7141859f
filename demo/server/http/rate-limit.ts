/**
 * The request rate limit, counted in the database so that every server instance on it shares one
 * budget per client: fixed windows of `windowMs` on the server clock, aligned to the epoch (every
 * instance agrees where a window starts), one upsert per request (`db/rate-limit-buckets.ts`).
 */
import type { Queryable } from '../db/database.js';
import { countRequest } from '../db/rate-limit-buckets.js';

/** How many requests one client may make per window. */
export interface RateLimitOptions {
  /** Requests allowed per window. */
  limit: number;
  /** Window length in milliseconds. */
  windowMs: number;
}

/** The outcome of counting one request. */
export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** A fixed-window request counter per client key, shared through the database. */
export interface RateLimiter {
  /** Counts one request of `client` and says whether it may proceed. */
  hit(client: string): Promise<RateDecision>;
}

/**
 * Creates a rate limiter counting in `db` on the server `clock`. The first request this instance
 * counts in a new window also deletes the windows that have ended, in the same statement.
 */
export function createRateLimiter(db: Queryable, options: RateLimitOptions, clock: () => Date): RateLimiter {
  let sweptWindow = Number.NEGATIVE_INFINITY;
  return {
    async hit(client) {
      const now = clock().getTime();
      const windowStart = now - (((now % options.windowMs) + options.windowMs) % options.windowMs);
      const sweep = windowStart > sweptWindow;
      sweptWindow = Math.max(sweptWindow, windowStart);
      const count = await countRequest(db, client, windowStart, sweep);
      if (count <= options.limit) return { allowed: true };
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((windowStart + options.windowMs - now) / 1000)) };
    },
  };
}
