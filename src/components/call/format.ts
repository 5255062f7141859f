/**
 * The call launcher's clock texts: a countdown such as "04:59" or "1:04:59" in the locale's
 * digits, and the moment a call opens in the viewer's zone, the zone named.
 */

const MS_PER_DAY = 86_400_000;

/** Formats whole numbers of a countdown, two digits each, in the locale's numbering system. */
export class CountdownFormat {
  private readonly two: Intl.NumberFormat;
  private readonly one: Intl.NumberFormat;
  private readonly time: Intl.DateTimeFormat;
  private readonly dateTime: Intl.DateTimeFormat;
  private readonly day: Intl.DateTimeFormat;

  /** `timeZone`: the viewer's IANA zone the moments are shown in; default the browser's. */
  constructor(
    readonly locale: string,
    readonly timeZone?: string,
  ) {
    this.two = new Intl.NumberFormat(locale, { minimumIntegerDigits: 2, useGrouping: false });
    this.one = new Intl.NumberFormat(locale, { useGrouping: false });
    this.time = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZoneName: 'short', timeZone });
    this.dateTime = new Intl.DateTimeFormat(locale, {
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
      timeZoneName: 'short',
      timeZone,
    });
    this.day = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone });
  }

  /**
   * `ms` as `mm:ss`, or `h:mm:ss` from an hour on, rounded up to the second (a countdown shows
   * 00:00 only when the time is really up); a negative `ms` shows 00:00.
   */
  countdown(ms: number): string {
    const total = Math.max(0, Math.ceil(ms / 1000));
    const hours = Math.floor(total / 3600);
    const minutes = Math.floor((total % 3600) / 60);
    const seconds = total % 60;
    const tail = `${this.two.format(minutes)}:${this.two.format(seconds)}`;
    return hours > 0 ? `${this.one.format(hours)}:${tail}` : tail;
  }

  /** Whether a countdown to `ms` from now would run past a day: then the moment reads as a date instead. */
  static beyondADay(ms: number): boolean {
    return ms >= MS_PER_DAY;
  }

  /** When the call opens, `atMs`: the time alone on the viewer's `todayMs` day, else with the date; the zone named. */
  opensAt(atMs: number, todayMs: number): string {
    const sameDay = this.day.format(atMs) === this.day.format(todayMs) && Math.abs(atMs - todayMs) < MS_PER_DAY;
    return (sameDay ? this.time : this.dateTime).format(atMs);
  }
}
