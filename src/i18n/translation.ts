import type { AppointmentType, OnlineService } from '../core/package.js';

/** Text direction of a language. */
export type TextDirection = 'ltr' | 'rtl';

/**
 * Every user-visible string of apptkit in one language. Terms that depend on a count are
 * functions, so each language applies its own plural rules (see {@link plural}).
 */
export interface Translation {
  /** Base language subtag this translation serves, lowercase, e.g. `"de"`. */
  readonly $code: string;
  /** The language's own name, e.g. `"Deutsch"`. */
  readonly $name: string;
  /** Writing direction of the language. */
  readonly $dir: TextDirection;

  /** Accessible name of the package list. */
  packagesLabel: string;
  /** Announced while packages load. */
  loading: string;
  /** Shown when the expert offers no package. */
  empty: string;
  /** The visible text of a package's select button. */
  choose: string;
  /** The retry button after a failed load. */
  retry: string;

  /** Error title shown above every failed load. */
  errorTitle: string;
  /** The browser could not reach the server (offline, DNS, CORS, timeout). */
  errorNetwork: string;
  /** The key is missing or invalid, or this site's origin is not on the key's allow-list (401/403). */
  errorAccess: string;
  /** The expert does not exist (404). */
  errorNotFound: string;
  /** The element is set up wrongly (a missing or invalid attribute). */
  errorConfig: string;
  /** Anything else: a server failure or an unexpected answer. */
  errorOther: string;
  /** Prefix of the support reference shown with server errors, e.g. `"Reference"`. */
  errorReference: string;

  /** Label of the "how" row. */
  typeLabel: string;
  /** Label of the duration row. */
  durationLabel: string;
  /** Label of the sessions row. */
  sessionsLabel: string;
  /** Label of the break row. */
  breakLabel: string;
  /** Value of the break row when there is no break. */
  noBreak: string;
  /** Names of the appointment types. */
  appointmentType: Record<AppointmentType, string>;
  /** Names of the online services. */
  service: Record<OnlineService, string>;

  /** The price of a package whose fee is 0. */
  free: string;
  /** "3 sessions", plural-aware. */
  sessions(count: number): string;
  /** "or 5 credits": the credits price next to the fee, plural-aware. */
  credits(count: number): string;

  /** Slot picker: the button showing the month before. */
  previousMonth: string;
  /** Slot picker: the button showing the month after. */
  nextMonth: string;
  /** Slot picker: announced while a month's times load. */
  loadingTimes: string;
  /** Slot picker: a month without any time; `month` is e.g. "October 2026". */
  noTimesInMonth(month: string): string;
  /** Slot picker: the button jumping to the next day with times; `date` is e.g. "Tue, Nov 3". */
  nextAvailable(date: string): string;
  /** Slot picker: the hint before a day is chosen. */
  pickDay: string;
  /** Slot picker: heading of a day's times; `date` is e.g. "Saturday, October 24". */
  timesOn(date: string): string;
  /** Slot picker: label of the time zone switcher. */
  timeZoneLabel: string;
  /** Slot picker: shown when the times are not in the expert's zone; `zone` is its name. */
  expertTimeZone(zone: string): string;
  /** Slot picker: how many times a day offers (part of the day's accessible name), plural-aware. */
  timesAvailable(count: number): string;
  /** Slot picker: a day without times (part of the day's accessible name). */
  noTimes: string;
  /** Slot picker: heading of the chosen times. */
  selectionLabel: string;
  /** Slot picker: "2 of 3 sessions chosen", plural-aware in `total`. */
  chosenCount(chosen: number, total: number): string;
  /** Slot picker: shown while no time is chosen. */
  noneChosen: string;
  /** Slot picker: shown once every session has a time. */
  allChosen: string;
  /** Slot picker: shown while some sessions are still without a time. */
  bookRestLater: string;
  /** Slot picker: accessible name of the button removing a chosen time; `time` is e.g. "Sat, Oct 24, 10:00". */
  removeTime(time: string): string;
  /** Slot picker: error title when the times could not be loaded. */
  slotsErrorTitle: string;
  /** Slot picker: the expert or the package does not exist (404). */
  slotsErrorNotFound: string;
  /** Slot picker: the key is missing or invalid, or this site's origin is not allowed (401/403). */
  slotsErrorAccess: string;
}
