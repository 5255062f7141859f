import type { ApptClient, Hold } from '../../client/index.js';
import type { GuestDetails } from '../../client/types.js';
import type { AppointmentPackage } from '../../core/package.js';
import type { TestCard } from '../payment/card-form.js';
import type { CheckoutMethod } from './methods.js';

/** The body of `POST /v1/purchases`. */
export type PurchaseRequest = Parameters<ApptClient['purchases']['create']>[0];

/** What the visitor chose to pay: one order is one attempt, however often it is retried. */
export interface PurchaseChoice {
  pkg: AppointmentPackage;
  hold: Hold | undefined;
  method: CheckoutMethod;
  testCard: TestCard;
  /** A guest's checked details; none when signed in or paying with credits. */
  guest: GuestDetails | undefined;
  /** The applied coupon's code, sent with a card or credits purchase. */
  couponCode?: string | undefined;
  /** The coupon takes the whole card price: no payment method is sent. */
  nothingToPay?: boolean;
}

/** The order as one string: any change (package, times, method, test card, details, coupon) is another attempt. */
export function orderOf(choice: PurchaseChoice): string {
  const { pkg, hold, method, testCard, guest, couponCode } = choice;
  return JSON.stringify([pkg.id, hold?.id ?? null, method, method === 'card' ? testCard : null, guest ?? null, couponCode ?? null]);
}

/**
 * The request paying `choice`, with the customer's language and zone for the e-mails and, by
 * card, the payment method to charge. It books the held times in the same request.
 */
export function purchaseRequest(choice: PurchaseChoice, audience: { locale: string; timeZone: string }, paymentMethod?: string): PurchaseRequest {
  const { pkg, hold, method, guest, couponCode } = choice;
  const held = hold ? { holdId: hold.id, holdToken: hold.token } : {};
  const coupon = couponCode ? { couponCode } : {};
  if (method === 'credits') return { packageId: pkg.id, method: 'credits', ...coupon, ...held, ...audience };
  const details = guest ? { guest } : {};
  if (method === 'free') return { packageId: pkg.id, method: 'free', ...details, ...held, ...audience };
  const card = paymentMethod === undefined ? {} : { paymentMethod };
  return { packageId: pkg.id, method: 'card', ...card, ...coupon, ...details, ...held, ...audience };
}
