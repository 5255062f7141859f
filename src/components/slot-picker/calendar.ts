/**
 * Calendar arithmetic of the slot picker, without Temporal (which stays out of the widget's
 * first load): local dates of instants in a time zone through `Intl.DateTimeFormat`, and civil
 * date arithmetic on `YYYY-MM-DD` strings through `Date.UTC`, which has no time zone of its own.
 */

/** A local date, `YYYY-MM-DD`. */
export type IsoDate = string;
/** A month, `YYYY-MM`. */
export type YearMonth = string;

const MS_PER_DAY = 86_400_000;
const MS_PER_HOUR = 3_600_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const YEAR_MONTH = /^(\d{4})-(\d{2})$/;

const pad = (value: number, length = 2): string => String(value).padStart(length, '0');

/** `YYYY-MM-DD` of the UTC calendar day containing `ms`. */
function isoOfUtc(ms: number): IsoDate {
  const d = new Date(ms);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** Epoch milliseconds of the UTC midnight starting `date`. */
export function utcMidnight(date: IsoDate): number {
  const [, y, m, d] = ISO_DATE.exec(date) ?? [];
  return Date.UTC(Number(y), Number(m) - 1, Number(d));
}

/** Whether `value` is a real date written `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  return match !== null && isoOfUtc(utcMidnight(value)) === value;
}

/** Whether `value` is a month written `YYYY-MM`. */
export function isYearMonth(value: string): boolean {
  const match = YEAR_MONTH.exec(value);
  return match !== null && Number(match[2]) >= 1 && Number(match[2]) <= 12;
}

/** `date` moved by `days` (may be negative). */
export function addDays(date: IsoDate, days: number): IsoDate {
  return isoOfUtc(utcMidnight(date) + days * MS_PER_DAY);
}

/** The month of `date`. */
export const monthOf = (date: IsoDate): YearMonth => date.slice(0, 7);

/** The first day of `month`. */
export const firstOfMonth = (month: YearMonth): IsoDate => `${month}-01`;

/** `month` moved by `months` (may be negative). */
export function addMonths(month: YearMonth, months: number): YearMonth {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return isoOfUtc(Date.UTC(y, m - 1 + months, 1)).slice(0, 7);
}

/** `date` moved by `months`, its day clamped to the target month's length (Jan 31 + 1 → Feb 28). */
export function addMonthsClamped(date: IsoDate, months: number): IsoDate {
  const month = addMonths(monthOf(date), months);
  const day = Math.min(Number(date.slice(8)), daysInMonth(month));
  return `${month}-${pad(day)}`;
}

/** How many days `month` has. */
export function daysInMonth(month: YearMonth): number {
  return Math.round((utcMidnight(firstOfMonth(addMonths(month, 1))) - utcMidnight(firstOfMonth(month))) / MS_PER_DAY);
}

/** ISO weekday of `date`: Monday = 1 … Sunday = 7. */
export function isoWeekday(date: IsoDate): number {
  const day = new Date(utcMidnight(date)).getUTCDay();
  return day === 0 ? 7 : day;
}

/** The first day of the week containing `date`, weeks starting on ISO weekday `firstDay`. */
export function startOfWeek(date: IsoDate, firstDay: number): IsoDate {
  return addDays(date, -((isoWeekday(date) - firstDay + 7) % 7));
}

/**
 * The weeks of `month` as rows of seven cells, `null` outside the month. Always six rows, so
 * the grid keeps its height from month to month.
 */
export function monthWeeks(month: YearMonth, firstDay: number): (IsoDate | null)[][] {
  let cursor = startOfWeek(firstOfMonth(month), firstDay);
  return Array.from({ length: 6 }, () =>
    Array.from({ length: 7 }, () => {
      const date = cursor;
      cursor = addDays(cursor, 1);
      return monthOf(date) === month ? date : null;
    }),
  );
}

interface WeekInfo {
  firstDay: number;
}
type LocaleWithWeekInfo = Intl.Locale & { getWeekInfo?: () => WeekInfo; weekInfo?: WeekInfo };

/** The first day of the week in `locale` (ISO weekday) when `Intl.Locale` knows it, else Monday. */
export function firstDayOfWeek(locale: string): number {
  try {
    const intlLocale = new Intl.Locale(locale) as LocaleWithWeekInfo;
    const info = intlLocale.getWeekInfo?.() ?? intlLocale.weekInfo;
    const day = info?.firstDay;
    if (typeof day === 'number' && day >= 1 && day <= 7) return day;
    return firstDayOfRegion(intlLocale.maximize().region);
  } catch {
    return 1;
  }
}

/**
 * CLDR's first day of the week by region (supplemental weekData), for engines without
 * `Intl.Locale#getWeekInfo` (Firefox ESR 140): Sunday, Saturday or Friday where CLDR says so,
 * else Monday.
 */
const WEEK_STARTS: Readonly<Record<number, string>> = {
  7: 'AG AS BD BR BS BT BW BZ CA CN CO DM DO ET GT GU HK HN ID IL IN JM JP KE KH KR LA MH MM MO MT MX MZ NI NP PA PE PH PK PR PT PY SA SG SV TH TT TW UM US VE VI WS YE ZA ZW',
  6: 'AE AF BH DJ DZ EG IQ IR JO KW LY OM QA SD SY',
  5: 'MV',
};

function firstDayOfRegion(region: string | undefined): number {
  if (!region) return 1;
  for (const [day, regions] of Object.entries(WEEK_STARTS)) {
    if (regions.split(' ').includes(region)) return Number(day);
  }
  return 1;
}

const zoneFormats = new Map<string, Intl.DateTimeFormat>();

function zoneFormat(timeZone: string): Intl.DateTimeFormat {
  let format = zoneFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      calendar: 'iso8601',
      numberingSystem: 'latn',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
      era: 'short',
    });
    zoneFormats.set(timeZone, format);
  }
  return format;
}

/** The wall clock of `ms` in `timeZone`, as epoch ms of that wall clock read as UTC. */
function wallClockMs(ms: number, timeZone: string): number {
  const parts: Record<string, string> = {};
  for (const part of zoneFormat(timeZone).formatToParts(ms)) parts[part.type] = part.value;
  const year = parts.era === 'BC' || parts.era === 'B' ? 1 - Number(parts.year) : Number(parts.year);
  const wall = new Date(0);
  wall.setUTCFullYear(year, Number(parts.month) - 1, Number(parts.day));
  wall.setUTCHours(Number(parts.hour), Number(parts.minute), Number(parts.second));
  return wall.getTime();
}

/** The local date of instant `ms` in `timeZone`. */
export function localDate(ms: number, timeZone: string): IsoDate {
  return isoOfUtc(wallClockMs(ms, timeZone));
}

/** The UTC offset of `timeZone` at instant `ms`, in minutes (Berlin in summer: 120). */
export function offsetMinutes(ms: number, timeZone: string): number {
  return Math.round((wallClockMs(Math.floor(ms / 1000) * 1000, timeZone) - Math.floor(ms / 1000) * 1000) / 60_000);
}

/** Whether `timeZone` is an IANA zone this browser's `Intl` knows: core's one rule. */
export { isIanaZone as isKnownTimeZone } from '../../core/time-zone.js';

/** Zones' offsets lie within −12 h and +14 h: this much around a month's UTC days covers its local days in any zone. */
const ZONE_MARGIN_MS = 14 * MS_PER_HOUR;
/** How far one request reaches: the month plus most of the next, under the API's 62-day limit. */
const REQUEST_SPAN_MS = 61 * MS_PER_DAY;

/**
 * The instants to ask the API for so that every local day of `month`, in any time zone, is
 * covered, and the days after it up to the API's range limit, so an empty month can point to
 * the next day with times. Independent of the zone: switching zones needs no new request.
 */
export function requestRange(month: YearMonth): { from: string; to: string } {
  const from = utcMidnight(firstOfMonth(month)) - ZONE_MARGIN_MS;
  return { from: new Date(from).toISOString(), to: new Date(from + REQUEST_SPAN_MS).toISOString() };
}
