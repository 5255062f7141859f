/** How long a failed job waits before its next attempt: doubling from a minute, capped at an hour. */

/** The wait after the first failed attempt. */
export const FIRST_RETRY_MS = 60_000;

/** The longest wait between two attempts. */
export const MAX_RETRY_MS = 60 * 60_000;

/**
 * The wait before the next attempt of a job whose attempt number `attempts` (1-based) just
 * failed: 1, 2, 4, 8 … minutes, never more than {@link MAX_RETRY_MS}.
 */
export function retryDelayMs(attempts: number): number {
  const doublings = Math.max(0, Math.min(attempts - 1, 30));
  return Math.min(FIRST_RETRY_MS * 2 ** doublings, MAX_RETRY_MS);
}
