import { isApiError } from '../../client/errors.js';
import type { CustomerSession } from '../../context/customer-session.js';

/** What {@link asCustomer} resolves to when there is no signed-in customer to act for. */
export const SIGNED_OUT = Symbol('signed out');

/** Whether the server said the request needs a signed-in customer (401 `customer_required` / `invalid_customer_token`). */
export function isSignedOutError(error: unknown): boolean {
  return isApiError(error) && error.status === 401 && (error.code === 'invalid_customer_token' || error.code === 'customer_required');
}

/** Whether nobody is signed in, known without asking anyone: no token, and no provider worth asking. */
export function isSignedOut(session: CustomerSession): boolean {
  return session.signedOut;
}

/**
 * Runs `request` (which sends the session's token through the client) for the signed-in
 * customer. Without a token at hand it asks the session's provider. When the server refuses the
 * token (401 `invalid_customer_token`) it renews the token once and tries again; refused again,
 * the token is forgotten. Resolves {@link SIGNED_OUT} whenever there is no customer to act for
 * (and from then on the provider is not asked until a token works); any other failure rejects.
 */
export async function asCustomer<T>(session: CustomerSession, request: () => Promise<T>): Promise<T | typeof SIGNED_OUT> {
  const ask = !session.providerPaused;
  const token = ask ? await session.current() : session.token;
  if (!token) return signedOut(session);
  try {
    return await request();
  } catch (error) {
    if (!isSignedOutError(error)) throw error;
    const renewable = ask && isApiError(error) && error.code === 'invalid_customer_token';
    if (!renewable || !(await session.renew())) return signedOut(session);
  }
  try {
    return await request();
  } catch (error) {
    if (!isSignedOutError(error)) throw error;
    return signedOut(session);
  }
}

/** The provider had nothing the server accepts: not asked again (by any element sharing the session) until a token works. */
function signedOut(session: CustomerSession): typeof SIGNED_OUT {
  session.signOut();
  return SIGNED_OUT;
}
