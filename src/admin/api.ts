/**
 * The admin SDK as callers see it: its options, per-call options, queries and the
 * {@link AdminClient} interface. The wire shapes are in `types.ts`, aliases of the types generated
 * from openapi.yaml.
 */
import type { RetryOptions } from '../http/options.js';
import type { AppointmentPackage } from '../core/package.js';
import type * as Wire from '../wire/index.js';
import type { AvailabilityApi } from './availability/types.js';
import type { BookingsApi } from './bookings/api.js';
import type { NoShowsApi } from './no-shows/api.js';
import type { PurchasesApi } from './purchases/api.js';
import type { CampaignsApi } from './campaigns/api.js';
import type { CouponsApi } from './coupons/api.js';
import type { CreditPackagesApi } from './credit-packages/api.js';
import type { CustomersApi, CustomerTokensApi } from './customers/api.js';
import type { PhoneBalanceApi } from './phone-balance/api.js';
import type { ReportsApi } from './sales/api.js';
import type { SettingsApi } from './settings/api.js';
import type { WebhooksApi } from './webhooks/api.js';
import type { PackageWriteResult } from './warnings.js';
import type { PackageCreateInput, PackagePage } from './types.js';

/** Options of {@link createAdminClient}. */
export interface AdminClientOptions {
  /**
   * The tenant's API root, without `/v1`, e.g. `https://api.example.com`. Must be https, except on
   * loopback hosts (`localhost`, `127.0.0.1`, `[::1]`) for development.
   */
  baseUrl: string | URL;
  /**
   * The admin (secret) key, `sk_…`, sent as `Authorization: Bearer <key>`. A publishable `pk_…` key
   * is refused. Keep it on a server or in the memory of a trusted dashboard, never in a public page.
   */
  apiKey: string;
  /** A `fetch` to use instead of `globalThis.fetch`. */
  fetch?: typeof globalThis.fetch;
  /** Time allowed for each attempt to get an answer, in milliseconds. Default 10000. */
  timeoutMs?: number;
  /** Retry policy of reads (GET) on 408, 429, 5xx and network failures. Writes are never retried. */
  retry?: number | RetryOptions;
}

/** Per-call options. */
export interface AdminRequestOptions {
  /** Aborts the call; the returned promise then rejects with the signal's reason, untouched. */
  signal?: AbortSignal;
}

/** Filters of {@link AdminClient.packages}' listings; every filter is optional. */
export interface PackageFilter {
  expertId?: string;
  /** ISO 3166-1 alpha-2 code, e.g. `"DE"`. */
  country?: Wire.CountryCode;
  /** ISO 4217 code, e.g. `"EUR"`. */
  currency?: Wire.CurrencyCode;
}

/** A page request: filters plus the page size and the cursor of the previous page. */
export interface PackageListQuery extends PackageFilter {
  /** Page size, integer 1–200. Default 50 (the server's). */
  limit?: number;
  /** The `nextCursor` of the previous page; absent for the first page. */
  cursor?: string;
}

/** Options of a create. */
export interface CreateOptions extends AdminRequestOptions {
  /**
   * The `Idempotency-Key` to send. A new random key is made when absent; pass your own to retry a
   * create whose answer was lost without creating a second package.
   */
  idempotencyKey?: string;
}

/** Options of a write to an existing resource (a package, an availability): the version it was read at (sent as `If-Match`). */
export interface VersionOptions extends AdminRequestOptions {
  /** The `version` of what you read; a stale one rejects with a `VersionConflictError`. */
  version: number;
}

/**
 * The admin's typed view of the tenant API (`/v1/admin`). Every method validates its input before
 * sending (a bad input rejects with a `ValidationError` and sends nothing) and otherwise rejects
 * with an `ApiError` (a `VersionConflictError` on 412), `NetworkError`, `TimeoutError` or
 * `ResponseValidationError`, or with the abort reason of its `signal`.
 */
export interface AdminClient {
  readonly experts: {
    /** Every expert of the tenant. */
    list(options?: AdminRequestOptions): Promise<Wire.Expert[]>;
    /**
     * Every package of one expert in ascending `listingOrder` (ties by id), read in one consistent
     * snapshot (unlike paging through {@link AdminClient.packages.all}). Rejects 404 for an unknown expert.
     */
    packages(expertId: string, options?: AdminRequestOptions): Promise<AppointmentPackage[]>;
  };
  readonly packages: {
    /** One page of packages matching `query`. */
    list(query?: PackageListQuery, options?: AdminRequestOptions): Promise<PackagePage>;
    /**
     * Every page of packages matching `filter`, fetched one page after the other as you iterate.
     * `limit` sets the page size (default 200).
     */
    pages(filter?: PackageFilter & { limit?: number }, options?: AdminRequestOptions): AsyncIterableIterator<PackagePage>;
    /**
     * Every package matching `filter`, across pages, each id once (a package moved by a concurrent
     * reorder is not repeated).
     *
     * @example
     * for await (const pkg of admin.packages.all({ currency: 'EUR' })) console.log(pkg.title);
     */
    all(filter?: PackageFilter & { limit?: number }, options?: AdminRequestOptions): AsyncIterableIterator<AppointmentPackage>;
    /** One package; rejects with an `ApiError` of code `not_found` when there is none. */
    get(id: string, options?: AdminRequestOptions): Promise<AppointmentPackage>;
    /**
     * Creates a package (version 1), sent with an `Idempotency-Key`. The package is stored even
     * when it needs attention; it then resolves with `warnings` (e.g. `phone_balance_empty` for a
     * phone package while the phone balance is 0 USD).
     *
     * @example
     * const created = await admin.packages.create({ expertId: 'exp_1', ...input });
     * for (const warning of created.warnings ?? []) showNotice(warning.message);
     */
    create(input: PackageCreateInput, options?: CreateOptions): Promise<PackageWriteResult>;
    /** Changes some fields of a package read at `options.version`; resolves with version + 1 (and `warnings`, as `create`). */
    update(id: string, patch: Wire.AppointmentPackagePatch, options: VersionOptions): Promise<PackageWriteResult>;
    /**
     * Deletes a package read at `options.version`. A package that was bought cannot be deleted
     * (an `ApiError` of code `package_has_purchases`, status 409): {@link archive} it instead.
     */
    delete(id: string, options: VersionOptions): Promise<void>;
    /**
     * Takes a package read at `options.version` off sale: it leaves the public lists and cannot be
     * bought, while its purchases keep booking their sessions. Resolves with it at version + 1,
     * `archived: true`.
     *
     * @example
     * const archived = await admin.packages.archive(pkg.id, { version: pkg.version });
     */
    archive(id: string, options: VersionOptions): Promise<AppointmentPackage>;
    /** Puts an archived package read at `options.version` back on sale; resolves with it at version + 1 (no `archived`). */
    unarchive(id: string, options: VersionOptions): Promise<AppointmentPackage>;
    /**
     * Sets the order of an expert's packages, top to bottom. `ids` must list every package of the
     * expert exactly once (else the server answers 422 and changes nothing). Resolves with the
     * expert's packages in their new order.
     */
    reorder(expertId: string, ids: readonly string[], options?: AdminRequestOptions): Promise<AppointmentPackage[]>;
  };
  /** An expert's weekly rules, date overrides and blocked periods, replaced as a whole with its version. */
  readonly availability: AvailabilityApi;
  /** Credit packages: bundles of credits sold for money (CRUD with versions). */
  readonly creditPackages: CreditPackagesApi;
  /** Campaigns: gift credits and credit package discounts, each with a start, an end and an active flag. */
  readonly campaigns: CampaignsApi;
  /** Coupons: gift credits or a percentage discount, with generated codes or one named code. */
  readonly coupons: CouponsApi;
  /** Customer sign-in tokens, minted by a host site's backend. */
  readonly customerTokens: CustomerTokensApi;
  /** Customers: added by hand, listed with a search, read with their history; credits granted or deducted. */
  readonly customers: CustomersApi;
  /** The tenant's USD balance that pays for phone calls. */
  readonly phoneBalance: PhoneBalanceApi;
  /** The tenant's settings: its home country and currency, the booking policy and the reminder times. */
  readonly settings: SettingsApi;
  /** Customers' bookings, as the business changes them: cancel one, without a cut-off. */
  readonly bookings: BookingsApi;
  /** No-shows: the business's record, after a session, that its client never came. */
  readonly noShows: NoShowsApi;
  /** Package purchases, as the business refunds them: fully, or for their unused sessions. */
  readonly purchases: PurchasesApi;
  /** The sales report over purchases and their payment attempts. */
  readonly reports: ReportsApi;
  /** Webhook endpoints of the tenant's systems (signed events), their delivery log and resends. */
  readonly webhooks: WebhooksApi;
}
