/** Public types of the slot engine. Times of day are `'HH:MM'`; instants are ISO-8601 strings. */

/** ISO weekday: Monday = 1 … Sunday = 7. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** A wall-clock time range on one local date; `end` may be `'24:00'` (the next midnight). */
export interface TimeRange {
  /** `'HH:MM'`, 00:00–23:59. */
  start: string;
  /** `'HH:MM'` after `start`, or `'24:00'`. */
  end: string;
}

/** A weekly availability rule in the expert's zone. */
export interface WeeklyRule extends TimeRange {
  weekday: Weekday;
}

/** Replaces the weekly rules of one local date; no intervals = day off. */
export interface DateOverride {
  /** `'YYYY-MM-DD'`, a local date in the expert's zone. */
  date: string;
  intervals: readonly TimeRange[];
}

/** A half-open period `[start, end)` no slot span may overlap: a booking with its break, a hold, a block. */
export interface BusyPeriod {
  /** ISO-8601 instant with `Z` or an offset, e.g. `2026-03-29T01:00:00+01:00`. */
  start: string;
  /** ISO-8601 instant after `start`. */
  end: string;
}

/** Everything `generateSlots` needs. */
export interface SlotInput {
  /** The expert's IANA time zone, e.g. `'Europe/Berlin'`. */
  timeZone: string;
  weekly: readonly WeeklyRule[];
  overrides?: readonly DateOverride[];
  busy?: readonly BusyPeriod[];
  /** Session length, a positive integer. */
  durationMinutes: number;
  /** Rest after each session, an integer ≥ 0; slots step by duration + break. */
  breakMinutes: number;
  /** Slot starts lie in `[from, to)`: ISO-8601 instants. */
  from: string;
  to: string;
  /** The current instant (server clock): slots start at or after `now + minNoticeMinutes`. */
  now?: string;
  /** Minimum notice before a slot, an integer ≥ 0; requires `now`. */
  minNoticeMinutes?: number;
}

/** One bookable slot: UTC instants (`…Z`), `end` = `start` + duration. */
export interface Slot {
  start: string;
  end: string;
}
