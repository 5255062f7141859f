/**
 * The booking-change part of the widget's client: read one booking, cancel it, move it. Loaded
 * with the checkout part (it shares its argument checks), and identified either by the signed-in
 * customer's token or by the booking-scoped join token of the confirmation e-mail's link.
 *
 * Every argument is checked before anything is sent. The changes carry an `Idempotency-Key` (the
 * caller's, else a fresh one) and, like every non-GET request, are never retried by the transport.
 */
import { isUtcInstant } from '../core/instant.js';
import { requireId } from '../http/require-id.js';
import type { Transport } from '../http/transport.js';
import { parseBookingChange, parseManagedBooking } from './checkout-contract.js';
import { optional, preferencesOf, token } from './checkout.js';
import { idempotencyKeyOf, shown } from './input.js';
import type { ApptClient, BookingAccessOptions, BookingCancelOptions, BookingChangeOptions } from './api.js';

/** The longest `reason` of a cancellation, in characters. */
const MAX_REASON = 500;

/** The methods of this part: `bookings.get`, `bookings.cancel` and `bookings.reschedule`. */
export type BookingChangesApi = Pick<ApptClient['bookings'], 'get' | 'cancel' | 'reschedule'>;

/**
 * Who asks: `Apptkit-Join` with the e-mail link's token (and then never the customer token: one
 * request, one person), else the signed-in customer.
 */
function access(method: string, options: BookingAccessOptions): { headers: Record<string, string>; asCustomer: boolean } {
  if (typeof options !== 'object' || options === null) {
    throw new TypeError(`bookings.${method} takes optional options { joinToken?, signal?, … } (got ${shown(options)}).`);
  }
  const joinToken = optional(options.joinToken, (value) => token('joinToken', value));
  return joinToken === undefined ? { headers: {}, asCustomer: true } : { headers: { 'apptkit-join': joinToken }, asCustomer: false };
}

/** The path of booking `bookingId`, with `leaf` below it. */
const bookingPath = (bookingId: string, leaf = ''): string => `v1/bookings/${encodeURIComponent(requireId('bookingId', bookingId))}${leaf}`;

/** A cancellation's reason: plain text of at most 500 characters. */
function reasonOf(value: unknown): { reason?: string } {
  if (value === undefined) return {};
  if (typeof value !== 'string') throw new TypeError(`reason must be a string (got ${shown(value)}).`);
  const length = [...value].length;
  if (length > MAX_REASON) throw new RangeError(`reason must be at most ${MAX_REASON} characters (got ${length}).`);
  return { reason: value };
}

/** The new start of a reschedule: a slot start as `slots.list` gave it. */
function startOf(input: { start: string }): string {
  if (typeof input !== 'object' || input === null) throw new TypeError(`bookings.reschedule needs { start } (got ${shown(input)}).`);
  if (!isUtcInstant(input.start)) {
    throw new TypeError(`start must be a slot start as slots.list gave it, a UTC instant ending in "Z" (got ${shown(input.start)}).`);
  }
  return input.start;
}

/** `client.bookings.get`, `.cancel` and `.reschedule` of one client. */
export function createBookingChangesApi(transport: Transport): BookingChangesApi {
  return Object.freeze({
    get: async (bookingId: string, options: BookingAccessOptions = {}) => {
      const path = bookingPath(bookingId);
      return transport.request({ method: 'GET', path, ...access('get', options), signal: options.signal, parse: parseManagedBooking(bookingId) });
    },
    cancel: async (bookingId: string, options: BookingCancelOptions = {}) => {
      const path = bookingPath(bookingId, '/cancel');
      const { headers, asCustomer } = access('cancel', options);
      const json = { ...reasonOf(options.reason), ...preferencesOf(options) };
      const key = idempotencyKeyOf(options.idempotencyKey);
      return transport.request({
        method: 'POST',
        path,
        json,
        headers: { ...headers, 'idempotency-key': key },
        asCustomer,
        signal: options.signal,
        parse: parseBookingChange(bookingId),
      });
    },
    reschedule: async (bookingId: string, input: { start: string }, options: BookingChangeOptions = {}) => {
      const path = bookingPath(bookingId, '/reschedule');
      const start = startOf(input);
      const { headers, asCustomer } = access('reschedule', options);
      const key = idempotencyKeyOf(options.idempotencyKey);
      return transport.request({
        method: 'POST',
        path,
        json: { start, ...preferencesOf(options) },
        headers: { ...headers, 'idempotency-key': key },
        asCustomer,
        signal: options.signal,
        parse: parseBookingChange(bookingId, start),
      });
    },
  } satisfies BookingChangesApi);
}
