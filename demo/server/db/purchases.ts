import { isoInstant } from '../scheduling/time.js';
import type { Queryable } from './database.js';
import type * as Wire from '../../../src/wire/index.js';

/** Where a purchase stands: waiting for card authentication, paid (entitlements granted), or failed. */
export type PurchaseStatus = Wire.Purchase['status'];

/** A purchase as the API shows it (openapi.yaml's `Purchase`). */
export type Purchase = Wire.Purchase;

/** A purchase with what only the server sees. */
export interface StoredPurchase extends Purchase {
  tokenHash: string;
  providerPaymentId: string | null;
  /** The hold to book when a pending payment is confirmed. */
  holdId: string | null;
  /** Whether the purchase's confirmation e-mail was handed to the mailer. */
  confirmationMailed: boolean;
}

/** The columns of a purchase that its public part is read from. */
export interface PublicPurchaseRow {
  id: string;
  customer_id: string;
  package_id: string;
  expert_id: string;
  method: Purchase['method'];
  status: PurchaseStatus;
  amount: number | string;
  currency: string;
  credits: number | string | null;
  provider: string;
  sessions_total: number;
  sessions_used: number;
  sessions_refunded: number;
  created_at: Date;
}

interface PurchaseRow extends PublicPurchaseRow {
  token_hash: string;
  provider_payment_id: string | null;
  hold_id: string | null;
  confirmation_mailed_at: Date | null;
}

const COLUMNS = `id, token_hash, customer_id, package_id, expert_id, method, status, amount, currency, credits,
  provider, provider_payment_id, sessions_total, sessions_used, sessions_refunded, hold_id, created_at, confirmation_mailed_at`;

/** The public part of a purchase row. */
export const purchaseOfRow = (row: PublicPurchaseRow): Purchase => ({
  id: row.id,
  customerId: row.customer_id,
  packageId: row.package_id,
  expertId: row.expert_id,
  method: row.method,
  status: row.status,
  amount: Number(row.amount),
  currency: row.currency,
  credits: row.credits === null ? null : Number(row.credits),
  provider: row.provider,
  sessionsTotal: row.sessions_total,
  sessionsUsed: row.sessions_used,
  // Only once a refund took sessions off (openapi.yaml: absent means none).
  ...(row.sessions_refunded > 0 ? { sessionsRefunded: row.sessions_refunded } : {}),
  createdAt: isoInstant(row.created_at),
});

const toStored = (row: PurchaseRow): StoredPurchase => ({
  ...purchaseOfRow(row),
  tokenHash: row.token_hash,
  providerPaymentId: row.provider_payment_id,
  holdId: row.hold_id,
  confirmationMailed: row.confirmation_mailed_at !== null,
});

/** The public part of a stored purchase. */
export function publicPurchase(stored: StoredPurchase): Purchase {
  const { tokenHash: _hash, providerPaymentId: _payment, holdId: _hold, confirmationMailed: _mailed, ...purchase } = stored;
  return purchase;
}

/** A purchase to insert; a card purchase carries the idempotency key its charge is made with. */
export type NewPurchase = Omit<StoredPurchase, 'sessionsUsed' | 'sessionsRefunded' | 'createdAt' | 'confirmationMailed'> & { createdAtMs: number; paymentKey: string | null };

/** Records that the confirmation e-mail of purchase `id` was handed to the mailer at `nowMs`. */
export async function markConfirmationMailed(db: Queryable, id: string, nowMs: number): Promise<void> {
  await db.query('UPDATE purchases SET confirmation_mailed_at = $2::timestamptz WHERE id = $1', [id, isoInstant(nowMs)]);
}

/** Inserts a purchase and returns it as stored. */
export async function insertPurchase(tx: Queryable, purchase: NewPurchase): Promise<StoredPurchase> {
  const { rows } = await tx.query<PurchaseRow>(
    `INSERT INTO purchases (id, token_hash, customer_id, package_id, expert_id, method, status, amount, currency, credits,
       provider, provider_payment_id, sessions_total, hold_id, created_at, payment_key)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15::timestamptz, $16) RETURNING ${COLUMNS}`,
    [
      purchase.id,
      purchase.tokenHash,
      purchase.customerId,
      purchase.packageId,
      purchase.expertId,
      purchase.method,
      purchase.status,
      purchase.amount,
      purchase.currency,
      purchase.credits,
      purchase.provider,
      purchase.providerPaymentId,
      purchase.sessionsTotal,
      purchase.holdId,
      isoInstant(purchase.createdAtMs),
      purchase.paymentKey,
    ],
  );
  return toStored(rows[0] as PurchaseRow);
}

/** The purchase whose card charge is made with idempotency key `paymentKey`, locked, or `null`. */
export async function lockPurchaseByPaymentKey(tx: Queryable, paymentKey: string): Promise<StoredPurchase | null> {
  const { rows } = await tx.query<PurchaseRow>(`SELECT ${COLUMNS} FROM purchases WHERE payment_key = $1 FOR UPDATE`, [paymentKey]);
  return rows[0] ? toStored(rows[0]) : null;
}

/** Records which provider payment pays purchase `id` (known once the provider has answered). */
export async function setPurchasePayment(tx: Queryable, id: string, provider: string, providerPaymentId: string): Promise<void> {
  await tx.query('UPDATE purchases SET provider = $2, provider_payment_id = $3 WHERE id = $1', [id, provider, providerPaymentId]);
}

/** Replaces the token hash of purchase `id` (the token is issued with the answer that settles it). */
export async function setPurchaseTokenHash(tx: Queryable, id: string, tokenHash: string): Promise<void> {
  await tx.query('UPDATE purchases SET token_hash = $2 WHERE id = $1', [id, tokenHash]);
}

/** The purchase `id`, locked for the rest of the transaction, or `null`. */
export async function lockPurchase(tx: Queryable, id: string): Promise<StoredPurchase | null> {
  const { rows } = await tx.query<PurchaseRow>(`SELECT ${COLUMNS} FROM purchases WHERE id = $1 FOR UPDATE`, [id]);
  return rows[0] ? toStored(rows[0]) : null;
}

/** Sets the status of purchase `id` (and forgets its pending hold); returns it. */
export async function setPurchaseStatus(tx: Queryable, id: string, status: PurchaseStatus): Promise<StoredPurchase> {
  const { rows } = await tx.query<PurchaseRow>(
    `UPDATE purchases SET status = $2, hold_id = NULL WHERE id = $1 RETURNING ${COLUMNS}`,
    [id, status],
  );
  return toStored(rows[0] as PurchaseRow);
}

/**
 * Uses `count` entitlements of paid purchase `id` if that many remain (neither used nor refunded),
 * in one conditional update.
 * Returns the purchase after the update, or `null` when fewer remain (nothing changes).
 */
export async function useSessions(tx: Queryable, id: string, count: number): Promise<StoredPurchase | null> {
  const { rows } = await tx.query<PurchaseRow>(
    `UPDATE purchases SET sessions_used = sessions_used + $2
     WHERE id = $1 AND status = 'paid' AND sessions_used + sessions_refunded + $2 <= sessions_total RETURNING ${COLUMNS}`,
    [id, count],
  );
  return rows[0] ? toStored(rows[0]) : null;
}

/** The paid purchases of a customer with sessions still to book, oldest first. */
export async function openPurchases(db: Queryable, customerId: string): Promise<Purchase[]> {
  const { rows } = await db.query<PurchaseRow>(
    `SELECT ${COLUMNS} FROM purchases WHERE customer_id = $1 AND status = 'paid' AND sessions_used + sessions_refunded < sessions_total
     ORDER BY created_at, id`,
    [customerId],
  );
  return rows.map((row) => publicPurchase(toStored(row)));
}

/** One payment attempt to record. */
export interface PaymentAttempt {
  purchaseId: string;
  customerId: string;
  amount: number;
  currency: string;
  method: 'card' | 'credits';
  provider: string;
  providerPaymentId: string | null;
  status: 'succeeded' | 'failed' | 'requires_action';
  failureCode: string | null;
  /** When, by the server clock. */
  createdAtMs: number;
}

/** Records a payment attempt, whatever its outcome. */
export async function recordPaymentAttempt(tx: Queryable, attempt: PaymentAttempt): Promise<void> {
  await tx.query(
    `INSERT INTO payment_attempts (purchase_id, customer_id, amount, currency, method, provider, provider_payment_id, status, failure_code, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::timestamptz)`,
    [
      attempt.purchaseId,
      attempt.customerId,
      attempt.amount,
      attempt.currency,
      attempt.method,
      attempt.provider,
      attempt.providerPaymentId,
      attempt.status,
      attempt.failureCode,
      isoInstant(attempt.createdAtMs),
    ],
  );
}
