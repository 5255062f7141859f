/**
 * Turns an availability input into the body of `PUT …/availability`. Only its shape is checked
 * here (an object with the three arrays): the rules themselves (times, dates, zones, instants)
 * are the slot engine's, applied by the server, whose 422 names each field (`weekly[0].end`).
 * Core's engine checks need Temporal and stop at the first problem, so repeating them here would
 * cost a polyfill load and still not list every error.
 */
import type { FieldError } from '../../core/package.js';
import { isRecord } from '../../core/record.js';
import { shown } from '../args.js';
import { ValidationError } from '../errors.js';

/** A copy of `value` with only `keys` when it is an object; anything else as is, for the server to name. */
function pick(value: unknown, keys: readonly string[]): unknown {
  if (!isRecord(value)) return value;
  const picked: Record<string, unknown> = {};
  for (const key of keys) if (value[key] !== undefined) picked[key] = value[key];
  return picked;
}

function pickOverride(value: unknown): unknown {
  if (!isRecord(value)) return value;
  const override = pick(value, ['date']) as Record<string, unknown>;
  const { intervals } = value;
  if (intervals !== undefined) override.intervals = Array.isArray(intervals) ? intervals.map((range) => pick(range, ['start', 'end'])) : intervals;
  return override;
}

/**
 * The request body of a save: `timeZone` (when given), `weekly`, `overrides` and `blocks`, each
 * item reduced to the input's fields, so an availability read with `get` can be sent back as is.
 *
 * @throws ValidationError when `input` is not an object or one of the three lists is not an array.
 */
export function availabilityBody(input: unknown): Record<string, unknown> {
  if (!isRecord(input)) {
    throw new ValidationError('The availability', [
      { field: '', code: 'invalid_type', message: `The availability must be an object { timeZone?, weekly, overrides, blocks } (got ${shown(input)}).` },
    ]);
  }
  const errors: FieldError[] = [];
  for (const field of ['weekly', 'overrides', 'blocks'] as const) {
    const value = input[field];
    if (!Array.isArray(value)) {
      errors.push({
        field,
        code: value === undefined ? 'required' : 'invalid_type',
        message: `${field} must be an array (send [] for none; the save replaces the whole availability), got ${isRecord(value) ? 'an object' : shown(value)}.`,
      });
    }
  }
  if (errors.length > 0) throw new ValidationError('The availability', errors);
  const body: Record<string, unknown> = {
    weekly: (input.weekly as unknown[]).map((rule) => pick(rule, ['weekday', 'start', 'end'])),
    overrides: (input.overrides as unknown[]).map(pickOverride),
    blocks: (input.blocks as unknown[]).map((block) => pick(block, ['start', 'end', 'reason'])),
  };
  if (input.timeZone !== undefined) body.timeZone = input.timeZone;
  return body;
}
