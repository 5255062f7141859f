/**
 * The checkout answers: the signed-in customer, payment configuration, purchases and their
 * bookings, credit packages and their purchases, sign-in. Their shapes are the checks generated
 * from the spec; kept apart from `contract.ts` so that they load with the checkout methods.
 *
 * Besides shapes, each answer is checked against what was asked and against itself where a
 * mismatch would mislead the UI: a receipt's bookings belong to its purchase, a `paid` purchase is
 * the one whose payment `succeeded`, the bookings made are the starts asked for.
 */
import * as v from 'valibot';
import { answer, checkAsked, checks, rule, type Answer, type Parser, type Report } from '../http/answer.js';
import * as wire from '../http/wire-checks.js';
import { checkAscending, checkEndsAfterStart } from './scheduling-contract.js';
import type { Booking, BookingChange, BookingResult, CouponQuote, CreditOffer, CreditPurchaseReceipt, Customer, CustomerSession, ManagedBooking, MyBookings, PaymentConfig, Purchase, PurchaseReceipt } from './types.js';

type Path = readonly (string | number)[];

/** The price in credits belongs to a credits purchase only; no more sessions used than bought. */
function checkPurchase(purchase: Purchase, report: Report, at: Path = []): void {
  if (purchase.method === 'credits' && purchase.credits === null) report([...at, 'credits'], 'a whole number ≥ 1');
  if (purchase.method !== 'credits' && purchase.credits !== null) report([...at, 'credits'], `null for a ${purchase.method} purchase`);
  if (purchase.sessionsUsed > purchase.sessionsTotal) report([...at, 'sessionsUsed'], `a whole number from 0 to ${purchase.sessionsTotal}`);
}

/** `paid` goes with a payment that `succeeded`, `pending` with one that `requires_action`. */
function checkPaymentStatus(answer: { status: Purchase['status']; paymentStatus: PurchaseReceipt['paymentStatus'] }, report: Report): void {
  const wanted = answer.paymentStatus === 'succeeded' ? 'paid' : 'pending';
  if (answer.status !== wanted) report(['status'], `"${wanted}" with paymentStatus "${answer.paymentStatus}"`);
}

/** Each booking of `bookings` (at `at`) belongs to `owner`: its purchase, expert and package; at most its used sessions. */
function checkBookingsOf(owner: Purchase, bookings: readonly Booking[], report: Report, at: Path): void {
  checkEndsAfterStart(bookings, report, at);
  bookings.forEach((booking, i) => checkAsked(booking, { purchaseId: owner.id, expertId: owner.expertId, packageId: owner.packageId }, report, [...at, i]));
  if (bookings.length > owner.sessionsUsed) report(at, `at most sessionsUsed (${owner.sessionsUsed}) bookings`, `got ${bookings.length}`);
}

/**
 * A {@link PurchaseReceipt} of the purchase asked for (`id`, or the `packageId` and `method` of a
 * new one). Its bookings belong to it, no more than its used sessions; a purchase waiting for
 * authentication has none yet.
 */
export function parsePurchaseReceipt(wanted: Partial<Pick<Purchase, 'id' | 'packageId' | 'method'>>): Parser<PurchaseReceipt> {
  const schema = v.pipe(
    wire.PurchaseReceipt,
    checks<PurchaseReceipt>((receipt, report) => {
      checkAsked(receipt, wanted, report);
      checkPurchase(receipt, report);
      checkPaymentStatus(receipt, report);
      if (receipt.status === 'pending' && receipt.bookings.length > 0) {
        report(['bookings'], 'none while the payment waits for authentication', `got ${receipt.bookings.length}`);
      } else checkBookingsOf(receipt, receipt.bookings, report, ['bookings']);
    }),
  ) satisfies Answer<PurchaseReceipt>;
  return answer(schema);
}

/**
 * A {@link BookingResult} of purchase `purchaseId`: the paid purchase and at least one booking of
 * it, within its used sessions; with `starts`, exactly the starts asked for.
 */
export function parseBookingResult(purchaseId: string, starts: readonly string[] | undefined): Parser<BookingResult> {
  const schema = v.pipe(
    wire.BookingResult,
    checks<BookingResult>(({ purchase, bookings }, report) => {
      checkAsked(purchase, { id: purchaseId }, report, ['purchase']);
      checkPurchase(purchase, report, ['purchase']);
      if (purchase.status !== 'paid') report(['purchase', 'status'], '"paid": only a paid purchase books sessions');
      if (bookings.length === 0) return report(['bookings'], 'at least one booking', 'got an empty array');
      checkBookingsOf(purchase, bookings, report, ['bookings']);
      if (!starts) return;
      const booked = new Set(bookings.map((booking) => Date.parse(booking.start)));
      const missing = starts.find((start) => !booked.has(Date.parse(start)));
      if (bookings.length !== starts.length || missing !== undefined) {
        report(['bookings'], `bookings of the ${starts.length} starts asked for`, `got ${bookings.length} bookings${missing === undefined ? '' : `, none at ${missing}`}`);
      }
    }),
  ) satisfies Answer<BookingResult>;
  return answer(schema);
}

/**
 * {@link MyBookings}: bookings ascending by start, none cancelled, paid purchases with sessions left
 * to book, and a purchase history of paid (or refunded) purchases only, newest first.
 */
export const parseMyBookings: Parser<MyBookings> = answer(
  v.pipe(
    wire.MyBookings,
    checks<MyBookings>(({ bookings, purchases, pastPurchases = [] }, report) => {
      checkEndsAfterStart(bookings, report, ['bookings']);
      checkAscending(bookings, 'bookings', report, ['bookings'], false);
      bookings.forEach((booking, i) => booking.status === 'cancelled' && report(['bookings', i, 'status'], '"booked": cancelled ones are past bookings'));
      purchases.forEach((purchase, i) => {
        checkPurchase(purchase, report, ['purchases', i]);
        if (purchase.status !== 'paid') report(['purchases', i, 'status'], '"paid"');
        else if (purchase.sessionsUsed >= purchase.sessionsTotal) report(['purchases', i, 'sessionsUsed'], `fewer than sessionsTotal (${purchase.sessionsTotal}): sessions left to book`);
      });
      pastPurchases.forEach((past, i) => {
        if (past.kind === 'package') checkPurchase(past, report, ['pastPurchases', i]);
        if (past.status === 'pending' || past.status === 'failed') report(['pastPurchases', i, 'status'], past.kind === 'package' ? '"paid" or "refunded"' : '"paid"');
        if (i > 0 && Date.parse(past.createdAt) > Date.parse(pastPurchases[i - 1]!.createdAt)) report(['pastPurchases', i, 'createdAt'], 'newest first');
      });
    }),
  ) satisfies Answer<MyBookings>,
);

/** A {@link ManagedBooking} of the booking asked for. */
export const parseManagedBooking = (id: string): Parser<ManagedBooking> =>
  answer(v.pipe(wire.ManagedBooking, checks<ManagedBooking>(({ booking }, report) => checkAsked(booking, { id }, report, ['booking']))) satisfies Answer<ManagedBooking>);

/**
 * A {@link BookingChange} of the booking asked for and its purchase: cancelled, or (with `start`)
 * booked at the start asked for (the same instant, however written).
 */
export const parseBookingChange = (id: string, start?: string): Parser<BookingChange> =>
  answer(v.pipe(wire.BookingChange, checks<BookingChange>(({ booking, purchase }, report) => {
    checkAsked(booking, { id, status: start === undefined ? 'cancelled' : 'booked' }, report, ['booking']);
    checkAsked(purchase, { id: booking.purchaseId }, report, ['purchase']);
    checkPurchase(purchase, report, ['purchase']);
    if (start !== undefined && Date.parse(booking.start) !== Date.parse(start)) report(['booking', 'start'], `${start} as asked for`);
  })) satisfies Answer<BookingChange>);

/** Parses a {@link Customer}. */
export const parseCustomer: Parser<Customer> = answer(wire.Me);

/** A {@link PaymentConfig}: test mode, or Stripe with a publishable (never a secret) key. */
export const parsePaymentConfig: Parser<PaymentConfig> = answer(wire.PaymentConfig);

/** A {@link CreditOffer}: a campaign price, when there is one, is below the offer's `price`. */
export const parseCreditOffer: Parser<CreditOffer> = answer(
  v.pipe(
    wire.CreditOffer,
    rule<CreditOffer>('campaignPrice', (offer) => offer.campaignPrice === undefined || offer.campaignPrice < offer.price, (offer) => `less than price (${offer.price})`),
  ) satisfies Answer<CreditOffer>,
);

/**
 * A {@link CreditPurchaseReceipt} of the purchase asked for (`id`, or the `creditPackageId` of a
 * new one), its status agreeing with its payment status.
 */
export const parseCreditPurchaseReceipt = (wanted: { id?: string; creditPackageId?: string }): Parser<CreditPurchaseReceipt> =>
  answer(v.pipe(wire.CreditPurchaseReceipt, checks<CreditPurchaseReceipt>((receipt, report) => {
    checkAsked(receipt, wanted, report);
    checkPaymentStatus(receipt, report);
  })) satisfies Answer<CreditPurchaseReceipt>);

/** A {@link CouponQuote} for the `method` asked for, charging at most the price it starts from. */
export const parseCouponQuote = (method: CouponQuote['method']): Parser<CouponQuote> =>
  answer(
    v.pipe(
      wire.CouponQuote,
      checks<CouponQuote>((quote, report) => {
        checkAsked(quote, { method }, report);
        if (quote.amount > (quote.campaignPrice ?? quote.price)) report(['amount'], `at most ${quote.campaignPrice ?? quote.price}, the price it starts from`);
      }),
    ) satisfies Answer<CouponQuote>,
  );

/** The answer to a sign-in code request: `{ expiresAt }`. */
export const parseCodeSent: Parser<{ expiresAt: string }> = answer(wire.SignInCodeSent);

/** A {@link CustomerSession} of the customer with the e-mail address that signed in (compared ignoring case). */
export const parseCustomerSession = (email: string): Parser<CustomerSession> =>
  answer(v.pipe(wire.CustomerSession, checks<CustomerSession>(({ customer }, report) => {
    if (customer.email.trim().toLowerCase() !== email.trim().toLowerCase()) report(['customer', 'email'], `the address that signed in, ${JSON.stringify(email)}`);
  })) satisfies Answer<CustomerSession>);
