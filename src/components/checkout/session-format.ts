/**
 * How the checkout and its confirmation show a session: its date and times in the viewer's zone
 * and locale ("Sat, Oct 24, 10:00 – 10:50 AM"), and the zone's name.
 */
export class SessionFormat {
  private readonly rangeFormat: Intl.DateTimeFormat;
  private readonly zoneFormat: Intl.DateTimeFormat;

  constructor(
    readonly locale: string,
    readonly timeZone: string,
  ) {
    this.rangeFormat = new Intl.DateTimeFormat(locale, {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
      timeZone,
    });
    this.zoneFormat = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'longGeneric' });
  }

  /** "Sat, Oct 24, 2026, 10:00 – 10:50 AM". */
  range(start: string, end: string): string {
    return this.rangeFormat.formatRange(new Date(start), new Date(end));
  }

  /** The start alone, e.g. "Sat, Oct 24, 2026, 10:00 AM". */
  start(start: string): string {
    return this.rangeFormat.format(new Date(start));
  }

  /** "Central European Time", at `instant` (names differ between winter and summer in some locales). */
  zoneName(instant: string): string {
    const part = this.zoneFormat.formatToParts(new Date(instant)).find((p) => p.type === 'timeZoneName');
    return part?.value ?? this.timeZone;
  }
}
