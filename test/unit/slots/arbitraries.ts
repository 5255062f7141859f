// fast-check arbitraries for slot inputs: zones with DST quirks, dates near their changes, rules,
// overrides, busy sets and ranges written with assorted offsets.
import fc from 'fast-check';
import type { SlotInput, TimeRange, Weekday } from '../../../src/core/node.js';

export const DAY_MS = 86_400_000;

/** Zones and a date on which each changes its offset (gaps, repeats, midnight changes, 30/45-minute offsets). */
export const CHANGES: [timeZone: string, date: string][] = [
  ['Europe/Berlin', '2026-03-29'],
  ['Europe/Berlin', '2026-10-25'],
  ['America/New_York', '2026-03-08'],
  ['America/New_York', '2026-11-01'],
  ['America/Sao_Paulo', '2018-11-04'],
  ['America/Sao_Paulo', '2019-02-16'],
  ['Australia/Lord_Howe', '2026-04-05'],
  ['Australia/Lord_Howe', '2026-10-04'],
  ['Pacific/Chatham', '2026-04-05'],
  ['Pacific/Chatham', '2026-09-27'],
  ['America/Havana', '2026-03-08'],
  ['America/Havana', '2026-11-01'],
  ['America/Santiago', '2026-04-04'],
  ['America/Santiago', '2026-09-05'],
  ['America/St_Johns', '2026-11-01'],
  ['Africa/Casablanca', '2026-02-15'],
  ['Antarctica/Troll', '2026-03-29'],
  ['Pacific/Apia', '2011-12-30'],
  ['Asia/Kolkata', '2026-06-15'],
  ['Asia/Kathmandu', '2026-06-15'],
  ['UTC', '2026-06-15'],
];

export const ZONES = [...new Set(CHANGES.map(([timeZone]) => timeZone))];

/** Offsets (minutes) in which generated instants are written. */
const WRITTEN_OFFSETS = [0, 60, 120, -180, -240, 330, 345, 765, 825, -570];

/** Writes epoch ms as an ISO instant with the given offset (`Z` for 0 half of the time). */
export function writeInstant(ms: number, offsetMinutes: number, zulu: boolean): string {
  const local = new Date(ms + offsetMinutes * 60_000).toISOString().slice(0, 23).replace(/\.000$/, '');
  if (offsetMinutes === 0 && zulu) return `${local}Z`;
  const abs = Math.abs(offsetMinutes);
  const sign = offsetMinutes < 0 ? '-' : '+';
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

const instantText = (ms: number) =>
  fc.tuple(fc.constantFrom(...WRITTEN_OFFSETS), fc.boolean()).map(([offset, zulu]) => writeInstant(ms, offset, zulu));

function hhmm(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** A minute of the day 0–1440, mostly on a quarter hour, often midnight (so days chain). */
const minuteOfDay = fc.oneof(
  { arbitrary: fc.integer({ min: 0, max: 96 }).map((q) => q * 15), weight: 3 },
  { arbitrary: fc.constantFrom(0, 1440), weight: 1 },
  { arbitrary: fc.integer({ min: 0, max: 1440 }), weight: 1 },
);

const timeRange: fc.Arbitrary<TimeRange> = fc
  .tuple(minuteOfDay, minuteOfDay)
  .filter(([a, b]) => a !== b)
  .map(([a, b]) => ({ start: hhmm(Math.min(a, b)), end: hhmm(Math.max(a, b)) }));

/** A zone and a day (days since 1970-01-01): half the time a day of a known change, else any day 2005–2035. */
const zoneAndDay = fc.oneof(
  fc.constantFrom(...CHANGES).map(([timeZone, date]) => ({ timeZone, day: Date.parse(`${date}T00:00:00Z`) / DAY_MS })),
  fc.record({
    timeZone: fc.constantFrom(...ZONES),
    day: fc.integer({ min: Date.UTC(2005, 0, 1) / DAY_MS, max: Date.UTC(2035, 0, 1) / DAY_MS }),
  }),
);

const MINUTES_PER_DAY = 1440;

/** A valid SlotInput around a (zone, day), up to eight days long. */
export const slotInput: fc.Arbitrary<SlotInput> = zoneAndDay.chain(({ timeZone, day }) => {
  const anchor = day * DAY_MS;
  const minutesFromAnchor = (min: number, max: number) =>
    fc.integer({ min: min * MINUTES_PER_DAY, max: max * MINUTES_PER_DAY }).map((m) => anchor + m * 60_000);
  const fromMs = fc.oneof(
    minutesFromAnchor(-3, 1),
    fc.integer({ min: -3 * 86_400, max: 86_400 }).map((s) => anchor + s * 1000),
  );
  return fc
    .record({
      fromMs,
      lengthMinutes: fc.oneof(
        fc.integer({ min: 0, max: 8 * MINUTES_PER_DAY }),
        fc.integer({ min: 2 * MINUTES_PER_DAY, max: 8 * MINUTES_PER_DAY }),
      ),
      weekly: fc.array(fc.record({ weekday: fc.integer({ min: 1, max: 7 }), range: timeRange }), {
        minLength: 1,
        maxLength: 10,
      }),
      overrides: fc.uniqueArray(
        fc.record({ dayOffset: fc.integer({ min: -4, max: 9 }), intervals: fc.array(timeRange, { maxLength: 3 }) }),
        { selector: (o) => o.dayOffset, maxLength: 4 },
      ),
      busy: fc.array(
        fc.record({
          start: minutesFromAnchor(-3, 9),
          length: fc.integer({ min: 1, max: 600 }),
          offset: fc.constantFrom(...WRITTEN_OFFSETS),
          zulu: fc.boolean(),
        }),
        { maxLength: 25 },
      ),
      durationMinutes: fc.oneof(
        { arbitrary: fc.constantFrom(15, 30, 45, 50, 60, 90), weight: 3 },
        { arbitrary: fc.integer({ min: 5, max: 300 }), weight: 1 },
      ),
      breakMinutes: fc.oneof(fc.constant(0), fc.constantFrom(5, 10, 15), fc.integer({ min: 0, max: 90 })),
      now: fc.option(
        fc.record({ ms: minutesFromAnchor(-1, 6), notice: fc.option(fc.integer({ min: 0, max: 1440 })) }),
        { freq: 2 },
      ),
    })
    .chain((p) =>
      fc
        .record({
          from: instantText(p.fromMs),
          to: instantText(p.fromMs + p.lengthMinutes * 60_000),
          now: p.now === null ? fc.constant(undefined) : instantText(p.now.ms),
        })
        .map((text): SlotInput => {
          const input: SlotInput = {
            timeZone,
            weekly: p.weekly.map(({ weekday, range }) => ({ weekday: weekday as Weekday, ...range })),
            overrides: p.overrides.map(({ dayOffset, intervals }) => ({
              date: new Date(anchor + dayOffset * DAY_MS).toISOString().slice(0, 10),
              intervals,
            })),
            busy: p.busy.map((b) => ({
              start: writeInstant(b.start, b.offset, b.zulu),
              end: writeInstant(b.start + b.length * 60_000, b.offset, b.zulu),
            })),
            durationMinutes: p.durationMinutes,
            breakMinutes: p.breakMinutes,
            from: text.from,
            to: text.to,
          };
          if (text.now !== undefined) {
            input.now = text.now;
            if (p.now?.notice !== null && p.now?.notice !== undefined) input.minNoticeMinutes = p.now.notice;
          }
          return input;
        }),
    );
});
