/**
 * Who is calling a booking's call routes: the expert (`Apptkit-Expert`), a guest holding the
 * booking's join token (`Apptkit-Join`) or a signed-in customer (`Apptkit-Customer`). The widget
 * may send its customer token with every request, so a join or expert token takes precedence.
 */
import type { IncomingMessage } from 'node:http';
import { sha256 } from '../checkout/secrets.js';
import { bookingOfJoinToken, expertOfToken, type CallBooking } from '../db/calls.js';
import type { Queryable } from '../db/database.js';
import { optionalCustomer } from '../http/customer.js';
import { HttpProblem } from '../http/problem.js';

/** A caller of the call routes. */
export type CallIdentity =
  | { kind: 'expert'; expertId: string }
  | { kind: 'guest'; bookingId: string }
  | { kind: 'customer'; customerId: string };

function headerOf(req: IncomingMessage, name: string): string | undefined {
  const header = req.headers[name];
  const value = (Array.isArray(header) ? header.join(',') : (header ?? '')).trim();
  return value === '' ? undefined : value;
}

/**
 * The identity of a request. Throws 401 `invalid_expert_token` / `invalid_join_token` /
 * `invalid_customer_token` for an unknown or expired token, and 401 `customer_required` when
 * none of the three headers is sent.
 */
export async function identifyCaller(db: Queryable, req: IncomingMessage, nowMs: number): Promise<CallIdentity> {
  const expertToken = headerOf(req, 'apptkit-expert');
  if (expertToken !== undefined) {
    const expertId = await expertOfToken(db, sha256(expertToken), nowMs);
    if (!expertId) throw new HttpProblem(401, 'invalid_expert_token', 'The Apptkit-Expert token is unknown or expired; ask your platform for a new one.');
    return { kind: 'expert', expertId };
  }
  const joinToken = headerOf(req, 'apptkit-join');
  if (joinToken !== undefined) {
    const bookingId = await bookingOfJoinToken(db, sha256(joinToken));
    if (!bookingId) throw new HttpProblem(401, 'invalid_join_token', 'The Apptkit-Join token is not a join link of any booking; use the link from your confirmation e-mail.');
    return { kind: 'guest', bookingId };
  }
  const customer = await optionalCustomer(db, req, nowMs);
  if (customer) return { kind: 'customer', customerId: customer.id };
  throw new HttpProblem(
    401,
    'customer_required',
    'Identify yourself on a call: send Apptkit-Customer (signed-in client), Apptkit-Join (the booking’s join link) or Apptkit-Expert (the expert).',
  );
}

/** Whether `identity` is a party of `booking`: its expert, its customer, or the holder of its join token. */
export function isPartyOf(identity: CallIdentity, booking: CallBooking): boolean {
  switch (identity.kind) {
    case 'expert':
      return identity.expertId === booking.expertId;
    case 'guest':
      return identity.bookingId === booking.bookingId;
    case 'customer':
      return identity.customerId === booking.customerId;
  }
}

/** The role `identity` may join as: the expert as `expert`, anyone else as `client`. */
export const roleOf = (identity: CallIdentity): 'client' | 'expert' => (identity.kind === 'expert' ? 'expert' : 'client');
