import { creditPaymentDeclined, creditReceipt, settleCreditPayment } from '../checkout/credit-payment.js';
import { creditReceiptAfterCommit } from '../checkout/credit-receipt.js';
import { creditChargeOf } from '../checkout/campaign-price.js';
import { recordRedemption, redeemCoupon } from '../checkout/coupon-redemption.js';
import { chargeThrough } from '../payments/provider.js';
import { runCharged } from '../checkout/charged-write.js';
import { answer, type Outcome } from '../checkout/idempotent.js';
import { findCreditPackage } from '../db/credit-packages.js';
import { setCustomerPreferences } from '../db/customers.js';
import { insertCreditPurchase, lockCreditPurchase, lockCreditPurchaseByPaymentKey, type StoredCreditPurchase } from '../db/credit-purchases.js';
import { newId } from '../db/ids.js';
import { requireCustomer } from '../http/customer.js';
import { idempotencyKeyOf } from '../http/idempotency-key.js';
import { HttpProblem, notFound, validationProblem } from '../http/problem.js';
import type { Route } from '../http/router.js';
import { preferencesOf } from '../checkout/preferences.js';
import { cardNeeded } from '../checkout/requests.js';
import type { CreditPurchaseCreate } from '../../../src/wire/index.js';
import type { RouteDeps } from './context.js';

/**
 * Purchases of credit packages by card (publishable key, signed-in customer): recorded pending,
 * charged outside any transaction, then settled: paid ones add their credits to the balance in
 * the settling transaction; ones needing authentication are confirmed. The write that pays a
 * purchase e-mails its receipt once committed.
 */
export function creditPurchaseRoutes(deps: RouteDeps): Route[] {
  const { db, config } = deps;
  const nowMs = () => config.clock().getTime();
  const provider = config.paymentProvider;
  return [
    {
      method: 'POST',
      path: '/v1/credit-purchases',
      audience: 'public',
      handler: async (ctx) => {
        const key = idempotencyKeyOf(ctx);
        const body = ctx.body as CreditPurchaseCreate;
        const customer = await requireCustomer(db, ctx.req, nowMs(), 'Buying credits');
        const { creditPackageId, paymentMethod } = body;
        const preferences = preferencesOf(body);
        const pkg = await findCreditPackage(db, creditPackageId);
        if (!pkg || !pkg.active) {
          const message = pkg ? `Credit package ${pkg.id} is not on sale.` : `creditPackageId "${creditPackageId}" is not a credit package of this tenant.`;
          throw validationProblem([{ field: 'creditPackageId', code: pkg ? 'not_on_sale' : 'not_found', message }]);
        }
        if (paymentMethod === undefined && body.couponCode === undefined) {
          throw validationProblem([{ field: 'paymentMethod', code: 'required', message: 'paymentMethod is required to buy credits.' }]);
        }
        if (paymentMethod !== undefined && !provider.acceptsPaymentMethod(paymentMethod)) {
          throw validationProblem([
            {
              field: 'paymentMethod',
              code: 'invalid_value',
              message: `paymentMethod "${paymentMethod}" is not a payment method the provider accepts (test mode: pm_card_visa, pm_card_declined, pm_card_authentication_required).`,
            },
          ]);
        }
        const apiKeyId = ctx.apiKey?.id ?? '';
        const write = {
          apiKeyId,
          key,
          request: `POST /v1/credit-purchases\n${customer.id}\n${JSON.stringify(body)}`,
          advice: 'use a new key for a new credit purchase.',
        };
        const paymentKey = `credit-purchase:${apiKeyId}:${key}`;
        // The card is charged between two transactions, never while rows are locked (see runCharged).
        return runCharged<StoredCreditPurchase>(db, write, {
          begin: async (tx) => {
            const existing = await lockCreditPurchaseByPaymentKey(tx, paymentKey);
            if (existing) return existing;
            await setCustomerPreferences(tx, customer.id, preferences);
            // The price is decided now, on the server's clock: a campaign that ended since the list was read no longer applies.
            const coupon =
              body.couponCode === undefined ? null : await redeemCoupon(tx, body.couponCode, { kind: 'credit_package', pkg }, customer.id, { nowMs: nowMs(), lock: true });
            const charge = coupon ? { amount: coupon.amount, campaignId: coupon.campaign?.campaignId ?? null, discount: coupon.campaign?.discount ?? 0 } : await creditChargeOf(tx, pkg, nowMs());
            const missingCard = cardNeeded(paymentMethod, charge.amount, pkg.currency);
            if (missingCard) throw validationProblem([missingCard]);
            const purchase = await insertCreditPurchase(tx, {
              id: newId('cpu'),
              customerId: customer.id,
              creditPackageId: pkg.id,
              status: 'pending',
              amount: charge.amount,
              ...(charge.campaignId === null ? {} : { campaignId: charge.campaignId }),
              discount: charge.discount,
              currency: pkg.currency,
              credits: pkg.credits,
              provider: provider.name,
              providerPaymentId: null,
              createdAtMs: nowMs(),
              paymentKey,
            });
            // Held while the card is charged: a failed or abandoned payment gives the use back.
            if (coupon) await recordRedemption(tx, coupon, { customerId: customer.id, owner: { creditPurchaseId: purchase.id }, status: 'held', nowMs: nowMs() });
            return purchase;
          },
          charge: (pending) =>
            chargeThrough(provider, {
              amount: pending.amount,
              currency: pending.currency,
              idempotencyKey: paymentKey,
              // Absent only when nothing is charged (checked in begin).
              paymentMethod: paymentMethod ?? '',
              description: `${pkg.title} (${pkg.credits} credits, ${pkg.id})`,
            }),
          settle: async (tx, pending, payment): Promise<Outcome> => {
            const locked = await lockCreditPurchase(tx, pending.id);
            if (locked?.status !== 'pending') throw new Error(`Credit purchase ${pending.id} is ${locked?.status ?? 'gone'} although its Idempotency-Key has no answer yet.`);
            const purchase = await settleCreditPayment(tx, locked, payment, nowMs());
            if (purchase.status === 'failed') return { problem: creditPaymentDeclined(purchase.id, payment) };
            const body = await creditReceipt(tx, purchase, payment);
            if (purchase.status !== 'paid') return { reply: { status: 202, body } };
            return { reply: { status: 201, body }, ...creditReceiptAfterCommit(deps) };
          },
        });
      },
    },
    {
      method: 'POST',
      path: '/v1/credit-purchases/:creditPurchaseId/confirm',
      audience: 'public',
      handler: async (ctx) => {
        const customer = await requireCustomer(db, ctx.req, nowMs(), 'Confirming a credit purchase');
        const id = ctx.params.creditPurchaseId as string;
        const outcome = await db.transaction(async (tx): Promise<Outcome> => {
          const purchase = await lockCreditPurchase(tx, id);
          if (!purchase || purchase.customerId !== customer.id) throw notFound(`A credit purchase "${id}" of this customer`);
          if (purchase.status === 'failed') throw new HttpProblem(409, 'purchase_not_paid', `Credit purchase ${id} failed; start a new purchase.`);
          if (purchase.status === 'paid') return { reply: { status: 200, body: await creditReceipt(tx, purchase) } };
          if (purchase.providerPaymentId === null) {
            throw new HttpProblem(409, 'purchase_not_paid', `The card charge of credit purchase ${id} has not completed; retry the purchase with the same Idempotency-Key.`);
          }
          const payment = await provider.confirmPayment(purchase.providerPaymentId, `confirm:${id}`);
          const settled = await settleCreditPayment(tx, purchase, payment, nowMs());
          if (settled.status === 'failed') return { problem: creditPaymentDeclined(id, payment) };
          if (settled.status === 'pending') {
            return { problem: new HttpProblem(409, 'purchase_not_paid', `The payment of credit purchase ${id} still waits for the customer's authentication.`) };
          }
          return { reply: { status: 200, body: await creditReceipt(tx, settled) }, ...creditReceiptAfterCommit(deps) };
        });
        return answer(outcome);
      },
    },
  ];
}
