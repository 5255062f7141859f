import { plural } from '../../../core/plural.js';
import type { MyBookingsTerms } from './terms.js';

/** "2 of 3 sessions left": plural-aware in the total. */
const sessionsLeft = plural('en', { one: '{left} of # session left', other: '{left} of # sessions left' });

/** The texts of "my bookings" in English. */
export const en: MyBookingsTerms = {
  $code: 'en',
  myBookingsSignIn: 'Sign in to see your bookings and schedule your sessions.',
  myBookingsLoading: 'Loading your bookings…',
  myBookingsUpcoming: 'Upcoming sessions',
  myBookingsNone: 'No upcoming bookings.',
  myBookingsToSchedule: 'Sessions still to schedule',
  myBookingsTimesIn: (zone) => `Times are shown in ${zone}.`,
  myBookingsUnknownPackage: 'A package no longer offered',
  myBookingsCannotSchedule: 'This package is no longer offered, so its sessions cannot be scheduled here. Please contact the expert.',
  myBookingsJoin: 'Join',
  myBookingsJoinOpensAt: (time) => `You can join from ${time}.`,
  myBookingsCallFailed: 'The call could not be opened. Check your connection and try again.',
  myBookingsCallLabel: (title) => `Call: ${title}`,
  myBookingsSessionsLeft: (left, total) => sessionsLeft(total, { left }),
  myBookingsSchedule: 'Schedule',
  myBookingsClose: 'Close',
  myBookingsScheduleLabel: (title) => `Schedule ${title}`,
  myBookingsBookNothing: 'Book',
  myBookingsBook: plural('en', { one: 'Book # session', other: 'Book # sessions' }),
  myBookingsBooking: 'Booking…',
  myBookingsBooked: plural('en', { one: '# session booked.', other: '# sessions booked.' }),
  myBookingsBookErrorTitle: 'The booking did not go through.',
  myBookingsSlotTaken: 'Someone just took that time. Please choose another; your other times are kept.',
  myBookingsBookRefused: 'These times can no longer be booked. Please choose others.',
  myBookingsErrorTitle: 'Your bookings could not be loaded.',
  myBookingsErrorAccess: 'This website is not allowed to show your bookings (unknown key or website not on the allow-list).',
};
