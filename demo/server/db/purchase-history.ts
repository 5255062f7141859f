/**
 * The customer's purchase history for "my bookings" (openapi.yaml's `MyBookings.pastPurchases`):
 * purchases of packages with nothing left to book (every session used or refunded) and refunded
 * ones, and paid purchases of credits, newest first, each with what its receipt says: the title,
 * the coupon it used and what its refunds gave back.
 */
import { isoInstant } from '../scheduling/time.js';
import type { Queryable } from './database.js';
import { purchaseOfRow, type PublicPurchaseRow } from './purchases.js';
import type * as Wire from '../../../src/wire/index.js';

/** One purchase of the history, by `kind`. */
export type PastPurchase = Wire.Schema<'PastPurchase'>;

/** How many purchases the history shows at most (openapi.yaml's `MyBookings.pastPurchases`). */
export const PAST_PURCHASES_LIMIT = 50;

/** The coupon columns both queries read (`NULL` without a coupon). */
interface CouponColumns {
  coupon_code: string | null;
  coupon_discount: number | string | null;
  coupon_gift_credits: number | string | null;
}

interface PackageRow extends PublicPurchaseRow, CouponColumns {
  title: string;
  refunds: number | string;
  refunded_amount: number | string;
  refunded_credits: number | string;
}

interface CreditRow extends CouponColumns {
  id: string;
  customer_id: string;
  credit_package_id: string;
  status: 'paid';
  amount: number | string;
  currency: string;
  credits: number | string;
  provider: string;
  created_at: Date;
  campaign_id: string | null;
  title: string | null;
}

const COUPON_COLUMNS = 'u.code AS coupon_code, u.discount AS coupon_discount, u.gift_credits AS coupon_gift_credits';

/** The `coupon` of a row, or nothing. */
const couponOf = (row: CouponColumns): { coupon?: Wire.Schema<'CouponApplied'> } =>
  row.coupon_code === null
    ? {}
    : {
        coupon: {
          code: row.coupon_code,
          discount: Number(row.coupon_discount ?? 0),
          ...(row.coupon_gift_credits === null ? {} : { giftCredits: Number(row.coupon_gift_credits) }),
        },
      };

async function pastPackagePurchases(db: Queryable, customerId: string, limit: number): Promise<PastPurchase[]> {
  const { rows } = await db.query<PackageRow>(
    `SELECT p.id, p.customer_id, p.package_id, p.expert_id, p.method, p.status, p.amount, p.currency, p.credits, p.provider,
       p.sessions_total, p.sessions_used, p.sessions_refunded, p.created_at, k.title, ${COUPON_COLUMNS},
       r.refunds, r.refunded_amount, r.refunded_credits
     FROM purchases p JOIN packages k ON k.id = p.package_id
     LEFT JOIN coupon_uses u ON u.purchase_id = p.id
     CROSS JOIN LATERAL (
       SELECT count(*) AS refunds, COALESCE(SUM(f.amount), 0) AS refunded_amount, COALESCE(SUM(f.credits), 0) AS refunded_credits
       FROM refunds f WHERE f.purchase_id = p.id AND f.status = 'succeeded'
     ) r
     WHERE p.customer_id = $1
       AND (p.status = 'refunded' OR (p.status = 'paid' AND p.sessions_used + p.sessions_refunded >= p.sessions_total))
     ORDER BY p.created_at DESC, p.id DESC LIMIT $2`,
    [customerId, limit],
  );
  return rows.map((row) => {
    const purchase = purchaseOfRow(row);
    const refunded = purchase.method === 'credits' ? Number(row.refunded_credits) : Number(row.refunded_amount);
    return { kind: 'package', ...purchase, ...couponOf(row), title: row.title, ...(Number(row.refunds) > 0 ? { refunded } : {}) };
  });
}

async function pastCreditPurchases(db: Queryable, customerId: string, limit: number): Promise<PastPurchase[]> {
  // No foreign key to credit_packages: a deleted package leaves its purchases without a title.
  const { rows } = await db.query<CreditRow>(
    `SELECT p.id, p.customer_id, p.credit_package_id, p.status, p.amount, p.currency, p.credits, p.provider, p.created_at, p.campaign_id,
       k.title, ${COUPON_COLUMNS}
     FROM credit_purchases p LEFT JOIN credit_packages k ON k.id = p.credit_package_id
     LEFT JOIN coupon_uses u ON u.credit_purchase_id = p.id
     WHERE p.customer_id = $1 AND p.status = 'paid'
     ORDER BY p.created_at DESC, p.id DESC LIMIT $2`,
    [customerId, limit],
  );
  return rows.map((row) => ({
    kind: 'credits',
    id: row.id,
    customerId: row.customer_id,
    creditPackageId: row.credit_package_id,
    status: row.status,
    amount: Number(row.amount),
    currency: row.currency,
    credits: Number(row.credits),
    ...(row.campaign_id === null ? {} : { campaignId: row.campaign_id }),
    ...couponOf(row),
    provider: row.provider,
    createdAt: isoInstant(row.created_at),
    title: row.title,
  }));
}

/** Newest first; the same instant by id, descending. */
const newestFirst = (a: PastPurchase, b: PastPurchase): number => Date.parse(b.createdAt) - Date.parse(a.createdAt) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

/** The customer's purchase history (see the module comment), newest first, at most `limit`. */
export async function pastPurchases(db: Queryable, customerId: string, limit = PAST_PURCHASES_LIMIT): Promise<PastPurchase[]> {
  const [packages, credits] = await Promise.all([pastPackagePurchases(db, customerId, limit), pastCreditPurchases(db, customerId, limit)]);
  return [...packages, ...credits].sort(newestFirst).slice(0, limit);
}
