/**
 * The widget's typed client for the tenant's public API (`/v1`).
 */
import { isCurrencyCode } from '../core/currencies.js';
import { byListingOrder } from '../core/listing-order.js';
import { requireId } from '../http/require-id.js';
import { isCountryFormat, optionalCode } from './list-filters.js';
import { resolveOptions } from './options.js';
import { lazyPart } from './lazy.js';
import { createTransport } from '../http/transport.js';
import type { ApptClient, ClientOptions, PackageListQuery, RequestOptions } from './types.js';
import type { CheckoutApi } from './checkout.js';

/**
 * Creates the client of one tenant API. Options are checked now (a `TypeError` names a bad one).
 * Every method rejects with an `ApiError`, `NetworkError`, `TimeoutError` or
 * `ResponseValidationError`, or with the abort reason of its `signal`.
 *
 * @example
 * const client = createClient({ baseUrl: 'https://api.example.com', publishableKey: 'pk_live_123' });
 * const packages = await client.packages.list({ expertId: 'exp_1', currency: 'EUR' });
 * const { slots } = await client.slots.list({ expertId: 'exp_1', packageId: packages[0].id, from, to });
 * const hold = await client.holds.create({ expertId: 'exp_1', packageId: packages[0].id, starts: [slots[0].start] });
 * const receipt = await client.purchases.create({ packageId: packages[0].id, method: 'credits', holdId: hold.id, holdToken: hold.token });
 * const call = await client.calls.join('bk_1', { role: 'client', joinToken });
 * await client.bookings.reschedule('bk_1', { start: slots[1].start }, { joinToken });
 */
export function createClient(options: ClientOptions): ApptClient {
  const transport = createTransport(resolveOptions(options));
  // The readers of the listing answers (and valibot) load while the request is on the way, in
  // their own chunk: the first load carries neither.
  const listing = () => import('./listing.js');

  const experts: ApptClient['experts'] = Object.freeze({
    list: ({ signal }: RequestOptions = {}) =>
      transport.request({ method: 'GET', path: 'v1/experts', signal, parse: listing().then((m) => m.readExperts) }),
    get: async (expertId: string, { signal }: RequestOptions = {}) =>
      transport.request({
        method: 'GET',
        path: `v1/experts/${encodeURIComponent(requireId('expertId', expertId))}`,
        signal,
        parse: listing().then((m) => m.readExpert),
      }),
  });

  const packages: ApptClient['packages'] = Object.freeze({
    list: async (query: PackageListQuery, { signal }: RequestOptions = {}) => {
      if (typeof query !== 'object' || query === null) throw new TypeError('packages.list needs a query { expertId }.');
      const expertId = requireId('expertId', query.expertId);
      const country = optionalCode('country', query.country, isCountryFormat, 'DE');
      const currency = optionalCode('currency', query.currency, isCurrencyCode, 'EUR');
      const list = await transport.request({
        method: 'GET',
        path: `v1/experts/${encodeURIComponent(expertId)}/packages`,
        search: { country, currency },
        signal,
        parse: listing().then((m) => m.readPackages({ country, currency })),
      });
      return list.sort(byListingOrder);
    },
  });

  // Parts a page may never use load on first call, each in its own chunk: scheduling (slots, holds)
  // for the slot picker, checkout (customer, purchases, bookings, credits, sign-in), and calls.
  const scheduling = lazyPart<Pick<ApptClient, 'slots' | 'holds'>>(
    'scheduling',
    () => import('./slots.js').then((m) => ({ slots: m.createSlotsApi(transport), holds: m.createHoldsApi(transport) })),
    { slots: { list: true }, holds: { create: true, get: true, release: true } },
  );
  // The changes of a booking (read, cancel, move) load with it: they share its argument checks.
  const checkout = lazyPart<CheckoutApi>(
    'checkout',
    () => import('./checkout-part.js').then((m) => m.createCheckoutPart(transport)),
    {
      me: { get: true, bookings: true },
      payments: { config: true },
      purchases: { create: true, confirm: true },
      bookings: { create: true, get: true, cancel: true, reschedule: true },
      creditPackages: { list: true, purchase: true, confirm: true },
      coupons: { quote: true },
      signIn: { requestCode: true, verify: true },
    },
  );
  const calls = lazyPart<Pick<ApptClient, 'calls'>>(
    'call',
    () => import('./calls.js').then((m) => ({ calls: m.createCallsApi(transport) })),
    { calls: { join: true, state: true, end: true } },
  );

  return Object.freeze({ experts, packages, ...scheduling, ...checkout, ...calls });
}
