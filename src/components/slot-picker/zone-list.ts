/**
 * The time zones a viewer may switch to: every IANA zone the browser knows, labelled city first
 * ("New York (America/New_York)") so that typing a city in the open list finds it. Naming each
 * zone in words would build a formatter per zone (a few hundred), so the long list keeps the IANA
 * id beside the city; the suggested zones above it are named in the viewer's language.
 */

/** One option of the long list. */
export interface ZoneOption {
  zone: string;
  label: string;
}

/** The city of a zone id, e.g. "New York" for `America/New_York`; the id itself without a `/`. */
export function cityOf(zone: string): string {
  return zone.includes('/') ? zone.slice(zone.lastIndexOf('/') + 1).replaceAll('_', ' ') : zone;
}

/** Every IANA zone the browser can list, with UTC; only `fallback` where it cannot list them. */
export function allTimeZones(fallback: readonly string[]): string[] {
  const listed = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return [...new Set([...listed, 'UTC', ...fallback])];
}

const optionsByLocale = new Map<string, ZoneOption[]>();

/** The long list in `locale`'s collation, built once per locale (`fallback` joins it where the browser lists none). */
export function zoneOptions(locale: string, fallback: readonly string[]): ZoneOption[] {
  let options = optionsByLocale.get(locale);
  if (!options) {
    const collator = new Intl.Collator(locale);
    options = allTimeZones(fallback)
      .map((zone) => ({ zone, label: zone.includes('/') ? `${cityOf(zone)} (${zone})` : zone }))
      .sort((a, b) => collator.compare(a.label, b.label));
    optionsByLocale.set(locale, options);
  }
  return options;
}
