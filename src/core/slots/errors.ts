/** Input errors of the slot engine: native `TypeError` / `RangeError` that also carry the field path. */

/**
 * A `TypeError` or `RangeError` whose message starts with, and whose `field` holds, the offending
 * field path, e.g. `weekly[2].end`.
 */
export type SlotInputError = (TypeError | RangeError) & { readonly field: string };

/** A wrong JavaScript type (not a string, not an array, …) at `field`. */
export function typeError(field: string, problem: string): SlotInputError {
  return Object.assign(new TypeError(`${field} ${problem}`), { field });
}

/** A value of the right type but out of range or malformed at `field`. */
export function rangeError(field: string, problem: string): SlotInputError {
  return Object.assign(new RangeError(`${field} ${problem}`), { field });
}

/** Shows a received value in an error message, shortened so a huge input cannot flood a log. */
export function show(value: unknown): string {
  const text = typeof value === 'string' ? JSON.stringify(value) : String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
