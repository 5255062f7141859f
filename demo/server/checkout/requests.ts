/**
 * The purchase and booking bodies, once openapi.yaml's checks passed: the cross-field rules the
 * spec does not state, and the shapes the checkout works with.
 */
import type { FieldError } from '../../../src/core/index.js';
import type { BookingCreate, PurchaseCreate, Schema } from '../../../src/wire/index.js';
import { preferencesOf, type Preferences } from './preferences.js';

/** A checked body, or every field error of the rules that span fields. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

/** A guest's contact details on a card purchase. */
export interface Guest {
  name: string;
  email: string;
  phone: string | undefined;
}

/** How a package is paid: by card, with credits, or not at all (a package whose fee is 0). */
export type PurchaseMethod = PurchaseCreate['method'];

/** A purchase request as the checkout reads it. */
export interface PurchaseRequest {
  packageId: string;
  method: PurchaseMethod;
  paymentMethod: string | undefined;
  hold: { id: string; token: string } | undefined;
  guest: Guest | undefined;
  /** A coupon code as sent (checked with the package and the customer). */
  couponCode: string | undefined;
  /** The customer's language and time zone, stored on the customer when sent. */
  preferences: Preferences;
}

/** A purchase body's rules across fields; rules that need the package or the customer come later. */
export function purchaseRequestOf(body: PurchaseCreate): Parsed<PurchaseRequest> {
  const errors: FieldError[] = [];
  const { method, paymentMethod, guest } = body;
  // With a coupon, whether a card is needed is known once the coupon is priced (cardNeeded).
  if (method === 'card' && paymentMethod === undefined && body.couponCode === undefined) {
    errors.push({ field: 'paymentMethod', code: 'required', message: 'paymentMethod is required for a card purchase.' });
  }
  if (method !== 'card' && paymentMethod !== undefined) {
    errors.push({ field: 'paymentMethod', code: 'not_allowed', message: 'paymentMethod is only for card purchases.' });
  }
  if (method === 'credits' && guest !== undefined) {
    errors.push({ field: 'guest', code: 'not_allowed', message: 'A guest cannot pay with credits; sign in (Apptkit-Customer) to use credits.' });
  }
  if (errors.length > 0) return { ok: false, errors };
  const hold = body.holdId !== undefined && body.holdToken !== undefined ? { id: body.holdId, token: body.holdToken } : undefined;
  return {
    ok: true,
    value: {
      packageId: body.packageId,
      method,
      paymentMethod,
      hold,
      guest: guest && { name: guest.name.trim(), email: guest.email, phone: guest.phone },
      couponCode: body.couponCode,
      preferences: preferencesOf(body),
    },
  };
}

/** A booking request: a live hold to convert, or offered starts to book directly. */
export interface BookingRequest {
  purchaseId: string;
  purchaseToken: string | undefined;
  source: { kind: 'hold'; id: string; token: string } | { kind: 'starts'; starts: string[] };
  /** The customer's language and time zone, stored on the purchase's customer when sent. */
  preferences: Preferences;
}

/** A booking body's rule across fields: a hold (`holdId` and `holdToken`) or `starts`, one of them. */
export function bookingRequestOf(body: BookingCreate): Parsed<BookingRequest> {
  const { purchaseId, purchaseToken, holdId, holdToken, starts } = body;
  const base = { purchaseId, purchaseToken: purchaseToken || undefined, preferences: preferencesOf(body) };
  if (starts !== undefined && holdId === undefined) return { ok: true, value: { ...base, source: { kind: 'starts', starts } } };
  if (starts === undefined && holdId !== undefined && holdToken !== undefined) {
    return { ok: true, value: { ...base, source: { kind: 'hold', id: holdId, token: holdToken } } };
  }
  const errors: FieldError[] =
    starts !== undefined
      ? [{ field: 'starts', code: 'not_allowed', message: 'Send either holdId and holdToken, or starts, not both.' }]
      : [
          { field: 'holdId', code: 'required', message: 'holdId is required (with holdToken), unless you send starts.' },
          { field: 'holdToken', code: 'required', message: 'holdToken is required (with holdId), unless you send starts.' },
        ];
  return { ok: false, errors };
}

/** A quote's rule across fields: what it prices, `packageId` or `creditPackageId`, one of them. */
export function quoteTargetOf(body: Schema<'CouponQuoteRequest'>): Parsed<{ packageId: string } | { creditPackageId: string }> {
  const { packageId, creditPackageId, method } = body;
  if (packageId !== undefined && creditPackageId === undefined) return { ok: true, value: { packageId } };
  if (packageId === undefined && creditPackageId !== undefined && method !== 'credits') return { ok: true, value: { creditPackageId } };
  if (creditPackageId !== undefined && packageId === undefined) return { ok: false, errors: [{ field: 'method', code: 'not_allowed', message: 'A credit package is paid by card: leave out method or send "card".' }] };
  const both = packageId !== undefined;
  const message = both ? 'Send packageId or creditPackageId, not both.' : 'packageId (a package) or creditPackageId (a credit package) is required.';
  return { ok: false, errors: [{ field: both ? 'creditPackageId' : 'packageId', code: both ? 'not_allowed' : 'required', message }] };
}

/**
 * The 422 for a card purchase sent without `paymentMethod` whose coupon leaves `amount` (minor
 * units of `currency`) to pay; `null` when nothing is left to pay or a payment method was sent.
 */
export function cardNeeded(paymentMethod: string | undefined, amount: number, currency: string): FieldError | null {
  if (paymentMethod !== undefined || amount === 0) return null;
  return { field: 'paymentMethod', code: 'required', message: `paymentMethod is required: ${amount} (minor units of ${currency}) is left to pay after the coupon.` };
}
