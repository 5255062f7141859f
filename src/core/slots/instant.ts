/**
 * ISO-8601 instants <-> epoch milliseconds without `Date` parsing or Temporal: the engine parses
 * every busy period and formats every slot, so both stay cheap and strict.
 */
import { civilFromDays, daysFromCivil, daysInMonth, MS_PER_DAY } from './civil.js';
import { rangeError, show, typeError } from './errors.js';

/** An instant as whole epoch milliseconds, rounded down and up (equal unless below a millisecond). */
export interface ParsedInstant {
  floorMs: number;
  ceilMs: number;
}

const INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(?:[Zz]|([+-])(\d{2}):?(\d{2}))$/;

const EXPECTED =
  'must be an ISO-8601 instant with Z or an offset, e.g. "2026-03-29T01:00:00+01:00"';

/**
 * Parses `YYYY-MM-DDTHH:MM[:SS[.fraction]]` followed by `Z` or `±HH:MM`.
 *
 * @throws TypeError when `value` is not a string; RangeError when it is malformed or names an impossible date or time.
 */
export function parseInstant(value: unknown, field: string): ParsedInstant {
  if (typeof value !== 'string') throw typeError(field, `${EXPECTED}; got ${show(value)}`);
  const match = INSTANT.exec(value);
  if (!match) throw rangeError(field, `${EXPECTED}; got ${show(value)}`);
  const [, y, mo, d, h, mi, s = '0', fraction = '', sign, oh = '0', om = '0'] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s);
  const offsetHours = Number(oh);
  const offsetMinutes = Number(om);
  if (
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > daysInMonth(year, month) ||
    hour > 23 ||
    minute > 59 ||
    second > 59 ||
    offsetHours > 23 ||
    offsetMinutes > 59
  ) {
    throw rangeError(field, `is not a valid date, time or offset; got ${show(value)}`);
  }
  const millis = Number(fraction.slice(0, 3).padEnd(3, '0'));
  const belowMilli = /[1-9]/.test(fraction.slice(3));
  const offsetMs = (sign === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes) * 60_000;
  const floorMs =
    daysFromCivil(year, month, day) * MS_PER_DAY +
    ((hour * 60 + minute) * 60 + second) * 1000 +
    millis -
    offsetMs;
  return { floorMs, ceilMs: belowMilli ? floorMs + 1 : floorMs };
}

const TWO_DIGITS = Array.from({ length: 60 }, (_, i) => String(i).padStart(2, '0'));

/** `'HH:MM:00Z'` for each minute of the day, built on first use: slots almost always start on a minute. */
let minuteTimes: string[] | undefined;

function timeOfDay(msOfDay: number): string {
  if (msOfDay % 60_000 === 0) {
    minuteTimes ??= Array.from(
      { length: 1440 },
      (_, m) => `${TWO_DIGITS[Math.floor(m / 60)]}:${TWO_DIGITS[m % 60]}:00Z`,
    );
    return minuteTimes[msOfDay / 60_000] as string;
  }
  const millis = msOfDay % 1000;
  const seconds = (msOfDay - millis) / 1000;
  const fraction = millis === 0 ? '' : `.${String(millis).padStart(3, '0').replace(/0+$/, '')}`;
  const hour = Math.floor(seconds / 3600);
  const minute = Math.floor(seconds / 60) % 60;
  return `${TWO_DIGITS[hour]}:${TWO_DIGITS[minute]}:${TWO_DIGITS[seconds % 60]}${fraction}Z`;
}

/**
 * Returns a formatter of epoch milliseconds as `YYYY-MM-DDTHH:MM:SSZ` (a fraction only when not
 * zero, without trailing zeros): the same text as `Temporal.Instant#toString()`. It caches the
 * date part, so formatting ascending instants costs one string join each.
 */
export function createUtcFormatter(): (ms: number) => string {
  let cachedDay = Number.NaN;
  let cachedPrefix = '';
  return (ms) => {
    const day = Math.floor(ms / MS_PER_DAY);
    if (day !== cachedDay) {
      const { year, month, day: dayOfMonth } = civilFromDays(day);
      if (year < 0 || year > 9999) return new Date(ms).toISOString().replace('.000Z', 'Z');
      cachedDay = day;
      cachedPrefix = `${String(year).padStart(4, '0')}-${TWO_DIGITS[month]}-${TWO_DIGITS[dayOfMonth]}T`;
    }
    return cachedPrefix + timeOfDay(ms - day * MS_PER_DAY);
  };
}
