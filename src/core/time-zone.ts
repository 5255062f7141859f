/**
 * The one rule of an IANA time zone name on the wire: letters first, then letters, digits, `_`,
 * `+`, `-` and `/`. Offsets such as `+01:00`, which `Intl` would accept, are not zone names.
 */
export const IANA_ZONE_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/;

/** Whether `value` is an IANA zone name ({@link IANA_ZONE_NAME}) this engine's `Intl` knows. */
export function isIanaZone(value: unknown): value is string {
  if (typeof value !== 'string' || !IANA_ZONE_NAME.test(value)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}
