/** Public types of the sales report (`GET /v1/admin/reports/sales`). */

/** The outcome of one payment attempt. */
export type PaymentAttemptStatus = 'succeeded' | 'failed' | 'requires_action';

/** One payment attempt with its purchase and customer. */
export interface SaleRow {
  /** The payment attempt's id (a purchase may have several attempts). */
  id: string;
  purchaseId: string;
  /** ISO-8601 UTC instant of the attempt. */
  createdAt: string;
  customerId: string;
  customerEmail: string;
  expertId: string;
  packageId: string;
  method: 'card' | 'credits';
  /** `test` (offline test mode), `stripe`, or `credits`. */
  provider: string;
  /** Money taken or tried, in the smallest unit of `currency`; 0 for a credits payment. */
  amount: number;
  /** The purchase's ISO 4217 currency. */
  currency: string;
  /** Credits paid, or `null` for a card payment. */
  credits: number | null;
  status: PaymentAttemptStatus;
  /** The provider's failure code of a failed attempt, else `null`. */
  failureCode: string | null;
}

/** Totals of one currency over the whole filtered range. */
export interface SalesTotal {
  currency: string;
  /** Money of succeeded card attempts, in minor units. */
  succeeded: number;
  /** Money of failed card attempts, in minor units. */
  failed: number;
  /** Attempts counted, whatever their outcome. */
  count: number;
  /** Credits of succeeded credits payments. */
  credits: number;
}

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

/** One page of the report, newest first. */
export interface SalesReportPage {
  items: SaleRow[];
  /** The cursor of the next page, or `null` on the last page. */
  nextCursor: string | null;
  /** Per currency (ascending code), over the whole filtered range rather than this page. */
  totals: SalesTotal[];
}
