import { bookForPurchase } from '../checkout/book.js';
import { confirmBookingsAfterCommit, type BookingResult } from '../checkout/confirmation.js';
import { runIdempotent } from '../checkout/idempotent.js';
import { bookingRequestOf } from '../checkout/requests.js';
import { tokenMatches } from '../checkout/secrets.js';
import { setCustomerPreferences } from '../db/customers.js';
import { findPackage } from '../db/packages.js';
import { lockPurchase, publicPurchase, type StoredPurchase } from '../db/purchases.js';
import { optionalCustomer } from '../http/customer.js';
import { idempotencyKeyOf } from '../http/idempotency-key.js';
import { notFound, validationProblem } from '../http/problem.js';
import type { Route } from '../http/router.js';
import type { BookingCreate } from '../../../src/wire/index.js';
import type { RouteDeps } from './context.js';

/**
 * Booking sessions of a paid purchase (publishable key): a live hold is converted into bookings,
 * or offered starts are booked directly. The caller proves the purchase with its signed-in
 * customer (Apptkit-Customer) or the purchase's token. The customer is e-mailed a confirmation
 * once the bookings are committed, in their language and time zone (which the request may set).
 */
export function bookingRoutes(deps: RouteDeps): Route[] {
  const { db, config } = deps;
  const nowMs = () => config.clock().getTime();
  return [
    {
      method: 'POST',
      path: '/v1/bookings',
      audience: 'public',
      handler: async (ctx) => {
        const key = idempotencyKeyOf(ctx);
        const body = ctx.body as BookingCreate;
        const parsed = bookingRequestOf(body);
        if (!parsed.ok) throw validationProblem(parsed.errors);
        const { purchaseId, purchaseToken, source, preferences } = parsed.value;
        const customer = await optionalCustomer(db, ctx.req, nowMs());
        const write = {
          apiKeyId: ctx.apiKey?.id ?? '',
          key,
          request: `POST /v1/bookings\n${customer?.id ?? ''}\n${JSON.stringify(body)}`,
          advice: 'use a new key for a new booking.',
        };
        return runIdempotent(db, write, async (tx) => {
          const purchase: StoredPurchase | null = await lockPurchase(tx, purchaseId);
          const allowed =
            purchase !== null &&
            (customer?.id === purchase.customerId || (purchaseToken !== undefined && tokenMatches(purchaseToken, purchase.tokenHash)));
          if (!purchase || !allowed) throw notFound(`A purchase "${purchaseId}" of this customer or purchaseToken`);
          const pkg = await findPackage(tx, purchase.packageId);
          if (!pkg) throw notFound(`The package ${purchase.packageId} of purchase ${purchaseId}`);
          const bookings = await bookForPurchase(tx, purchase, pkg, source, { nowMs: nowMs(), minNoticeMinutes: config.minNoticeMinutes });
          await setCustomerPreferences(tx, purchase.customerId, preferences);
          const after = (await lockPurchase(tx, purchaseId)) as StoredPurchase;
          const body: BookingResult = { purchase: publicPurchase(after), bookings, emailSent: false };
          return { reply: { status: 201, body }, ...confirmBookingsAfterCommit(deps) };
        });
      },
    },
  ];
}
