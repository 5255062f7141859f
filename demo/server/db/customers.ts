import type { Preferences } from '../checkout/preferences.js';
import type { MailLanguage } from '../mail/i18n/index.js';
import { isoInstant } from '../scheduling/time.js';
import type { Queryable } from './database.js';
import { newId } from './ids.js';

/** A customer as the API shows it. */
export interface Customer {
  id: string;
  email: string;
  name: string;
  phone: string | null;
  /** The credits balance, never negative. */
  credits: number;
}

interface CustomerRow {
  id: string;
  email: string;
  name: string;
  phone: string | null;
  credits: number | string;
}

const toCustomer = (row: CustomerRow): Customer => ({
  id: row.id,
  email: row.email,
  name: row.name,
  phone: row.phone,
  credits: Number(row.credits),
});

/** Contact details to find or create a customer by. */
export interface CustomerContact {
  email: string;
  name?: string | undefined;
  phone?: string | undefined;
}

/**
 * Finds the customer with `contact.email` (case-insensitively) or creates one, atomically: two
 * concurrent calls with the same address end with one customer. A missing name or phone of an
 * existing customer is filled in; existing ones are kept. Tells whether this call created it.
 */
export async function findOrAddCustomer(db: Queryable, contact: CustomerContact): Promise<{ customer: Customer; created: boolean }> {
  // xmax is 0 on a row this statement inserted, and set on one it updated.
  const { rows } = await db.query<CustomerRow & { created: boolean }>(
    `INSERT INTO customers (id, email, name, phone) VALUES ($1, $2, $3, $4)
     ON CONFLICT ((lower(email))) DO UPDATE SET
       name = CASE WHEN customers.name = '' THEN EXCLUDED.name ELSE customers.name END,
       phone = COALESCE(customers.phone, EXCLUDED.phone)
     RETURNING id, email, name, phone, credits, (xmax = 0) AS created`,
    [newId('cus'), contact.email, contact.name ?? '', contact.phone ?? null],
  );
  const row = rows[0] as CustomerRow & { created: boolean };
  return { customer: toCustomer(row), created: row.created };
}

/** The customer `id`, or `null`. */
export async function findCustomer(db: Queryable, id: string): Promise<Customer | null> {
  const { rows } = await db.query<CustomerRow>('SELECT id, email, name, phone, credits FROM customers WHERE id = $1', [id]);
  return rows[0] ? toCustomer(rows[0]) : null;
}

/**
 * Stores what a request said of the customer's language and time zone; a preference left out
 * keeps the stored one.
 */
export async function setCustomerPreferences(tx: Queryable, customerId: string, preferences: Preferences): Promise<void> {
  if (preferences.locale === undefined && preferences.timeZone === undefined) return;
  await tx.query('UPDATE customers SET locale = COALESCE($2, locale), time_zone = COALESCE($3, time_zone) WHERE id = $1', [
    customerId,
    preferences.locale ?? null,
    preferences.timeZone ?? null,
  ]);
}

/** The id of the customer with `email` (case-insensitively), or `null`. */
export async function customerIdByEmail(db: Queryable, email: string): Promise<string | null> {
  const { rows } = await db.query<{ id: string }>('SELECT id FROM customers WHERE lower(email) = lower($1)', [email]);
  return rows[0]?.id ?? null;
}

/** The stored mail language of the customer with `email` (case-insensitively), or `null`. */
export async function customerLanguageByEmail(db: Queryable, email: string): Promise<MailLanguage | null> {
  const { rows } = await db.query<{ locale: MailLanguage | null }>('SELECT locale FROM customers WHERE lower(email) = lower($1)', [email]);
  return rows[0]?.locale ?? null;
}

/** Stores a customer token (its hash) valid until `expiresAtMs`, forgetting tokens expired at `nowMs`. */
export async function insertCustomerToken(db: Queryable, tokenHash: string, customerId: string, nowMs: number, expiresAtMs: number): Promise<void> {
  await db.query('DELETE FROM customer_tokens WHERE expires_at <= $1::timestamptz', [isoInstant(nowMs)]);
  await db.query('INSERT INTO customer_tokens (token_hash, customer_id, expires_at) VALUES ($1, $2, $3::timestamptz)', [
    tokenHash,
    customerId,
    isoInstant(expiresAtMs),
  ]);
}

/** The customer of an unexpired token (by hash) at `nowMs`, or `null`. */
export async function customerOfToken(db: Queryable, tokenHash: string, nowMs: number): Promise<Customer | null> {
  const { rows } = await db.query<CustomerRow>(
    `SELECT c.id, c.email, c.name, c.phone, c.credits FROM customer_tokens t JOIN customers c ON c.id = t.customer_id
     WHERE t.token_hash = $1 AND t.expires_at > $2::timestamptz`,
    [tokenHash, isoInstant(nowMs)],
  );
  return rows[0] ? toCustomer(rows[0]) : null;
}

/**
 * Adds `amount` credits with a ledger entry (linked to the credit purchase that paid for them, if
 * any: the ledger takes at most one entry per credit purchase); returns the new balance, or `null`
 * for an unknown customer.
 */
export async function grantCredits(tx: Queryable, customerId: string, amount: number, reason: string, creditPurchaseId: string | null = null): Promise<number | null> {
  const { rows } = await tx.query<{ credits: number | string }>(
    'UPDATE customers SET credits = credits + $1 WHERE id = $2 RETURNING credits',
    [amount, customerId],
  );
  if (!rows[0]) return null;
  await tx.query('INSERT INTO credit_ledger (customer_id, amount, reason, credit_purchase_id, balance_after) VALUES ($1, $2, $3, $4, $5)', [
    customerId,
    amount,
    reason,
    creditPurchaseId,
    rows[0].credits,
  ]);
  return Number(rows[0].credits);
}

/** What {@link deductCredits} did: the new balance, or why it took nothing. */
export type Deduction = { credits: number } | { refused: 'unknown_customer' } | { refused: 'insufficient'; balance: number };

/**
 * Takes `amount` (> 0) credits from the customer with a ledger entry recording `reason`, in one
 * conditional update (the balance never goes below zero, even under concurrent writes). When the
 * balance is too low, nothing is written and the balance is told.
 */
export async function deductCredits(tx: Queryable, customerId: string, amount: number, reason: string): Promise<Deduction> {
  const { rows } = await tx.query<{ credits: number | string }>(
    'UPDATE customers SET credits = credits - $1 WHERE id = $2 AND credits >= $1 RETURNING credits',
    [amount, customerId],
  );
  if (!rows[0]) {
    const found = await tx.query<{ credits: number | string }>('SELECT credits FROM customers WHERE id = $1', [customerId]);
    return found.rows[0] ? { refused: 'insufficient', balance: Number(found.rows[0].credits) } : { refused: 'unknown_customer' };
  }
  await tx.query('INSERT INTO credit_ledger (customer_id, amount, reason, balance_after) VALUES ($1, $2, $3, $4)', [
    customerId,
    -amount,
    reason,
    rows[0].credits,
  ]);
  return { credits: Number(rows[0].credits) };
}

/** The customer's credits balance (0 for an unknown customer). */
export async function creditBalance(db: Queryable, customerId: string): Promise<number> {
  const { rows } = await db.query<{ credits: number | string }>('SELECT credits FROM customers WHERE id = $1', [customerId]);
  return Number(rows[0]?.credits ?? 0);
}

/**
 * Takes `amount` credits from the customer for `purchaseId` if the balance covers it, in one
 * conditional update (the balance can never go negative, even under concurrent debits).
 * Returns the new balance, or `null` when the balance is too low (nothing is debited).
 */
export async function debitCredits(tx: Queryable, customerId: string, amount: number, purchaseId: string): Promise<number | null> {
  const { rows } = await tx.query<{ credits: number | string }>(
    'UPDATE customers SET credits = credits - $1 WHERE id = $2 AND credits >= $1 RETURNING credits',
    [amount, customerId],
  );
  if (!rows[0]) return null;
  await tx.query('INSERT INTO credit_ledger (customer_id, amount, reason, purchase_id, balance_after) VALUES ($1, $2, $3, $4, $5)', [
    customerId,
    -amount,
    `purchase ${purchaseId}`,
    purchaseId,
    rows[0].credits,
  ]);
  return Number(rows[0].credits);
}
