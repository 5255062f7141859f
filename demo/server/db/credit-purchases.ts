import { isoInstant } from '../scheduling/time.js';
import type { Queryable } from './database.js';
import type * as Wire from '../../../src/wire/index.js';

/** A purchase of a credit package as the API shows it. */
export type CreditPurchase = Omit<Wire.CreditPurchaseReceipt, 'paymentStatus' | 'clientSecret' | 'balance'>;

/** Where a credit purchase stands: waiting for card authentication, paid (credits added), or failed. */
type PurchaseStatus = CreditPurchase['status'];

/** A credit purchase with what only the server sees. */
export interface StoredCreditPurchase extends CreditPurchase {
  providerPaymentId: string | null;
  /** What a campaign took off the package's price (0 without `campaignId`), in minor units. */
  discount: number;
}

interface CreditPurchaseRow {
  id: string;
  customer_id: string;
  credit_package_id: string;
  status: PurchaseStatus;
  amount: number | string;
  currency: string;
  credits: number | string;
  provider: string;
  provider_payment_id: string | null;
  created_at: Date;
  campaign_id: string | null;
  discount: number | string;
}

const COLUMNS = 'id, customer_id, credit_package_id, status, amount, currency, credits, provider, provider_payment_id, created_at, campaign_id, discount';

const toStored = (row: CreditPurchaseRow): StoredCreditPurchase => ({
  id: row.id,
  customerId: row.customer_id,
  creditPackageId: row.credit_package_id,
  status: row.status,
  amount: Number(row.amount),
  currency: row.currency,
  credits: Number(row.credits),
  provider: row.provider,
  createdAt: isoInstant(row.created_at),
  providerPaymentId: row.provider_payment_id,
  ...(row.campaign_id === null ? {} : { campaignId: row.campaign_id }),
  discount: Number(row.discount),
});

/** The public part of a stored credit purchase. */
export function publicCreditPurchase(stored: StoredCreditPurchase): CreditPurchase {
  const { providerPaymentId: _payment, discount: _discount, ...purchase } = stored;
  return purchase;
}

/** A credit purchase to insert, with the idempotency key its card charge is made with. */
export type NewCreditPurchase = Omit<StoredCreditPurchase, 'createdAt'> & { createdAtMs: number; paymentKey: string };

/** Inserts a credit purchase and returns it as stored. */
export async function insertCreditPurchase(tx: Queryable, purchase: NewCreditPurchase): Promise<StoredCreditPurchase> {
  const { rows } = await tx.query<CreditPurchaseRow>(
    `INSERT INTO credit_purchases (id, customer_id, credit_package_id, status, amount, currency, credits, provider, provider_payment_id, created_at, payment_key,
       campaign_id, discount)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::timestamptz, $11, $12, $13) RETURNING ${COLUMNS}`,
    [
      purchase.id,
      purchase.customerId,
      purchase.creditPackageId,
      purchase.status,
      purchase.amount,
      purchase.currency,
      purchase.credits,
      purchase.provider,
      purchase.providerPaymentId,
      isoInstant(purchase.createdAtMs),
      purchase.paymentKey,
      purchase.campaignId ?? null,
      purchase.discount,
    ],
  );
  return toStored(rows[0] as CreditPurchaseRow);
}

/** The credit purchase whose card charge is made with idempotency key `paymentKey`, locked, or `null`. */
export async function lockCreditPurchaseByPaymentKey(tx: Queryable, paymentKey: string): Promise<StoredCreditPurchase | null> {
  const { rows } = await tx.query<CreditPurchaseRow>(`SELECT ${COLUMNS} FROM credit_purchases WHERE payment_key = $1 FOR UPDATE`, [paymentKey]);
  return rows[0] ? toStored(rows[0]) : null;
}

/** The credit purchase `id`, locked for the rest of the transaction, or `null`. */
export async function lockCreditPurchase(tx: Queryable, id: string): Promise<StoredCreditPurchase | null> {
  const { rows } = await tx.query<CreditPurchaseRow>(`SELECT ${COLUMNS} FROM credit_purchases WHERE id = $1 FOR UPDATE`, [id]);
  return rows[0] ? toStored(rows[0]) : null;
}

/** Sets the status of credit purchase `id`; returns it. */
export async function setCreditPurchaseStatus(tx: Queryable, id: string, status: PurchaseStatus): Promise<StoredCreditPurchase> {
  const { rows } = await tx.query<CreditPurchaseRow>(`UPDATE credit_purchases SET status = $2 WHERE id = $1 RETURNING ${COLUMNS}`, [id, status]);
  return toStored(rows[0] as CreditPurchaseRow);
}

/** Records which provider payment pays credit purchase `id`; returns it. */
export async function setCreditPurchasePayment(tx: Queryable, id: string, provider: string, providerPaymentId: string): Promise<StoredCreditPurchase> {
  const { rows } = await tx.query<CreditPurchaseRow>(
    `UPDATE credit_purchases SET provider = $2, provider_payment_id = $3 WHERE id = $1 RETURNING ${COLUMNS}`,
    [id, provider, providerPaymentId],
  );
  return toStored(rows[0] as CreditPurchaseRow);
}

/** One card payment attempt of a credit purchase. */
export interface CreditPaymentAttempt {
  creditPurchaseId: string;
  customerId: string;
  amount: number;
  currency: string;
  provider: string;
  providerPaymentId: string | null;
  status: 'succeeded' | 'failed' | 'requires_action';
  failureCode: string | null;
  /** When, by the server clock. */
  createdAtMs: number;
}

/** Records a card payment attempt of a credit purchase in `payment_attempts`, whatever its outcome. */
export async function recordCreditPaymentAttempt(tx: Queryable, attempt: CreditPaymentAttempt): Promise<void> {
  await tx.query(
    `INSERT INTO payment_attempts (credit_purchase_id, customer_id, amount, currency, method, provider, provider_payment_id, status, failure_code, created_at)
     VALUES ($1, $2, $3, $4, 'card', $5, $6, $7, $8, $9::timestamptz)`,
    [
      attempt.creditPurchaseId,
      attempt.customerId,
      attempt.amount,
      attempt.currency,
      attempt.provider,
      attempt.providerPaymentId,
      attempt.status,
      attempt.failureCode,
      isoInstant(attempt.createdAtMs),
    ],
  );
}
