/**
 * Instants on the wire: formatting stored times as the
 * slot engine does (`…Z`, a fraction only when not zero).
 */
import { getTemporal } from '../../../src/core/node.js';

/** Milliseconds per minute. */
export const MS_PER_MINUTE = 60_000;

/** Epoch milliseconds (or a Date) as an ISO-8601 UTC instant, e.g. `2026-10-25T01:00:00Z`. */
export function isoInstant(value: number | Date): string {
  const ms = typeof value === 'number' ? value : value.getTime();
  return getTemporal().Instant.fromEpochMilliseconds(ms).toString();
}

