/**
 * The checkout part of the widget's client: the signed-in customer and their bookings, the
 * tenant's payment configuration, purchases of packages (card or credits) and bookings of their
 * sessions, credit packages and their purchases, and passwordless sign-in. Loaded on first use,
 * like the scheduling and call parts.
 *
 * Every argument is checked before anything is sent. Writes carry an `Idempotency-Key` and, like
 * every non-GET request, are never retried by the transport.
 */
import { isIanaZone } from '../core/time-zone.js';
import { hasEmailShape, isE164Phone, MAX_EMAIL_LENGTH } from '../core/contact.js';
import { isCurrencyCode } from '../core/currencies.js';
import { isLocaleTag } from '../core/locale-tag.js';
import { byListingOrder } from '../core/listing-order.js';
import { isCountryFormat, optionalCode } from './list-filters.js';
import { matchingFilters } from './matching-filters.js';
import {
  parseBookingResult,
  parseCodeSent,
  parseCouponQuote,
  parseCreditOffer,
  parseCreditPurchaseReceipt,
  parseCustomer,
  parseCustomerSession,
  parseMyBookings,
  parsePaymentConfig,
  parsePurchaseReceipt,
} from './checkout-contract.js';
import { parseDataList } from '../http/contract.js';
import { requireId } from '../http/require-id.js';
import { idempotencyKeyOf, shown, slotStarts } from './input.js';
import type { Transport } from '../http/transport.js';
import type {
  ApptClient,
  BookingInput,
  CouponQuoteInput,
  CreditOfferQuery,
  CreditPurchaseInput,
  CustomerPreferences,
  GuestDetails,
  IdempotentRequestOptions,
  PaymentMethodKind,
  PurchaseInput,
  RequestOptions,
  SignInCodeInput,
} from './types.js';

/** The methods of this part, with the changes of a booking (`booking-changes.ts`) that load with it. */
export type CheckoutApi = Pick<ApptClient, 'me' | 'payments' | 'purchases' | 'bookings' | 'creditPackages' | 'coupons' | 'signIn'>;

/** The methods of this module: the part without the changes of a booking. */
type CheckoutMethods = Omit<CheckoutApi, 'bookings'> & { bookings: Pick<ApptClient['bookings'], 'create'> };

/** Tokens and payment method ids: visible ASCII, no spaces. */
const TOKEN = /^[\x21-\x7e]+$/;
/** The one-time sign-in code of the e-mail: 6 digits. */
const SIGN_IN_CODE = /^\d{6}$/;
/** At most this many sessions are booked at once (a package has at most 100). */
const MAX_STARTS = 100;

const requireObject = (what: string, value: unknown): void => {
  if (typeof value !== 'object' || value === null) throw new TypeError(`${what} (got ${shown(value)}).`);
};

/** A token-like string (`paymentMethod`, `purchaseToken`, `holdToken`): visible ASCII without spaces. */
export function token(name: string, value: unknown): string {
  if (typeof value !== 'string' || !TOKEN.test(value)) {
    throw new TypeError(`${name} must be a non-empty string of visible ASCII characters without spaces (got ${shown(value)}).`);
  }
  return value;
}

/** `value` when given, checked with `check`; `undefined` when left out. */
export const optional = <T>(value: unknown, check: (value: unknown) => T): T | undefined => (value === undefined ? undefined : check(value));

/** An e-mail address, trimmed: at most 254 characters, shaped like `ana@example.com`. */
function email(name: string, value: unknown): string {
  const address = typeof value === 'string' ? value.trim() : value;
  if (!hasEmailShape(address)) {
    throw new TypeError(`${name} must be an e-mail address such as "ana@example.com" (got ${shown(value)}).`);
  }
  if (address.length > MAX_EMAIL_LENGTH) throw new RangeError(`${name} must be at most ${MAX_EMAIL_LENGTH} characters (got ${address.length}).`);
  return address;
}

/** A coupon code as typed, trimmed: 1–64 characters (matched by the server without regard to case). */
function couponCode(value: unknown): string {
  const code = typeof value === 'string' ? value.trim() : '';
  if (code === '' || [...code].length > 64) {
    throw new TypeError(`couponCode must be the code as the customer typed it, 1–64 characters (got ${shown(value)}).`);
  }
  return code;
}

/** `{ couponCode }` when the input has one (checked), else nothing. */
const couponOf = (input: { couponCode?: unknown }): { couponCode?: string } =>
  input.couponCode === undefined ? {} : { couponCode: couponCode(input.couponCode) };

/** A person's name, trimmed: 1–120 characters. */
function personName(name: string, value: unknown): string {
  const trimmed = typeof value === 'string' ? value.trim() : '';
  if (trimmed === '') throw new TypeError(`${name} must be a non-empty string (got ${shown(value)}).`);
  const length = [...trimmed].length;
  if (length > 120) throw new RangeError(`${name} must be at most 120 characters (got ${length}).`);
  return trimmed;
}

/** The optional `locale` (BCP 47, at most 35 characters) and `timeZone` (IANA) of a write, for the customer's e-mails. */
export function preferencesOf(input: CustomerPreferences): CustomerPreferences {
  const locale = optional(input.locale, (value) => {
    if (!isLocaleTag(value)) throw new TypeError(`locale must be a BCP 47 language tag such as "de" or "ar-EG" (got ${shown(value)}).`);
    return value;
  });
  const timeZone = optional(input.timeZone, (value) => {
    if (!isIanaZone(value)) {
      throw new TypeError(`timeZone must be an IANA time zone such as "Europe/Berlin" (got ${shown(value)}).`);
    }
    return value;
  });
  return { ...(locale === undefined ? {} : { locale }), ...(timeZone === undefined ? {} : { timeZone }) };
}

/** `holdId` and `holdToken` together, or neither. */
function holdOf(input: { holdId?: unknown; holdToken?: unknown }): { holdId?: string; holdToken?: string } {
  if (input.holdId === undefined && input.holdToken === undefined) return {};
  if (input.holdId === undefined || input.holdToken === undefined) {
    throw new TypeError(`holdId and holdToken go together: pass both (from holds.create) or neither (got only ${input.holdId === undefined ? 'holdToken' : 'holdId'}).`);
  }
  return { holdId: requireId('holdId', input.holdId), holdToken: token('holdToken', input.holdToken) };
}

function checkGuest(guest: GuestDetails): GuestDetails {
  requireObject('guest must be an object { name, email, phone? }', guest);
  const phone = optional(guest.phone, (value) => {
    if (!isE164Phone(value)) {
      throw new TypeError(`guest.phone must be an E.164 number such as "+4915112345678" (got ${shown(value)}).`);
    }
    return value;
  });
  return { name: personName('guest.name', guest.name), email: email('guest.email', guest.email), ...(phone ? { phone } : {}) };
}

/** The body of `POST /v1/purchases`. */
function checkPurchaseInput(input: PurchaseInput): { packageId: string; method: PaymentMethodKind } & Record<string, unknown> {
  requireObject('purchases.create needs { packageId, method, … }', input);
  const packageId = requireId('packageId', input.packageId);
  const hold = holdOf(input);
  if (input.method === 'credits') {
    const extra = input as { paymentMethod?: unknown; guest?: unknown };
    if (extra.paymentMethod !== undefined) {
      throw new TypeError('paymentMethod is only for method "card": leave it out when paying with credits.');
    }
    if (extra.guest !== undefined) {
      throw new TypeError('guest is only for method "card": paying with credits needs a signed-in customer (customerToken).');
    }
    return { packageId, method: 'credits', ...couponOf(input), ...hold, ...preferencesOf(input) };
  }
  if (input.method === 'free') {
    if ((input as { paymentMethod?: unknown }).paymentMethod !== undefined) {
      throw new TypeError('paymentMethod is only for method "card": a package whose fee is 0 is booked with method "free", without one.');
    }
    const guest = optional(input.guest, (value) => checkGuest(value as GuestDetails));
    return { packageId, method: 'free', ...couponOf(input), ...hold, ...(guest ? { guest } : {}), ...preferencesOf(input) };
  }
  if (input.method !== 'card') {
    throw new TypeError(`method must be "card", "credits" or "free" (got ${shown((input as { method?: unknown }).method)}).`);
  }
  // Without a coupon a card is always charged; with one, the server says whether one is needed.
  if (input.paymentMethod === undefined && input.couponCode === undefined) {
    throw new TypeError('method "card" needs paymentMethod: the provider’s payment method, e.g. Stripe’s "pm_…" (test mode: "pm_card_visa").');
  }
  const card = optional(input.paymentMethod, (value) => ({ paymentMethod: token('paymentMethod', value) }));
  const guest = optional(input.guest, (value) => checkGuest(value as GuestDetails));
  return { packageId, method: 'card', ...card, ...couponOf(input), ...hold, ...(guest ? { guest } : {}), ...preferencesOf(input) };
}

/** The body of `POST /v1/bookings`, and the starts asked for (to check the answer against). */
function checkBookingInput(input: BookingInput): { body: { purchaseId: string } & Record<string, unknown>; starts: string[] | undefined } {
  requireObject('bookings.create needs { purchaseId, holdId and holdToken or starts }', input);
  const purchaseId = requireId('purchaseId', input.purchaseId);
  const purchaseToken = optional(input.purchaseToken, (value) => token('purchaseToken', value));
  const hold = holdOf(input);
  const proof = purchaseToken === undefined ? {} : { purchaseToken };
  const preferences = preferencesOf(input);
  if (input.starts === undefined) {
    if (!hold.holdId) throw new TypeError('bookings.create needs holdId and holdToken (a live hold) or starts (offered slot starts).');
    return { body: { purchaseId, ...proof, ...hold, ...preferences }, starts: undefined };
  }
  if (hold.holdId) throw new TypeError('bookings.create takes holdId and holdToken or starts, not both.');
  const starts = slotStarts(input.starts, MAX_STARTS);
  return { body: { purchaseId, ...proof, starts, ...preferences }, starts };
}

function checkOfferQuery(query: CreditOfferQuery | undefined): { country: string | undefined; currency: string | undefined } {
  if (query === undefined) return { country: undefined, currency: undefined };
  requireObject('creditPackages.list takes an optional query { country?, currency? }', query);
  return {
    country: optionalCode('country', query.country, isCountryFormat, 'DE'),
    currency: optionalCode('currency', query.currency, isCurrencyCode, 'EUR'),
  };
}

function checkCreditPurchaseInput(input: CreditPurchaseInput): CreditPurchaseInput {
  requireObject('creditPackages.purchase needs { creditPackageId, paymentMethod }', input);
  if (input.paymentMethod === undefined && input.couponCode === undefined) throw new TypeError('creditPackages.purchase needs paymentMethod unless a couponCode takes the whole price.');
  return {
    creditPackageId: requireId('creditPackageId', input.creditPackageId),
    ...optional(input.paymentMethod, (value) => ({ paymentMethod: token('paymentMethod', value) })),
    ...couponOf(input),
    ...preferencesOf(input),
  };
}

/** The body of `POST /v1/coupon-quotes`: a code and exactly one of `packageId` (with its `method`) and `creditPackageId`. */
function checkQuoteInput(input: CouponQuoteInput): { body: { couponCode: string } & Record<string, unknown>; method: 'card' | 'credits' } {
  requireObject('coupons.quote needs { couponCode, packageId } or { couponCode, creditPackageId }', input);
  const code = couponCode(input.couponCode);
  const guestEmail = optional(input.guestEmail, (value) => email('guestEmail', value));
  const guest = guestEmail === undefined ? {} : { guestEmail };
  if ((input.packageId === undefined) === (input.creditPackageId === undefined)) {
    throw new TypeError('coupons.quote takes exactly one of packageId and creditPackageId.');
  }
  if (input.creditPackageId !== undefined) {
    if (input.method !== undefined) throw new TypeError('method is only for a packageId: a credit package is always paid by card.');
    return { body: { couponCode: code, creditPackageId: requireId('creditPackageId', input.creditPackageId), ...guest }, method: 'card' };
  }
  const method = input.method ?? 'card';
  if (method !== 'card' && method !== 'credits') throw new TypeError(`method must be "card" or "credits" (got ${shown(input.method)}).`);
  return { body: { couponCode: code, packageId: requireId('packageId', input.packageId), method, ...guest }, method };
}

function checkCodeRequest(input: SignInCodeInput): { email: string; name?: string } & CustomerPreferences {
  requireObject('signIn.requestCode needs { email, name? }', input);
  const address = email('email', input.email);
  const name = optional(input.name, (value) => personName('name', value));
  return { email: address, ...(name === undefined ? {} : { name }), ...preferencesOf(input) };
}

function checkVerifyInput(input: { email: string; code: string }): { email: string; code: string } {
  requireObject('signIn.verify needs { email, code }', input);
  const address = email('email', input.email);
  const code = typeof input.code === 'string' ? input.code.trim() : input.code;
  if (typeof code !== 'string' || !SIGN_IN_CODE.test(code)) {
    throw new TypeError(`code must be the 6 digits of the sign-in e-mail, such as "042917" (got ${shown(input.code)}).`);
  }
  return { email: address, code };
}

const idPath = (collection: string, name: string, id: string, leaf: string): string =>
  `v1/${collection}/${encodeURIComponent(requireId(name, id))}/${leaf}`;

/** The checkout methods of one client. */
export function createCheckoutApi(transport: Transport): CheckoutMethods {
  const me: ApptClient['me'] = Object.freeze({
    get: async ({ signal }: RequestOptions = {}) => transport.request({ method: 'GET', path: 'v1/me', signal, parse: parseCustomer }),
    bookings: async ({ signal }: RequestOptions = {}) =>
      transport.request({ method: 'GET', path: 'v1/me/bookings', signal, parse: parseMyBookings }),
  });

  const payments: ApptClient['payments'] = Object.freeze({
    config: async ({ signal }: RequestOptions = {}) =>
      transport.request({ method: 'GET', path: 'v1/payment-config', signal, parse: parsePaymentConfig }),
  });

  const purchases: ApptClient['purchases'] = Object.freeze({
    create: async (input: PurchaseInput, { signal, idempotencyKey }: IdempotentRequestOptions = {}) => {
      const body = checkPurchaseInput(input);
      const key = idempotencyKeyOf(idempotencyKey);
      return transport.request({
        method: 'POST',
        path: 'v1/purchases',
        json: body,
        headers: { 'idempotency-key': key },
        signal,
        parse: parsePurchaseReceipt({ packageId: body.packageId, method: body.method }),
      });
    },
    confirm: async (purchaseId: string, proof?: { purchaseToken?: string }, { signal }: RequestOptions = {}) => {
      const path = idPath('purchases', 'purchaseId', purchaseId, 'confirm');
      if (proof !== undefined) requireObject('purchases.confirm takes an optional proof { purchaseToken? }', proof);
      const purchaseToken = optional(proof?.purchaseToken, (value) => token('purchaseToken', value));
      return transport.request({
        method: 'POST',
        path,
        json: purchaseToken === undefined ? {} : { purchaseToken },
        signal,
        parse: parsePurchaseReceipt({ id: purchaseId }),
      });
    },
  });

  const bookings: CheckoutMethods['bookings'] = Object.freeze({
    create: async (input: BookingInput, { signal, idempotencyKey }: IdempotentRequestOptions = {}) => {
      const { body, starts } = checkBookingInput(input);
      const key = idempotencyKeyOf(idempotencyKey);
      return transport.request({
        method: 'POST',
        path: 'v1/bookings',
        json: body,
        headers: { 'idempotency-key': key },
        signal,
        parse: parseBookingResult(body.purchaseId, starts),
      });
    },
  });

  const creditPackages: ApptClient['creditPackages'] = Object.freeze({
    list: async (query?: CreditOfferQuery, { signal }: RequestOptions = {}) => {
      const filters = checkOfferQuery(query);
      const list = await transport.request({
        method: 'GET',
        path: 'v1/credit-packages',
        search: filters,
        signal,
        parse: parseDataList(matchingFilters(parseCreditOffer, filters)),
      });
      return list.sort(byListingOrder);
    },
    purchase: async (input: CreditPurchaseInput, { signal, idempotencyKey }: IdempotentRequestOptions = {}) => {
      const body = checkCreditPurchaseInput(input);
      const key = idempotencyKeyOf(idempotencyKey);
      return transport.request({
        method: 'POST',
        path: 'v1/credit-purchases',
        json: body,
        headers: { 'idempotency-key': key },
        signal,
        parse: parseCreditPurchaseReceipt({ creditPackageId: body.creditPackageId }),
      });
    },
    confirm: async (purchaseId: string, { signal }: RequestOptions = {}) =>
      transport.request({
        method: 'POST',
        path: idPath('credit-purchases', 'purchaseId', purchaseId, 'confirm'),
        json: {},
        signal,
        parse: parseCreditPurchaseReceipt({ id: purchaseId }),
      }),
  });

  const coupons: ApptClient['coupons'] = Object.freeze({
    quote: async (input: CouponQuoteInput, { signal }: RequestOptions = {}) => {
      const { body, method } = checkQuoteInput(input);
      return transport.request({ method: 'POST', path: 'v1/coupon-quotes', json: body, signal, parse: parseCouponQuote(method) });
    },
  });

  // Sign-in proves an e-mail address, not the customer of a token this client may hold: one
  // request, one person, so these never send the customer token.
  const signIn: ApptClient['signIn'] = Object.freeze({
    requestCode: async (input: SignInCodeInput, { signal }: RequestOptions = {}) =>
      transport.request({ method: 'POST', path: 'v1/sign-in/codes', json: checkCodeRequest(input), signal, asCustomer: false, parse: parseCodeSent }),
    verify: async (input: { email: string; code: string }, { signal }: RequestOptions = {}) => {
      const body = checkVerifyInput(input);
      return transport.request({
        method: 'POST',
        path: 'v1/sign-in/tokens',
        json: body,
        signal,
        asCustomer: false,
        parse: parseCustomerSession(body.email),
      });
    },
  });

  return Object.freeze({ me, payments, purchases, bookings, creditPackages, coupons, signIn });
}
