/**
 * The request rate limit, counted in the database so that every server instance on it shares one
 * budget per client: fixed windows of `windowMs` on the server clock, aligned to the epoch (every
 * instance agrees where a window starts), counted by upserts (`db/rate-limit-buckets.ts`).
 *
 * An instance does not write every request: it claims a block of a client's budget in one upsert
 * and spends it locally, a block of at most {@link MAX_CLAIM} and at most 1/{@link CLAIM_SHARE}
 * of what the window had left at the last claim, down to one request at a time near the limit.
 * Claims are atomic, so the instances together never let a client past the limit; what an
 * instance claimed and did not spend is refused elsewhere (a client spread over n instances may
 * be refused up to n − 1 blocks early, each a small share of the window's budget).
 */
import type { Queryable } from '../db/database.js';
import { countRequests } from '../db/rate-limit-buckets.js';

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

/** The most requests one claim takes ahead. */
export const MAX_CLAIM = 32;
/** A claim takes at most this fraction (1/n) of what the window had left at the last claim. */
export const CLAIM_SHARE = 8;
/** Clients with a budget held at once; past it the held budgets are dropped (refused early, never past the limit). */
const MAX_HELD = 10_000;

/** What this instance holds of one client's budget in one window. */
interface Held {
  windowStart: number;
  /** Requests claimed and not yet spent. */
  left: number;
  /** The window's count in the database at the last claim. */
  counted: number;
}

/** How many requests to claim when the window had counted `counted` of `limit`. */
const claimSize = (limit: number, counted: number): number => Math.max(1, Math.min(MAX_CLAIM, Math.floor((limit - counted) / CLAIM_SHARE)));

/**
 * Creates a rate limiter counting in `db` on the server `clock`. The first request this instance
 * counts in a new window also deletes the windows that have ended, in the same statement.
 */
export function createRateLimiter(db: Queryable, options: RateLimitOptions, clock: () => Date): RateLimiter {
  const { limit, windowMs } = options;
  let sweptWindow = Number.NEGATIVE_INFINITY;
  const held = new Map<string, Held>();
  return {
    async hit(client) {
      const now = clock().getTime();
      const windowStart = now - (((now % windowMs) + windowMs) % windowMs);
      const refused = (): RateDecision => ({ allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((windowStart + windowMs - now) / 1000)) });
      let budget = held.get(client);
      if (budget?.windowStart !== windowStart) {
        if (held.size >= MAX_HELD) held.clear();
        budget = { windowStart, left: 0, counted: 0 };
        held.set(client, budget);
      }
      if (budget.left > 0) {
        budget.left -= 1;
        return { allowed: true };
      }
      if (budget.counted >= limit) return refused();
      const sweep = windowStart > sweptWindow;
      sweptWindow = Math.max(sweptWindow, windowStart);
      const claim = claimSize(limit, budget.counted);
      const counted = await countRequests(db, client, windowStart, claim, sweep);
      budget.counted = Math.max(budget.counted, counted);
      // Of this claim, what still fits within the limit: this request and the ones held for later.
      const granted = Math.min(claim, limit - (counted - claim));
      if (granted <= 0) return refused();
      budget.left += granted - 1;
      return { allowed: true };
    },
  };
}
