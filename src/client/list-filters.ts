/**
 * The filters of a listing (packages, credit offers), checked before sending. Shared by the
 * client's first-load part and its checkout part; `matching-filters.ts` holds them against the
 * answer.
 */

/** Checks an optional code filter (`country`, `currency`): `undefined`, or a code `isValid` accepts, else a `RangeError`. */
export function optionalCode(name: string, value: unknown, isValid: (code: unknown) => boolean, example: string): string | undefined {
  if (value === undefined) return undefined;
  if (!isValid(value)) {
    throw new RangeError(`${name} must be an uppercase ISO code such as "${example}" (got ${JSON.stringify(value) ?? String(value)}).`);
  }
  return value as string;
}

/** A country code as the server expects it; the server, not the widget, knows which codes are assigned. */
export const isCountryFormat = (code: unknown): boolean => typeof code === 'string' && /^[A-Z]{2}$/.test(code);
