import type { TermSet } from '../../../i18n/catalog.js';

/** Every text of `<appt-slot-picker>` in one language, beside the shared {@link Translation}. */
export interface SlotPickerTerms extends TermSet {
  /** The button showing the month before. */
  previousMonth: string;
  /** The button showing the month after. */
  nextMonth: string;
  /** Announced while a month's times load. */
  loadingTimes: string;
  /** A month without any time; `month` is e.g. "October 2026". */
  noTimesInMonth(month: string): string;
  /** The button jumping to the next day with times; `date` is e.g. "Tue, Nov 3". */
  nextAvailable(date: string): string;
  /** The hint before a day is chosen. */
  pickDay: string;
  /** Heading of a day's times; `date` is e.g. "Saturday, October 24". */
  timesOn(date: string): string;
  /** Label of the time zone switcher. */
  timeZoneLabel: string;
  /** Group of the viewer's, the browser's and the expert's zones, first in the switcher. */
  suggestedTimeZones: string;
  /** Group of every other zone, below the suggested ones. */
  allTimeZones: string;
  /** Shown when the times are not in the expert's zone; `zone` is its name. */
  expertTimeZone(zone: string): string;
  /** How many times a day offers (part of the day's accessible name), plural-aware. */
  timesAvailable(count: number): string;
  /** A day without times (part of the day's accessible name). */
  noTimes: string;
  /** Heading of the chosen times. */
  selectionLabel: string;
  /** "2 of 3 sessions chosen", plural-aware in `total`. */
  chosenCount(chosen: number, total: number): string;
  /** Shown while no time is chosen. */
  noneChosen: string;
  /** Shown once every session has a time. */
  allChosen: string;
  /** Shown while some sessions are still without a time. */
  bookRestLater: string;
  /** Accessible name of the button removing a chosen time; `time` is e.g. "Sat, Oct 24, 10:00". */
  removeTime(time: string): string;
  /** Error title when the times could not be loaded. */
  slotsErrorTitle: string;
  /** The expert or the package does not exist (404). */
  slotsErrorNotFound: string;
  /** The key is missing or invalid, or this site's origin is not allowed (401/403). */
  slotsErrorAccess: string;
}
