/**
 * The checkout answers: the signed-in customer, payment configuration, purchases and their
 * bookings, credit packages and their purchases, sign-in — read with the schemas of `answer.ts`.
 * Kept apart from `contract.ts` so that they load with the checkout methods.
 *
 * Besides shapes, each answer is checked against what was asked and against itself where a
 * mismatch would mislead the UI: a receipt's bookings belong to its purchase, a `paid` purchase is
 * the one whose payment `succeeded`, the bookings made are the starts asked for.
 */
import * as v from 'valibot';
import { isCurrencyCode } from '../core/currencies.js';
import { answer, anyText, array, asked, askedOr, checks, endAfterStart, expected, is, object, oneOf, text, utcInstant, whole, type Answer, type Parser, type Report } from '../http/answer.js';
import { ascendingByStart } from './scheduling-contract.js';
import type {
  Booking,
  BookingResult,
  CreditOffer,
  CreditPurchaseReceipt,
  Customer,
  CustomerSession,
  MyBookings,
  PaymentConfig,
  PaymentMethodKind,
  Purchase,
  PurchaseReceipt,
} from './types.js';

const METHODS = ['card', 'credits', 'free'] as const satisfies readonly PaymentMethodKind[];
const STATUSES = ['pending', 'paid', 'failed'] as const satisfies readonly Purchase['status'][];
const PAYMENT_STATUSES = ['succeeded', 'requires_action'] as const;

const currency = is<string>(isCurrencyCode, 'an ISO 4217 currency code');
const optionalText = v.optional(text);
/**
 * Whether the server says it handed an e-mail to its mailer: `false` when left out, so a
 * confirmation never claims an e-mail that no one vouched for.
 */
const emailSent = v.optional(v.boolean(expected('a boolean')), false);
const creditsOrNull = is<number | null>((value) => value === null || (Number.isSafeInteger(value) && (value as number) >= 1), 'a whole number ≥ 1 or null');

/** A {@link Customer}: non-empty id and e-mail, a name (may be empty), a credits balance ≥ 0. */
const customerSchema = object({ id: text, email: text, name: anyText, credits: whole(0) }, 'a customer object') satisfies Answer<Customer>;

/** A {@link Booking}: ids, a UTC `start` before its `end`, an optional non-empty `joinToken`. */
const bookingSchema = v.pipe(
  object({ id: text, purchaseId: text, expertId: text, packageId: text, start: utcInstant, end: utcInstant, joinToken: optionalText }, 'a booking object'),
  endAfterStart(),
) satisfies Answer<Booking>;

/** What a purchase answer must be about: the purchase asked for, or the package and method of a new one. */
type Wanted = Partial<Pick<Purchase, 'id' | 'packageId' | 'method'>>;

/** The fields every purchase answer shares. */
const purchaseEntries = (wanted: Wanted) => ({
  id: askedOr(wanted.id),
  customerId: text,
  packageId: askedOr(wanted.packageId),
  expertId: text,
  method: wanted.method ? asked(wanted.method) : oneOf(METHODS),
  status: oneOf(STATUSES),
  amount: whole(0),
  currency,
  credits: creditsOrNull,
  provider: text,
  sessionsTotal: whole(1),
  sessionsUsed: whole(0),
  createdAt: utcInstant,
});

/** The price in credits belongs to a credits purchase only; no more sessions used than bought. */
function checkPurchase(purchase: Purchase, report: Report, at: readonly (string | number)[] = []): void {
  if (purchase.method === 'credits' && purchase.credits === null) report([...at, 'credits'], 'a whole number ≥ 1');
  if (purchase.method !== 'credits' && purchase.credits !== null) report([...at, 'credits'], `null for a ${purchase.method} purchase`);
  if (purchase.sessionsUsed > purchase.sessionsTotal) report([...at, 'sessionsUsed'], `a whole number from 0 to ${purchase.sessionsTotal}`);
}

/** `paid` goes with a payment that `succeeded`, `pending` with one that `requires_action`. */
function checkPaymentStatus(answer: { status: Purchase['status']; paymentStatus: (typeof PAYMENT_STATUSES)[number] }, report: Report): void {
  const wanted = answer.paymentStatus === 'succeeded' ? 'paid' : 'pending';
  if (answer.status !== wanted) report(['status'], `"${wanted}" with paymentStatus "${answer.paymentStatus}"`);
}

/** Each booking of `bookings` (at `at`) belongs to `owner`: its purchase, expert and package; at most its used sessions. */
function checkBookingsOf(owner: Purchase, bookings: readonly Booking[], report: Report, at: readonly (string | number)[]): void {
  bookings.forEach((booking, i) => {
    for (const [field, wanted] of [['purchaseId', owner.id], ['expertId', owner.expertId], ['packageId', owner.packageId]] as const) {
      if (booking[field] !== wanted) report([...at, i, field], `"${wanted}" as asked for`);
    }
  });
  if (bookings.length > owner.sessionsUsed) report(at, `at most sessionsUsed (${owner.sessionsUsed}) bookings`, `got ${bookings.length}`);
}

/** A {@link Purchase} as listed (e.g. in "my bookings"). */
const purchaseSchema = v.pipe(object(purchaseEntries({}), 'a purchase object'), checks<Purchase>((purchase, report) => checkPurchase(purchase, report))) satisfies Answer<Purchase>;

/**
 * A {@link PurchaseReceipt} of the purchase asked for (`id`, or the `packageId` and `method` of a
 * new one). Its bookings belong to it, no more than its used sessions; a purchase waiting for
 * authentication has none yet.
 */
export function parsePurchaseReceipt(wanted: Wanted): Parser<PurchaseReceipt> {
  const schema = v.pipe(
    object(
      {
        ...purchaseEntries(wanted),
        paymentStatus: oneOf(PAYMENT_STATUSES),
        emailSent,
        token: optionalText,
        clientSecret: optionalText,
        bookingProblem: v.optional(object({ code: oneOf(['hold_expired']), detail: text }, 'a booking problem object')),
        bookings: array(bookingSchema),
      },
      'a purchase receipt object',
    ),
    checks<PurchaseReceipt>((receipt, report) => {
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
    object({ purchase: object(purchaseEntries({ id: purchaseId }), 'a purchase object'), bookings: array(bookingSchema), emailSent }, 'a booking result object'),
    checks<BookingResult>(({ purchase, bookings }, report) => {
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

/** {@link MyBookings}: bookings ascending by start, and paid purchases with sessions left to book. */
export const parseMyBookings: Parser<MyBookings> = answer(
  v.pipe(
    object({ bookings: v.pipe(array(bookingSchema), ascendingByStart<Booking>('bookings', false)), purchases: array(purchaseSchema) }, 'an object { bookings, purchases }'),
    checks<MyBookings>(({ purchases }, report) =>
      purchases.forEach((purchase, i) => {
        if (purchase.status !== 'paid') report(['purchases', i, 'status'], '"paid"');
        else if (purchase.sessionsUsed >= purchase.sessionsTotal) {
          report(['purchases', i, 'sessionsUsed'], `fewer than sessionsTotal (${purchase.sessionsTotal}): sessions left to book`);
        }
      }),
    ),
  ) satisfies Answer<MyBookings>,
);

/** Parses a {@link Customer}. */
export const parseCustomer: Parser<Customer> = answer(customerSchema);

/** A {@link PaymentConfig}: test mode, or Stripe with a publishable (never a secret) key. */
export const parsePaymentConfig: Parser<PaymentConfig> = answer(
  v.pipe(
    object({ provider: oneOf(['test', 'stripe']), publishableKey: v.optional(v.unknown()) }, 'a payment configuration object'),
    checks<{ provider: 'test' | 'stripe'; publishableKey?: unknown }>(({ provider, publishableKey }, report) => {
      if (provider === 'stripe' && !(typeof publishableKey === 'string' && /^pk_\S+$/.test(publishableKey))) {
        report(['publishableKey'], 'a Stripe publishable key starting with "pk_"');
      }
    }),
    v.transform(({ provider, publishableKey }): PaymentConfig => (provider === 'test' ? { provider } : { provider, publishableKey: publishableKey as string })),
  ) satisfies Answer<PaymentConfig>,
);

/** A {@link CreditOffer}; the admin fields a credit package also carries (`version`, `active`) are dropped. */
export const parseCreditOffer: Parser<CreditOffer> = answer(
  object(
    {
      id: text,
      title: text,
      credits: whole(1),
      price: whole(0),
      currency,
      country: is<string>((value) => typeof value === 'string' && /^[A-Z]{2}$/.test(value), 'a two-letter country code'),
      listingOrder: whole(0),
    },
    'a credit package object',
  ) satisfies Answer<CreditOffer>,
);

/**
 * A {@link CreditPurchaseReceipt} of the purchase asked for (`id`, or the `creditPackageId` of a
 * new one), its status agreeing with its payment status.
 */
export function parseCreditPurchaseReceipt(wanted: { id?: string; creditPackageId?: string }): Parser<CreditPurchaseReceipt> {
  const schema = v.pipe(
    object(
      {
        id: askedOr(wanted.id),
        customerId: text,
        creditPackageId: askedOr(wanted.creditPackageId),
        status: oneOf(STATUSES),
        amount: whole(0),
        currency,
        credits: whole(1),
        provider: text,
        createdAt: utcInstant,
        paymentStatus: oneOf(PAYMENT_STATUSES),
        balance: whole(0),
        clientSecret: optionalText,
      },
      'a credit purchase receipt object',
    ),
    checks<CreditPurchaseReceipt>(checkPaymentStatus),
  ) satisfies Answer<CreditPurchaseReceipt>;
  return answer(schema);
}

/** The answer to a sign-in code request: `{ expiresAt }`. */
export const parseCodeSent: Parser<{ expiresAt: string }> = answer(object({ expiresAt: utcInstant }, 'an object { expiresAt }'));

/** A {@link CustomerSession} of the customer with the e-mail address that signed in (compared ignoring case). */
export function parseCustomerSession(email: string): Parser<CustomerSession> {
  const schema = v.pipe(
    object({ token: text, expiresAt: utcInstant, customer: customerSchema }, 'a customer session object'),
    checks<CustomerSession>(({ customer }, report) => {
      if (customer.email.trim().toLowerCase() !== email.trim().toLowerCase()) {
        report(['customer', 'email'], `the address that signed in, ${JSON.stringify(email)}`);
      }
    }),
  ) satisfies Answer<CustomerSession>;
  return answer(schema);
}
