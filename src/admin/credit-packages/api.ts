/**
 * `admin.creditPackages`: CRUD of credit packages over `/v1/admin/credit-packages`, on the admin
 * client's transport. Inputs are checked with the same rules as the server's before sending.
 */
import { parseDataList } from '../../http/contract.js';
import type { FieldError } from '../../core/package.js';
import { isCountryCode } from '../../core/countries.js';
import { isCurrencyCode } from '../../core/currencies.js';
import type { Send } from '../availability/api.js';
import { ifMatch, requireId, requireVersion, shown } from '../args.js';
import { ValidationError } from '../errors.js';
import { idempotencyKeyOf } from '../idempotency.js';
import { parseEmpty } from '../parse.js';
import { parseCreditPackage } from './parse.js';
import type { CreditPackage, CreditPackageInput } from '../../core/credit-package.js';
import { validateCreditPackage, validateCreditPackagePatch } from '../../core/validate-credit-package.js';
import type { AdminRequestOptions, CreateOptions, VersionOptions } from '../types.js';
import type { CountryCode, CurrencyCode } from '../../wire/index.js';

/** Filters of `admin.creditPackages.list`. */
export interface CreditPackageFilter {
  /** ISO 3166-1 alpha-2 code. */
  country?: CountryCode;
  /** ISO 4217 code. */
  currency?: CurrencyCode;
  /** Only active (`true`) or only inactive (`false`) ones; both when absent. */
  active?: boolean;
}

/** `admin.creditPackages`: bundles of credits sold for money. */
export interface CreditPackagesApi {
  /** Every credit package matching `filter`, in ascending `listingOrder` (ties by id). */
  list(filter?: CreditPackageFilter, options?: AdminRequestOptions): Promise<CreditPackage[]>;
  /** One credit package; rejects with an `ApiError` of code `not_found` when there is none. */
  get(id: string, options?: AdminRequestOptions): Promise<CreditPackage>;
  /** Creates a credit package (version 1), sent with an `Idempotency-Key`. */
  create(input: CreditPackageInput, options?: CreateOptions): Promise<CreditPackage>;
  /** Changes some fields of a credit package read at `options.version`; resolves with version + 1. */
  update(id: string, patch: Partial<CreditPackageInput>, options: VersionOptions): Promise<CreditPackage>;
  /** Deletes a credit package read at `options.version`. */
  delete(id: string, options: VersionOptions): Promise<void>;
}

function checkFilter(filter: CreditPackageFilter): Record<string, string | undefined> {
  if (typeof filter !== 'object' || filter === null) throw new TypeError('The credit package filter must be an object.');
  const { country, currency, active } = filter;
  const errors: FieldError[] = [];
  if (country !== undefined && !isCountryCode(country)) {
    errors.push({ field: 'country', code: 'invalid_country', message: `country must be an ISO 3166-1 alpha-2 country code such as "DE" (got ${shown(country)}).` });
  }
  if (currency !== undefined && !isCurrencyCode(currency)) {
    errors.push({ field: 'currency', code: 'invalid_currency', message: `currency must be an active ISO 4217 currency code such as "EUR" (got ${shown(currency)}).` });
  }
  if (active !== undefined && typeof active !== 'boolean') {
    errors.push({ field: 'active', code: 'invalid_type', message: `active must be true or false (got ${shown(active)}).` });
  }
  if (errors.length > 0) throw new ValidationError('The credit package filter', errors);
  return { country, currency, active: active === undefined ? undefined : String(active) };
}

const itemPath = (id: string) => `v1/admin/credit-packages/${encodeURIComponent(requireId('id', id))}`;

/** The credit package methods of an admin client, sending through `send`. */
export function createCreditPackagesApi(send: Send): CreditPackagesApi {
  return Object.freeze({
    list: async (filter: CreditPackageFilter = {}, { signal }: AdminRequestOptions = {}) =>
      send({ method: 'GET', path: 'v1/admin/credit-packages', search: checkFilter(filter), signal, parse: parseDataList(parseCreditPackage) }),
    get: async (id: string, { signal }: AdminRequestOptions = {}) => send({ method: 'GET', path: itemPath(id), signal, parse: parseCreditPackage }),
    create: async (input: CreditPackageInput, { signal, idempotencyKey }: CreateOptions = {}) => {
      const result = validateCreditPackage(input);
      if (!result.ok) throw new ValidationError('The credit package', result.errors);
      const key = idempotencyKeyOf(idempotencyKey);
      return send({ method: 'POST', path: 'v1/admin/credit-packages', json: result.value, headers: { 'idempotency-key': key }, signal, parse: parseCreditPackage });
    },
    update: async (id: string, patch: Partial<CreditPackageInput>, options: VersionOptions) => {
      const path = itemPath(id);
      const version = requireVersion(options, "the credit package's");
      const result = validateCreditPackagePatch(patch);
      if (!result.ok) throw new ValidationError('The credit package update', result.errors);
      return send({ method: 'PATCH', path, json: result.value, headers: ifMatch(version), signal: options.signal, parse: parseCreditPackage });
    },
    delete: async (id: string, options: VersionOptions) => {
      const path = itemPath(id);
      const version = requireVersion(options, "the credit package's");
      await send({ method: 'DELETE', path, headers: ifMatch(version), signal: options.signal, parse: parseEmpty });
    },
  } satisfies CreditPackagesApi);
}
