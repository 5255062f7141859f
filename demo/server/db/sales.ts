/**
 * The sales report's queries. A row is a sale as the admin sees it: every payment attempt (of a
 * package purchase or of a credit-package purchase, whatever its outcome) plus every free purchase,
 * which records no attempt, plus every settled refund of a package purchase, dated when it was made
 * with its money or credits negative (as an accountant books a credit note), so that the rows add
 * up to what was kept. The rows are a UNION of the three, ordered newest first by
 * `(created_at, sort_key)`, where `sort_key` is the attempt id zero-padded (so text order is number
 * order), `f:` and the free purchase's id, or `r:` and the refund's id; all sort with the "C"
 * collation.
 */
import { isoInstant } from '../scheduling/time.js';
import type { Queryable } from './database.js';
import type * as Wire from '../../../src/wire/index.js';

/** One row of the report, as openapi.yaml describes it. */
export type SaleRow = Wire.SaleRow;
/** The totals of one currency, as openapi.yaml describes them. */
export type SalesTotal = Wire.SalesTotal;
/** What a row's status filter accepts. */
export type AttemptStatus = Wire.PaymentAttemptStatus;

/** Filters of the sales report. */
export interface SalesFilter {
  /** Inclusive lower bound of the row's time, epoch ms. */
  fromMs?: number;
  /** Exclusive upper bound, epoch ms. */
  toMs?: number;
  expertId?: string;
  status?: AttemptStatus;
}

/** Where a page starts: strictly after (older than) this row of the previous page. */
export interface SalesPosition {
  /** The row's `created_at`, as an ISO instant with microseconds. */
  createdAt: string;
  /** The row's `sort_key`. */
  sortKey: string;
}

/** The shape of a sort key: a zero-padded attempt id, `f:` and a free purchase's id, or `r:` and a refund's id. */
export const SALES_SORT_KEY = /^(?:\d{20}|f:pur_[a-z0-9_]{1,60}|r:rfd_[a-z0-9_]{1,60})$/;

interface SaleDbRow {
  id: string;
  sort_key: string;
  created_micros: string;
  kind: SaleRow['kind'];
  purchase_id: string;
  created_at: Date;
  customer_id: string;
  customer_name: string;
  email: string;
  expert_id: string | null;
  package_id: string;
  package_title: string | null;
  method: 'card' | 'credits' | 'free';
  provider: string;
  amount: number | string;
  currency: string;
  credits: number | string | null;
  status: AttemptStatus;
  failure_code: string | null;
  campaign_id: string | null;
  campaign_discount: number | string;
  coupon_id: string | null;
  coupon_code: string | null;
  coupon_discount: number | string;
}

/**
 * Every sale as one relation `s`: attempts (the product named through the package purchase or the
 * credit purchase), free purchases and settled refunds, with the campaign and coupon discounts of
 * their purchase (a free purchase and a refund have none). Credits paid by a credits attempt are
 * its `amount`, so the row's money is 0 and `credits` holds them; a refund's money and credits
 * are negative. A credit package may be deleted since (no foreign key): its title is then NULL.
 */
const SALES = `(
  SELECT a.id::text AS id, lpad(a.id::text, 20, '0') AS sort_key,
    CASE WHEN a.purchase_id IS NULL THEN 'credit_package' ELSE 'package' END AS kind,
    COALESCE(a.purchase_id, a.credit_purchase_id) AS purchase_id, a.created_at, a.customer_id,
    p.expert_id, COALESCE(p.package_id, cp.credit_package_id) AS package_id,
    COALESCE(pk.title, cpk.title) AS package_title, a.method, a.provider,
    CASE WHEN a.method = 'credits' THEN 0 ELSE a.amount END AS amount,
    COALESCE(p.currency, cp.currency) AS currency,
    CASE WHEN a.method = 'credits' THEN a.amount END AS credits, a.status, a.failure_code,
    cp.campaign_id, COALESCE(cp.discount, 0) AS campaign_discount, u.coupon_id, u.code AS coupon_code,
    COALESCE(u.discount, 0) AS coupon_discount
  FROM payment_attempts a
    LEFT JOIN purchases p ON p.id = a.purchase_id
    LEFT JOIN packages pk ON pk.id = p.package_id
    LEFT JOIN credit_purchases cp ON cp.id = a.credit_purchase_id
    LEFT JOIN credit_packages cpk ON cpk.id = cp.credit_package_id
    LEFT JOIN coupon_uses u ON u.purchase_id = a.purchase_id OR u.credit_purchase_id = a.credit_purchase_id
  UNION ALL
  SELECT p.id, 'f:' || p.id, 'package', p.id, p.created_at, p.customer_id, p.expert_id, p.package_id,
    pk.title, p.method, p.provider, p.amount, p.currency, NULL::bigint,
    CASE p.status WHEN 'paid' THEN 'succeeded' WHEN 'failed' THEN 'failed' ELSE 'requires_action' END,
    NULL::text, NULL::text, 0::bigint, NULL::text, NULL::text, 0::bigint
  FROM purchases p JOIN packages pk ON pk.id = p.package_id
  WHERE p.method = 'free'
  UNION ALL
  SELECT r.id, 'r:' || r.id, 'refund', r.purchase_id, r.created_at, p.customer_id, p.expert_id, p.package_id,
    pk.title, p.method, r.provider, -r.amount, r.currency, CASE WHEN p.method = 'credits' THEN -r.credits END,
    r.status, r.failure_code, NULL::text, 0::bigint, NULL::text, NULL::text, 0::bigint
  FROM refunds r JOIN purchases p ON p.id = r.purchase_id JOIN packages pk ON pk.id = p.package_id
  WHERE r.status <> 'pending'
) s JOIN customers c ON c.id = s.customer_id`;

function whereOf(filter: SalesFilter): { sql: string; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (condition: (n: number) => string, value: unknown) => {
    params.push(value);
    where.push(condition(params.length));
  };
  if (filter.fromMs !== undefined) add((n) => `s.created_at >= $${n}::timestamptz`, isoInstant(filter.fromMs));
  if (filter.toMs !== undefined) add((n) => `s.created_at < $${n}::timestamptz`, isoInstant(filter.toMs));
  if (filter.expertId !== undefined) add((n) => `s.expert_id = $${n}`, filter.expertId);
  if (filter.status !== undefined) add((n) => `s.status = $${n}`, filter.status);
  return { sql: where.length > 0 ? where.join(' AND ') : 'true', params };
}

/** One page of the report: the rows and where the next page starts (after the last row). */
export interface SalesPageRows {
  rows: SaleRow[];
  /** The position of each row, in the order of `rows`. */
  positions: SalesPosition[];
}

/**
 * One page of the sales matching `filter`, newest first (by `created_at`, then `sort_key`), after
 * `after` when given.
 */
export async function salesPage(db: Queryable, filter: SalesFilter, page: { limit: number; after?: SalesPosition }): Promise<SalesPageRows> {
  const { sql, params } = whereOf(filter);
  const all = [...params];
  let keyset = '';
  if (page.after) {
    all.push(page.after.createdAt, page.after.sortKey);
    const [at, key] = [all.length - 1, all.length];
    keyset = ` AND (s.created_at < $${at}::timestamptz OR (s.created_at = $${at}::timestamptz AND s.sort_key COLLATE "C" < $${key}))`;
  }
  const { rows } = await db.query<SaleDbRow>(
    `SELECT s.*, c.name AS customer_name, c.email,
       to_char(s.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS created_micros
     FROM ${SALES} WHERE ${sql}${keyset}
     ORDER BY s.created_at DESC, s.sort_key COLLATE "C" DESC LIMIT ${page.limit}`,
    all,
  );
  return {
    rows: rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      purchaseId: row.purchase_id,
      createdAt: isoInstant(row.created_at),
      customerId: row.customer_id,
      customerName: row.customer_name,
      customerEmail: row.email,
      expertId: row.expert_id,
      packageId: row.package_id,
      packageTitle: row.package_title,
      method: row.method,
      provider: row.provider,
      amount: Number(row.amount),
      currency: row.currency,
      credits: row.credits === null ? null : Number(row.credits),
      status: row.status,
      failureCode: row.failure_code,
      campaignId: row.campaign_id,
      campaignDiscount: Number(row.campaign_discount),
      couponId: row.coupon_id,
      couponCode: row.coupon_code,
      couponDiscount: Number(row.coupon_discount),
    })),
    positions: rows.map((row) => ({ createdAt: row.created_micros, sortKey: row.sort_key })),
  };
}

/**
 * Totals per currency over every row matching `filter` (not just one page), by currency code.
 * Money is summed per currency only; credits paid and free purchases add 0 to it. Succeeded
 * refunds (negative rows) come off `succeeded` and `credits`; failed ones add nothing.
 */
export async function salesTotals(db: Queryable, filter: SalesFilter): Promise<SalesTotal[]> {
  const { sql, params } = whereOf(filter);
  const { rows } = await db.query<{ currency: string; succeeded: number | string; failed: number | string; count: number | string; credits: number | string }>(
    `SELECT s.currency,
       COALESCE(SUM(s.amount) FILTER (WHERE s.method = 'card' AND s.status = 'succeeded'), 0) AS succeeded,
       COALESCE(SUM(s.amount) FILTER (WHERE s.method = 'card' AND s.status = 'failed' AND s.kind <> 'refund'), 0) AS failed,
       COUNT(*) AS count,
       COALESCE(SUM(s.credits) FILTER (WHERE s.method = 'credits' AND s.status = 'succeeded'), 0) AS credits
     FROM ${SALES} WHERE ${sql} GROUP BY s.currency ORDER BY s.currency COLLATE "C"`,
    params,
  );
  return rows.map((row) => ({
    currency: row.currency,
    succeeded: Number(row.succeeded),
    failed: Number(row.failed),
    count: Number(row.count),
    credits: Number(row.credits),
  }));
}
