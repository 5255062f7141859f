/**
 * `admin.customerTokens` and `admin.customers`: signing customers in from a host site's backend,
 * adding customers by hand, listing and reading them with their history, and granting or
 * deducting their credits.
 */
import { isEmailAddress } from '../../core/contact.js';
import { MAX_CREDIT_GRANT } from '../../core/credit-grant.js';
import { isRecord } from '../../core/record.js';
import type { FieldError } from '../../core/package.js';
import { requireId, shown } from '../args.js';
import type { Send } from '../availability/api.js';
import { ValidationError } from '../errors.js';
import { idempotencyKeyOf } from '../idempotency.js';
import type { AdminRequestOptions, CreateOptions } from '../types.js';
import { checkCreditMovement, checkCustomerInput, checkListQuery, type CreditMovementInput, type CustomerCreateInput, type CustomerListQuery } from './input.js';
import { parseBalance, parseCreatedCustomer, parseCustomerDetail, parseCustomerPage, parseCustomerToken } from './parse.js';
import type * as Wire from '../../wire/index.js';

export type { CreditMovementInput, CustomerCreateInput, CustomerListQuery };

/**
 * A customer as the back office sees them: `id`, `email`, `name`, `phone` (E.164) / `country`
 * (ISO 3166-1 alpha-2) / `locale` (the language of their e-mails: en, de, tr or ar) / `timeZone`
 * (each `null` when unknown), the `credits` balance and `createdAt`.
 */
export type AdminCustomer = Wire.Schema<'Customer'>;

/** One page of customers, newest first; `nextCursor` is `null` on the last page. */
export type CustomerPage = Wire.Schema<'CustomerPage'>;

/**
 * A customer with their history: `purchases` (latest 100, newest first, with `packageTitle`),
 * `upcomingBookings` (next 100, soonest first), `pastBookings` (latest 100, newest first) and
 * `ledger`, the latest 100 credit movements (newest first, each with `amount`, `reason`,
 * `balanceAfter` and `createdAt`).
 */
export type CustomerDetail = Wire.Schema<'CustomerDetail'>;

/**
 * A customer token as `POST /v1/admin/customer-tokens` answers: the `token` the widget sends as
 * `Apptkit-Customer` (hand it to that customer's browser only), the `customerId` found (by e-mail,
 * case-insensitively) or created, and `expiresAt`, the UTC instant after which it no longer works.
 */
export type CustomerToken = Wire.CustomerToken;

/**
 * Who to sign in: the customer's `email` (found by it or created) and an optional `name` of up to
 * 120 characters, which fills in the name of a customer who has none.
 */
export type CustomerTokenInput = Wire.CustomerTokenCreate;

/**
 * A credit grant: `amount`, credits to add, a whole number from 1 to 1,000,000, and `reason`,
 * 1–200 characters, recorded in the customer's credit ledger.
 */
export type CreditGrantInput = CreditMovementInput;

/** The customer's balance after a grant or deduction. */
export type CreditBalance = Wire.CreditBalance;

/** `admin.customerTokens`. */
export interface CustomerTokensApi {
  /**
   * Mints a short-lived customer token for a user your site has signed in (finding or creating
   * the customer by e-mail). This needs the admin key, so call it from the host site's **backend**
   * and pass only the returned `token` to that user's browser, where the widget sends it as
   * `Apptkit-Customer` (e.g. `createClient({ customerToken })`).
   *
   * @example
   * const { token } = await admin.customerTokens.create({ email: user.email, name: user.name });
   * res.json({ apptkitToken: token });
   */
  create(input: CustomerTokenInput, options?: AdminRequestOptions): Promise<CustomerToken>;
}

/** `admin.customers`. */
export interface CustomersApi {
  /**
   * Adds a customer by hand (sent with an `Idempotency-Key`), who then signs in by e-mailed code
   * like any other. An e-mail a customer already has (any case) rejects with an `ApiError` 409
   * `customer_exists` whose problem names `email` and carries that `customerId`.
   *
   * @example
   * const customer = await admin.customers.create({ name: 'Ana Lima', email: 'ana@example.com', country: 'DE', locale: 'de' });
   */
  create(input: CustomerCreateInput, options?: CreateOptions): Promise<AdminCustomer>;
  /** One page of customers, newest first; `q` keeps those whose name or e-mail contains it (any case). */
  list(query?: CustomerListQuery, options?: AdminRequestOptions): Promise<CustomerPage>;
  /** A customer with their purchases, bookings and credits ledger; rejects 404 `not_found` for an unknown customer. */
  get(customerId: string, options?: AdminRequestOptions): Promise<CustomerDetail>;
  /** Adds credits to a customer's balance with a ledger entry; rejects 404 `not_found` for an unknown customer. */
  grantCredits(customerId: string, grant: CreditGrantInput, options?: AdminRequestOptions): Promise<CreditBalance>;
  /**
   * Takes `amount` (1 to 1,000,000) credits from a customer's balance with a ledger entry. More than
   * the balance rejects with an `ApiError` 409 `insufficient_credits` naming `amount` (with the
   * `balance`), and nothing is taken.
   */
  deductCredits(customerId: string, deduction: CreditMovementInput, options?: AdminRequestOptions): Promise<CreditBalance>;
}

/** The most credits one grant may add (core's rule, the server's too). */
export { MAX_CREDIT_GRANT };

function checkTokenInput(input: unknown): CustomerTokenInput {
  if (!isRecord(input)) {
    throw new ValidationError('The customer', [{ field: '', code: 'invalid_type', message: `The customer must be an object { email, name? } (got ${shown(input)}).` }]);
  }
  const errors: FieldError[] = [];
  const { email, name } = input;
  if (typeof email !== 'string' || !isEmailAddress(email.trim())) {
    errors.push({ field: 'email', code: email === undefined ? 'required' : 'invalid_format', message: `email must be an e-mail address such as ana@example.com (got ${shown(email)}).` });
  }
  if (name !== undefined && (typeof name !== 'string' || name.trim().length > 120)) {
    errors.push({ field: 'name', code: typeof name === 'string' ? 'too_long' : 'invalid_type', message: 'name must be text of at most 120 characters.' });
  }
  if (errors.length > 0) throw new ValidationError('The customer', errors);
  return { email: (email as string).trim(), ...(typeof name === 'string' && name.trim() !== '' ? { name: name.trim() } : {}) };
}

/** The customer token methods of an admin client. */
export function createCustomerTokensApi(send: Send): CustomerTokensApi {
  return Object.freeze({
    create: async (input: CustomerTokenInput, { signal }: AdminRequestOptions = {}) =>
      send({ method: 'POST', path: 'v1/admin/customer-tokens', json: checkTokenInput(input), signal, parse: parseCustomerToken }),
  } satisfies CustomerTokensApi);
}

const creditsPath = (customerId: string): string => `v1/admin/customers/${encodeURIComponent(customerId)}/credits`;

/** The customer methods of an admin client. */
export function createCustomersApi(send: Send): CustomersApi {
  return Object.freeze({
    create: async (input: CustomerCreateInput, { signal, idempotencyKey }: CreateOptions = {}) => {
      const json = checkCustomerInput(input);
      const key = idempotencyKeyOf(idempotencyKey);
      return send({ method: 'POST', path: 'v1/admin/customers', json, headers: { 'idempotency-key': key }, signal, parse: parseCreatedCustomer(json.email) });
    },
    list: async (query: CustomerListQuery = {}, { signal }: AdminRequestOptions = {}) =>
      send({ method: 'GET', path: 'v1/admin/customers', search: checkListQuery(query), signal, parse: parseCustomerPage }),
    get: async (customerId: string, { signal }: AdminRequestOptions = {}) => {
      const id = requireId('customerId', customerId);
      return send({ method: 'GET', path: `v1/admin/customers/${encodeURIComponent(id)}`, signal, parse: parseCustomerDetail(id) });
    },
    grantCredits: async (customerId: string, grant: CreditGrantInput, { signal }: AdminRequestOptions = {}) => {
      const id = requireId('customerId', customerId);
      const json = checkCreditMovement(grant, 'grant');
      return send({ method: 'POST', path: creditsPath(id), json, signal, parse: parseBalance(id) });
    },
    deductCredits: async (customerId: string, deduction: CreditMovementInput, { signal }: AdminRequestOptions = {}) => {
      const id = requireId('customerId', customerId);
      const { amount, reason } = checkCreditMovement(deduction, 'deduction');
      return send({ method: 'POST', path: creditsPath(id), json: { amount: -amount, reason }, signal, parse: parseBalance(id) });
    },
  } satisfies CustomersApi);
}
