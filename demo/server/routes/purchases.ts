import type { AppointmentPackage, FieldError } from '../../../src/core/node.js';
import { bookForPurchase, lockLiveHold } from '../checkout/book.js';
import { cardPurchaseSteps } from '../checkout/card-purchase.js';
import { runCharged } from '../checkout/charged-write.js';
import { confirmPurchaseAfterCommit } from '../checkout/confirmation.js';
import { bookHoldIfLive } from '../checkout/held-booking.js';
import { answer, runIdempotent, type Outcome } from '../checkout/idempotent.js';
import { purchaseReceipt } from '../checkout/purchase-receipt.js';
import { purchaseRequestOf, type PurchaseRequest } from '../checkout/requests.js';
import { sha256, tokenMatches } from '../checkout/secrets.js';
import { debitCredits, setCustomerPreferences, type Customer } from '../db/customers.js';
import { findOrCreateGiftedCustomer } from '../checkout/campaign-gifts.js';
import { recordRedemption, redeemCoupon } from '../checkout/coupon-redemption.js';
import { settleCouponUse } from '../db/coupon-uses.js';
import type { Queryable } from '../db/database.js';
import { newId, newToken } from '../db/ids.js';
import { findPackage } from '../db/packages.js';
import { insertPurchase, lockPurchase, recordPaymentAttempt, setPurchaseStatus, type Purchase, type StoredPurchase } from '../db/purchases.js';
import { optionalCustomer } from '../http/customer.js';
import { idempotencyKeyOf } from '../http/idempotency-key.js';
import { HttpProblem, notFound, validationProblem } from '../http/problem.js';
import type { Route } from '../http/router.js';
import type { PurchaseConfirm, PurchaseCreate } from '../../../src/wire/index.js';
import { emitPurchaseEvent } from '../webhooks/events.js';
import type { RouteDeps } from './context.js';

export type { PurchaseReceipt } from '../checkout/purchase-receipt.js';

const field = (name: string, code: string, message: string): FieldError => ({ field: name, code, message });

/** The purchase rules that need the package and the caller. */
function checkPurchase(request: PurchaseRequest, pkg: AppointmentPackage, customer: Customer | null, acceptsCard: (method: string) => boolean): FieldError[] {
  const errors: FieldError[] = [];
  if (request.method === 'credits') {
    if (pkg.credits === null) errors.push(field('method', 'not_sold_for_credits', `Package ${pkg.id} is not sold for credits; pay by card.`));
    return errors;
  }
  if (request.method === 'card' && pkg.fee === 0) {
    errors.push(field('method', 'free_package', `Package ${pkg.id} is free (fee 0): buy it with method "free", without a card.`));
  } else if (request.method === 'free' && pkg.fee !== 0) {
    errors.push(field('method', 'not_free', `Package ${pkg.id} is not free (its fee is ${pkg.fee} in the smallest unit of ${pkg.currency}): pay by card${pkg.credits === null ? '' : ' or with credits'}.`));
  }
  if (customer && request.guest) {
    errors.push(field('guest', 'not_allowed', 'You are signed in (Apptkit-Customer): leave out guest.'));
  } else if (!customer && !request.guest) {
    errors.push(field('guest', 'required', `guest { name, email } is required for a ${request.method} purchase without a signed-in customer.`));
  } else if (request.guest && pkg.service === 'phone' && !request.guest.phone) {
    errors.push(field('guest.phone', 'required', 'guest.phone is required: this package is a phone call.'));
  }
  if (request.paymentMethod !== undefined && !acceptsCard(request.paymentMethod)) {
    errors.push(field('paymentMethod', 'invalid_value', `paymentMethod "${request.paymentMethod}" is not a payment method the provider accepts (test mode: pm_card_visa, pm_card_declined, pm_card_authentication_required).`));
  }
  return errors;
}

/** Purchases of packages, paid by card (through the payment provider), by credits, or free (fee 0). */
export function purchaseRoutes(deps: RouteDeps): Route[] {
  const { db, config } = deps;
  const nowMs = () => config.clock().getTime();
  const provider = config.paymentProvider;
  const clock = () => ({ nowMs: nowMs(), minNoticeMinutes: config.minNoticeMinutes });

  async function payByCredits(tx: Queryable, purchase: StoredPurchase, customer: Customer, price: number): Promise<void> {
    // A coupon may take the whole credits price: then nothing is debited.
    if (price > 0 && (await debitCredits(tx, customer.id, price, purchase.id)) === null) {
      const { rows } = await tx.query<{ credits: number | string }>('SELECT credits FROM customers WHERE id = $1', [customer.id]);
      const balance = Number(rows[0]?.credits ?? 0);
      throw new HttpProblem(402, 'insufficient_credits', `This package costs ${price} credits and the balance is ${balance}; nothing was charged.`, {
        members: { balance, price },
      });
    }
    await recordPaymentAttempt(tx, {
      purchaseId: purchase.id,
      customerId: customer.id,
      amount: price,
      currency: 'credits',
      method: 'credits',
      provider: 'credits',
      providerPaymentId: null,
      status: 'succeeded',
      failureCode: null,
      createdAtMs: nowMs(),
    });
  }

  /**
   * A package bought with credits or for free (fee 0): one transaction (no provider), paid at
   * once, booking its hold if given.
   */
  async function buyWithoutCard(tx: Queryable, request: PurchaseRequest, pkg: AppointmentPackage, customer: Customer): Promise<Outcome> {
    const now = nowMs();
    if (request.hold) await lockLiveHold(tx, request.hold, pkg.id, now);
    await setCustomerPreferences(tx, customer.id, request.preferences);
    const token = newToken('prt');
    const coupon =
      request.couponCode === undefined ? null : await redeemCoupon(tx, request.couponCode, { kind: 'package', pkg, method: request.method }, customer.id, { nowMs: now, lock: true });
    const credits = request.method === 'credits' ? (coupon?.amount ?? (pkg.credits as number)) : null;
    const purchase = await insertPurchase(tx, {
      id: newId('pur'),
      tokenHash: sha256(token),
      customerId: customer.id,
      packageId: pkg.id,
      expertId: pkg.expertId,
      method: credits === null ? 'free' : 'credits',
      status: 'paid',
      amount: 0,
      currency: pkg.currency,
      credits,
      provider: credits === null ? 'none' : 'credits',
      providerPaymentId: null,
      sessionsTotal: pkg.sessions,
      holdId: null,
      createdAtMs: now,
      paymentKey: null,
    });
    if (coupon) await recordRedemption(tx, coupon, { customerId: customer.id, owner: { purchaseId: purchase.id }, status: 'used', nowMs: now });
    if (credits !== null) await payByCredits(tx, purchase, customer, credits);
    await emitPurchaseEvent(tx, 'purchase.paid', purchase.id, now);
    const booked = request.hold ? await bookForPurchase(tx, purchase, pkg, { kind: 'hold', ...request.hold }, clock()) : [];
    const body = await purchaseReceipt(tx, purchase.id, { paymentStatus: 'succeeded', token, booked });
    return { reply: { status: 201, body, headers: { Location: `/v1/purchases/${purchase.id}` } }, ...confirmPurchaseAfterCommit(deps) };
  }

  return [
    {
      method: 'POST',
      path: '/v1/purchases',
      audience: 'public',
      handler: async (ctx) => {
        const key = idempotencyKeyOf(ctx);
        const body = ctx.body as PurchaseCreate;
        const parsed = purchaseRequestOf(body);
        if (!parsed.ok) throw validationProblem(parsed.errors);
        const request = parsed.value;
        const signedIn = await optionalCustomer(db, ctx.req, nowMs());
        if (request.method === 'credits' && !signedIn) {
          throw new HttpProblem(401, 'customer_required', 'Paying with credits needs a signed-in customer: send the customer token as Apptkit-Customer.');
        }
        const pkg = await findPackage(db, request.packageId);
        if (!pkg) throw validationProblem([field('packageId', 'not_found', `packageId "${request.packageId}" is not a package of this tenant.`)]);
        if (pkg.archived) {
          throw validationProblem([
            field('packageId', 'package_archived', `packageId "${pkg.id}" is archived: it is no longer on sale (earlier buyers keep booking their sessions).`),
          ]);
        }
        const errors = checkPurchase(request, pkg, signedIn, (method) => provider.acceptsPaymentMethod(method));
        if (errors.length > 0) throw validationProblem(errors);
        const apiKeyId = ctx.apiKey?.id ?? '';
        const write = {
          apiKeyId,
          key,
          request: `POST /v1/purchases\n${signedIn?.id ?? ''}\n${JSON.stringify(body)}`,
          advice: 'use a new key for a new purchase.',
          headersOf: (reply: unknown) => ({ Location: `/v1/purchases/${(reply as Purchase).id}` }),
        };
        if (request.method !== 'card') {
          return runIdempotent(db, write, async (tx) =>
            buyWithoutCard(tx, request, pkg, signedIn ?? (await findOrCreateGiftedCustomer(tx, request.guest as NonNullable<PurchaseRequest['guest']>, config.clock().getTime()))),
          );
        }
        // A card is charged between two transactions, never while rows are locked.
        return runCharged(db, write, cardPurchaseSteps(deps, { request, pkg, customer: signedIn, paymentKey: `purchase:${apiKeyId}:${key}` }));
      },
    },
    {
      method: 'POST',
      path: '/v1/purchases/:purchaseId/confirm',
      audience: 'public',
      handler: async (ctx) => {
        const token = (ctx.body as PurchaseConfirm).purchaseToken || undefined;
        const customer = await optionalCustomer(db, ctx.req, nowMs());
        const id = ctx.params.purchaseId as string;
        const outcome = await db.transaction(async (tx): Promise<Outcome> => {
          const purchase = await lockPurchase(tx, id);
          const allowed = purchase && (customer?.id === purchase.customerId || (token !== undefined && tokenMatches(token, purchase.tokenHash)));
          if (!purchase || !allowed) throw notFound(`A purchase "${id}" of this customer or purchaseToken`);
          if (purchase.status === 'failed') {
            throw new HttpProblem(409, 'purchase_not_paid', `Purchase ${id} failed; start a new purchase.`);
          }
          if (purchase.status === 'paid') return { reply: { status: 200, body: await purchaseReceipt(tx, id, { paymentStatus: 'succeeded' }) } };
          if (purchase.providerPaymentId === null) {
            throw new HttpProblem(409, 'purchase_not_paid', `The card charge of purchase ${id} has not completed; retry the purchase with the same Idempotency-Key.`);
          }
          const payment = await provider.confirmPayment(purchase.providerPaymentId ?? '', `confirm:${id}`);
          await recordPaymentAttempt(tx, {
            purchaseId: id,
            customerId: purchase.customerId,
            amount: purchase.amount,
            currency: purchase.currency,
            method: 'card',
            provider: payment.provider,
            providerPaymentId: payment.paymentId,
            status: payment.status,
            failureCode: payment.failureCode,
            createdAtMs: nowMs(),
          });
          if (payment.status === 'requires_action') {
            return { problem: new HttpProblem(409, 'purchase_not_paid', `The payment of purchase ${id} still waits for the customer's authentication.`) };
          }
          if (payment.status === 'failed') {
            await setPurchaseStatus(tx, id, 'failed');
            await settleCouponUse(tx, { purchaseId: id }, 'released');
            return {
              problem: new HttpProblem(402, 'payment_declined', `The card payment failed (${payment.failureCode ?? 'declined'}); nothing was booked.`, {
                members: { purchaseId: id, declineCode: payment.failureCode ?? 'declined' },
              }),
            };
          }
          const paid = await setPurchaseStatus(tx, id, 'paid');
          await settleCouponUse(tx, { purchaseId: id }, 'used');
          await emitPurchaseEvent(tx, 'purchase.paid', id, nowMs());
          // The hold this purchase was made with (checked then): booked if still live, else its sessions stay to book.
          const pkg = purchase.holdId === null ? null : await findPackage(tx, purchase.packageId);
          const held = pkg && purchase.holdId !== null ? await bookHoldIfLive(tx, paid, pkg, purchase.holdId, clock()) : { booked: [] };
          const body = await purchaseReceipt(tx, id, { paymentStatus: 'succeeded', ...held });
          return { reply: { status: 200, body }, ...confirmPurchaseAfterCommit(deps) };
        });
        return answer(outcome);
      },
    },
  ];
}
