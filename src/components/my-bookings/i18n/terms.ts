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
  /** Read out before a face-to-face meeting's address on its card (the address itself is the expert's). */
  myBookingsAddress: string;
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

  /** The button opening a new time for a booking. */
  myBookingsReschedule: string;
  /** The button asking to cancel a booking. */
  myBookingsCancel: string;
  /** Until when both are possible; `when` is e.g. "Sun, May 4, 10:05 AM Eastern Daylight Time". */
  myBookingsChangeUntil(when: string): string;
  /** Until when a booking can be moved (when cancelling closes at another time). */
  myBookingsRescheduleUntil(when: string): string;
  /** Until when a booking can be cancelled (when moving closes at another time). */
  myBookingsCancelUntil(when: string): string;
  /** The policy in words once both closed at the same cut-off, `hours` before the start (plural-aware; 0: at the start). */
  myBookingsChangesClosed(hours: number): string;
  /** The policy in words once moving closed, `hours` before the start. */
  myBookingsRescheduleClosed(hours: number): string;
  /** The policy in words once cancelling closed, `hours` before the start. */
  myBookingsCancelClosed(hours: number): string;
  /** Before cancelling: the question. */
  myBookingsCancelQuestion: string;
  /** Before cancelling: the session goes back to the package (`true`) or is used up (`false`). */
  myBookingsCancelEffect(returned: boolean): string;
  /** The button keeping the booking after all. */
  myBookingsKeep: string;
  /** The button confirming the cancellation. */
  myBookingsCancelSession: string;
  /** That button while cancelling. */
  myBookingsCancelling: string;
  /** After cancelling: whether the session came back to the package. */
  myBookingsCancelled(returned: boolean): string;
  /** Accessible name of the region choosing a new time; `title` is the package's. */
  myBookingsRescheduleLabel(title: string): string;
  /** The move button while no new time is chosen. */
  myBookingsMoveNothing: string;
  /** The move button once a new time is chosen. */
  myBookingsMove: string;
  /** The move button while moving. */
  myBookingsMoving: string;
  /** The button closing the new-time region, keeping the booking's time. */
  myBookingsKeepTime: string;
  /** After moving; `range` is e.g. "Fri, May 9, 9:00 – 9:50 AM". */
  myBookingsMoved(range: string): string;
  /** Error title when a change failed. */
  myBookingsChangeErrorTitle: string;
  /** Someone else took the new time (409). */
  myBookingsTimeTaken: string;
  /** The new time is not offered any more (422). */
  myBookingsTimeRefused: string;
  /** The booking was cancelled meanwhile (409). */
  myBookingsAlreadyCancelled: string;
  /** The session has started (409). */
  myBookingsAlreadyStarted: string;
  /** A package that is no longer offered cannot be moved here. */
  myBookingsCannotReschedule: string;
  /** Heading of the past (ended or cancelled) bookings. */
  myBookingsPast: string;
  /** The mark of a cancelled booking. */
  myBookingsCancelledMark: string;
  /** Heading of the one booking of an e-mail link. */
  myBookingsYourSession: string;
  /** The expert of the booking of an e-mail link. */
  myBookingsWith(expert: string): string;
  /** The booking of an e-mail link is unknown, or the link's token is not (or no longer) valid (401/404). */
  myBookingsLinkInvalid: string;

  /** Heading of the purchase history (below the past sessions). */
  myBookingsPurchases: string;
  /** Labels of a receipt's lines: order number, date, amount paid, how, credits added, refunded. */
  myBookingsOrderNumber: string;
  myBookingsDate: string;
  myBookingsAmount: string;
  myBookingsMethod: string;
  myBookingsCreditsAdded: string;
  myBookingsRefunded: string;
  /** How a purchase was paid. */
  myBookingsMethods: Readonly<Record<'card' | 'credits' | 'free', string>>;
  /** The amount of a purchase paid with credits, or the credits a purchase added, plural-aware. */
  myBookingsCredits(count: number): string;
  /** The label of a coupon's line; `code` is the coupon's code. */
  myBookingsCoupon(code: string): string;
  /** The gift credits a coupon added, plural-aware, e.g. "+7 gift credits". */
  myBookingsGiftCredits(count: number): string;
}
