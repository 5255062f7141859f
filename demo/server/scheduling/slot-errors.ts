/** Turns the slot engine's input errors (TypeError / RangeError carrying `field`) into field errors. */
import type { FieldError } from '../../../src/core/node.js';

/** Whether `error` is a slot engine input error: a TypeError or RangeError with a `field` path. */
export function isSlotInputError(error: unknown): error is (TypeError | RangeError) & { field: string } {
  return (
    (error instanceof TypeError || error instanceof RangeError) &&
    typeof (error as { field?: unknown }).field === 'string'
  );
}

/**
 * The field error of a slot engine input error. `rename` maps the engine's path prefix to the wire
 * name (e.g. `busy` → `blocks`), in the field and wherever the message names it.
 */
export function fieldErrorOf(error: (TypeError | RangeError) & { field: string }, rename?: { from: string; to: string }): FieldError {
  let field = error.field;
  let message = error.message;
  if (rename && (field === rename.from || field.startsWith(`${rename.from}[`) || field.startsWith(`${rename.from}.`))) {
    field = rename.to + field.slice(rename.from.length);
    message = message.replaceAll(`${rename.from}[`, `${rename.to}[`);
  }
  return {
    field,
    code: error instanceof TypeError ? 'invalid_type' : 'invalid_value',
    message: message.endsWith('.') ? message : `${message}.`,
  };
}

/**
 * Runs `check` (a call of the slot engine) and returns the field error it throws, if any; other
 * errors are rethrown.
 */
export function slotInputErrorOf(check: () => unknown, rename?: { from: string; to: string }): FieldError | null {
  try {
    check();
    return null;
  } catch (error) {
    if (isSlotInputError(error)) return fieldErrorOf(error, rename);
    throw error;
  }
}
