/**
 * The uses of coupon codes (migration 015): the coupon's terms read under a row lock, so that
 * concurrent purchases with one coupon count its uses one after another; a use recorded `held`
 * while its card payment is in progress (counted until `held_until`), `used` once paid (its gift
 * credits granted then, once, by constraint), `released` when the payment failed.
 */
import type { CouponTerms, CouponUsage } from '../checkout/coupon-rules.js';
import { isoInstant } from '../scheduling/time.js';
import type { Queryable } from './database.js';
import type * as Wire from '../../../src/wire/index.js';

/** How long a payment in progress holds its use: after that an abandoned payment gives it back. */
export const USE_HOLD_MS = 30 * 60_000;

/** The purchase or credit purchase a use belongs to. */
export type UseOwner = { purchaseId: string } | { creditPurchaseId: string };

interface TermsRow {
  id: string;
  gift_credits: number | string | null;
  percent_off: number | null;
  applies_to: CouponTerms['appliesTo'];
  uses_per_customer: number;
  total_uses: number | null;
  starts_at: Date;
  expires_at: Date | null;
  new_members_only: boolean;
  expert_ids: string[] | null;
  active: boolean;
}

const termsOfRow = (row: TermsRow): CouponTerms => ({
  id: row.id,
  giftCredits: row.gift_credits === null ? null : Number(row.gift_credits),
  percentOff: row.percent_off,
  appliesTo: row.applies_to,
  usesPerCustomer: row.uses_per_customer,
  totalUses: row.total_uses,
  startsAtMs: row.starts_at.getTime(),
  expiresAtMs: row.expires_at === null ? null : row.expires_at.getTime(),
  newMembersOnly: row.new_members_only,
  expertIds: row.expert_ids,
  active: row.active,
});

/**
 * The terms of the coupon whose code is `code` (stored form), or `null` for an unknown code. With
 * `lock`, the coupon's row is locked to the end of the transaction: every use of the coupon is
 * counted and recorded under it.
 */
export async function couponTermsOfCode(tx: Queryable, code: string, lock: boolean): Promise<CouponTerms | null> {
  const { rows } = await tx.query<TermsRow>(
    `SELECT c.id, c.gift_credits, c.percent_off, c.applies_to, c.uses_per_customer, c.total_uses, c.starts_at, c.expires_at,
       c.new_members_only, c.expert_ids, c.active
     FROM coupon_codes k JOIN coupons c ON c.id = k.coupon_id WHERE k.code = $1${lock ? ' FOR UPDATE OF c' : ''}`,
    [code],
  );
  return rows[0] ? termsOfRow(rows[0]) : null;
}

/** A use counts while used, or held by a payment still in progress at $now. */
const COUNTED = `(status = 'used' OR (status = 'held' AND held_until > $NOW::timestamptz))`;

/** The uses of `code` and of its coupon by `customerId` (when known) that count at `nowMs`. */
export async function couponUsage(tx: Queryable, couponId: string, code: string, customerId: string | null, nowMs: number): Promise<CouponUsage> {
  const now = isoInstant(nowMs);
  const { rows } = await tx.query<{ code_uses: number | string; customer_uses: number | string }>(
    `SELECT count(*) FILTER (WHERE code = $2) AS code_uses, count(*) FILTER (WHERE customer_id = $3) AS customer_uses
     FROM coupon_uses WHERE coupon_id = $1 AND ${COUNTED.replace('$NOW', '$4')}`,
    [couponId, code, customerId, now],
  );
  const row = rows[0];
  const hasBought = customerId === null ? null : await customerHasBought(tx, customerId);
  return { codeUses: Number(row?.code_uses ?? 0), customerUses: customerId === null ? null : Number(row?.customer_uses ?? 0), customerHasBought: hasBought };
}

/** Whether the customer has a paid purchase of a package or a credit package. */
async function customerHasBought(tx: Queryable, customerId: string): Promise<boolean> {
  const { rows } = await tx.query<{ bought: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM purchases WHERE customer_id = $1 AND status = 'paid')
         OR EXISTS (SELECT 1 FROM credit_purchases WHERE customer_id = $1 AND status = 'paid') AS bought`,
    [customerId],
  );
  return rows[0]?.bought === true;
}

/** A use to record. */
export interface NewCouponUse {
  couponId: string;
  code: string;
  customerId: string;
  owner: UseOwner;
  status: 'held' | 'used';
  discount: number;
  /** A currency code, or `credits`. */
  unit: string;
  giftCredits: number | null;
  nowMs: number;
}

/** Records a use (a `used` one grants its gift credits at once). */
export async function insertCouponUse(tx: Queryable, use: NewCouponUse): Promise<void> {
  const { rows } = await tx.query<{ id: string }>(
    `INSERT INTO coupon_uses (coupon_id, code, customer_id, purchase_id, credit_purchase_id, status, held_until, discount, unit, gift_credits, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7::timestamptz, $8, $9, $10, $11::timestamptz) RETURNING id`,
    [
      use.couponId,
      use.code,
      use.customerId,
      'purchaseId' in use.owner ? use.owner.purchaseId : null,
      'creditPurchaseId' in use.owner ? use.owner.creditPurchaseId : null,
      use.status,
      isoInstant(use.nowMs + USE_HOLD_MS),
      use.discount,
      use.unit,
      use.giftCredits,
      isoInstant(use.nowMs),
    ],
  );
  if (use.status === 'used' && use.giftCredits !== null) await grantGift(tx, String(rows[0]?.id), use.customerId, use.giftCredits, use.code);
}

const ownerColumn = (owner: UseOwner) => ('purchaseId' in owner ? { column: 'purchase_id', id: owner.purchaseId } : { column: 'credit_purchase_id', id: owner.creditPurchaseId });

/**
 * Settles the held use of `owner`'s payment, if it has one: `used` when paid (granting its gift
 * credits), `released` when the payment failed. A use already settled is left as it is.
 */
export async function settleCouponUse(tx: Queryable, owner: UseOwner, status: 'used' | 'released'): Promise<void> {
  const { column, id } = ownerColumn(owner);
  const { rows } = await tx.query<{ id: string; customer_id: string; gift_credits: number | string | null; code: string }>(
    `UPDATE coupon_uses SET status = $2 WHERE ${column} = $1 AND status = 'held' RETURNING id, customer_id, gift_credits, code`,
    [id, status],
  );
  const row = rows[0];
  if (status === 'used' && row && row.gift_credits !== null) await grantGift(tx, row.id, row.customer_id, Number(row.gift_credits), row.code);
}

/** Adds a use's gift credits to the balance with a ledger entry naming the use (at most one per use, by constraint). */
async function grantGift(tx: Queryable, useId: string, customerId: string, credits: number, code: string): Promise<void> {
  const { rows } = await tx.query<{ credits: number | string }>('UPDATE customers SET credits = credits + $1 WHERE id = $2 RETURNING credits', [credits, customerId]);
  await tx.query('INSERT INTO credit_ledger (customer_id, amount, reason, coupon_use_id, balance_after) VALUES ($1, $2, $3, $4, $5)', [
    customerId,
    credits,
    `coupon ${code}`,
    useId,
    rows[0]?.credits ?? 0,
  ]);
}

/** The coupon `owner` used, as its receipt shows it, or `undefined`. */
export async function couponAppliedTo(db: Queryable, owner: UseOwner): Promise<Wire.Schema<'CouponApplied'> | undefined> {
  const { column, id } = ownerColumn(owner);
  const { rows } = await db.query<{ code: string; discount: number | string; gift_credits: number | string | null }>(
    `SELECT code, discount, gift_credits FROM coupon_uses WHERE ${column} = $1`,
    [id],
  );
  const row = rows[0];
  if (!row) return undefined;
  return { code: row.code, discount: Number(row.discount), ...(row.gift_credits === null ? {} : { giftCredits: Number(row.gift_credits) }) };
}

/** The customer's latest 100 uses of coupons, newest first; a hold past its time (at `nowMs`) shows as released. */
export async function couponUsesOf(db: Queryable, customerId: string, nowMs: number): Promise<Wire.Schema<'CouponUse'>[]> {
  const { rows } = await db.query<{
    coupon_id: string;
    code: string;
    purchase_id: string | null;
    credit_purchase_id: string | null;
    status: Wire.Schema<'CouponUse'>['status'];
    discount: number | string;
    unit: string;
    gift_credits: number | string | null;
    held_until: Date;
    created_at: Date;
  }>(
    `SELECT coupon_id, code, purchase_id, credit_purchase_id, status, discount, unit, gift_credits, held_until, created_at
     FROM coupon_uses WHERE customer_id = $1 ORDER BY created_at DESC, id DESC LIMIT 100`,
    [customerId],
  );
  return rows.map((row) => ({
    couponId: row.coupon_id,
    code: row.code,
    purchaseId: row.purchase_id ?? row.credit_purchase_id ?? '',
    status: row.status === 'held' && row.held_until.getTime() <= nowMs ? 'released' : row.status,
    discount: Number(row.discount),
    unit: row.unit,
    giftCredits: row.gift_credits === null ? null : Number(row.gift_credits),
    createdAt: isoInstant(row.created_at),
  }));
}
