/** The answer of a package purchase's create and confirm calls. */
import { withJoinTokens } from '../calls/join-tokens.js';
import { bookingsOfPurchase, type Booking } from '../db/bookings.js';
import { couponAppliedTo } from '../db/coupon-uses.js';
import type { Queryable } from '../db/database.js';
import { lockPurchase, publicPurchase, type StoredPurchase } from '../db/purchases.js';
import type { BookingProblem } from './held-booking.js';
import type * as Wire from '../../../src/wire/index.js';

/** A purchase as its create and confirm calls answer: with its bookings and, on create, its token. */
export type PurchaseReceipt = Wire.PurchaseReceipt;

/** What a receipt adds to the purchase; bookings made by this request (`booked`) carry their join tokens. */
export interface ReceiptExtras {
  paymentStatus: PurchaseReceipt['paymentStatus'];
  token?: string;
  clientSecret?: string | null;
  bookingProblem?: BookingProblem;
  booked?: Booking[];
}

/** The receipt of purchase `id`, read (and locked) in `tx`. */
export async function purchaseReceipt(tx: Queryable, id: string, extras: ReceiptExtras): Promise<PurchaseReceipt> {
  const stored = (await lockPurchase(tx, id)) as StoredPurchase;
  const bookings = withJoinTokens(await bookingsOfPurchase(tx, id), extras.booked ?? []);
  const coupon = await couponAppliedTo(tx, { purchaseId: id });
  return {
    ...publicPurchase(stored),
    ...(coupon ? { coupon } : {}),
    ...(extras.token ? { token: extras.token } : {}),
    paymentStatus: extras.paymentStatus,
    ...(extras.clientSecret ? { clientSecret: extras.clientSecret } : {}),
    ...(extras.bookingProblem ? { bookingProblem: extras.bookingProblem } : {}),
    bookings,
    emailSent: stored.confirmationMailed,
  };
}
