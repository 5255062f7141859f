/**
 * The check of an id argument, shared by the client and the admin SDK and kept apart from the
 * answers' schemas (`contract.ts`) so that the widget's first load checks its arguments without
 * carrying them.
 */

/** Checks an id argument (a path parameter): a non-empty string, else a `TypeError` naming `name`. */
export function requireId(name: string, value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new TypeError(`${name} must be a non-empty string (got ${typeof value === 'string' ? JSON.stringify(value) : String(value)}).`);
  }
  return value;
}
