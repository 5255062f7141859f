/**
 * Public types of the sales report (`GET /v1/admin/reports/sales`). The rows and totals are
 * aliases of the wire types generated from openapi.yaml (src/wire).
 */
import type * as Wire from '../../wire/index.js';

/** The outcome of one payment attempt. */
export type PaymentAttemptStatus = Wire.PaymentAttemptStatus;

/**
 * One payment attempt (`id`; a purchase may have several) with its purchase and customer: `amount`
 * taken or tried in the smallest unit of `currency` (0 for a credits payment), `credits` paid (or
 * `null` for a card payment), `provider` (`test`, `stripe` or `credits`) and the provider's
 * `failureCode` of a failed attempt, else `null`.
 */
export type SaleRow = Wire.SaleRow;

/**
 * Totals of one currency over the whole filtered range: money of succeeded and of failed card
 * attempts (minor units), attempts counted whatever their outcome, credits of succeeded credits
 * payments.
 */
export type SalesTotal = Wire.SalesTotal;

/** Filters of the report; every filter is optional. */
export interface SalesFilter {
  /** Only attempts at or after this instant (a `Date` or an ISO-8601 string with `Z` or an offset). */
  from?: Date | string;
  /** Only attempts before this instant (exclusive); must be after `from`. */
  to?: Date | string;
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
