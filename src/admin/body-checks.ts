/**
 * Checks shared by the bodies of the admin client's writes, checked before sending: the body is
 * an object of known fields, a free-text `reason`, a flag. Each returns the field errors it finds
 * (a {@link ValidationError} is thrown by the caller, with every problem at once).
 */
import type { FieldError } from '../core/package.js';
import { isRecord } from '../core/record.js';
import { shown } from './args.js';
import { ValidationError } from './errors.js';

/** The longest `reason` a write keeps, in characters. */
export const MAX_REASON = 500;

/**
 * `input` as a record, with an `unknown_field` error for each key outside `allowed`; throws a
 * {@link ValidationError} titled `what` (e.g. "The refund") when it is not an object at all.
 */
export function bodyFields(what: string, input: unknown, allowed: readonly string[]): { body: Record<string, unknown>; errors: FieldError[] } {
  if (!isRecord(input)) throw new ValidationError(what, [{ field: '', code: 'invalid_type', message: `${what} must be an object (got ${shown(input)}).` }]);
  const noun = what.replace(/^The /, 'a ');
  const errors = Object.keys(input)
    .filter((key) => !allowed.includes(key))
    .map((key) => ({ field: key, code: 'unknown_field', message: `${key} is not a field of ${noun}.` }));
  return { body: input, errors };
}

/** The error of an optional `reason`: plain text of at most {@link MAX_REASON} characters. */
export function reasonErrors(reason: unknown): FieldError[] {
  if (reason === undefined || (typeof reason === 'string' && [...reason].length <= MAX_REASON)) return [];
  const got = typeof reason === 'string' ? `${[...reason].length} characters` : shown(reason);
  return [{ field: 'reason', code: typeof reason === 'string' ? 'too_long' : 'invalid_type', message: `reason must be text of at most ${MAX_REASON} characters (got ${got}).` }];
}

/** The error of an optional flag `field`: true, false or absent. */
export function flagErrors(field: string, value: unknown): FieldError[] {
  return value === undefined || typeof value === 'boolean' ? [] : [{ field, code: 'invalid_type', message: `${field} must be true or false (got ${shown(value)}).` }];
}
