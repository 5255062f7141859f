import { initialState } from '@lit/task';
import type { ApptClient } from '../../client/index.js';
import type { CreditOffer, CreditOfferQuery, Customer } from '../../client/types.js';
import { ConfigurationError } from '../base/configuration-error.js';
import type { CustomerSession } from '../../context/customer-session.js';
import { asCustomer, isSignedOut, SIGNED_OUT } from '../customer/as-customer.js';
import type { SessionEpoch } from '../customer/session-epoch.js';
import { oneMarket } from './offers.js';

/** What `<appt-credits>` shows once it knows: signed out, or the customer with the credit packages on sale. */
export type CreditsView = { kind: 'signed-out' } | { kind: 'loaded'; customer: Customer; offers: CreditOffer[] };

/** What the load depends on: a change of any loads again. */
export type LoadArgs = readonly [
  client: ApptClient | Error | undefined,
  session: CustomerSession,
  sessionChanges: number,
  country: string,
  currency: string,
  problem: string,
];

/**
 * Loads the customer and the credit packages of one market at once; signed out (or refused), the
 * sign-in view. A set-up `problem` or a failed client throws; without a client yet, it waits.
 */
export async function loadCredits(
  [client, session, , country, currency, problem]: LoadArgs,
  epoch: SessionEpoch,
  signal: AbortSignal,
): Promise<CreditsView | typeof initialState> {
  if (problem) throw new ConfigurationError(problem);
  if (client instanceof Error) throw client;
  if (isSignedOut(session)) return { kind: 'signed-out' };
  if (!client) return initialState; // Waiting for a context provider that may upgrade later.
  const query: CreditOfferQuery = { ...(country ? { country } : {}), ...(currency ? { currency } : {}) };
  const offers = client.creditPackages.list(query, { signal });
  offers.catch(() => undefined); // Awaited below, unless nobody is signed in.
  const customer = await epoch.act(() => asCustomer(session, () => client.me.get({ signal })));
  if (customer === SIGNED_OUT) return { kind: 'signed-out' };
  return { kind: 'loaded', customer, offers: oneMarket(await offers) };
}
