/**
 * `admin.customerTokens` and `admin.customers`: signing customers in from a host site's backend
 * and granting them credits.
 */
import { isEmailAddress } from '../../core/contact.js';
import { isCreditGrantAmount, MAX_CREDIT_GRANT } from '../../core/credit-grant.js';
import { isRecord } from '../../core/record.js';
import type { FieldError } from '../../core/package.js';
import { requireId, shown } from '../args.js';
import type { Send } from '../availability/api.js';
import { ValidationError } from '../errors.js';
import type { AdminRequestOptions } from '../types.js';
import { parseBalance, parseCustomerToken } from './parse.js';
import type * as Wire from '../../wire/index.js';

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
export type CreditGrantInput = Wire.CreditGrant;

/** The customer's balance after a grant. */
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
  /** Adds credits to a customer's balance with a ledger entry; rejects 404 `not_found` for an unknown customer. */
  grantCredits(customerId: string, grant: CreditGrantInput, options?: AdminRequestOptions): Promise<CreditBalance>;
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

function checkGrant(grant: unknown): CreditGrantInput {
  if (!isRecord(grant)) {
    throw new ValidationError('The credit grant', [{ field: '', code: 'invalid_type', message: `The grant must be an object { amount, reason } (got ${shown(grant)}).` }]);
  }
  const errors: FieldError[] = [];
  const { amount, reason } = grant;
  if (!isCreditGrantAmount(amount)) {
    errors.push({ field: 'amount', code: amount === undefined ? 'required' : 'out_of_range', message: `amount must be a whole number of credits from 1 to ${MAX_CREDIT_GRANT} (got ${shown(amount)}).` });
  }
  if (typeof reason !== 'string' || reason.trim() === '' || reason.trim().length > 200) {
    errors.push({ field: 'reason', code: reason === undefined ? 'required' : 'invalid_value', message: `reason must be text of 1 to 200 characters (got ${shown(reason)}).` });
  }
  if (errors.length > 0) throw new ValidationError('The credit grant', errors);
  return { amount: amount as number, reason: (reason as string).trim() };
}

/** The customer token methods of an admin client. */
export function createCustomerTokensApi(send: Send): CustomerTokensApi {
  return Object.freeze({
    create: async (input: CustomerTokenInput, { signal }: AdminRequestOptions = {}) =>
      send({ method: 'POST', path: 'v1/admin/customer-tokens', json: checkTokenInput(input), signal, parse: parseCustomerToken }),
  } satisfies CustomerTokensApi);
}

/** The customer methods of an admin client. */
export function createCustomersApi(send: Send): CustomersApi {
  return Object.freeze({
    grantCredits: async (customerId: string, grant: CreditGrantInput, { signal }: AdminRequestOptions = {}) => {
      const id = requireId('customerId', customerId);
      const json = checkGrant(grant);
      return send({ method: 'POST', path: `v1/admin/customers/${encodeURIComponent(id)}/credits`, json, signal, parse: parseBalance(id) });
    },
  } satisfies CustomersApi);
}
