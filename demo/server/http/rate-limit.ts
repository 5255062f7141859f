/** How many requests one client may make per window. */
export interface RateLimitOptions {
  /** Requests allowed per window. */
  limit: number;
  /** Window length in milliseconds. */
  windowMs: number;
}

/** The outcome of counting one request. */
export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** A fixed-window request counter per client key, kept in memory. */
export interface RateLimiter {
  /** Counts one request of `client` and says whether it may proceed. */
  hit(client: string): RateDecision;
}

/** Creates a fixed-window rate limiter; `now` is injectable for tests. */
export function createRateLimiter(options: RateLimitOptions, now: () => number = Date.now): RateLimiter {
  const windows = new Map<string, { start: number; count: number }>();
  return {
    hit(client) {
      const time = now();
      if (windows.size > 10_000) {
        for (const [key, window] of windows) if (time - window.start >= options.windowMs) windows.delete(key);
      }
      let window = windows.get(client);
      if (!window || time - window.start >= options.windowMs) {
        window = { start: time, count: 0 };
        windows.set(client, window);
      }
      window.count += 1;
      if (window.count <= options.limit) return { allowed: true };
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((window.start + options.windowMs - time) / 1000)) };
    },
  };
}
