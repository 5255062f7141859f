import { addDays, offsetMinutes, utcMidnight, type IsoDate, type YearMonth } from './calendar.js';
import type { Slot } from '../../core/slots/types.js';
import { cityOf } from './zone-list.js';

/**
 * Every date and time the slot picker shows, through `Intl.DateTimeFormat` in one locale and
 * zone. Local dates (`YYYY-MM-DD`) are formatted as UTC midnights in UTC, so no zone moves them;
 * instants are formatted in the viewer's zone.
 */
export class SlotFormats {
  private readonly cache = new Map<string, Intl.DateTimeFormat>();

  constructor(
    readonly locale: string,
    readonly timeZone: string,
  ) {}

  private format(key: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
    let format = this.cache.get(key);
    if (!format) {
      format = new Intl.DateTimeFormat(this.locale, options);
      this.cache.set(key, format);
    }
    return format;
  }

  private date(key: string, date: IsoDate, options: Intl.DateTimeFormatOptions): string {
    return this.format(key, { ...options, timeZone: 'UTC' }).format(utcMidnight(date));
  }

  /** "October 2026". */
  month(month: YearMonth): string {
    return this.date('month', `${month}-01`, { month: 'long', year: 'numeric' });
  }

  /** "Sa". */
  weekdayShort(date: IsoDate): string {
    return this.date('weekday-short', date, { weekday: 'short' });
  }

  /** "Saturday". */
  weekdayLong(date: IsoDate): string {
    return this.date('weekday-long', date, { weekday: 'long' });
  }

  /** "S" (Arabic "س"): the form a narrow month grid shows. */
  weekdayNarrow(date: IsoDate): string {
    return this.date('weekday-narrow', date, { weekday: 'narrow' });
  }

  /**
   * How much room this locale's short weekday names take, by their longest: `short` up to three
   * characters ("Wed", "Pzt", "Mo"), `medium` up to five ("mer."), `long` beyond (Arabic
   * "الأربعاء"). The month grid switches to the narrow names below a width that depends on it.
   */
  weekdayLength(): 'short' | 'medium' | 'long' {
    // A week of dates (2024-01-01 is a Monday); code points are close enough to tell the sizes apart.
    const longest = Math.max(...Array.from({ length: 7 }, (_, i) => [...this.weekdayShort(addDays('2024-01-01', i))].length));
    return longest <= 3 ? 'short' : longest <= 5 ? 'medium' : 'long';
  }

  /** "24". */
  dayNumber(date: IsoDate): string {
    return this.date('day', date, { day: 'numeric' });
  }

  /** "Saturday, October 24, 2026". */
  dayLong(date: IsoDate): string {
    return this.date('day-long', date, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
  }

  /** "Tue, Nov 3". */
  dayShort(date: IsoDate): string {
    return this.date('day-short', date, { weekday: 'short', day: 'numeric', month: 'short' });
  }

  /** "4:00 AM", or "2:30 AM GMT+2" with `withZone` (for days where the zone's offset changes). */
  time(instant: string, withZone = false): string {
    const options: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit', timeZone: this.timeZone };
    if (withZone) options.timeZoneName = 'short';
    return this.format(withZone ? 'time-zone' : 'time', options).format(Date.parse(instant));
  }

  /**
   * "Sat, Oct 24, 4:00 – 4:50 AM". Near a change of the zone's offset (a DST change within three
   * hours) the offsets are named, since wall times there repeat or run backwards:
   * "Sun, Oct 25, 2:30 AM GMT+2 – 2:20 AM GMT+1".
   */
  range(slot: Slot): string {
    const start = Date.parse(slot.start);
    const end = Date.parse(slot.end);
    const margin = 3 * 3_600_000;
    const withZone = offsetMinutes(start - margin, this.timeZone) !== offsetMinutes(end + margin, this.timeZone);
    const options: Intl.DateTimeFormatOptions = {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      hour: 'numeric',
      minute: '2-digit',
      timeZone: this.timeZone,
    };
    if (!withZone) return this.format('range', options).formatRange(start, end);
    // Formatted apart: formatRange names one offset for both ends even when they differ.
    const from = this.format('range-zone', { ...options, timeZoneName: 'short' }).format(start);
    return `${from} – ${this.time(slot.end, true)}`;
  }

  /** "Central European Time (Berlin)"; "Coordinated Universal Time" for UTC. */
  zoneName(zone: string): string {
    const name = new Intl.DateTimeFormat(this.locale, { timeZone: zone, timeZoneName: 'longGeneric' })
      .formatToParts(Date.now())
      .find((part) => part.type === 'timeZoneName')?.value;
    const city = zone.includes('/') ? cityOf(zone) : '';
    if (!name) return zone;
    return city && !name.includes(city) ? `${name} (${city})` : name;
  }
}
