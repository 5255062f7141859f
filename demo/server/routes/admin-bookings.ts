import { cancelChangeable, lockChangeableBooking, noticeCancellationAfterCommit } from '../checkout/booking-change.js';
import { businessCancelRefusal } from '../checkout/booking-policy.js';
import { runIdempotent } from '../checkout/idempotent.js';
import { idempotencyKeyOf } from '../http/idempotency-key.js';
import type { Route } from '../http/router.js';
import type { Schema } from '../../../src/wire/index.js';
import { reasonOf } from './booking-changes.js';
import type { RouteDeps } from './context.js';

/**
 * Bookings cancelled by the business (admin key): at any time before the session, no cut-off;
 * the session goes back to its purchase unless `returnSession` is false, and the customer is
 * e-mailed a notice unless `notifyCustomer` is false. Idempotent under its `Idempotency-Key`.
 */
export function adminBookingRoutes(deps: RouteDeps): Route[] {
  const { db, config } = deps;
  return [
    {
      method: 'POST',
      path: '/v1/admin/bookings/:bookingId/cancel',
      audience: 'admin',
      handler: async (ctx) => {
        const now = config.clock().getTime();
        const bookingId = ctx.params.bookingId as string;
        const body = ctx.body as Schema<'AdminBookingCancel'>;
        const reason = reasonOf(body.reason);
        const write = {
          apiKeyId: ctx.apiKey?.id ?? '',
          key: idempotencyKeyOf(ctx),
          request: `POST /v1/admin/bookings/${bookingId}/cancel\n${JSON.stringify(body)}`,
          advice: 'use a new key for a new cancellation.',
        };
        return runIdempotent(db, write, async (tx) => {
          const changeable = await lockChangeableBooking(tx, bookingId);
          const refusal = businessCancelRefusal(changeable.booking, now);
          if (refusal) throw refusal;
          const cancellation = { by: 'business' as const, atMs: now, sessionReturned: body.returnSession ?? true, reason };
          const answer = await cancelChangeable(tx, changeable, cancellation);
          return { reply: { status: 200, body: answer }, ...noticeCancellationAfterCommit(deps, reason, body.notifyCustomer ?? true) };
        });
      },
    },
  ];
}
