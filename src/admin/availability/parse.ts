/**
 * The availability answer: the shape is the generated `wire.Availability` (a known zone, a
 * version ≥ 1, well-formed rules, overrides and blocks); what the spec cannot say is checked
 * here: the expert asked for, ranges that start before midnight and end after they start, override
 * dates that exist, blocks that end after they start. Extra fields are dropped.
 */
import * as v from 'valibot';
import { answer, checks, type Parser, type Report } from '../../http/answer.js';
import * as wire from '../../http/wire-checks.js';
import type { Schema } from '../../wire/index.js';
import type { Availability } from './types.js';

type WireAvailability = Schema<'Availability'>;

/** Whether the calendar date `YYYY-MM-DD` (its form checked by the spec's pattern) exists: `2026-02-30` does not. */
function dateExists(value: string): boolean {
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A wall-clock range at `keys`: `24:00` only as an end, `end` after `start` (times of day compare as text). */
function checkRange(range: Schema<'TimeRange'>, keys: readonly (string | number)[], report: Report): void {
  if (range.start === '24:00') report([...keys, 'start'], 'a time "HH:MM" from "00:00" to "23:59"');
  else if (range.end <= range.start) report([...keys, 'end'], `a time after start ${range.start}`);
}

/** The checks of an availability of expert `expertId` that the spec cannot state. */
const semantics = (expertId: string) =>
  checks<WireAvailability>((availability, report) => {
    if (availability.expertId !== expertId) report(['expertId'], `"${expertId}" as asked for`);
    availability.weekly.forEach((rule, index) => checkRange(rule, ['weekly', index], report));
    availability.overrides.forEach((override, index) => {
      if (!dateExists(override.date)) report(['overrides', index, 'date'], 'a date "YYYY-MM-DD" that exists');
      override.intervals.forEach((interval, at) => checkRange(interval, ['overrides', index, 'intervals', at], report));
    });
    availability.blocks.forEach((block, index) => {
      if (!(Date.parse(block.end) > Date.parse(block.start))) report(['blocks', index, 'end'], `an instant after start ${block.start}`);
    });
  });

/**
 * The parser of the availability of expert `expertId`: an answer about another expert is refused.
 * The wire's weekdays, checked 1–7 by the generated schema, are the slot engine's `Weekday`.
 */
export const parseAvailability = (expertId: string): Parser<Availability> =>
  answer(v.pipe(wire.Availability, semantics(expertId), v.transform((availability) => availability as Availability)));
