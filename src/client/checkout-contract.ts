/**
 * Contract checks of the checkout answers: the signed-in customer, payment configuration,
 * purchases and their bookings, credit packages and their purchases, sign-in. Kept apart from
 * `contract.ts` so that they load with the checkout methods, never in the widget's first load.
 *
 * Besides shapes, each answer is checked against what was asked and against itself where a
 * mismatch would mislead the UI: a receipt's bookings belong to its purchase, a `paid` purchase is
 * the one whose payment `succeeded`, the bookings made are the starts asked for. Extra fields are
 * tolerated and dropped, as for packages.
 */
import { isCurrencyCode } from '../core/currencies.js';
import { got, isRecord, type Parser } from './contract.js';
import type { ResponseIssue } from './errors.js';
import { isUtcInstant } from './scheduling-contract.js';
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
  PaymentStatus,
  Purchase,
  PurchaseReceipt,
} from './types.js';

const METHODS: readonly PaymentMethodKind[] = ['card', 'credits', 'free'];
const STATUSES: readonly Purchase['status'][] = ['pending', 'paid', 'failed'];
const PAYMENT_STATUSES: readonly PaymentStatus[] = ['succeeded', 'requires_action'];

/** Reads the fields of one answer object, recording each problem with its path. */
class Fields {
  constructor(
    readonly json: Record<string, unknown>,
    readonly path: string,
    readonly issues: ResponseIssue[],
  ) {}

  /** Records a problem of `field` (`found` words what is there); `undefined`, so that a reader can `return this.fail(…)`. */
  fail(field: string, expected: string, found = got(this.json[field])): undefined {
    this.issues.push({ path: `${this.path}.${field}`, message: `expected ${expected} (${found}).` });
    return undefined;
  }

  /** A non-empty string. */
  text(field: string): string | undefined {
    const value = this.json[field];
    return typeof value === 'string' && value.trim() !== '' ? value : this.fail(field, 'a non-empty string');
  }

  /** A string, possibly empty. */
  string(field: string): string | undefined {
    const value = this.json[field];
    return typeof value === 'string' ? value : this.fail(field, 'a string');
  }

  /** Left out, or a non-empty string. */
  optionalText(field: string): string | undefined {
    return this.json[field] === undefined ? undefined : this.text(field);
  }

  /**
   * Whether the server says it handed an e-mail to its mailer: a boolean, and `false` when left
   * out, so a confirmation never claims an e-mail that no one vouched for.
   */
  emailSent(field = 'emailSent'): boolean | undefined {
    const value = this.json[field];
    if (value === undefined) return false;
    return typeof value === 'boolean' ? value : this.fail(field, 'a boolean');
  }

  /** A whole number from `min` to `max`. */
  integer(field: string, min: number, max = Number.MAX_SAFE_INTEGER): number | undefined {
    const value = this.json[field];
    return Number.isSafeInteger(value) && (value as number) >= min && (value as number) <= max
      ? (value as number)
      : this.fail(field, max === Number.MAX_SAFE_INTEGER ? `a whole number ≥ ${min}` : `a whole number from ${min} to ${max}`);
  }

  oneOf<T extends string>(field: string, options: readonly T[]): T | undefined {
    const value = this.json[field];
    return options.includes(value as T) ? (value as T) : this.fail(field, `one of ${options.map((o) => `"${o}"`).join(', ')}`);
  }

  /** A UTC instant as the contract writes them, ending in `Z`. */
  instant(field: string): string | undefined {
    const value = this.json[field];
    return isUtcInstant(value) ? value : this.fail(field, 'an ISO-8601 UTC instant ending in "Z"');
  }

  currency(field: string): string | undefined {
    const value = this.json[field];
    return isCurrencyCode(value) ? value : this.fail(field, 'an ISO 4217 currency code');
  }

  /** A string that must equal what was asked for: an answer about another purchase must not be used. */
  same(field: string, wanted: string | undefined): string | undefined {
    if (wanted === undefined) return this.text(field);
    return this.json[field] === wanted ? wanted : this.fail(field, `"${wanted}" as asked for`);
  }
}

/** The fields of the object at `path`, or `undefined` (with an issue) when it is not an object. */
function fieldsOf(json: unknown, path: string, issues: ResponseIssue[], what: string): Fields | undefined {
  if (isRecord(json)) return new Fields(json, path, issues);
  issues.push({ path, message: `expected ${what} (${got(json)}).` });
  return undefined;
}

/** An array at `fields.path.field`, each item read with `item`; `undefined` when any is unusable. */
function arrayOf<T>(fields: Fields, field: string, item: Parser<T>): T[] | undefined {
  const value = fields.json[field];
  if (!Array.isArray(value)) return fields.fail(field, 'an array');
  const before = fields.issues.length;
  const items = value.map((entry, index) => item(entry, `${fields.path}.${field}[${index}]`, fields.issues));
  return fields.issues.length === before ? (items as T[]) : undefined;
}

/** A {@link Customer}: non-empty id and e-mail, a name (may be empty), a credits balance ≥ 0. */
export const parseCustomer: Parser<Customer> = (json, path, issues) => {
  const fields = fieldsOf(json, path, issues, 'a customer object');
  if (!fields) return undefined;
  const before = issues.length;
  const customer = {
    id: fields.text('id'),
    email: fields.text('email'),
    name: fields.string('name'),
    credits: fields.integer('credits', 0),
  };
  return issues.length === before ? (customer as Customer) : undefined;
};

/** The purchase a booking must belong to. */
type Owner = Pick<Purchase, 'id' | 'expertId' | 'packageId'>;

/**
 * A {@link Booking}: ids, a UTC `start` before its `end`, and an optional non-empty `joinToken`.
 * With `owner`, it must be a booking of that purchase, its expert and its package.
 */
function bookingParser(owner?: Owner): Parser<Booking> {
  return (json, path, issues) => {
    const fields = fieldsOf(json, path, issues, 'a booking object');
    if (!fields) return undefined;
    const before = issues.length;
    const booking: Partial<Booking> = {
      id: fields.text('id'),
      purchaseId: fields.same('purchaseId', owner?.id),
      expertId: fields.same('expertId', owner?.expertId),
      packageId: fields.same('packageId', owner?.packageId),
      start: fields.instant('start'),
      end: fields.instant('end'),
    };
    const joinToken = fields.optionalText('joinToken');
    if (joinToken !== undefined) booking.joinToken = joinToken;
    if (issues.length === before && Date.parse(booking.end!) <= Date.parse(booking.start!)) {
      fields.fail('end', `an instant after start ${booking.start}`);
    }
    return issues.length === before ? (booking as Booking) : undefined;
  };
}

/** The fields every purchase answer shares, checked against `expected` and against each other. */
function readPurchase(fields: Fields, expected: Partial<Pick<Purchase, 'id' | 'packageId' | 'method'>>): Partial<Purchase> {
  const { json } = fields;
  const sessionsTotal = fields.integer('sessionsTotal', 1);
  const method = expected.method ? (fields.same('method', expected.method) as PaymentMethodKind | undefined) : fields.oneOf('method', METHODS);
  return {
    id: fields.same('id', expected.id),
    customerId: fields.text('customerId'),
    packageId: fields.same('packageId', expected.packageId),
    expertId: fields.text('expertId'),
    method,
    status: fields.oneOf('status', STATUSES),
    amount: fields.integer('amount', 0),
    currency: fields.currency('currency'),
    // The price in credits of a credits purchase, and of nothing else.
    credits:
      method === 'card' || method === 'free'
        ? json.credits === null ? null : fields.fail('credits', `null for a ${method} purchase`)
        : json.credits === null && method !== 'credits' ? null : fields.integer('credits', 1),
    provider: fields.text('provider'),
    sessionsTotal,
    sessionsUsed: fields.integer('sessionsUsed', 0, sessionsTotal ?? Number.MAX_SAFE_INTEGER),
    createdAt: fields.instant('createdAt'),
  };
}

/** `paid` goes with a payment that `succeeded`, `pending` with one that `requires_action`. */
function checkPaymentStatus(fields: Fields, status: Purchase['status'] | undefined, paymentStatus: PaymentStatus | undefined): void {
  if (status === undefined || paymentStatus === undefined) return;
  const wanted = paymentStatus === 'succeeded' ? 'paid' : 'pending';
  if (status !== wanted) fields.fail('status', `"${wanted}" with paymentStatus "${paymentStatus}"`);
}

/** A {@link Purchase} as listed (e.g. in "my bookings"). */
const parsePurchase: Parser<Purchase> = (json, path, issues) => {
  const fields = fieldsOf(json, path, issues, 'a purchase object');
  if (!fields) return undefined;
  const before = issues.length;
  const purchase = readPurchase(fields, {});
  return issues.length === before ? (purchase as Purchase) : undefined;
};

/**
 * A {@link PurchaseReceipt} of the purchase asked for (`id`, or the `packageId` and `method` of a
 * new one). Its bookings belong to it, no more than its used sessions; a purchase waiting for
 * authentication has none yet.
 */
export function parsePurchaseReceipt(expected: Partial<Pick<Purchase, 'id' | 'packageId' | 'method'>>): Parser<PurchaseReceipt> {
  return (json, path, issues) => {
    const fields = fieldsOf(json, path, issues, 'a purchase receipt object');
    if (!fields) return undefined;
    const before = issues.length;
    const purchase = readPurchase(fields, expected);
    const receipt: Partial<PurchaseReceipt> = {
      ...purchase,
      paymentStatus: fields.oneOf('paymentStatus', PAYMENT_STATUSES),
      emailSent: fields.emailSent(),
    };
    const token = fields.optionalText('token');
    const clientSecret = fields.optionalText('clientSecret');
    if (token !== undefined) receipt.token = token;
    if (clientSecret !== undefined) receipt.clientSecret = clientSecret;
    if (fields.json.bookingProblem !== undefined) {
      const problem = fieldsOf(fields.json.bookingProblem, `${path}.bookingProblem`, issues, 'a booking problem object');
      const code = problem?.oneOf('code', ['hold_expired'] as const);
      const detail = problem?.text('detail');
      if (code !== undefined && detail !== undefined) receipt.bookingProblem = { code, detail };
    }
    if (issues.length !== before) return undefined;
    checkPaymentStatus(fields, receipt.status, receipt.paymentStatus);
    const bookings = arrayOf(fields, 'bookings', bookingParser(receipt as Owner));
    if (bookings && receipt.status === 'pending' && bookings.length > 0) {
      fields.fail('bookings', 'none while the payment waits for authentication', `got ${bookings.length}`);
    } else if (bookings && bookings.length > receipt.sessionsUsed!) {
      fields.fail('bookings', `at most sessionsUsed (${receipt.sessionsUsed}) bookings`, `got ${bookings.length}`);
    }
    receipt.bookings = bookings;
    return issues.length === before ? (receipt as PurchaseReceipt) : undefined;
  };
}

/**
 * A {@link BookingResult} of purchase `purchaseId`: the paid purchase and at least one booking of
 * it, within its used sessions; with `starts`, exactly the starts asked for.
 */
export function parseBookingResult(purchaseId: string, starts: readonly string[] | undefined): Parser<BookingResult> {
  return (json, path, issues) => {
    const fields = fieldsOf(json, path, issues, 'a booking result object');
    if (!fields) return undefined;
    const before = issues.length;
    const purchaseFields = fieldsOf(fields.json.purchase, `${path}.purchase`, issues, 'a purchase object');
    const purchase = purchaseFields && readPurchase(purchaseFields, { id: purchaseId });
    if (!purchaseFields || !purchase || issues.length !== before) return undefined;
    if (purchase.status !== 'paid') purchaseFields.fail('status', '"paid": only a paid purchase books sessions');
    const bookings = arrayOf(fields, 'bookings', bookingParser(purchase as Owner));
    if (!bookings) return undefined;
    if (bookings.length === 0) fields.fail('bookings', 'at least one booking', 'got an empty array');
    else if (bookings.length > purchase.sessionsUsed!) {
      fields.fail('bookings', `at most sessionsUsed (${purchase.sessionsUsed}) bookings`, `got ${bookings.length}`);
    }
    if (starts && issues.length === before) {
      const booked = new Set(bookings.map((booking) => Date.parse(booking.start)));
      const missing = starts.find((start) => !booked.has(Date.parse(start)));
      if (bookings.length !== starts.length || missing !== undefined) {
        const found = `got ${bookings.length} bookings${missing === undefined ? '' : `, none at ${missing}`}`;
        fields.fail('bookings', `bookings of the ${starts.length} starts asked for`, found);
      }
    }
    const emailSent = fields.emailSent();
    return issues.length === before ? { purchase: purchase as Purchase, bookings, emailSent: emailSent! } : undefined;
  };
}

/** {@link MyBookings}: bookings ascending by start, and paid purchases with sessions left to book. */
export const parseMyBookings: Parser<MyBookings> = (json, path, issues) => {
  const fields = fieldsOf(json, path, issues, 'an object { bookings, purchases }');
  if (!fields) return undefined;
  const before = issues.length;
  const bookings = arrayOf(fields, 'bookings', bookingParser());
  const purchases = arrayOf(fields, 'purchases', parsePurchase);
  for (let i = 1; bookings && i < bookings.length; i++) {
    if (Date.parse(bookings[i]!.start) < Date.parse(bookings[i - 1]!.start)) {
      issues.push({ path: `${path}.bookings[${i}].start`, message: `expected bookings in ascending order of start, after ${bookings[i - 1]!.start} (${got(bookings[i]!.start)}).` });
      break;
    }
  }
  purchases?.forEach((purchase, index) => {
    const at = `${path}.purchases[${index}]`;
    if (purchase.status !== 'paid') issues.push({ path: `${at}.status`, message: `expected "paid" (${got(purchase.status)}).` });
    else if (purchase.sessionsUsed >= purchase.sessionsTotal) {
      issues.push({ path: `${at}.sessionsUsed`, message: `expected fewer than sessionsTotal (${purchase.sessionsTotal}): sessions left to book (${got(purchase.sessionsUsed)}).` });
    }
  });
  return issues.length === before && bookings && purchases ? { bookings, purchases } : undefined;
};

/** A {@link PaymentConfig}: test mode, or Stripe with a publishable (never a secret) key. */
export const parsePaymentConfig: Parser<PaymentConfig> = (json, path, issues) => {
  const fields = fieldsOf(json, path, issues, 'a payment configuration object');
  const provider = fields?.oneOf('provider', ['test', 'stripe'] as const);
  if (!fields || provider === undefined) return undefined;
  if (provider === 'test') return { provider };
  const key = fields.json.publishableKey;
  if (typeof key === 'string' && /^pk_\S+$/.test(key)) return { provider, publishableKey: key };
  return fields.fail('publishableKey', 'a Stripe publishable key starting with "pk_"');
};

/** A {@link CreditOffer}; the admin fields a credit package also carries (`version`, `active`) are dropped. */
export const parseCreditOffer: Parser<CreditOffer> = (json, path, issues) => {
  const fields = fieldsOf(json, path, issues, 'a credit package object');
  if (!fields) return undefined;
  const before = issues.length;
  const country = fields.json.country;
  const offer = {
    id: fields.text('id'),
    title: fields.text('title'),
    credits: fields.integer('credits', 1),
    price: fields.integer('price', 0),
    currency: fields.currency('currency'),
    country: typeof country === 'string' && /^[A-Z]{2}$/.test(country) ? country : fields.fail('country', 'a two-letter country code'),
    listingOrder: fields.integer('listingOrder', 0),
  };
  return issues.length === before ? (offer as CreditOffer) : undefined;
};

/**
 * A {@link CreditPurchaseReceipt} of the purchase asked for (`id`, or the `creditPackageId` of a
 * new one), its status agreeing with its payment status.
 */
export function parseCreditPurchaseReceipt(expected: { id?: string; creditPackageId?: string }): Parser<CreditPurchaseReceipt> {
  return (json, path, issues) => {
    const fields = fieldsOf(json, path, issues, 'a credit purchase receipt object');
    if (!fields) return undefined;
    const before = issues.length;
    const receipt: Partial<CreditPurchaseReceipt> = {
      id: fields.same('id', expected.id),
      customerId: fields.text('customerId'),
      creditPackageId: fields.same('creditPackageId', expected.creditPackageId),
      status: fields.oneOf('status', STATUSES),
      amount: fields.integer('amount', 0),
      currency: fields.currency('currency'),
      credits: fields.integer('credits', 1),
      provider: fields.text('provider'),
      createdAt: fields.instant('createdAt'),
      paymentStatus: fields.oneOf('paymentStatus', PAYMENT_STATUSES),
      balance: fields.integer('balance', 0),
    };
    const clientSecret = fields.optionalText('clientSecret');
    if (clientSecret !== undefined) receipt.clientSecret = clientSecret;
    if (issues.length === before) checkPaymentStatus(fields, receipt.status, receipt.paymentStatus);
    return issues.length === before ? (receipt as CreditPurchaseReceipt) : undefined;
  };
}

/** The answer to a sign-in code request: `{ expiresAt }`. */
export const parseCodeSent: Parser<{ expiresAt: string }> = (json, path, issues) => {
  const expiresAt = fieldsOf(json, path, issues, 'an object { expiresAt }')?.instant('expiresAt');
  return expiresAt === undefined ? undefined : { expiresAt };
};

/** A {@link CustomerSession} of the customer with the e-mail address that signed in (compared ignoring case). */
export function parseCustomerSession(email: string): Parser<CustomerSession> {
  return (json, path, issues) => {
    const fields = fieldsOf(json, path, issues, 'a customer session object');
    if (!fields) return undefined;
    const before = issues.length;
    const session = {
      token: fields.text('token'),
      expiresAt: fields.instant('expiresAt'),
      customer: parseCustomer(fields.json.customer, `${path}.customer`, issues),
    };
    const signedIn = session.customer?.email;
    if (signedIn !== undefined && signedIn.trim().toLowerCase() !== email.trim().toLowerCase()) {
      issues.push({ path: `${path}.customer.email`, message: `expected the address that signed in, ${JSON.stringify(email)} (${got(signedIn)}).` });
    }
    return issues.length === before ? (session as CustomerSession) : undefined;
  };
}
