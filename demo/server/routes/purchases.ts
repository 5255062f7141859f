import type { AppointmentPackage, FieldError } from '../../../src/core/node.js';
import { bookForPurchase, lockLiveHold } from '../checkout/book.js';
import { confirmAfterCommit } from '../checkout/confirmation.js';
import { runIdempotent, type Outcome } from '../checkout/idempotent.js';
import { readConfirmRequest, readPurchaseRequest, type PurchaseRequest } from '../checkout/requests.js';
import { sha256, tokenMatches } from '../checkout/secrets.js';
import { withJoinTokens } from '../calls/join-tokens.js';
import { bookingsOfPurchase, type Booking } from '../db/bookings.js';
import { debitCredits, findOrCreateCustomer, type Customer } from '../db/customers.js';
import type { Queryable } from '../db/database.js';
import { newId, newToken } from '../db/ids.js';
import { findPackage } from '../db/packages.js';
import { insertPurchase, lockPurchase, publicPurchase, recordPaymentAttempt, setPurchaseStatus, type Purchase, type StoredPurchase } from '../db/purchases.js';
import { readJsonBody } from '../http/body.js';
import { optionalCustomer } from '../http/customer.js';
import { requireIdempotencyKey } from '../http/idempotency-key.js';
import { HttpProblem, notFound, validationProblem } from '../http/problem.js';
import type { Route } from '../http/router.js';
import type { PaymentResult } from '../payments/provider.js';
import type { RouteDeps } from './context.js';

/** A purchase as its create and confirm calls answer: with its bookings and, on create, its token. */
export type PurchaseReceipt = Purchase & {
  /** A secret proving the purchase (confirm it, book its sessions as a guest); only on create. */
  token?: string;
  /** `succeeded`, or `requires_action` while a card waits for authentication (confirm it). */
  paymentStatus: 'succeeded' | 'requires_action';
  /** With `requires_action` from a provider whose browser SDK completes it (Stripe's client secret). */
  clientSecret?: string;
  bookings: Booking[];
};

const field = (name: string, code: string, message: string): FieldError => ({ field: name, code, message });

/** The purchase rules that need the package and the caller. */
function checkPurchase(request: PurchaseRequest, pkg: AppointmentPackage, customer: Customer | null, acceptsCard: (method: string) => boolean): FieldError[] {
  const errors: FieldError[] = [];
  if (request.method === 'credits') {
    if (pkg.credits === null) errors.push(field('method', 'not_sold_for_credits', `Package ${pkg.id} is not sold for credits; pay by card.`));
    return errors;
  }
  if (customer && request.guest) {
    errors.push(field('guest', 'not_allowed', 'You are signed in (Apptkit-Customer): leave out guest.'));
  } else if (!customer && !request.guest) {
    errors.push(field('guest', 'required', 'guest { name, email } is required for a card purchase without a signed-in customer.'));
  } else if (request.guest && pkg.service === 'phone' && !request.guest.phone) {
    errors.push(field('guest.phone', 'required', 'guest.phone is required: this package is a phone call.'));
  }
  if (request.paymentMethod !== undefined && !acceptsCard(request.paymentMethod)) {
    errors.push(field('paymentMethod', 'invalid_value', `paymentMethod "${request.paymentMethod}" is not a payment method the provider accepts (test mode: pm_card_visa, pm_card_declined, pm_card_authentication_required).`));
  }
  return errors;
}

/** Purchases of packages, paid by card (through the payment provider) or by credits. */
export function purchaseRoutes(deps: RouteDeps): Route[] {
  const { db, config } = deps;
  const nowMs = () => config.clock().getTime();
  const provider = config.paymentProvider;
  const clock = () => ({ nowMs: nowMs(), minNoticeMinutes: config.minNoticeMinutes });

  /** The receipt of purchase `id`; bookings made by this request (`booked`) carry their join tokens. */
  async function receipt(tx: Queryable, id: string, paymentStatus: PurchaseReceipt['paymentStatus'], token?: string, booked: Booking[] = []): Promise<PurchaseReceipt> {
    const stored = (await lockPurchase(tx, id)) as StoredPurchase;
    const bookings = withJoinTokens(await bookingsOfPurchase(tx, id), booked);
    return { ...publicPurchase(stored), ...(token ? { token } : {}), paymentStatus, bookings };
  }

  async function payByCredits(tx: Queryable, purchase: StoredPurchase, customer: Customer, price: number): Promise<void> {
    if ((await debitCredits(tx, customer.id, price, purchase.id)) === null) {
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
    });
  }

  return [
    {
      method: 'POST',
      path: '/v1/purchases',
      audience: 'public',
      handler: async (ctx) => {
        const key = requireIdempotencyKey(ctx.req.headers['idempotency-key'], 'every purchase');
        const body = await readJsonBody(ctx.req, config.maxBodyBytes);
        const parsed = readPurchaseRequest(body);
        if (!parsed.ok) throw validationProblem(parsed.errors);
        const request = parsed.value;
        const signedIn = await optionalCustomer(db, ctx.req, nowMs());
        if (request.method === 'credits' && !signedIn) {
          throw new HttpProblem(401, 'customer_required', 'Paying with credits needs a signed-in customer: send the customer token as Apptkit-Customer.');
        }
        const pkg = await findPackage(db, request.packageId);
        if (!pkg) throw validationProblem([field('packageId', 'not_found', `packageId "${request.packageId}" is not a package of this tenant.`)]);
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
        return runIdempotent(db, write, async (tx): Promise<Outcome> => {
          const now = nowMs();
          // Check the hold before taking any money, and keep it locked until the booking.
          if (request.hold) await lockLiveHold(tx, request.hold, pkg.id, now);
          const customer = signedIn ?? (await findOrCreateCustomer(tx, request.guest as NonNullable<PurchaseRequest['guest']>));
          const token = newToken('prt');
          const base = {
            id: newId('pur'),
            tokenHash: sha256(token),
            customerId: customer.id,
            packageId: pkg.id,
            expertId: pkg.expertId,
            currency: pkg.currency,
            sessionsTotal: pkg.sessions,
            createdAtMs: now,
          };
          let purchase: StoredPurchase;
          if (request.method === 'credits') {
            const price = pkg.credits as number;
            purchase = await insertPurchase(tx, { ...base, method: 'credits', status: 'paid', amount: 0, credits: price, provider: 'credits', providerPaymentId: null, holdId: null });
            await payByCredits(tx, purchase, customer, price);
          } else {
            const payment: PaymentResult = await provider.createPayment({
              amount: pkg.fee,
              currency: pkg.currency,
              idempotencyKey: `purchase:${apiKeyId}:${key}`,
              paymentMethod: request.paymentMethod as string,
              description: `${pkg.title} (${pkg.id})`,
            });
            const status = payment.status === 'succeeded' ? 'paid' : payment.status === 'failed' ? 'failed' : 'pending';
            purchase = await insertPurchase(tx, {
              ...base,
              method: 'card',
              status,
              amount: pkg.fee,
              credits: null,
              provider: payment.provider,
              providerPaymentId: payment.paymentId,
              holdId: status === 'pending' ? (request.hold?.id ?? null) : null,
            });
            await recordPaymentAttempt(tx, {
              purchaseId: purchase.id,
              customerId: customer.id,
              amount: pkg.fee,
              currency: pkg.currency,
              method: 'card',
              provider: payment.provider,
              providerPaymentId: payment.paymentId,
              status: payment.status,
              failureCode: payment.failureCode,
            });
            if (payment.status === 'failed') {
              const declineCode = payment.failureCode ?? 'card_declined';
              return {
                problem: new HttpProblem(402, 'payment_declined', `The card was declined (${declineCode}); nothing was charged and nothing booked. Try another card.`, {
                  members: { purchaseId: purchase.id, declineCode },
                }),
              };
            }
            if (payment.status === 'requires_action') {
              const pending = await receipt(tx, purchase.id, 'requires_action', token);
              const body = payment.clientSecret ? { ...pending, clientSecret: payment.clientSecret } : pending;
              return { reply: { status: 202, body, headers: { Location: `/v1/purchases/${purchase.id}` } } };
            }
          }
          const booked = request.hold ? await bookForPurchase(tx, purchase, pkg, { kind: 'hold', ...request.hold }, clock()) : [];
          const body = await receipt(tx, purchase.id, 'succeeded', token, booked);
          return { reply: { status: 201, body, headers: { Location: `/v1/purchases/${purchase.id}` } }, ...confirmAfterCommit(deps, booked) };
        });
      },
    },
    {
      method: 'POST',
      path: '/v1/purchases/:purchaseId/confirm',
      audience: 'public',
      handler: async (ctx) => {
        const parsed = readConfirmRequest(await readJsonBody(ctx.req, config.maxBodyBytes));
        if (!parsed.ok) throw validationProblem(parsed.errors);
        const customer = await optionalCustomer(db, ctx.req, nowMs());
        const id = ctx.params.purchaseId as string;
        const outcome = await db.transaction(async (tx): Promise<Outcome> => {
          const purchase = await lockPurchase(tx, id);
          const token = parsed.value.purchaseToken;
          const allowed = purchase && (customer?.id === purchase.customerId || (token !== undefined && tokenMatches(token, purchase.tokenHash)));
          if (!purchase || !allowed) throw notFound(`A purchase "${id}" of this customer or purchaseToken`);
          if (purchase.status === 'failed') {
            throw new HttpProblem(409, 'purchase_not_paid', `Purchase ${id} failed; start a new purchase.`);
          }
          if (purchase.status === 'paid') return { reply: { status: 200, body: await receipt(tx, id, 'succeeded') } };
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
          });
          if (payment.status === 'requires_action') {
            return { problem: new HttpProblem(409, 'purchase_not_paid', `The payment of purchase ${id} still waits for the customer's authentication.`) };
          }
          if (payment.status === 'failed') {
            await setPurchaseStatus(tx, id, 'failed');
            return {
              problem: new HttpProblem(402, 'payment_declined', `The card payment failed (${payment.failureCode ?? 'declined'}); nothing was booked.`, {
                members: { purchaseId: id, declineCode: payment.failureCode ?? 'declined' },
              }),
            };
          }
          const paid = await setPurchaseStatus(tx, id, 'paid');
          let booked: Booking[] = [];
          if (purchase.holdId !== null) {
            // The hold this purchase was made with (its token was checked then): booked if still live,
            // else the sessions stay to be booked later.
            const pkg = await findPackage(tx, purchase.packageId);
            const hold = { id: purchase.holdId, token: null };
            const live = pkg !== null && (await lockLiveHold(tx, hold, pkg.id, nowMs()).then(() => true, () => false));
            if (pkg && live) booked = await bookForPurchase(tx, paid, pkg, { kind: 'hold', ...hold }, clock());
          }
          return { reply: { status: 200, body: await receipt(tx, id, 'succeeded', undefined, booked) }, ...confirmAfterCommit(deps, booked) };
        });
        if ('problem' in outcome) throw outcome.problem;
        await outcome.afterCommit?.();
        return outcome.reply;
      },
    },
  ];
}
