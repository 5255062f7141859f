import type { IncomingMessage } from 'node:http';
import { sha256 } from '../checkout/secrets.js';
import { customerOfToken, type Customer } from '../db/customers.js';
import type { Queryable } from '../db/database.js';
import { HttpProblem } from './problem.js';

/** The `Apptkit-Customer` header, or `undefined` when absent or empty. */
export function customerTokenOf(req: IncomingMessage): string | undefined {
  const header = req.headers['apptkit-customer'];
  const value = (Array.isArray(header) ? header.join(',') : (header ?? '')).trim();
  return value === '' ? undefined : value;
}

/**
 * The signed-in customer of a request: `null` without an `Apptkit-Customer` header; a header
 * with an unknown or expired token is a 401 `invalid_customer_token`.
 */
export async function optionalCustomer(db: Queryable, req: IncomingMessage, nowMs: number): Promise<Customer | null> {
  const token = customerTokenOf(req);
  if (token === undefined) return null;
  const customer = await customerOfToken(db, sha256(token), nowMs);
  if (!customer) {
    throw new HttpProblem(401, 'invalid_customer_token', 'The Apptkit-Customer token is unknown or expired; ask your site for a new one.');
  }
  return customer;
}

/** Like {@link optionalCustomer}, but a missing header is a 401 `customer_required` naming `what`. */
export async function requireCustomer(db: Queryable, req: IncomingMessage, nowMs: number, what: string): Promise<Customer> {
  const customer = await optionalCustomer(db, req, nowMs);
  if (!customer) {
    throw new HttpProblem(401, 'customer_required', `${what} needs a signed-in customer: send the customer token as Apptkit-Customer.`);
  }
  return customer;
}
