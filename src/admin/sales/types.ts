/**
 * Public types of the sales report (`GET /v1/admin/reports/sales`). The rows and totals are
 * aliases of the wire types generated from openapi.yaml (src/wire).
 */
import type * as Wire from '../../wire/index.js';

/** The outcome of one payment attempt. */
export type PaymentAttemptStatus = Wire.PaymentAttemptStatus;

/**
 * One sale: a payment attempt (`id` is the attempt's; a purchase may have several) of a package or
 * credit-package purchase, or a free purchase (`method: 'free'`, `id` is the purchase's), with what
 * was sold (`kind`, `packageId`, current `packageTitle`; `expertId` is `null` for a credit package)
 * and the customer (`customerId`, `customerName`, `customerEmail`). `amount` is the money taken or
 * tried in the smallest unit of `currency` (0 for credits and free), `credits` the credits paid (or
 * `null`), `provider` `test`, `stripe`, `credits` or `none`, `failureCode` the provider's code of a
 * failed attempt, else `null`. `createdAt` is a UTC instant.
 */
export type SaleRow = Wire.SaleRow;

/**
 * Totals of one currency over the whole filtered range: money of succeeded and of failed card
 * attempts (minor units; money is never summed across currencies), rows counted whatever their
 * outcome (free purchases included), credits of succeeded credits payments.
 */
export type SalesTotal = Wire.SalesTotal;

/** Filters of the report; every filter is optional. */
export interface SalesFilter {
  /** Only rows at or after this instant (a `Date` or an ISO-8601 string with `Z` or an offset). */
  from?: Date | string;
  /** Only rows before this instant (exclusive); must be after `from`. */
  to?: Date | string;
  /** Only package sales of this expert (credit-package sales belong to no expert). */
  expertId?: string;
  status?: PaymentAttemptStatus;
  /** Page size, 1–200 (default 50). */
  limit?: number;
}

/** One page request: the filter and the previous page's cursor. */
export interface SalesQuery extends SalesFilter {
  /** The `nextCursor` of the previous page. */
  cursor?: string;
}

/**
 * One page of the report, newest first: the answer's `data` as `items`, the cursor of the next page
 * (`null` on the last page) and the `totals` per currency (ascending code), over the whole
 * filtered range rather than this page.
 */
export type SalesReportPage = Omit<Wire.SalesReport, 'data'> & { items: Wire.SalesReport['data'] };

/** What `admin.reports.salesCsv` writes: the filter of the report and the zone of local times. */
export interface SalesCsvOptions extends Omit<SalesFilter, 'limit'> {
  /** The IANA time zone of the local date-times, e.g. `"Europe/Berlin"`; named in the header. */
  timeZone: string;
}
