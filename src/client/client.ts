/**
 * The widget's typed client for the tenant's public API (`/v1`).
 */
import { isCurrencyCode } from '../core/currencies.js';
import type { AppointmentPackage } from '../core/package.js';
import { parseAppointmentPackage, parseDataList, parseExpert, requireId, type Parser } from './contract.js';
import { resolveOptions } from './options.js';
import { createTransport } from './transport.js';
import type { Transport } from './transport.js';
import type { ApptClient, ClientOptions, PackageListQuery, RequestOptions } from './types.js';

function optionalCode(name: string, value: unknown, isValid: (code: unknown) => boolean, example: string): string | undefined {
  if (value === undefined) return undefined;
  if (!isValid(value)) {
    throw new RangeError(`${name} must be an uppercase ISO code such as "${example}" (got ${JSON.stringify(value) ?? String(value)}).`);
  }
  return value as string;
}

/** Ascending listingOrder, ties by id: the order of the expert page, whatever order the server used. */
export function byListingOrder(a: AppointmentPackage, b: AppointmentPackage): number {
  if (a.listingOrder !== b.listingOrder) return a.listingOrder - b.listingOrder;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Packages must match the filters asked for: a package in another currency would show a wrong price. */
function matchingFilters(query: { country?: string | undefined; currency?: string | undefined }): Parser<AppointmentPackage> {
  return (json, path, issues) => {
    const pkg = parseAppointmentPackage(json, path, issues);
    if (!pkg) return undefined;
    for (const field of ['country', 'currency'] as const) {
      const wanted = query[field];
      if (wanted !== undefined && pkg[field] !== wanted) {
        issues.push({ path: `${path}.${field}`, message: `expected "${wanted}" as filtered (got "${pkg[field]}").` });
        return undefined;
      }
    }
    return pkg;
  };
}

/** A country code as the server expects it; the server, not the widget, knows which codes are assigned. */
const isCountryFormat = (code: unknown): boolean => typeof code === 'string' && /^[A-Z]{2}$/.test(code);

/**
 * The scheduling methods (slots and holds) load on first use: showing a package list does not
 * need them, and the widget's first load has a 20 KB budget. One import per client.
 */
function lazyScheduling(transport: Transport): Pick<ApptClient, 'slots' | 'holds'> {
  let loading: Promise<Pick<ApptClient, 'slots' | 'holds'>> | undefined;
  const load = () =>
    (loading ??= import('./slots.js').then(
      (module) => ({ slots: module.createSlotsApi(transport), holds: module.createHoldsApi(transport) }),
      (cause: unknown) => {
        loading = undefined;
        throw new Error('apptkit: the scheduling part of the client could not be loaded.', { cause });
      },
    ));
  return {
    slots: Object.freeze({ list: async (query, options) => (await load()).slots.list(query, options) }),
    holds: Object.freeze({
      create: async (input, options) => (await load()).holds.create(input, options),
      get: async (hold, options) => (await load()).holds.get(hold, options),
      release: async (hold, options) => (await load()).holds.release(hold, options),
    }),
  };
}

/** The call methods load on first use too: only a page with a call launcher needs them. */
function lazyCalls(transport: Transport): Pick<ApptClient, 'calls'> {
  let loading: Promise<ApptClient['calls']> | undefined;
  const load = () =>
    (loading ??= import('./calls.js').then(
      (module) => module.createCallsApi(transport),
      (cause: unknown) => {
        loading = undefined;
        throw new Error('apptkit: the call part of the client could not be loaded.', { cause });
      },
    ));
  return {
    calls: Object.freeze({
      join: async (bookingId, input, options) => (await load()).join(bookingId, input, options),
      state: async (bookingId, credentials, options) => (await load()).state(bookingId, credentials, options),
      end: async (bookingId, credentials, options) => (await load()).end(bookingId, credentials, options),
    }),
  };
}

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
 * const call = await client.calls.join('bk_1', { role: 'client', joinToken });
 */
export function createClient(options: ClientOptions): ApptClient {
  const transport = createTransport(resolveOptions(options));

  const experts: ApptClient['experts'] = Object.freeze({
    list: ({ signal }: RequestOptions = {}) =>
      transport.request({ method: 'GET', path: 'v1/experts', signal, parse: parseDataList(parseExpert) }),
    get: async (expertId: string, { signal }: RequestOptions = {}) =>
      transport.request({
        method: 'GET',
        path: `v1/experts/${encodeURIComponent(requireId('expertId', expertId))}`,
        signal,
        parse: parseExpert,
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
        parse: parseDataList(matchingFilters({ country, currency })),
      });
      return list.sort(byListingOrder);
    },
  });

  return Object.freeze({ experts, packages, ...lazyScheduling(transport), ...lazyCalls(transport) });
}
