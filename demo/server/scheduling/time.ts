/**
 * Instants on the wire: formatting stored times as the
 * slot engine does (`…Z`, a fraction only when not zero).
 */
import { getTemporal } from '../../../src/core/node.js';

/** Milliseconds per minute. */
export const MS_PER_MINUTE = 60_000;

/** `0000-01-01T00:00:00Z` and `9999-12-31T23:59:59.999Z`: the instants whose year has four digits. */
const FOUR_DIGIT_YEARS_MS = [-62_167_219_200_000, 253_402_300_799_999] as const;

/** Epoch milliseconds (or a Date) as an ISO-8601 UTC instant, e.g. `2026-10-25T01:00:00Z`. */
export function isoInstant(value: number | Date): string {
  const ms = typeof value === 'number' ? value : value.getTime();
  // On a hot path (every instant of every answer): Date writes the same text as Temporal for whole
  // milliseconds of four-digit years, once the fraction is trimmed as Temporal trims it.
  if (Number.isInteger(ms) && ms >= FOUR_DIGIT_YEARS_MS[0] && ms <= FOUR_DIGIT_YEARS_MS[1]) {
    const text = new Date(ms).toISOString();
    const fraction = text.slice(20, 23);
    if (fraction === '000') return `${text.slice(0, 19)}Z`;
    return `${text.slice(0, 20)}${fraction.replace(/0+$/, '')}Z`;
  }
  return getTemporal().Instant.fromEpochMilliseconds(ms).toString();
}
