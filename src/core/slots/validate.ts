/**
 * Checks a `SlotInput` field by field and turns it into integer form: minutes of the day, day
 * numbers and epoch milliseconds. Every problem throws a TypeError (wrong JavaScript type) or a
 * RangeError (malformed or out of range) whose message starts with the field path.
 */
import type { TemporalNamespace } from '../temporal.js';
import { daysFromCivil, daysInMonth, MS_PER_DAY, MS_PER_MINUTE } from './civil.js';
import { rangeError, show, typeError } from './errors.js';
import { isRecord } from '../record.js';
import { parseInstant } from './instant.js';
import type { SlotInput } from './types.js';
import { checkTimeZone } from './zone.js';

/** A wall-clock range as minutes after local midnight: 0 ≤ start < end ≤ 1440. */
export interface MinuteRange {
  start: number;
  end: number;
}

/** A validated input in engine units. */
export interface NormalizedInput {
  timeZone: string;
  /** Index = ISO weekday 1–7 (index 0 unused): that weekday's ranges. */
  weekly: MinuteRange[][];
  /** Local day number -> the ranges replacing that day's weekly rules. */
  overrides: Map<number, MinuteRange[]>;
  /** Busy periods as parallel arrays, sorted by start: `[busyStart[i], busyEnd[i])` in epoch ms. */
  busyStart: number[];
  busyEnd: number[];
  durationMs: number;
  breakMs: number;
  /** Slot starts must be ≥ `earliestMs` (from, now + notice) and < `toMs`. */
  fromMs: number;
  toMs: number;
  earliestMs: number;
}

/** The largest accepted duration, break or notice: a leap year of minutes. */
export const MAX_MINUTES = 527_040;

/** The longest accepted `[from, to)` range, three years: bounds the work one call can demand. */
export const MAX_RANGE_DAYS = 1096;

const TIME = /^(\d{2}):(\d{2})$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function requireRecord(value: unknown, field: string): Record<string, unknown> {
  if (!isRecord(value)) throw typeError(field, `must be an object; got ${show(value)}`);
  return value;
}

function requireArray(value: unknown, field: string): unknown[] {
  if (!Array.isArray(value)) throw typeError(field, `must be an array; got ${show(value)}`);
  return value;
}

function minutes(value: unknown, field: string, min: number): number {
  if (typeof value !== 'number' || Number.isNaN(value)) {
    throw typeError(field, `must be a number of minutes; got ${show(value)}`);
  }
  if (!Number.isInteger(value)) {
    throw rangeError(field, `must be a whole number of minutes; got ${show(value)}`);
  }
  if (value < min) throw rangeError(field, `must be at least ${min}; got ${show(value)}`);
  if (value > MAX_MINUTES) {
    throw rangeError(field, `must be at most ${MAX_MINUTES}; got ${show(value)}`);
  }
  return value;
}

/** `'HH:MM'` -> minutes after midnight; `'24:00'` (1440) only where `allowEndOfDay`. */
function timeOfDay(value: unknown, field: string, allowEndOfDay: boolean): number {
  const expected = `"HH:MM" between "00:00" and ${allowEndOfDay ? '"24:00"' : '"23:59"'}`;
  if (typeof value !== 'string') {
    throw typeError(field, `must be a time ${expected}; got ${show(value)}`);
  }
  const match = TIME.exec(value);
  const hour = Number(match?.[1]);
  const minute = Number(match?.[2]);
  const valid =
    match !== null &&
    ((hour <= 23 && minute <= 59) || (allowEndOfDay && hour === 24 && minute === 0));
  if (!valid) throw rangeError(field, `must be a time ${expected}; got ${show(value)}`);
  return hour * 60 + minute;
}

function range(value: unknown, field: string): MinuteRange {
  const record = requireRecord(value, field);
  const start = timeOfDay(record.start, `${field}.start`, false);
  const end = timeOfDay(record.end, `${field}.end`, true);
  if (end <= start) {
    throw rangeError(
      `${field}.end`,
      `must be after ${field}.start (${show(record.start)}); got ${show(record.end)}`,
    );
  }
  return { start, end };
}

function localDate(value: unknown, field: string): number {
  const expected = 'must be a date "YYYY-MM-DD"';
  if (typeof value !== 'string') throw typeError(field, `${expected}; got ${show(value)}`);
  const match = DATE.exec(value);
  const year = Number(match?.[1]);
  const month = Number(match?.[2]);
  const day = Number(match?.[3]);
  if (!match || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw rangeError(field, `${expected} that exists; got ${show(value)}`);
  }
  return daysFromCivil(year, month, day);
}

function byStart(a: MinuteRange, b: MinuteRange): number {
  return a.start - b.start;
}

function weeklyRules(value: unknown): MinuteRange[][] {
  const byWeekday: MinuteRange[][] = [[], [], [], [], [], [], [], []];
  requireArray(value, 'weekly').forEach((item, i) => {
    const field = `weekly[${i}]`;
    const record = requireRecord(item, field);
    const weekday = record.weekday;
    const expected = 'must be an ISO weekday, 1 (Monday) to 7 (Sunday)';
    if (typeof weekday !== 'number') {
      throw typeError(`${field}.weekday`, `${expected}; got ${show(weekday)}`);
    }
    if (!Number.isInteger(weekday) || weekday < 1 || weekday > 7) {
      throw rangeError(`${field}.weekday`, `${expected}; got ${show(weekday)}`);
    }
    byWeekday[weekday]?.push(range(record, field));
  });
  for (const ranges of byWeekday) ranges.sort(byStart);
  return byWeekday;
}

function dateOverrides(value: unknown): Map<number, MinuteRange[]> {
  const overrides = new Map<number, MinuteRange[]>();
  if (value === undefined) return overrides;
  requireArray(value, 'overrides').forEach((item, i) => {
    const field = `overrides[${i}]`;
    const record = requireRecord(item, field);
    const day = localDate(record.date, `${field}.date`);
    if (overrides.has(day)) {
      throw rangeError(
        `${field}.date`,
        `repeats the date of an earlier override; got ${show(record.date)}`,
      );
    }
    const ranges = requireArray(record.intervals, `${field}.intervals`).map((interval, j) =>
      range(interval, `${field}.intervals[${j}]`),
    );
    overrides.set(day, ranges.sort(byStart));
  });
  return overrides;
}

/** Busy periods sorted by start and merged where they overlap or touch (same union, disjoint parts). */
function busyPeriods(value: unknown): { busyStart: number[]; busyEnd: number[] } {
  const busyStart: number[] = [];
  const busyEnd: number[] = [];
  if (value === undefined) return { busyStart, busyEnd };
  const periods = requireArray(value, 'busy').map((item, i) => {
    const field = `busy[${i}]`;
    const record = requireRecord(item, field);
    // Rounded outwards, so a sub-millisecond busy edge is never lost.
    const start = parseInstant(record.start, `${field}.start`).floorMs;
    const end = parseInstant(record.end, `${field}.end`).ceilMs;
    if (end <= start) {
      throw rangeError(
        `${field}.end`,
        `must be after ${field}.start (${show(record.start)}); got ${show(record.end)}`,
      );
    }
    return { start, end };
  });
  periods.sort((a, b) => a.start - b.start);
  for (const { start, end } of periods) {
    const last = busyEnd.length - 1;
    if (last >= 0 && start <= (busyEnd[last] as number)) {
      if (end > (busyEnd[last] as number)) busyEnd[last] = end;
    } else {
      busyStart.push(start);
      busyEnd.push(end);
    }
  }
  return { busyStart, busyEnd };
}

/**
 * Validates `input` and converts it to engine units.
 *
 * @throws TypeError or RangeError naming the first offending field.
 */
export function normalizeInput(temporal: TemporalNamespace, input: SlotInput): NormalizedInput {
  const record = requireRecord(input, 'input');
  const timeZone = checkTimeZone(temporal, record.timeZone, 'timeZone');
  const weekly = weeklyRules(record.weekly);
  const overrides = dateOverrides(record.overrides);
  const { busyStart, busyEnd } = busyPeriods(record.busy);
  const durationMinutes = minutes(record.durationMinutes, 'durationMinutes', 1);
  const breakMinutes = minutes(record.breakMinutes, 'breakMinutes', 0);
  // Slot starts are whole milliseconds: start ≥ from ⇔ start ≥ ceil(from), start < to ⇔ start < ceil(to).
  const fromMs = parseInstant(record.from, 'from').ceilMs;
  const toMs = parseInstant(record.to, 'to').ceilMs;
  if (toMs < fromMs) {
    throw rangeError('to', `must not be before from (${show(record.from)}); got ${show(record.to)}`);
  }
  if (toMs - fromMs > MAX_RANGE_DAYS * MS_PER_DAY) {
    throw rangeError('to', `must be at most ${MAX_RANGE_DAYS} days after from; got ${show(record.to)}`);
  }
  let earliestMs = fromMs;
  if (record.minNoticeMinutes !== undefined || record.now !== undefined) {
    if (record.now === undefined) {
      throw typeError('now', 'is required when minNoticeMinutes is given (notice counts from it)');
    }
    const nowMs = parseInstant(record.now, 'now').ceilMs;
    const notice =
      record.minNoticeMinutes === undefined
        ? 0
        : minutes(record.minNoticeMinutes, 'minNoticeMinutes', 0);
    earliestMs = Math.max(fromMs, nowMs + notice * MS_PER_MINUTE);
  }
  return {
    timeZone,
    weekly,
    overrides,
    busyStart,
    busyEnd,
    durationMs: durationMinutes * MS_PER_MINUTE,
    breakMs: breakMinutes * MS_PER_MINUTE,
    fromMs,
    toMs,
    earliestMs,
  };
}
