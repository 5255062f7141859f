/**
 * `admin.noShows`: the business's record that a client never came to a session, over
 * `/v1/admin/bookings/{bookingId}/no-show`, on the admin client's transport.
 */
import type { Send } from '../availability/api.js';
import { requireId } from '../args.js';
import { idempotencyKeyOf } from '../idempotency.js';
import { parseBooking } from '../parse.js';
import type { CreateOptions } from '../types.js';
import type * as Wire from '../../wire/index.js';

/** A booking as the server shows it; a no-show carries `noShowAt` and stays `booked` (its session used). */
export type Booking = Wire.Booking;

/** `admin.noShows`. */
export interface NoShowsApi {
  /**
   * Marks the client of a booking a no-show: only after the session's scheduled end, and only
   * when the call records show no join of the client (a face-to-face session has none). Marking
   * it again keeps the first `noShowAt`. Sent with an `Idempotency-Key` (a new one unless
   * `options.idempotencyKey`). Rejects with an `ApiError` `not_ended_yet` (409, `problem.endsAt`),
   * `client_joined` (409, `problem.joinedAt`), `booking_cancelled` (409) or `not_found` (404).
   *
   * @example
   * const { noShowAt } = await admin.noShows.mark('bkg_1');
   */
  mark(bookingId: string, options?: CreateOptions): Promise<Booking>;
}

/** The no-show methods of an admin client, sending through `send`. */
export function createNoShowsApi(send: Send): NoShowsApi {
  return Object.freeze({
    mark: async (bookingId: string, { signal, idempotencyKey }: CreateOptions = {}) => {
      const path = `v1/admin/bookings/${encodeURIComponent(requireId('bookingId', bookingId))}/no-show`;
      const key = idempotencyKeyOf(idempotencyKey);
      return send({ method: 'POST', path, headers: { 'idempotency-key': key }, signal, parse: parseBooking });
    },
  } satisfies NoShowsApi);
}
