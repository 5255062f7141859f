/**
 * Customers as the back office sees them: added by hand, listed newest first with a search, and
 * read with their purchases, bookings and credits ledger (each bounded to {@link HISTORY_LIMIT}).
 */
import { couponUsesOf } from './coupon-uses.js';
import type { MailLanguage } from '../mail/i18n/index.js';
import { isoInstant } from '../scheduling/time.js';
import type { Queryable } from './database.js';
import { pastBookings, upcomingBookings } from './bookings.js';
import { newId } from './ids.js';
import { purchaseOfRow, type PublicPurchaseRow } from './purchases.js';
import type * as Wire from '../../../src/wire/index.js';

/** A customer as `GET /v1/admin/customers/{id}` shows them. */
export type CustomerProfile = Wire.Schema<'Customer'>;
/** A purchase of the customer with its package's title. */
export type CustomerPurchase = Wire.Schema<'CustomerPurchase'>;
/** One movement of the customer's credits. */
export type CreditLedgerEntry = Wire.Schema<'CreditLedgerEntry'>;
/** The customer's history as `GET /v1/admin/customers/{id}` shows it (without the customer). */
export type CustomerHistory = Omit<Wire.Schema<'CustomerDetail'>, 'customer'>;

/** How many purchases, upcoming bookings, past bookings and ledger entries a read shows at most. */
export const HISTORY_LIMIT = 100;

/** A customer to add, as a checked request gives it. */
export interface NewCustomer {
  name: string;
  email: string;
  phone?: string | undefined;
  country?: string | undefined;
  /** The mail language of the request's `locale`. */
  locale?: MailLanguage | undefined;
}

/** The position of a customer in the listing: creation time in epoch microseconds (exact), then id. */
export interface CustomerKey {
  /** Epoch microseconds, as decimal digits (beyond a double's exact range in theory, so text). */
  createdMicros: string;
  id: string;
}

interface ProfileRow {
  id: string;
  email: string;
  name: string;
  phone: string | null;
  country: string | null;
  locale: MailLanguage | null;
  time_zone: string | null;
  credits: number | string;
  created_at: Date;
  created_micros: string;
}

const PROFILE_COLUMNS = `id, email, name, phone, country, locale, time_zone, credits, created_at,
  (extract(epoch FROM created_at) * 1000000)::bigint::text AS created_micros`;

const toProfile = (row: ProfileRow): CustomerProfile => ({
  id: row.id,
  email: row.email,
  name: row.name,
  phone: row.phone,
  country: row.country,
  locale: row.locale,
  timeZone: row.time_zone,
  credits: Number(row.credits),
  createdAt: isoInstant(row.created_at),
});

/**
 * Adds `customer`, or finds that a customer already has the e-mail (compared case-insensitively,
 * decided by the database's unique index, so two concurrent adds end with one customer).
 */
export async function insertCustomerProfile(db: Queryable, customer: NewCustomer): Promise<{ created: CustomerProfile } | { existingId: string }> {
  const { rows } = await db.query<ProfileRow>(
    `INSERT INTO customers (id, email, name, phone, country, locale) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT ((lower(email))) DO NOTHING RETURNING ${PROFILE_COLUMNS}`,
    [newId('cus'), customer.email, customer.name, customer.phone ?? null, customer.country ?? null, customer.locale ?? null],
  );
  if (rows[0]) return { created: toProfile(rows[0]) };
  const existing = await db.query<{ id: string }>('SELECT id FROM customers WHERE lower(email) = lower($1)', [customer.email]);
  const id = existing.rows[0]?.id;
  if (id === undefined) throw new Error('A customer e-mail conflicted, yet no customer has it.');
  return { existingId: id };
}

/** The customer `id` as the back office sees them, or `null`. */
export async function findCustomerProfile(db: Queryable, id: string): Promise<CustomerProfile | null> {
  const { rows } = await db.query<ProfileRow>(`SELECT ${PROFILE_COLUMNS} FROM customers WHERE id = $1`, [id]);
  return rows[0] ? toProfile(rows[0]) : null;
}

/** A page request of the listing. */
export interface CustomerListQuery {
  /** Text the name or e-mail must contain (case-insensitively); empty for every customer. */
  search: string;
  limit: number;
  /** The last customer of the previous page. */
  after?: CustomerKey | undefined;
}

/** One page of the listing, newest first (ties by id), and the key of each customer for the cursor. */
export async function listCustomerProfiles(db: Queryable, query: CustomerListQuery): Promise<{ customer: CustomerProfile; key: CustomerKey }[]> {
  const params: unknown[] = [];
  const where: string[] = [];
  if (query.search !== '') {
    params.push(query.search.toLowerCase());
    where.push(`(strpos(lower(name), $${params.length}) > 0 OR strpos(lower(email), $${params.length}) > 0)`);
  }
  if (query.after) {
    params.push(query.after.createdMicros, query.after.id);
    const [micros, id] = [params.length - 1, params.length];
    where.push(`(created_at, id) < (timestamptz 'epoch' + $${micros}::bigint * interval '1 microsecond', $${id})`);
  }
  params.push(query.limit);
  const { rows } = await db.query<ProfileRow>(
    `SELECT ${PROFILE_COLUMNS} FROM customers ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY created_at DESC, id DESC LIMIT $${params.length}`,
    params,
  );
  return rows.map((row) => ({ customer: toProfile(row), key: { createdMicros: row.created_micros, id: row.id } }));
}

interface TitledPurchaseRow extends PublicPurchaseRow {
  title: string;
}

interface LedgerRow {
  id: number | string;
  amount: number | string;
  reason: string;
  balance_after: number | string;
  created_at: Date;
}

/**
 * The customer's latest purchases (newest first, with the package title), next upcoming bookings
 * (booked, not ended at `nowMs`, soonest first), latest past bookings (ended or cancelled, newest
 * first) and latest ledger
 * entries and coupon uses (newest first), {@link HISTORY_LIMIT} of each at most.
 */
export async function customerHistory(db: Queryable, customerId: string, nowMs: number): Promise<CustomerHistory> {
  const purchases = await db.query<TitledPurchaseRow>(
    `SELECT p.id, p.customer_id, p.package_id, p.expert_id, p.method, p.status, p.amount, p.currency, p.credits, p.provider,
       p.sessions_total, p.sessions_used, p.sessions_refunded, p.created_at, k.title
     FROM purchases p JOIN packages k ON k.id = p.package_id
     WHERE p.customer_id = $1 ORDER BY p.created_at DESC, p.id DESC LIMIT ${HISTORY_LIMIT}`,
    [customerId],
  );
  // Live bookings ahead; the history holds ended and cancelled ones.
  const upcoming = await upcomingBookings(db, customerId, nowMs, HISTORY_LIMIT);
  const past = await pastBookings(db, customerId, nowMs, HISTORY_LIMIT);
  const ledger = await db.query<LedgerRow>(
    `SELECT id, amount, reason, balance_after, created_at FROM credit_ledger WHERE customer_id = $1
     ORDER BY id DESC LIMIT ${HISTORY_LIMIT}`,
    [customerId],
  );
  return {
    purchases: purchases.rows.map((row) => ({ ...purchaseOfRow(row), packageTitle: row.title })),
    upcomingBookings: upcoming,
    pastBookings: past,
    ledger: ledger.rows.map((row) => ({
      id: String(row.id),
      amount: Number(row.amount),
      reason: row.reason,
      balanceAfter: Number(row.balance_after),
      createdAt: isoInstant(row.created_at),
    })),
    couponUses: await couponUsesOf(db, customerId, nowMs),
  };
}
