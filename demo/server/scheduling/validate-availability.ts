/**
 * Checks the body of `PUT /v1/admin/experts/{expertId}/availability`. The rules of weekly rules,
 * overrides, zones and periods are core's `generateSlots` input rules: each part is run through
 * the engine on its own, so one request reports the first problem of every part.
 */
import { generateSlots, type DateOverride, type FieldError, type SlotInput, type WeeklyRule } from '../../../src/core/node.js';
import type { AvailabilityInput } from '../db/availability.js';
import { slotInputErrorOf } from './slot-errors.js';
import { isoInstant, parseInstantField } from './time.js';

/** The longest accepted block reason, in characters. */
export const MAX_REASON_LENGTH = 200;
/** The most blocks one availability may have. */
export const MAX_BLOCKS = 500;

/** The result of {@link validateAvailability}. */
export type AvailabilityResult = { ok: true; value: AvailabilityInput } | { ok: false; errors: FieldError[] };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** An engine call that validates everything and computes nothing (an empty range). */
function check(input: Partial<SlotInput>): SlotInput {
  const instant = '2000-01-01T00:00:00Z';
  return { timeZone: 'UTC', weekly: [], durationMinutes: 1, breakMinutes: 0, from: instant, to: instant, ...input };
}

function unknownFields(record: Record<string, unknown>, allowed: readonly string[], prefix: string, what: string): FieldError[] {
  return Object.keys(record)
    .filter((key) => !allowed.includes(key))
    .map((key) => ({
      field: `${prefix}${key}`,
      code: 'unknown_field',
      message: `${prefix}${key} is not a field of ${what}; allowed: ${allowed.join(', ')}.`,
    }));
}

/** Unknown properties of the items of `list` (rules, overrides, intervals), named by path. */
function unknownItemFields(list: unknown, field: string, allowed: readonly string[], what: string): FieldError[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((item, i) => (isRecord(item) ? unknownFields(item, allowed, `${field}[${i}].`, what) : []));
}

function checkBlocks(value: unknown, errors: FieldError[]): AvailabilityInput['blocks'] {
  const before = errors.length;
  if (!Array.isArray(value)) {
    errors.push({ field: 'blocks', code: 'invalid_type', message: 'blocks must be an array of { start, end, reason? } periods.' });
    return [];
  }
  if (value.length > MAX_BLOCKS) {
    errors.push({ field: 'blocks', code: 'too_many', message: `blocks may hold at most ${MAX_BLOCKS} periods; got ${value.length}.` });
    return [];
  }
  const blocks: AvailabilityInput['blocks'] = [];
  value.forEach((item: unknown, i) => {
    const field = `blocks[${i}]`;
    if (!isRecord(item)) {
      errors.push({ field, code: 'invalid_type', message: `${field} must be an object { start, end, reason? }.` });
      return;
    }
    errors.push(...unknownFields(item, ['start', 'end', 'reason'], `${field}.`, 'a block'));
    const reason = item.reason ?? '';
    if (typeof reason !== 'string') {
      errors.push({ field: `${field}.reason`, code: 'invalid_type', message: `${field}.reason must be a string.` });
    } else if (reason.length > MAX_REASON_LENGTH) {
      errors.push({ field: `${field}.reason`, code: 'too_long', message: `${field}.reason must be at most ${MAX_REASON_LENGTH} characters.` });
    }
    const periodErrors: FieldError[] = [];
    const start = parseInstantField(item.start, `${field}.start`, periodErrors);
    const end = parseInstantField(item.end, `${field}.end`, periodErrors);
    errors.push(...periodErrors);
    if (start !== null && end !== null) {
      blocks.push({ start: isoInstant(start), end: isoInstant(end), reason: typeof reason === 'string' ? reason.trim() : '' });
    }
  });
  // The engine's own rules on the periods (end after start, …), reported under blocks[i].
  if (errors.length === before) {
    const busy = blocks.map(({ start, end }) => ({ start, end }));
    const error = slotInputErrorOf(() => generateSlots(check({ busy })), { from: 'busy', to: 'blocks' });
    if (error) errors.push(error);
  }
  return blocks;
}

/**
 * Validates an availability body `{ timeZone?, weekly, overrides, blocks }`; a missing `timeZone`
 * keeps `currentTimeZone`. Returns the input in canonical form (only known fields; block
 * instants as UTC `…Z`) or every field error found.
 */
export function validateAvailability(body: unknown, currentTimeZone: string): AvailabilityResult {
  if (!isRecord(body)) {
    return {
      ok: false,
      errors: [{ field: '', code: 'invalid_type', message: 'The body must be a JSON object { timeZone?, weekly, overrides, blocks }.' }],
    };
  }
  const errors: FieldError[] = unknownFields(body, ['timeZone', 'weekly', 'overrides', 'blocks'], '', 'an availability');
  for (const field of ['weekly', 'overrides', 'blocks'] as const) {
    if (body[field] === undefined) {
      errors.push({ field, code: 'required', message: `${field} is required (send [] for none).` });
    }
  }
  const timeZone = body.timeZone ?? currentTimeZone;
  const zoneError = slotInputErrorOf(() => generateSlots(check({ timeZone: timeZone as string })));
  if (zoneError) errors.push(zoneError);

  errors.push(...unknownItemFields(body.weekly, 'weekly', ['weekday', 'start', 'end'], 'a weekly rule'));
  const weeklyError = body.weekly === undefined ? null : slotInputErrorOf(() => generateSlots(check({ weekly: body.weekly as WeeklyRule[] })));
  if (weeklyError) errors.push(weeklyError);

  errors.push(...unknownItemFields(body.overrides, 'overrides', ['date', 'intervals'], 'a date override'));
  if (Array.isArray(body.overrides)) {
    body.overrides.forEach((item: unknown, i) => {
      if (isRecord(item)) errors.push(...unknownItemFields(item.intervals, `overrides[${i}].intervals`, ['start', 'end'], 'an interval'));
    });
  }
  const overridesError =
    body.overrides === undefined ? null : slotInputErrorOf(() => generateSlots(check({ overrides: body.overrides as DateOverride[] })));
  if (overridesError) errors.push(overridesError);

  const blocks = body.blocks === undefined ? [] : checkBlocks(body.blocks, errors);
  if (errors.length > 0) return { ok: false, errors };

  const weekly = (body.weekly as WeeklyRule[]).map(({ weekday, start, end }) => ({ weekday, start, end }));
  const overrides = (body.overrides as DateOverride[]).map(({ date, intervals }) => ({
    date,
    intervals: intervals.map(({ start, end }) => ({ start, end })),
  }));
  return { ok: true, value: { timeZone: timeZone as string, weekly, overrides, blocks } };
}
