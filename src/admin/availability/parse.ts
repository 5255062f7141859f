/**
 * The availability answer, read with the client's answer schemas: the expert asked for, a known
 * zone, a version ≥ 1, well-formed rules, overrides and blocks. Extra fields are dropped.
 */
import * as v from 'valibot';
import { answer, anyText, array, asked, endAfterStart, is, object, rule, text, utcInstant, whole, type Answer, type Parser } from '../../http/answer.js';
import { timeZone } from '../../http/contract.js';
import type { Availability, Block, DateOverride, TimeRange, Weekday, WeeklyRule } from './types.js';

const TIME = /^(?:[01]\d|2[0-3]):[0-5]\d$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date `YYYY-MM-DD` that exists. */
function isDate(value: unknown): value is string {
  const match = typeof value === 'string' ? DATE.exec(value) : null;
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.getUTCMonth() === Number(match[2]) - 1 && date.getUTCDate() === Number(match[3]);
}

/** The entries of a wall-clock range: `start` 00:00–23:59, `end` up to 24:00. */
const rangeEntries = {
  start: is<string>((value) => typeof value === 'string' && TIME.test(value), 'a time "HH:MM" from "00:00" to "23:59"'),
  end: is<string>((value) => typeof value === 'string' && (TIME.test(value) || value === '24:00'), 'a time "HH:MM" up to "24:00"'),
};
/** `end` after `start` (times of day compare as text). */
const endAfterStartTime = <T extends TimeRange>() => rule<T & Record<string, unknown>>('end', (range) => range.end > range.start, (range) => `a time after start ${range.start}`);

const interval = v.pipe(object(rangeEntries, 'an interval { start, end }'), endAfterStartTime()) satisfies Answer<TimeRange>;

const weeklyRule = v.pipe(
  object(
    { weekday: is<Weekday>((value) => Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 7, 'an ISO weekday from 1 (Monday) to 7 (Sunday)'), ...rangeEntries },
    'a weekly rule { weekday, start, end }',
  ),
  endAfterStartTime(),
) satisfies Answer<WeeklyRule>;

const override = object(
  { date: is<string>(isDate, 'a date "YYYY-MM-DD" that exists'), intervals: array(interval) },
  'a date override { date, intervals }',
) satisfies Answer<DateOverride>;

const block = v.pipe(object({ id: text, start: utcInstant, end: utcInstant, reason: anyText }, 'a block { id, start, end, reason }'), endAfterStart()) satisfies Answer<Block>;

/** The parser of the availability of expert `expertId`: an answer about another expert is refused. */
export function parseAvailability(expertId: string): Parser<Availability> {
  return answer(
    object(
      { expertId: asked(expertId), timeZone, version: whole(1), weekly: array(weeklyRule), overrides: array(override), blocks: array(block) },
      'an availability object',
    ) satisfies Answer<Availability>,
  );
}
