/**
 * The answer of `admin.bookings.cancel`: the generated `wire.BookingChange`, plus what the spec
 * cannot say: that it is the booking asked for, cancelled by the business.
 */
import * as v from 'valibot';
import { answer, checkAsked, checks, type Parser } from '../../http/answer.js';
import * as wire from '../../http/wire-checks.js';
import type { BookingChange } from './api.js';

/** The parser of the cancellation of booking `bookingId`. */
export const parseCancellation = (bookingId: string): Parser<BookingChange> =>
  answer(v.pipe(wire.BookingChange, checks<BookingChange>(({ booking }, report) => checkAsked(booking, { id: bookingId, status: 'cancelled', cancelledBy: 'business' }, report, ['booking']))));
