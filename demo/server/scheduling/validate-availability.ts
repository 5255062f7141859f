/**
 * The rules of `PUT /v1/admin/experts/{expertId}/availability` that openapi.yaml cannot state:
 * weekly rules, overrides, zones and periods are core's `generateSlots` input rules. Each part is
 * run through the engine on its own, so one request reports the first problem of every part;
 * the spec's `AvailabilityInput` checks the shape beside them.
 */
import { generateSlots, isIsoInstant, isRecord, type DateOverride, type FieldError, type SlotInput, type WeeklyRule } from '../../../src/core/node.js';
import type { AvailabilityInput as AvailabilityBody } from '../../../src/wire/index.js';
import type { AvailabilityInput } from '../db/availability.js';
import { slotInputErrorOf } from './slot-errors.js';
import { isoInstant } from './time.js';

/** The result of {@link validateAvailability}. */
export type AvailabilityResult = { ok: true; value: AvailabilityInput } | { ok: false; errors: FieldError[] };

/** An engine call that validates everything and computes nothing (an empty range). */
function check(input: Partial<SlotInput>): SlotInput {
  const instant = '2000-01-01T00:00:00Z';
  return { timeZone: 'UTC', weekly: [], durationMinutes: 1, breakMinutes: 0, from: instant, to: instant, ...input };
}

/** The periods of `blocks` as the engine's busy periods, once every one is a pair of instants. */
function busyOf(blocks: unknown): { start: string; end: string }[] | null {
  if (!Array.isArray(blocks)) return null;
  const periods = blocks.map((item: unknown) =>
    isRecord(item) && isIsoInstant(item.start) && isIsoInstant(item.end)
      ? { start: isoInstant(Date.parse(item.start)), end: isoInstant(Date.parse(item.end)) }
      : null,
  );
  return periods.every((period) => period !== null) ? (periods as { start: string; end: string }[]) : null;
}

/** The engine's problems of an availability body, whatever its shape: the first of each part. */
export function availabilityRuleErrors(body: unknown): FieldError[] {
  if (!isRecord(body)) return [];
  const errors = [
    body.timeZone === undefined ? null : slotInputErrorOf(() => generateSlots(check({ timeZone: body.timeZone as string }))),
    body.weekly === undefined ? null : slotInputErrorOf(() => generateSlots(check({ weekly: body.weekly as WeeklyRule[] }))),
    body.overrides === undefined ? null : slotInputErrorOf(() => generateSlots(check({ overrides: body.overrides as DateOverride[] }))),
  ];
  const busy = busyOf(body.blocks);
  if (busy) errors.push(slotInputErrorOf(() => generateSlots(check({ busy })), { from: 'busy', to: 'blocks' }));
  return errors.filter((error): error is FieldError => error !== null);
}

/**
 * A checked availability body in canonical form: only known fields, block instants as UTC `…Z`,
 * reasons trimmed; a missing `timeZone` keeps `currentTimeZone`.
 */
export function availabilityInputOf(body: AvailabilityBody, currentTimeZone: string): AvailabilityInput {
  return {
    timeZone: body.timeZone ?? currentTimeZone,
    weekly: body.weekly.map(({ weekday, start, end }) => ({ weekday, start, end })) as WeeklyRule[],
    overrides: body.overrides.map(({ date, intervals }) => ({ date, intervals: intervals.map(({ start, end }) => ({ start, end })) })),
    blocks: body.blocks.map(({ start, end, reason }) => ({
      start: isoInstant(Date.parse(start)),
      end: isoInstant(Date.parse(end)),
      reason: reason?.trim() ?? '',
    })),
  };
}

/** The engine's rules, then the canonical form, of an availability the server writes itself (the demo seed). */
export function validateAvailability(body: AvailabilityBody, currentTimeZone: string): AvailabilityResult {
  const errors = availabilityRuleErrors(body);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: availabilityInputOf(body, currentTimeZone) };
}
