import { isoInstant } from '../scheduling/time.js';
import type { Queryable } from './database.js';
import type * as Wire from '../../../src/wire/index.js';

/** One row of the report, as openapi.yaml describes it. */
export type SaleRow = Wire.SaleRow;
/** The totals of one currency, as openapi.yaml describes them. */
export type SalesTotal = Wire.SalesTotal;
/** What an attempt's status filter accepts. */
export type AttemptStatus = Wire.PaymentAttemptStatus;

/** Filters of the sales report. */
export interface SalesFilter {
  /** Inclusive lower bound of the attempt's time, epoch ms. */
  fromMs?: number;
  /** Exclusive upper bound, epoch ms. */
  toMs?: number;
  expertId?: string;
  status?: AttemptStatus;
}

interface SaleDbRow {
  id: number | string;
  purchase_id: string;
  created_at: Date;
  customer_id: string;
  email: string;
  expert_id: string;
  package_id: string;
  method: 'card' | 'credits';
  provider: string;
  amount: number | string;
  currency: string;
  credits: number | string | null;
  status: AttemptStatus;
  failure_code: string | null;
}

function whereOf(filter: SalesFilter): { sql: string; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (condition: (n: number) => string, value: unknown) => {
    params.push(value);
    where.push(condition(params.length));
  };
  if (filter.fromMs !== undefined) add((n) => `a.created_at >= $${n}::timestamptz`, isoInstant(filter.fromMs));
  if (filter.toMs !== undefined) add((n) => `a.created_at < $${n}::timestamptz`, isoInstant(filter.toMs));
  if (filter.expertId !== undefined) add((n) => `p.expert_id = $${n}`, filter.expertId);
  if (filter.status !== undefined) add((n) => `a.status = $${n}`, filter.status);
  return { sql: where.length > 0 ? where.join(' AND ') : 'true', params };
}

const FROM = 'payment_attempts a JOIN purchases p ON p.id = a.purchase_id JOIN customers c ON c.id = a.customer_id';

/**
 * One page of payment attempts matching `filter`, newest first (by attempt id, which grows with
 * every insert), after the attempt `beforeId` when given.
 */
export async function salesPage(db: Queryable, filter: SalesFilter, page: { limit: number; beforeId?: number }): Promise<SaleRow[]> {
  const { sql, params } = whereOf(filter);
  const keyset = page.beforeId === undefined ? '' : ` AND a.id < $${params.length + 1}`;
  const all = page.beforeId === undefined ? params : [...params, page.beforeId];
  const { rows } = await db.query<SaleDbRow>(
    `SELECT a.id, a.purchase_id, a.created_at, a.customer_id, c.email, p.expert_id, p.package_id, a.method, a.provider,
       a.amount, p.currency, p.credits, a.status, a.failure_code
     FROM ${FROM} WHERE ${sql}${keyset} ORDER BY a.id DESC LIMIT ${page.limit}`,
    all,
  );
  return rows.map((row) => ({
    id: String(row.id),
    purchaseId: row.purchase_id,
    createdAt: isoInstant(row.created_at),
    customerId: row.customer_id,
    customerEmail: row.email,
    expertId: row.expert_id,
    packageId: row.package_id,
    method: row.method,
    provider: row.provider,
    amount: row.method === 'credits' ? 0 : Number(row.amount),
    currency: row.currency,
    credits: row.method === 'credits' ? Number(row.amount) : null,
    status: row.status,
    failureCode: row.failure_code,
  }));
}

/** Totals per currency over every attempt matching `filter` (not just one page), by currency code. */
export async function salesTotals(db: Queryable, filter: SalesFilter): Promise<SalesTotal[]> {
  const { sql, params } = whereOf(filter);
  const { rows } = await db.query<{ currency: string; succeeded: number | string; failed: number | string; count: number | string; credits: number | string }>(
    `SELECT p.currency,
       COALESCE(SUM(a.amount) FILTER (WHERE a.method = 'card' AND a.status = 'succeeded'), 0) AS succeeded,
       COALESCE(SUM(a.amount) FILTER (WHERE a.method = 'card' AND a.status = 'failed'), 0) AS failed,
       COUNT(*) AS count,
       COALESCE(SUM(a.amount) FILTER (WHERE a.method = 'credits' AND a.status = 'succeeded'), 0) AS credits
     FROM ${FROM} WHERE ${sql} GROUP BY p.currency ORDER BY p.currency`,
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
