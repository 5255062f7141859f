/**
 * Books the hold a card purchase was made with once its payment has succeeded, in a later
 * transaction than the one that checked the hold: the hold may have expired meanwhile (and its
 * slots been taken). The purchase stays paid then, with its sessions left to book later, and the
 * answer says why nothing was booked.
 */
import type { AppointmentPackage } from '../../../src/core/node.js';
import type { Booking } from '../db/bookings.js';
import type { Queryable } from '../db/database.js';
import type { StoredPurchase } from '../db/purchases.js';
import { HttpProblem } from '../http/problem.js';
import type * as Wire from '../../../src/wire/index.js';
import { bookForPurchase, lockLiveHold, type BookingClock } from './book.js';

/**
 * Why the hold of a paid purchase was not booked; its sessions stay to be booked later.
 * `hold_expired`: the hold expired (its slots may be taken) before the payment completed.
 */
export type BookingProblem = NonNullable<Wire.PurchaseReceipt['bookingProblem']>;

/** What {@link bookHoldIfLive} did: the bookings made, or why there are none. */
export type HeldBooking = { booked: Booking[] } | { booked: []; bookingProblem: BookingProblem };

/**
 * Books hold `holdId` (already checked for `purchase` when it was made) for the locked, paid
 * `purchase` of `pkg` if the hold is still live; otherwise books nothing and names the problem.
 */
export async function bookHoldIfLive(tx: Queryable, purchase: StoredPurchase, pkg: AppointmentPackage, holdId: string, clock: BookingClock): Promise<HeldBooking> {
  const hold = { id: holdId, token: null };
  try {
    await lockLiveHold(tx, hold, pkg.id, clock.nowMs);
  } catch (error) {
    // Gone (purged once expired) or expired: both checks run before any write, so the transaction is intact.
    if (!(error instanceof HttpProblem)) throw error;
    const left = purchase.sessionsTotal - purchase.sessionsUsed;
    return {
      booked: [],
      bookingProblem: {
        code: 'hold_expired',
        detail: `Hold ${holdId} expired before the payment completed, so nothing was booked; purchase ${purchase.id} is paid and its ${left} session${left === 1 ? '' : 's'} can be booked now.`,
      },
    };
  }
  return { booked: await bookForPurchase(tx, purchase, pkg, { kind: 'hold', ...hold }, clock) };
}
