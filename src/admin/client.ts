/**
 * The headless admin SDK's HTTP client for `/v1/admin`: package CRUD, paging and reorder,
 * availability, credit packages, customer tokens and credits, the phone balance, the settings
 * (booking policy, reminders), cancelling bookings, no-shows, refunds, the sales report and webhooks, on the transport the widget's client uses too (`src/http`: ky, timeouts, GET retries,
 * the shared errors).
 */
import { parseAppointmentPackage, parseDataList, parseExpert } from '../http/contract.js';
import { checkApiKey, resolveTransportOptions, type KeyRule } from '../http/options.js';
import { createTransport, type TransportRequest } from '../http/transport.js';
import { byListingOrder } from '../core/listing-order.js';
import type { AppointmentPackageInput, FieldError } from '../core/package.js';
import { isCountryCode } from '../core/countries.js';
import { isCurrencyCode } from '../core/currencies.js';
import { validatePackage, validatePackagePatch } from '../core/validate-package.js';
import { ifMatch, requireId, requireVersion, shown } from './args.js';
import { createAvailabilityApi } from './availability/api.js';
import { createBookingsApi } from './bookings/api.js';
import { createNoShowsApi } from './no-shows/api.js';
import { createPurchasesApi } from './purchases/api.js';
import { ValidationError, withConflictVersion } from './errors.js';
import { idempotencyKeyOf } from './idempotency.js';
import { parseEmpty, parsePage } from './parse.js';
import { createCampaignsApi } from './campaigns/api.js';
import { createCouponsApi } from './coupons/api.js';
import { createCreditPackagesApi } from './credit-packages/api.js';
import { createCustomersApi, createCustomerTokensApi } from './customers/api.js';
import { createPhoneBalanceApi } from './phone-balance/api.js';
import { createSettingsApi } from './settings/api.js';
import { createReportsApi } from './sales/api.js';
import { createWebhooksApi } from './webhooks/api.js';
import { parsePackageWrite } from './warnings.js';
import type { AdminClient, AdminClientOptions, PackageFilter, PackageListQuery, PackagePage } from './types.js';

/** The admin key: secret, never a publishable one. */
const ADMIN_KEY_RULE: KeyRule = {
  example: 'sk_live_…',
  refused: 'pk_',
  why: 'must be an admin (secret) key (sk_…): a publishable pk_ key cannot use the admin API.',
};

/** Page size bounds of `GET /v1/admin/packages`. */
const PAGE_SIZE = { min: 1, max: 200 } as const;

/** Checks the filters and page options of a listing; throws a {@link ValidationError} naming each bad one. */
function checkQuery(query: PackageListQuery): Record<string, string | undefined> {
  if (typeof query !== 'object' || query === null) throw new TypeError('The listing query must be an object.');
  const errors: FieldError[] = [];
  const { expertId, country, currency, limit, cursor } = query;
  if (expertId !== undefined && (typeof expertId !== 'string' || expertId.trim() === '')) {
    errors.push({ field: 'expertId', code: 'too_short', message: `expertId must be a non-empty string (got ${shown(expertId)}).` });
  }
  if (country !== undefined && !isCountryCode(country)) {
    errors.push({ field: 'country', code: 'invalid_country', message: `country must be an ISO 3166-1 alpha-2 country code such as "DE" (got ${shown(country)}).` });
  }
  if (currency !== undefined && !isCurrencyCode(currency)) {
    errors.push({ field: 'currency', code: 'invalid_currency', message: `currency must be an active ISO 4217 currency code such as "EUR" (got ${shown(currency)}).` });
  }
  if (limit !== undefined && (!Number.isInteger(limit) || limit < PAGE_SIZE.min || limit > PAGE_SIZE.max)) {
    errors.push({ field: 'limit', code: 'out_of_range', message: `limit must be an integer from ${PAGE_SIZE.min} to ${PAGE_SIZE.max} (got ${shown(limit)}).` });
  }
  if (cursor !== undefined && (typeof cursor !== 'string' || cursor === '')) {
    errors.push({ field: 'cursor', code: 'invalid_cursor', message: 'cursor must be a nextCursor value returned by a previous page.' });
  }
  if (errors.length > 0) throw new ValidationError('The listing query', errors);
  return { expertId, country, currency, limit: limit === undefined ? undefined : String(limit), cursor };
}

/** Validates a create body with core's `validatePackage` plus `expertId`; every problem at once. */
function checkCreate(input: unknown): { expertId: string } & AppointmentPackageInput {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new ValidationError('The package', [{ field: '', code: 'invalid_type', message: 'A package must be an object.' }]);
  }
  const { expertId, ...rest } = input as Record<string, unknown>;
  const errors: FieldError[] = [];
  if (typeof expertId !== 'string' || expertId.trim() === '') {
    errors.push({ field: 'expertId', code: expertId === undefined ? 'required' : 'invalid_type', message: `expertId must be the id of the expert selling the package (got ${shown(expertId)}).` });
  }
  const result = validatePackage(rest);
  if (!result.ok) errors.push(...result.errors);
  if (errors.length > 0 || !result.ok) throw new ValidationError('The package', errors);
  return { expertId: expertId as string, ...result.value };
}

/** Validates reorder ids: an array of distinct non-empty strings (completeness is the server's check). */
function checkIds(ids: unknown): string[] {
  if (!Array.isArray(ids)) {
    throw new ValidationError('The package order', [{ field: 'ids', code: 'invalid_type', message: 'ids must be an array of package ids, top to bottom.' }]);
  }
  const errors: FieldError[] = [];
  const seen = new Map<string, number>();
  ids.forEach((id: unknown, index) => {
    const field = `ids[${index}]`;
    if (typeof id !== 'string' || id.trim() === '') {
      errors.push({ field, code: 'invalid_type', message: `${field} must be a package id (got ${shown(id)}).` });
    } else if (seen.has(id)) {
      errors.push({ field, code: 'duplicate', message: `${field} repeats "${id}", already listed at ids[${seen.get(id)}].` });
    } else {
      seen.set(id, index);
    }
  });
  if (errors.length > 0) throw new ValidationError('The package order', errors);
  return ids as string[];
}

const packagePath = (id: string) => `v1/admin/packages/${encodeURIComponent(requireId('id', id))}`;

/**
 * Creates the admin client of one tenant API. Options are checked now: a `TypeError` names a bad
 * one, and a publishable `pk_…` key is refused.
 *
 * @example
 * const admin = createAdminClient({ baseUrl: 'https://api.example.com', apiKey: process.env.APPTKIT_ADMIN_KEY! });
 * const created = await admin.packages.create({ expertId: 'exp_1', ...input });
 * await admin.packages.update(created.id, { fee: 9900 }, { version: created.version });
 */
export function createAdminClient(options: AdminClientOptions): AdminClient {
  if (typeof options !== 'object' || options === null) {
    throw new TypeError(`createAdminClient options must be an object (got ${shown(options)}).`);
  }
  const transport = createTransport(
    resolveTransportOptions(
      { baseUrl: options.baseUrl, fetch: options.fetch, timeoutMs: options.timeoutMs, retry: options.retry },
      checkApiKey('apiKey', options.apiKey, ADMIN_KEY_RULE),
    ),
  );
  /** Sends one request; a 412 becomes a VersionConflictError with the current version. */
  const send = async <T>(request: TransportRequest<T>): Promise<T> => {
    try {
      return await transport.request(request);
    } catch (error) {
      throw withConflictVersion(error);
    }
  };

  const list = async (query: PackageListQuery = {}, { signal }: { signal?: AbortSignal } = {}): Promise<PackagePage> =>
    send({ method: 'GET', path: 'v1/admin/packages', search: checkQuery(query), signal, parse: parsePage });

  async function* pages(filter: PackageFilter & { limit?: number } = {}, { signal }: { signal?: AbortSignal } = {}) {
    const query: PackageListQuery = { limit: PAGE_SIZE.max, ...filter };
    checkQuery(query);
    let cursor: string | undefined;
    do {
      const page = await list({ ...query, ...(cursor ? { cursor } : {}) }, signal ? { signal } : {});
      yield page;
      cursor = page.nextCursor ?? undefined;
    } while (cursor !== undefined);
  }

  async function* all(filter: PackageFilter & { limit?: number } = {}, options: { signal?: AbortSignal } = {}) {
    const seen = new Set<string>();
    for await (const page of pages(filter, options)) {
      for (const pkg of page.items) {
        if (seen.has(pkg.id)) continue;
        seen.add(pkg.id);
        yield pkg;
      }
    }
  }

  const experts: AdminClient['experts'] = Object.freeze({
    list: async ({ signal }: { signal?: AbortSignal } = {}) =>
      send({ method: 'GET', path: 'v1/experts', signal, parse: parseDataList(parseExpert) }),
    packages: async (expertId: string, { signal }: { signal?: AbortSignal } = {}) => {
      const path = `v1/experts/${encodeURIComponent(requireId('expertId', expertId))}/packages`;
      const items = await send({ method: 'GET', path, signal, parse: parseDataList(parseAppointmentPackage) });
      return items.sort(byListingOrder);
    },
  });

  const packages: AdminClient['packages'] = Object.freeze({
    list,
    pages,
    all,
    get: async (id: string, { signal }: { signal?: AbortSignal } = {}) =>
      send({ method: 'GET', path: packagePath(id), signal, parse: parseAppointmentPackage }),
    create: async (input, { signal, idempotencyKey } = {}) => {
      const body = checkCreate(input);
      const key = idempotencyKeyOf(idempotencyKey);
      return send({
        method: 'POST',
        path: 'v1/admin/packages',
        json: body,
        headers: { 'idempotency-key': key },
        signal,
        parse: parsePackageWrite,
      });
    },
    update: async (id, patch, options) => {
      const path = packagePath(id);
      const version = requireVersion(options, "the package's");
      const result = validatePackagePatch(patch);
      if (!result.ok) throw new ValidationError('The package update', result.errors);
      return send({ method: 'PATCH', path, json: result.value, headers: ifMatch(version), signal: options.signal, parse: parsePackageWrite });
    },
    delete: async (id, options) => {
      const path = packagePath(id);
      const version = requireVersion(options, "the package's");
      await send({ method: 'DELETE', path, headers: ifMatch(version), signal: options.signal, parse: parseEmpty });
    },
    archive: async (id, options) => {
      const path = `${packagePath(id)}/archive`;
      const version = requireVersion(options, "the package's");
      return send({ method: 'POST', path, headers: ifMatch(version), signal: options.signal, parse: parseAppointmentPackage });
    },
    unarchive: async (id, options) => {
      const path = `${packagePath(id)}/unarchive`;
      const version = requireVersion(options, "the package's");
      return send({ method: 'POST', path, headers: ifMatch(version), signal: options.signal, parse: parseAppointmentPackage });
    },
    reorder: async (expertId, ids, { signal } = {}) => {
      const path = `v1/admin/experts/${encodeURIComponent(requireId('expertId', expertId))}/package-order`;
      const body = { ids: checkIds(ids) };
      return send({ method: 'PUT', path, json: body, signal, parse: parseDataList(parseAppointmentPackage) });
    },
  });

  return Object.freeze({
    experts,
    packages,
    availability: createAvailabilityApi(send),
    creditPackages: createCreditPackagesApi(send),
    campaigns: createCampaignsApi(send),
    coupons: createCouponsApi(send),
    customerTokens: createCustomerTokensApi(send),
    customers: createCustomersApi(send),
    phoneBalance: createPhoneBalanceApi(send),
    settings: createSettingsApi(send),
    bookings: createBookingsApi(send),
    noShows: createNoShowsApi(send),
    purchases: createPurchasesApi(send),
    reports: createReportsApi(send),
    webhooks: createWebhooksApi(send),
  });
}

