import { sha256 } from '../checkout/secrets.js';
import { cancelChangeable, moveChangeable, noticeCancellationAfterCommit, noticeRescheduleAfterCommit } from '../checkout/booking-change.js';
import { customerChangeRefusal } from '../checkout/booking-policy.js';
import { runIdempotent, type IdempotentWrite } from '../checkout/idempotent.js';
import { preferencesOf } from '../checkout/preferences.js';
import type { CallIdentity } from '../calls/identity.js';
import type { ChangeableBooking } from '../db/booking-changes.js';
import { findChangeableBooking } from '../db/booking-changes.js';
import { bookingOfJoinToken } from '../db/calls.js';
import { setCustomerPreferences } from '../db/customers.js';
import { findPackage } from '../db/packages.js';
import type { Queryable } from '../db/database.js';
import { optionalCustomer } from '../http/customer.js';
import { idempotencyKeyOf } from '../http/idempotency-key.js';
import { HttpProblem, notFound } from '../http/problem.js';
import type { RequestContext, Route } from '../http/router.js';
import type { Schema } from '../../../src/wire/index.js';
import type { RouteDeps } from './context.js';

/** Who manages a booking: the holder of its e-mail link (its join token) or a signed-in customer. */
type ManagingCaller = Extract<CallIdentity, { kind: 'guest' | 'customer' }>;

function joinTokenOf(ctx: RequestContext): string | undefined {
  const header = ctx.req.headers['apptkit-join'];
  const value = (Array.isArray(header) ? header.join(',') : (header ?? '')).trim();
  return value === '' ? undefined : value;
}

/**
 * The caller of a manage route, as the call routes identify guests and customers: `Apptkit-Join`
 * first (unknown → 401 `invalid_join_token`), then `Apptkit-Customer` (unknown or expired → 401
 * `invalid_customer_token`); neither → 401 `customer_required`.
 */
async function managingCallerOf(db: Queryable, ctx: RequestContext, nowMs: number): Promise<ManagingCaller> {
  const joinToken = joinTokenOf(ctx);
  if (joinToken !== undefined) {
    const bookingId = await bookingOfJoinToken(db, sha256(joinToken));
    if (!bookingId) throw new HttpProblem(401, 'invalid_join_token', 'The Apptkit-Join token is not a link of any booking; use the link from your confirmation e-mail.');
    return { kind: 'guest', bookingId };
  }
  const customer = await optionalCustomer(db, ctx.req, nowMs);
  if (customer) return { kind: 'customer', customerId: customer.id };
  throw new HttpProblem(
    401,
    'customer_required',
    'Say whose booking this is: send Apptkit-Join (the token of the confirmation e-mail’s link) or Apptkit-Customer (the signed-in customer).',
  );
}

/** `changeable` when it is the caller's, else the 404 that never tells whether it exists. */
function ownedBy(caller: ManagingCaller, bookingId: string, changeable: ChangeableBooking | null): ChangeableBooking {
  const owns = changeable !== null && (caller.kind === 'guest' ? caller.bookingId === changeable.booking.id : caller.customerId === changeable.customerId);
  if (!owns) throw notFound(`A booking "${bookingId}" of this customer or link`);
  return changeable;
}

const callerKey = (caller: ManagingCaller): string => (caller.kind === 'guest' ? `join:${caller.bookingId}` : `customer:${caller.customerId}`);

/** Plain text of at most 500 characters (the spec's check), trimmed; `null` when empty. */
export const reasonOf = (reason: string | undefined): string | null => reason?.trim() || null;

/**
 * A customer's own view and changes of a booking (publishable key): read it, cancel it or move it
 * to another offered start while the policy's cut-offs allow, identified by the booking's e-mail
 * link (`Apptkit-Join`) or as its signed-in customer. Each change is idempotent under its
 * `Idempotency-Key` and e-mails the customer a notice once committed.
 */
export function bookingChangeRoutes(deps: RouteDeps): Route[] {
  const { db, config } = deps;
  const nowMs = () => config.clock().getTime();
  const bookingIdOf = (ctx: RequestContext) => ctx.params.bookingId as string;
  const writeOf = (ctx: RequestContext, action: string, caller: ManagingCaller): IdempotentWrite => ({
    apiKeyId: ctx.apiKey?.id ?? '',
    key: idempotencyKeyOf(ctx),
    request: `POST /v1/bookings/${bookingIdOf(ctx)}/${action}\n${callerKey(caller)}\n${JSON.stringify(ctx.body)}`,
    advice: `use a new key for a new ${action === 'cancel' ? 'cancellation' : 'reschedule'}.`,
  });
  return [
    {
      method: 'GET',
      path: '/v1/bookings/:bookingId',
      audience: 'public',
      handler: async (ctx) => {
        const caller = await managingCallerOf(db, ctx, nowMs());
        const { booking, policy, packageTitle, expertName, durationMinutes } = ownedBy(caller, bookingIdOf(ctx), await findChangeableBooking(db, bookingIdOf(ctx)));
        const pkg = await findPackage(db, booking.packageId);
        const body: Schema<'ManagedBooking'> = {
          booking,
          packageTitle,
          expertName,
          durationMinutes,
          policy,
          ...(pkg ? { package: { ...pkg, effectivePolicy: policy } } : {}),
        };
        return { status: 200, body };
      },
    },
    {
      method: 'POST',
      path: '/v1/bookings/:bookingId/cancel',
      audience: 'public',
      handler: async (ctx) => {
        const now = nowMs();
        const caller = await managingCallerOf(db, ctx, now);
        const body = ctx.body as Schema<'BookingCancel'>;
        const reason = reasonOf(body.reason);
        return runIdempotent(db, writeOf(ctx, 'cancel', caller), async (tx) => {
          const changeable = ownedBy(caller, bookingIdOf(ctx), await findChangeableBooking(tx, bookingIdOf(ctx), true));
          const refusal = customerChangeRefusal(changeable.booking, changeable.policy, 'cancel', now);
          if (refusal) throw refusal;
          await setCustomerPreferences(tx, changeable.customerId, preferencesOf(body));
          const answer = await cancelChangeable(tx, changeable, { by: 'customer', atMs: now, sessionReturned: changeable.policy.cancelReturnsSession, reason });
          return { reply: { status: 200, body: answer }, ...noticeCancellationAfterCommit(deps, reason) };
        });
      },
    },
    {
      method: 'POST',
      path: '/v1/bookings/:bookingId/reschedule',
      audience: 'public',
      handler: async (ctx) => {
        const now = nowMs();
        const caller = await managingCallerOf(db, ctx, now);
        const body = ctx.body as Schema<'BookingReschedule'>;
        return runIdempotent(db, writeOf(ctx, 'reschedule', caller), async (tx) => {
          const changeable = ownedBy(caller, bookingIdOf(ctx), await findChangeableBooking(tx, bookingIdOf(ctx), true));
          const refusal = customerChangeRefusal(changeable.booking, changeable.policy, 'reschedule', now);
          if (refusal) throw refusal;
          await setCustomerPreferences(tx, changeable.customerId, preferencesOf(body));
          const previous = { start: changeable.booking.start, end: changeable.booking.end };
          const answer = await moveChangeable(tx, changeable, body.start, { nowMs: now, minNoticeMinutes: config.minNoticeMinutes });
          return { reply: { status: 200, body: answer }, ...noticeRescheduleAfterCommit(deps, previous) };
        });
      },
    },
  ];
}
