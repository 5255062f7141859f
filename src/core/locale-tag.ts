/** The one rule of a language tag on the wire (a customer's `locale`). */

/** The longest tag the API takes (RFC 5646 advises supporting 35 characters). */
export const MAX_LOCALE_LENGTH = 35;

/**
 * `value` as its canonical BCP 47 tag (`"de-de"` → `"de-DE"`), or `null` when it is not one
 * well-formed tag of at most {@link MAX_LOCALE_LENGTH} characters.
 */
export function canonicalLocaleTag(value: unknown): string | null {
  if (typeof value !== 'string' || value === '' || value.length > MAX_LOCALE_LENGTH) return null;
  try {
    return Intl.getCanonicalLocales(value)[0] ?? null;
  } catch {
    return null;
  }
}

/** Whether `value` is a well-formed BCP 47 language tag the API takes ({@link canonicalLocaleTag}). */
export function isLocaleTag(value: unknown): value is string {
  return canonicalLocaleTag(value) !== null;
}
