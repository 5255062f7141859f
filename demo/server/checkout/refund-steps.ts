/**
 * A refund of a package purchase, in the steps of {@link runCharged}, so that the provider is
 * called outside any database lock:
 *
 * 1. `begin`: locks the purchase and its upcoming bookings, computes what goes back
 *    (`refund-amount.ts`), cancels the bookings it covers (by the business, the session refunded
 *    rather than returned), takes the sessions off the purchase (closing it for `full`) and
 *    records the refund `pending`. From then on nothing more can be booked with those sessions.
 * 2. `charge`: the card's provider refunds the money with the refund's own idempotency key (a 0
 *    refund and a credits refund ask no provider).
 * 3. `settle`: succeeded → the refund `succeeded`, the credits back in the ledger, the
 *    `purchase.refunded` event, 201 `{ refund, purchase }` and the customer's notice once
 *    committed; failed → the refund `failed`, its sessions back on the purchase, 502.
 *
 * A retry with the same Idempotency-Key finds its pending refund in `begin` and finishes it.
 */
import { findBooking, purchaseParties, type Booking } from '../db/bookings.js';
import { cancelBooking } from '../db/booking-changes.js';
import type { Queryable } from '../db/database.js';
import { newId } from '../db/ids.js';
import { lockPurchase, publicPurchase, type StoredPurchase } from '../db/purchases.js';
import {
  creditRefund,
  hasPendingRefund,
  insertRefund,
  lockRefund,
  lockRefundByKey,
  lockUpcomingBookings,
  publicRefund,
  refundedSoFar,
  refundFailed,
  refundSucceeded,
  takeSessions,
  type Refund,
  type StoredRefund,
} from '../db/refunds.js';
import { HttpProblem, notFound } from '../http/problem.js';
import { mailerOf } from '../mail/outbox.js';
import { refundMail } from '../mail/refund-mail.js';
import { refundThrough, type RefundResult } from '../payments/provider.js';
import type { RouteDeps } from '../routes/context.js';
import { emitBookingEvents, emitPurchaseEvent } from '../webhooks/events.js';
import type { ChargeSteps } from './charged-write.js';
import { readerOf } from './confirmation.js';
import type { Outcome } from './idempotent.js';
import { refundDue } from './refund-amount.js';
import type { Schema } from '../../../src/wire/index.js';

/** What a refund answers (openapi.yaml's `RefundAnswer`). */
export type RefundAnswer = Schema<'RefundAnswer'>;

/** One refund request, checked against the spec. */
export interface RefundRequest {
  purchaseId: string;
  scope: Refund['scope'];
  /** Trimmed; `null` when none was given. */
  reason: string | null;
  /** Whether the upcoming bookings are cancelled and refunded too (always for `full`). */
  cancelUpcoming: boolean;
  /** The provider's idempotency key, derived from the request's `Idempotency-Key`. */
  refundKey: string;
}

/** What `begin` hands on: the pending refund and the provider payment it refunds. */
interface PendingRefund {
  refund: StoredRefund;
  paymentId: string | null;
}

/** The longest ledger reason (credit_ledger's check). */
const MAX_LEDGER_REASON = 200;

/** 409 `nothing_to_refund`, saying why. */
const nothingToRefund = (why: string): HttpProblem => new HttpProblem(409, 'nothing_to_refund', `${why}; there is nothing to refund.`);

/** The provider that refunds `purchase`'s `due`: credits go back to the ledger, 0 asks no provider. */
function refundProviderOf(purchase: StoredPurchase, due: number, configured: string): string {
  if (purchase.method === 'credits') return 'credits';
  if (due === 0) return 'none';
  if (purchase.provider !== configured) {
    throw new Error(`Purchase ${purchase.id} was paid through "${purchase.provider}" but the server's payment provider is "${configured}"; refund it there.`);
  }
  return purchase.provider;
}

/** The steps of `request` for {@link runCharged}. */
export function refundSteps(deps: RouteDeps, request: RefundRequest): ChargeSteps<PendingRefund, RefundResult> {
  const { config } = deps;
  const provider = config.paymentProvider;
  const nowMs = () => config.clock().getTime();
  const full = request.scope === 'full';

  /** The upcoming bookings the refund cancels, locked; none unless it covers them. */
  const upcoming = (tx: Queryable, now: number): Promise<Booking[]> =>
    full || request.cancelUpcoming ? lockUpcomingBookings(tx, request.purchaseId, now) : Promise.resolve([]);

  async function begin(tx: Queryable): Promise<PendingRefund> {
    const existing = await lockRefundByKey(tx, request.refundKey);
    if (existing) return { refund: existing, paymentId: (await lockPurchase(tx, existing.purchaseId))?.providerPaymentId ?? null };
    const now = nowMs();
    // Bookings before their purchase, as a customer's cancel locks them; then again, now that no booking can be added.
    await upcoming(tx, now);
    const purchase = await lockPurchase(tx, request.purchaseId);
    if (!purchase) throw notFound(`Purchase "${request.purchaseId}"`);
    if (await hasPendingRefund(tx, purchase.id)) {
      throw new HttpProblem(409, 'refund_in_progress', `Another refund of purchase ${purchase.id} is waiting for the payment provider; retry that request with its own Idempotency-Key to finish it.`);
    }
    if (purchase.status === 'refunded') throw nothingToRefund(`Purchase ${purchase.id} is already refunded in full`);
    if (purchase.status !== 'paid') throw nothingToRefund(`Purchase ${purchase.id} is ${purchase.status}, not paid`);
    const cancelling = await upcoming(tx, now);
    const sessionsRefunded = purchase.sessionsRefunded ?? 0;
    const unused = purchase.sessionsTotal - purchase.sessionsUsed - sessionsRefunded;
    const sessions = unused + cancelling.length;
    const byCredits = purchase.method === 'credits';
    const paidBack = await refundedSoFar(tx, purchase.id);
    const basis = { price: byCredits ? (purchase.credits ?? 0) : purchase.amount, paidBack: byCredits ? paidBack.credits : paidBack.amount, sessionsTotal: purchase.sessionsTotal, sessionsRefunded };
    const due = refundDue(basis, sessions, full);
    if (sessions === 0 && (!full || due === 0)) {
      const hint = full ? ', and its price was paid back' : refundDue(basis, 0, true) > 0 ? ' (a full refund would still return what is left of the price)' : '';
      throw nothingToRefund(`Every session of purchase ${purchase.id} is used or refunded${hint}`);
    }
    const id = newId('rfd');
    await insertRefund(tx, {
      id,
      purchaseId: purchase.id,
      scope: request.scope,
      amount: byCredits ? 0 : due,
      currency: purchase.currency,
      credits: byCredits ? due : null,
      sessions,
      provider: refundProviderOf(purchase, due, provider.name),
      reason: request.reason,
      refundKey: request.refundKey,
      createdAtMs: now,
    });
    for (const booking of cancelling) {
      await cancelBooking(tx, booking.id, purchase.id, { by: 'business', atMs: now, sessionReturned: false, reason: request.reason });
    }
    await takeSessions(tx, purchase.id, id, { unused, cancelledIds: cancelling.map((booking) => booking.id), close: full });
    const cancelled = await Promise.all(cancelling.map(async (booking) => (await findBooking(tx, booking.id)) ?? booking));
    await emitBookingEvents(tx, 'booking.cancelled', cancelled, now);
    return { refund: (await lockRefund(tx, id)) as StoredRefund, paymentId: purchase.providerPaymentId };
  }

  function charge({ refund, paymentId }: PendingRefund): Promise<RefundResult> {
    if (refund.credits !== null) return Promise.resolve({ provider: 'credits', refundId: '', status: 'succeeded', failureCode: null });
    if (refund.amount > 0 && paymentId === null) throw new Error(`Purchase ${refund.purchaseId} has no provider payment to refund.`);
    return refundThrough(provider, paymentId ?? '', refund.amount, request.refundKey);
  }

  async function settle(tx: Queryable, pending: PendingRefund, result: RefundResult): Promise<Outcome> {
    const id = pending.refund.id;
    const refund = await lockRefund(tx, id);
    if (refund?.status !== 'pending') throw new Error(`Refund ${id} is ${refund?.status ?? 'gone'} although its Idempotency-Key has no answer yet.`);
    const now = nowMs();
    const providerRefundId = result.refundId === '' ? null : result.refundId;
    if (result.status === 'failed') {
      const code = result.failureCode ?? 'refund_failed';
      await refundFailed(tx, refund, providerRefundId, code, now);
      return {
        problem: new HttpProblem(502, 'refund_failed', `The payment provider refused refund ${id} (${code}); nothing went back, and the purchase's sessions are back on it. Try again with a new Idempotency-Key.`),
      };
    }
    await refundSucceeded(tx, id, result.provider, providerRefundId, now);
    if (refund.credits !== null && refund.credits > 0) {
      const text = `Refund ${id} of purchase ${refund.purchaseId}${refund.reason ? `: ${refund.reason}` : ''}`;
      await creditRefund(tx, refund, refund.credits, [...text].slice(0, MAX_LEDGER_REASON).join(''), now);
    }
    await emitPurchaseEvent(tx, 'purchase.refunded', refund.purchaseId, now);
    const settled = (await lockRefund(tx, id)) as StoredRefund;
    const purchase = (await lockPurchase(tx, refund.purchaseId)) as StoredPurchase;
    const body: RefundAnswer = { refund: publicRefund(settled), purchase: publicPurchase(purchase) };
    return { reply: { status: 201, body }, afterCommit: (reply) => noticeRefund(deps, settled).then(() => reply) };
  }

  return { begin, charge, settle };
}

/**
 * E-mails the customer the notice of the settled `refund`, in their language and time zone. Never
 * throws: a failure is logged, and the refund stands.
 */
async function noticeRefund(deps: RouteDeps, refund: StoredRefund): Promise<void> {
  try {
    const parties = await purchaseParties(deps.db, refund.purchaseId);
    if (!parties) throw new Error(`Purchase ${refund.purchaseId} has no customer, expert or package to write about.`);
    const cancelled = (await Promise.all(refund.cancelledBookingIds.map((id) => findBooking(deps.db, id)))).filter((booking) => booking !== null);
    await mailerOf(deps).send(refundMail({ ...readerOf(parties), expertName: parties.expertName, packageTitle: parties.packageTitle, refund, cancelled }));
  } catch (error) {
    deps.config.log.error('refund e-mail failed; the refund stands', {
      refundId: refund.id,
      purchaseId: refund.purchaseId,
      error: error instanceof Error ? error.message : String(error),
    });
  }
}
