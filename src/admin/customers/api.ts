/**
 * `admin.customerTokens` and `admin.customers`: signing customers in from a host site's backend
 * and granting them credits.
 */
import { got, isRecord, type Parser } from '../../client/contract.js';
import type { FieldError } from '../../core/package.js';
import { requireId, shown } from '../args.js';
import type { Send } from '../availability/api.js';
import { ValidationError } from '../errors.js';
import type { AdminRequestOptions } from '../types.js';

/** A customer token as `POST /v1/admin/customer-tokens` answers. */
export interface CustomerToken {
  /** The secret the widget sends as `Apptkit-Customer`; hand it to that customer's browser only. */
  token: string;
  /** The customer found (by e-mail, case-insensitively) or created. */
  customerId: string;
  /** ISO-8601 UTC instant after which the token no longer works. */
  expiresAt: string;
}

/** Who to sign in. */
export interface CustomerTokenInput {
  /** The customer's e-mail address; the customer is found by it or created. */
  email: string;
  /** Up to 120 characters; fills in the name of a customer who has none. */
  name?: string;
}

/** A credit grant. */
export interface CreditGrantInput {
  /** Credits to add, a whole number from 1 to 1,000,000. */
  amount: number;
  /** Why, 1–200 characters; recorded in the customer's credit ledger. */
  reason: string;
}

/** The customer's balance after a grant. */
export interface CreditBalance {
  customerId: string;
  credits: number;
}

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

/** The most credits one grant may add (the server's limit). */
export const MAX_CREDIT_GRANT = 1_000_000;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const nonEmpty = (json: Record<string, unknown>, field: string, path: string, issues: { path: string; message: string }[]): string => {
  const value = json[field];
  if (typeof value === 'string' && value !== '') return value;
  issues.push({ path: `${path}.${field}`, message: `expected a non-empty string (${got(value)}).` });
  return '';
};

const parseCustomerToken: Parser<CustomerToken> = (json, path, issues) => {
  if (!isRecord(json)) {
    issues.push({ path, message: `expected a customer token object (${got(json)}).` });
    return undefined;
  }
  const before = issues.length;
  const token = nonEmpty(json, 'token', path, issues);
  const customerId = nonEmpty(json, 'customerId', path, issues);
  const expiresAt = nonEmpty(json, 'expiresAt', path, issues);
  if (expiresAt && Number.isNaN(Date.parse(expiresAt))) issues.push({ path: `${path}.expiresAt`, message: `expected an ISO-8601 instant (${got(expiresAt)}).` });
  return issues.length === before ? { token, customerId, expiresAt } : undefined;
};

function parseBalance(customerId: string): Parser<CreditBalance> {
  return (json, path, issues) => {
    if (!isRecord(json)) {
      issues.push({ path, message: `expected a credit balance object (${got(json)}).` });
      return undefined;
    }
    const before = issues.length;
    if (json.customerId !== customerId) issues.push({ path: `${path}.customerId`, message: `expected "${customerId}" as asked for (${got(json.customerId)}).` });
    const { credits } = json;
    if (typeof credits !== 'number' || !Number.isSafeInteger(credits) || credits < 0) {
      issues.push({ path: `${path}.credits`, message: `expected an integer ≥ 0 (${got(credits)}).` });
    }
    return issues.length === before ? { customerId, credits: credits as number } : undefined;
  };
}

function checkTokenInput(input: unknown): CustomerTokenInput {
  if (!isRecord(input)) {
    throw new ValidationError('The customer', [{ field: '', code: 'invalid_type', message: `The customer must be an object { email, name? } (got ${shown(input)}).` }]);
  }
  const errors: FieldError[] = [];
  const { email, name } = input;
  if (typeof email !== 'string' || !EMAIL.test(email.trim()) || email.trim().length > 254) {
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
  if (typeof amount !== 'number' || !Number.isInteger(amount) || amount < 1 || amount > MAX_CREDIT_GRANT) {
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
