/**
 * Wall clock -> instant in one time zone, exact and fast. Temporal is the authority: the zone's
 * offset transitions around the requested days are read once with `getTimeZoneTransition`, and a
 * wall time at least three days away from every transition (or window edge) has exactly one
 * instant, `wall - offset`. Anything closer asks Temporal itself, with disambiguation
 * `"compatible"` (a time in a gap moves forward; an ambiguous one takes the earlier offset).
 *
 * Why three days is safe: offsets lie strictly within ±24 h, so `t = wall - offset` is within a day
 * of `wall`, hence at least two days inside the same constant-offset segment; any other candidate
 * `wall - offset'` would also lie inside that segment, forcing `offset' = offset`.
 */
import type { TemporalNamespace } from '../temporal.js';
import { civilFromDays, daysFromCivil, MS_PER_DAY, MS_PER_MINUTE } from './civil.js';
import { rangeError, show, typeError } from './errors.js';

const MARGIN_MS = 3 * MS_PER_DAY;
const NS_PER_MS = 1_000_000;

/** Converts wall-clock times on local days of one zone to epoch milliseconds. */
export interface WallClock {
  /** Epoch ms of local day `day` (days since 1970-01-01) at `minute` minutes after midnight (0–1440). */
  toEpochMs(day: number, minute: number): number;
}

/**
 * Checks that `timeZone` is an IANA zone name Temporal knows.
 *
 * @throws TypeError when not a string; RangeError when unknown or an offset such as `+01:00`.
 */
export function checkTimeZone(temporal: TemporalNamespace, timeZone: unknown, field: string): string {
  if (typeof timeZone !== 'string') {
    throw typeError(field, `must be an IANA time zone name such as "Europe/Berlin"; got ${show(timeZone)}`);
  }
  if (/^[+\-\u2212]/.test(timeZone)) {
    throw rangeError(field, `must be an IANA time zone name, not an offset; got ${show(timeZone)}`);
  }
  try {
    temporal.Instant.fromEpochMilliseconds(0).toZonedDateTimeISO(timeZone);
  } catch {
    throw rangeError(field, `is not a known IANA time zone; got ${show(timeZone)}`);
  }
  return timeZone;
}

/** The local day (days since 1970-01-01) on which instant `epochMs` falls in `timeZone`. */
export function localDayOf(temporal: TemporalNamespace, timeZone: string, epochMs: number): number {
  const zoned = temporal.Instant.fromEpochMilliseconds(epochMs).toZonedDateTimeISO(timeZone);
  return daysFromCivil(zoned.year, zoned.month, zoned.day);
}

/**
 * A {@link WallClock} for wall times on local days `firstDay` … `lastDay` (24:00 of the last day
 * included) of `timeZone`.
 */
export function createWallClock(
  temporal: TemporalNamespace,
  timeZone: string,
  firstDay: number,
  lastDay: number,
): WallClock {
  // bounds[i] … bounds[i + 1] is a stretch of constant offset offsets[i]; the outer bounds are the
  // window's edges, treated like transitions (nothing is known beyond them).
  const windowStart = firstDay * MS_PER_DAY - 2 * MARGIN_MS;
  const windowEnd = (lastDay + 1) * MS_PER_DAY + 2 * MARGIN_MS;
  const bounds: number[] = [windowStart];
  const offsets: number[] = [];
  let zoned = temporal.Instant.fromEpochMilliseconds(windowStart).toZonedDateTimeISO(timeZone);
  offsets.push(zoned.offsetNanoseconds / NS_PER_MS);
  for (;;) {
    const next = zoned.getTimeZoneTransition('next');
    if (next === null || next.epochMilliseconds >= windowEnd) break;
    bounds.push(next.epochMilliseconds);
    offsets.push(next.offsetNanoseconds / NS_PER_MS);
    zoned = next;
  }
  bounds.push(windowEnd);

  let segment = 0;
  const viaTemporal = (day: number, minute: number): number => {
    const { year, month, day: dayOfMonth } = civilFromDays(day);
    const hour = Math.floor(minute / 60);
    const wall = new temporal.PlainDateTime(year, month, dayOfMonth, hour, minute % 60);
    return wall.toZonedDateTime(timeZone, { disambiguation: 'compatible' }).epochMilliseconds;
  };

  const toEpochMs = (day: number, minute: number): number => {
    if (minute === 1440) return toEpochMs(day + 1, 0);
    const wall = day * MS_PER_DAY + minute * MS_PER_MINUTE;
    // Calls come mostly in ascending order: move the segment cursor from where it was.
    while (segment > 0 && wall < (bounds[segment] as number)) segment--;
    while (segment < offsets.length - 1 && wall >= (bounds[segment + 1] as number)) segment++;
    const start = bounds[segment] as number;
    const end = bounds[segment + 1] as number;
    if (wall - start >= MARGIN_MS && end - wall >= MARGIN_MS) {
      return wall - (offsets[segment] as number);
    }
    return viaTemporal(day, minute);
  };
  return { toEpochMs };
}
