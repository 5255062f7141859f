const MINUTES_PER_HOUR = 60;

/**
 * Formats a number of minutes as a localized duration through `Intl`: "50 minutes",
 * "2 hours", "1 hour, 30 minutes" (German "1 Stunde, 30 Minuten", Arabic digits for `ar`).
 */
export function formatDuration(minutes: number, locale: string): string {
  const hours = Math.floor(minutes / MINUTES_PER_HOUR);
  const rest = minutes % MINUTES_PER_HOUR;
  const unit = (value: number, name: 'hour' | 'minute') =>
    new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'long' }).format(value);
  const parts: string[] = [];
  if (hours > 0) parts.push(unit(hours, 'hour'));
  if (rest > 0 || hours === 0) parts.push(unit(rest, 'minute'));
  return parts.length === 1 ? parts[0]! : new Intl.ListFormat(locale, { style: 'long', type: 'unit' }).format(parts);
}
