/**
 * `admin.bookings`: the business's changes of a customer's booking over `/v1/admin/bookings`, on
 * the admin client's transport.
 */
import type { Send } from '../availability/api.js';
import { requireId } from '../args.js';
import { bodyFields, flagErrors, reasonErrors } from '../body-checks.js';
import { ValidationError } from '../errors.js';
import { idempotencyKeyOf } from '../idempotency.js';
import type { CreateOptions } from '../types.js';
import type * as Wire from '../../wire/index.js';
import { parseCancellation } from './parse.js';

/**
 * What {@link BookingsApi.cancel} sends: `reason` (plain text, at most 500 characters, kept with
 * the booking), `returnSession` (default true: the session goes back to the purchase) and
 * `notifyCustomer` (default true: the customer is e-mailed a cancellation notice).
 */
export type AdminBookingCancel = Partial<Wire.Schema<'AdminBookingCancel'>>;

/**
 * The answer of a cancellation: the `booking` as it is now (`status` `cancelled`, `cancelledBy`
 * `business`, `sessionReturned`), its `purchase` with its updated `sessionsUsed`, and whether the
 * notice e-mail was handed to the mailer (`emailSent`; false when `notifyCustomer` was false).
 */
export type BookingChange = Wire.Schema<'BookingChange'>;

/** `admin.bookings`. */
export interface BookingsApi {
  /**
   * Cancels a booking at any time before the session starts: no cut-off applies. Sent with an
   * `Idempotency-Key` (a new one unless `options.idempotencyKey`): a retry with the same key
   * cancels once. Rejects with an `ApiError` `booking_cancelled` (409, already cancelled),
   * `booking_ended` (409, the session started or ended) or `not_found` (404).
   *
   * @example
   * const { booking, emailSent } = await admin.bookings.cancel('bkg_1', { reason: 'The expert is ill.', returnSession: true });
   */
  cancel(bookingId: string, input?: AdminBookingCancel, options?: CreateOptions): Promise<BookingChange>;
}

/** The checked body of a cancellation; throws a {@link ValidationError} naming every problem. */
function checkCancel(input: unknown): AdminBookingCancel {
  const { body, errors } = bodyFields('The cancellation', input, ['reason', 'returnSession', 'notifyCustomer']);
  errors.push(...reasonErrors(body.reason), ...flagErrors('returnSession', body.returnSession), ...flagErrors('notifyCustomer', body.notifyCustomer));
  if (errors.length > 0) throw new ValidationError('The cancellation', errors);
  return body as AdminBookingCancel;
}

/** The booking methods of an admin client, sending through `send`. */
export function createBookingsApi(send: Send): BookingsApi {
  return Object.freeze({
    cancel: async (bookingId: string, input: AdminBookingCancel = {}, { signal, idempotencyKey }: CreateOptions = {}) => {
      const path = `v1/admin/bookings/${encodeURIComponent(requireId('bookingId', bookingId))}/cancel`;
      const json = checkCancel(input);
      const key = idempotencyKeyOf(idempotencyKey);
      return send({ method: 'POST', path, json, headers: { 'idempotency-key': key }, signal, parse: parseCancellation(bookingId) });
    },
  } satisfies BookingsApi);
}
