import type { TermSet } from '../../../i18n/catalog.js';

/** Every text of `<appt-my-bookings>` in one language, beside the shared {@link Translation}. */
export interface MyBookingsTerms extends TermSet {
  /** Above the sign-in form when nobody is signed in. */
  myBookingsSignIn: string;
  /** Announced while the bookings load. */
  myBookingsLoading: string;
  /** Heading of the upcoming bookings. */
  myBookingsUpcoming: string;
  /** Shown when there is no upcoming booking. */
  myBookingsNone: string;
  /** Heading of the purchases with sessions left to book. */
  myBookingsToSchedule: string;
  /** Which zone the times are in; `zone` is its name, e.g. "Eastern Time (New York)". */
  myBookingsTimesIn(zone: string): string;
  /** The title of a booking or purchase whose package is no longer offered. */
  myBookingsUnknownPackage: string;
  /** A purchase whose package is no longer offered cannot be scheduled here. */
  myBookingsCannotSchedule: string;
  /** The button opening a booking's call. */
  myBookingsJoin: string;
  /** Before joining opens; `time` is e.g. "8:50 AM". */
  myBookingsJoinOpensAt(time: string): string;
  /** The call software could not be loaded. */
  myBookingsCallFailed: string;
  /** Accessible name of a booking's call region; `title` is the package's. */
  myBookingsCallLabel(title: string): string;
  /** "2 of 3 sessions left", plural-aware in `total`. */
  myBookingsSessionsLeft(left: number, total: number): string;
  /** The button opening the times of a purchase. */
  myBookingsSchedule: string;
  /** The button closing the times again. */
  myBookingsClose: string;
  /** Accessible name of the scheduling region; `title` is the package's. */
  myBookingsScheduleLabel(title: string): string;
  /** The Book button while no time is chosen. */
  myBookingsBookNothing: string;
  /** The Book button with the number of chosen times, plural-aware. */
  myBookingsBook(count: number): string;
  /** The Book button while booking. */
  myBookingsBooking: string;
  /** Announced after booking, plural-aware. */
  myBookingsBooked(count: number): string;
  /** Error title when booking failed. */
  myBookingsBookErrorTitle: string;
  /** Someone else took a chosen time (409). */
  myBookingsSlotTaken: string;
  /** The server refused the chosen times (422). */
  myBookingsBookRefused: string;
  /** Error title when the bookings could not be loaded. */
  myBookingsErrorTitle: string;
  /** The key is missing or invalid, or this site's origin is not allowed (401/403). */
  myBookingsErrorAccess: string;
}
