/**
 * The checkout part of a client as `client.ts` loads it, in one chunk: the checkout methods, with
 * the changes of a booking (read, cancel, move) beside `bookings.create`.
 */
import type { Transport } from '../http/transport.js';
import { createBookingChangesApi } from './booking-changes.js';
import { createCheckoutApi, type CheckoutApi } from './checkout.js';

/** The checkout methods of one client, the changes of a booking included. */
export function createCheckoutPart(transport: Transport): CheckoutApi {
  const api = createCheckoutApi(transport);
  return { ...api, bookings: Object.freeze({ ...api.bookings, ...createBookingChangesApi(transport) }) };
}
