/**
 * Emitting webhook events: inside the transaction that makes a change, {@link emitEvent} stores
 * the event and, for each active endpoint subscribed to its type, one delivery and one `webhook`
 * job (dedupe key `webhook:<eventId>:<endpointId>`). So an event exists iff its change committed,
 * and each endpoint gets it from exactly one job. Call sites: purchases paid (card, confirm,
 * credits, free), bookings created and changed, credits purchased; refunds call
 * {@link emitPurchaseEvent} with `purchase.refunded`.
 */
import type { Booking } from '../db/bookings.js';
import { couponAppliedTo } from '../db/coupon-uses.js';
import { publicCreditPurchase, type StoredCreditPurchase } from '../db/credit-purchases.js';
import type { Queryable } from '../db/database.js';
import { enqueue } from '../db/jobs.js';
import { lockPurchase, publicPurchase, type Purchase } from '../db/purchases.js';
import { insertDelivery, insertEvent } from '../db/webhook-deliveries.js';
import { subscribedEndpointIds } from '../db/webhooks.js';
import type * as Wire from '../../../src/wire/index.js';

/** The kind of the jobs that deliver webhooks. */
export const WEBHOOK_KIND = 'webhook';

/** An event type (openapi.yaml's `WebhookEventType`). */
export type WebhookEventType = Wire.Schema<'WebhookEventType'>;

/** The `data` of each event type: the resource as the API shows it. */
export interface WebhookEventData {
  'purchase.paid': Purchase;
  'purchase.refunded': Purchase;
  'booking.created': Booking;
  'booking.rescheduled': Booking;
  'booking.cancelled': Booking;
  'credits.purchased': Wire.Schema<'CreditPurchase'>;
}

/** What a `webhook` job carries: the delivery to send, and whether an admin asked to send it again. */
export interface WebhookJobPayload {
  deliveryId: string;
  resend?: boolean;
}

/** The dedupe key of the job delivering event `eventId` to endpoint `endpointId`. */
export const webhookJobKey = (eventId: string, endpointId: string): string => `${WEBHOOK_KIND}:${eventId}:${endpointId}`;

/**
 * Stores event `type` with `data` at `nowMs` in `tx`, and enqueues its delivery, due at once, to
 * every active endpoint subscribed to `type`. Resolves with the event's id.
 */
export async function emitEvent<T extends WebhookEventType>(tx: Queryable, type: T, data: WebhookEventData[T], nowMs: number): Promise<string> {
  const eventId = await insertEvent(tx, type, data, nowMs);
  for (const endpointId of await subscribedEndpointIds(tx, type)) {
    const payload: WebhookJobPayload = { deliveryId: await insertDelivery(tx, eventId, endpointId, nowMs) };
    await enqueue(tx, { kind: WEBHOOK_KIND, key: webhookJobKey(eventId, endpointId), runAt: nowMs, payload: { ...payload } }, nowMs);
  }
  return eventId;
}

/** Emits `type` for purchase `purchaseId` as the API shows it now (with its coupon, if any). */
export async function emitPurchaseEvent(tx: Queryable, type: 'purchase.paid' | 'purchase.refunded', purchaseId: string, nowMs: number): Promise<string> {
  const stored = await lockPurchase(tx, purchaseId);
  if (!stored) throw new Error(`Purchase ${purchaseId} does not exist, so it has no ${type} event.`);
  const coupon = await couponAppliedTo(tx, { purchaseId });
  return emitEvent(tx, type, { ...publicPurchase(stored), ...(coupon ? { coupon } : {}) }, nowMs);
}

/** Emits `type` for each of `bookings`, without the join token a booking's creation answer shows. */
export async function emitBookingEvents(
  tx: Queryable,
  type: 'booking.created' | 'booking.rescheduled' | 'booking.cancelled',
  bookings: readonly Booking[],
  nowMs: number,
): Promise<void> {
  for (const { joinToken: _secret, ...booking } of bookings) await emitEvent(tx, type, booking, nowMs);
}

/** Emits `credits.purchased` for the paid credit purchase `purchase` (with its coupon, if any). */
export async function emitCreditsPurchased(tx: Queryable, purchase: StoredCreditPurchase, nowMs: number): Promise<string> {
  const coupon = await couponAppliedTo(tx, { creditPurchaseId: purchase.id });
  return emitEvent(tx, 'credits.purchased', { ...publicCreditPurchase(purchase), ...(coupon ? { coupon } : {}) }, nowMs);
}
