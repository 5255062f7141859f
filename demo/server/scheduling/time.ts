/**
 * Instants on the wire: parsing query and body values, and formatting stored times as the
 * slot engine does (`…Z`, a fraction only when not zero).
 */
import { EARLIEST_INSTANT, getTemporal, INSTANT_LIMIT, isInstantInRange, type FieldError } from '../../../src/core/node.js';

/** Milliseconds per minute. */
export const MS_PER_MINUTE = 60_000;

/** Epoch milliseconds (or a Date) as an ISO-8601 UTC instant, e.g. `2026-10-25T01:00:00Z`. */
export function isoInstant(value: number | Date): string {
  const ms = typeof value === 'number' ? value : value.getTime();
  return getTemporal().Instant.fromEpochMilliseconds(ms).toString();
}

/**
 * Parses an ISO-8601 instant with `Z` or an offset into epoch milliseconds: the one reader of
 * every instant a request carries, in bodies and queries, public and admin. On failure pushes a
 * field error (`required` when missing, `invalid_type`, `invalid_value`, or `out_of_range` outside
 * [EARLIEST_INSTANT, INSTANT_LIMIT)) and returns `null`. `hint` is appended to the message, e.g.
 * how to encode `+` in a query string.
 */
export function parseInstantField(value: unknown, field: string, errors: FieldError[], hint = ''): number | null {
  const example = 'an ISO-8601 instant with Z or an offset, e.g. "2026-10-25T08:00:00Z"';
  if (value === undefined || value === null || value === '') {
    errors.push({ field, code: 'required', message: `${field} is required: ${example}.` });
    return null;
  }
  if (typeof value !== 'string') {
    errors.push({ field, code: 'invalid_type', message: `${field} must be ${example}; got ${JSON.stringify(value)}.` });
    return null;
  }
  const shown = value.length > 60 ? `${JSON.stringify(value.slice(0, 57))}...` : JSON.stringify(value);
  let epochMs: number;
  try {
    epochMs = getTemporal().Instant.from(value).epochMilliseconds;
  } catch {
    errors.push({ field, code: 'invalid_value', message: `${field} must be ${example}; got ${shown}${hint}.` });
    return null;
  }
  if (!isInstantInRange(epochMs)) {
    errors.push({
      field,
      code: 'out_of_range',
      message: `${field} must be at or after ${EARLIEST_INSTANT} and before ${INSTANT_LIMIT}; got ${shown}.`,
    });
    return null;
  }
  return epochMs;
}
