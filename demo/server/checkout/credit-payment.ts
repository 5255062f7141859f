/**
 * Applies a card payment's outcome to a credit purchase, inside the caller's transaction: the
 * attempt is recorded, and a succeeded payment marks the purchase paid and adds its credits
 * through the credit ledger in the same transaction (at most once per purchase, by constraint).
 */
import { creditBalance, grantCredits } from '../db/customers.js';
import { recordCreditPaymentAttempt, publicCreditPurchase, setCreditPurchasePayment, setCreditPurchaseStatus, type StoredCreditPurchase } from '../db/credit-purchases.js';
import { couponAppliedTo, settleCouponUse } from '../db/coupon-uses.js';
import { creditReceiptMailed } from '../db/credit-receipts.js';
import type { Queryable } from '../db/database.js';
import { HttpProblem } from '../http/problem.js';
import type { PaymentResult } from '../payments/provider.js';
import { emitCreditsPurchased } from '../webhooks/events.js';
import type * as Wire from '../../../src/wire/index.js';

/** A credit purchase as its create and confirm calls answer. */
export type CreditPurchaseReceipt = Wire.CreditPurchaseReceipt;

/**
 * Records `payment` of the locked, pending `purchase` (at `nowMs`, the server clock) and applies
 * its outcome; returns the purchase after it.
 */
export async function settleCreditPayment(tx: Queryable, purchase: StoredCreditPurchase, payment: PaymentResult, nowMs: number): Promise<StoredCreditPurchase> {
  const charged = await setCreditPurchasePayment(tx, purchase.id, payment.provider, payment.paymentId);
  await recordCreditPaymentAttempt(tx, {
    creditPurchaseId: purchase.id,
    customerId: purchase.customerId,
    amount: purchase.amount,
    currency: purchase.currency,
    provider: payment.provider,
    providerPaymentId: payment.paymentId,
    status: payment.status,
    failureCode: payment.failureCode,
    createdAtMs: nowMs,
  });
  if (payment.status === 'requires_action') return charged;
  if (payment.status === 'failed') {
    await settleCouponUse(tx, { creditPurchaseId: purchase.id }, 'released');
    return setCreditPurchaseStatus(tx, purchase.id, 'failed');
  }
  const paid = await setCreditPurchaseStatus(tx, purchase.id, 'paid');
  await settleCouponUse(tx, { creditPurchaseId: purchase.id }, 'used');
  await grantCredits(tx, purchase.customerId, purchase.credits, `credit purchase ${purchase.id}`, purchase.id);
  await emitCreditsPurchased(tx, paid, nowMs);
  return paid;
}

/** The 402 of a declined card: nothing was charged or credited; the failed purchase is recorded. */
export function creditPaymentDeclined(purchaseId: string, payment: PaymentResult): HttpProblem {
  const declineCode = payment.failureCode ?? 'card_declined';
  return new HttpProblem(402, 'payment_declined', `The card was declined (${declineCode}); nothing was charged and no credits were added. Try another card.`, {
    members: { purchaseId, declineCode },
  });
}

/**
 * The receipt of `purchase` with the customer's balance now, and whether its receipt e-mail was
 * sent (the write that pays it sends it after commit: see `credit-receipt.ts`).
 */
export async function creditReceipt(tx: Queryable, purchase: StoredCreditPurchase, payment?: PaymentResult): Promise<CreditPurchaseReceipt> {
  const paymentStatus = purchase.status === 'paid' ? 'succeeded' : 'requires_action';
  const clientSecret = paymentStatus === 'requires_action' ? payment?.clientSecret : null;
  const coupon = await couponAppliedTo(tx, { creditPurchaseId: purchase.id });
  return {
    ...publicCreditPurchase(purchase),
    ...(coupon ? { coupon } : {}),
    paymentStatus,
    ...(clientSecret ? { clientSecret } : {}),
    balance: await creditBalance(tx, purchase.customerId),
    emailSent: purchase.status === 'paid' && (await creditReceiptMailed(tx, purchase.id)),
  };
}
