/**
 * A package bought by card, in the steps of {@link runCharged}: the purchase is recorded `pending`
 * (after checking its hold), charged outside any transaction, then settled: failed → `failed`,
 * nothing booked, 402; requires_action → stays `pending` with its hold, 202; succeeded → `paid`,
 * and its hold converted into bookings if still live (else the receipt's `bookingProblem` says so).
 */
import type { AppointmentPackage } from '../../../src/core/node.js';
import { setCustomerPreferences, type Customer } from '../db/customers.js';
import { findOrCreateGiftedCustomer } from './campaign-gifts.js';
import type { Queryable } from '../db/database.js';
import { newId, newToken } from '../db/ids.js';
import {
  insertPurchase,
  lockPurchase,
  lockPurchaseByPaymentKey,
  recordPaymentAttempt,
  setPurchasePayment,
  setPurchaseStatus,
  setPurchaseTokenHash,
  type StoredPurchase,
} from '../db/purchases.js';
import { HttpProblem, validationProblem } from '../http/problem.js';
import { chargeThrough, type PaymentResult } from '../payments/provider.js';
import { settleCouponUse } from '../db/coupon-uses.js';
import { recordRedemption, redeemCoupon } from './coupon-redemption.js';
import type { RouteDeps } from '../routes/context.js';
import { lockLiveHold } from './book.js';
import type { ChargeSteps } from './charged-write.js';
import { confirmPurchaseAfterCommit } from './confirmation.js';
import { bookHoldIfLive } from './held-booking.js';
import type { Outcome } from './idempotent.js';
import { purchaseReceipt } from './purchase-receipt.js';
import { cardNeeded, type PurchaseRequest } from './requests.js';
import { sha256 } from './secrets.js';
import { emitPurchaseEvent } from '../webhooks/events.js';

/** One card purchase request, already checked against its package and caller. */
export interface CardPurchase {
  request: PurchaseRequest;
  pkg: AppointmentPackage;
  /** The signed-in customer, or `null` for a guest (`request.guest`). */
  customer: Customer | null;
  /** The provider's idempotency key, derived from the request's `Idempotency-Key`. */
  paymentKey: string;
}

/** The 402 of a declined card: the failed purchase is recorded, nothing was charged or booked. */
function paymentDeclined(purchaseId: string, failureCode: string | null): HttpProblem {
  const declineCode = failureCode ?? 'card_declined';
  return new HttpProblem(402, 'payment_declined', `The card was declined (${declineCode}); nothing was charged and nothing booked. Try another card.`, {
    members: { purchaseId, declineCode },
  });
}

/** The steps of `purchase` for {@link runCharged}. */
export function cardPurchaseSteps(deps: RouteDeps, purchase: CardPurchase): ChargeSteps<StoredPurchase> {
  const { config } = deps;
  const provider = config.paymentProvider;
  const { request, pkg, paymentKey } = purchase;
  const nowMs = () => config.clock().getTime();

  async function begin(tx: Queryable): Promise<StoredPurchase> {
    const existing = await lockPurchaseByPaymentKey(tx, paymentKey);
    if (existing) return existing;
    const now = nowMs();
    if (request.hold) await lockLiveHold(tx, request.hold, pkg.id, now);
    const customer = purchase.customer ?? (await findOrCreateGiftedCustomer(tx, request.guest as NonNullable<PurchaseRequest['guest']>, now));
    await setCustomerPreferences(tx, customer.id, request.preferences);
    const coupon =
      request.couponCode === undefined ? null : await redeemCoupon(tx, request.couponCode, { kind: 'package', pkg, method: 'card' }, customer.id, { nowMs: now, lock: true });
    const missingCard = cardNeeded(request.paymentMethod, coupon?.amount ?? pkg.fee, pkg.currency);
    if (missingCard) throw validationProblem([missingCard]);
    const recorded = await insertPurchase(tx, {
      id: newId('pur'),
      // Replaced when the purchase is settled: the token is issued with the answer that settles it.
      tokenHash: sha256(newToken('prt')),
      customerId: customer.id,
      packageId: pkg.id,
      expertId: pkg.expertId,
      method: 'card',
      status: 'pending',
      amount: coupon?.amount ?? pkg.fee,
      currency: pkg.currency,
      credits: null,
      provider: provider.name,
      providerPaymentId: null,
      sessionsTotal: pkg.sessions,
      holdId: request.hold?.id ?? null,
      createdAtMs: now,
      paymentKey,
    });
    // Held while the card is charged: a failed or abandoned payment gives the use back.
    if (coupon) await recordRedemption(tx, coupon, { customerId: customer.id, owner: { purchaseId: recorded.id }, status: 'held', nowMs: now });
    return recorded;
  }

  const charge = (pending: StoredPurchase): Promise<PaymentResult> =>
    chargeThrough(provider, {
      amount: pending.amount,
      currency: pending.currency,
      idempotencyKey: paymentKey,
      // Absent only when nothing is charged (checked in begin).
      paymentMethod: request.paymentMethod ?? '',
      description: `${pkg.title} (${pkg.id})`,
    });

  async function settle(tx: Queryable, pending: StoredPurchase, payment: PaymentResult): Promise<Outcome> {
    const id = pending.id;
    const locked = await lockPurchase(tx, id);
    if (locked?.status !== 'pending') throw new Error(`Purchase ${id} is ${locked?.status ?? 'gone'} although its Idempotency-Key has no answer yet.`);
    await setPurchasePayment(tx, id, payment.provider, payment.paymentId);
    await recordPaymentAttempt(tx, {
      purchaseId: id,
      customerId: locked.customerId,
      amount: locked.amount,
      currency: locked.currency,
      method: 'card',
      provider: payment.provider,
      providerPaymentId: payment.paymentId,
      status: payment.status,
      failureCode: payment.failureCode,
      createdAtMs: nowMs(),
    });
    if (payment.status === 'failed') {
      await setPurchaseStatus(tx, id, 'failed');
      await settleCouponUse(tx, { purchaseId: id }, 'released');
      return { problem: paymentDeclined(id, payment.failureCode) };
    }
    const token = newToken('prt');
    await setPurchaseTokenHash(tx, id, sha256(token));
    const headers = { Location: `/v1/purchases/${id}` };
    if (payment.status === 'requires_action') {
      const body = await purchaseReceipt(tx, id, { paymentStatus: 'requires_action', token, clientSecret: payment.clientSecret });
      return { reply: { status: 202, body, headers } };
    }
    const paid = await setPurchaseStatus(tx, id, 'paid');
    await settleCouponUse(tx, { purchaseId: id }, 'used');
    await emitPurchaseEvent(tx, 'purchase.paid', id, nowMs());
    const held = locked.holdId === null ? { booked: [] } : await bookHoldIfLive(tx, paid, pkg, locked.holdId, { nowMs: nowMs(), minNoticeMinutes: config.minNoticeMinutes });
    const body = await purchaseReceipt(tx, id, { paymentStatus: 'succeeded', token, ...held });
    return { reply: { status: 201, body, headers }, ...confirmPurchaseAfterCommit(deps) };
  }

  return { begin, charge, settle };
}
