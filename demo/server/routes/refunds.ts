import type { FieldError } from '../../../src/core/index.js';
import type { Schema } from '../../../src/wire/index.js';
import { runCharged } from '../checkout/charged-write.js';
import { refundSteps } from '../checkout/refund-steps.js';
import { sha256 } from '../checkout/secrets.js';
import { idempotencyKeyOf } from '../http/idempotency-key.js';
import type { Route } from '../http/router.js';
import { reasonOf } from './booking-changes.js';
import type { RouteDeps } from './context.js';

/** The rule of a refund's body the spec cannot say: a `full` refund always cancels the upcoming bookings. */
function refundRules(body: unknown): FieldError[] {
  const { scope, cancelUpcoming } = (body ?? {}) as Partial<Schema<'RefundCreate'>>;
  if (scope !== 'full' || cancelUpcoming !== false) return [];
  return [{ field: 'cancelUpcoming', code: 'conflicts_with_scope', message: 'A full refund always cancels the upcoming bookings: leave cancelUpcoming out or set it to true.' }];
}

/**
 * Refunds of package purchases by the business (admin key): `full` or `unused_sessions`, card
 * money through the payment provider outside any database lock, credits back to the ledger (see
 * `checkout/refund-steps.ts`). Idempotent under its required `Idempotency-Key`: the provider is
 * asked with a key derived from it, so a retry never refunds twice.
 */
export function refundRoutes(deps: RouteDeps): Route[] {
  return [
    {
      method: 'POST',
      path: '/v1/admin/purchases/:purchaseId/refunds',
      audience: 'admin',
      requestRules: (ctx) => refundRules(ctx.body),
      handler: async (ctx) => {
        const purchaseId = ctx.params.purchaseId as string;
        const body = ctx.body as Schema<'RefundCreate'>;
        const apiKeyId = ctx.apiKey?.id ?? '';
        const key = idempotencyKeyOf(ctx);
        const write = {
          apiKeyId,
          key,
          request: `POST /v1/admin/purchases/${purchaseId}/refunds\n${JSON.stringify(body)}`,
          advice: 'use a new key for a new refund.',
        };
        const request = {
          purchaseId,
          scope: body.scope,
          reason: reasonOf(body.reason),
          cancelUpcoming: body.scope === 'full' || body.cancelUpcoming === true,
          // Only a hash of the Idempotency-Key is kept, as for the replay store.
          refundKey: `refund_${sha256(`${apiKeyId}\n${key}`)}`,
        };
        return runCharged(deps.db, write, refundSteps(deps, request));
      },
    },
  ];
}
