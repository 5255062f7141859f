/**
 * What the receipt e-mail of a credit purchase is written from (its customer, credit package and
 * campaign), and whether it was sent (`credit_purchases.receipt_mailed_at`).
 */
import { isoInstant } from '../scheduling/time.js';
import type { Queryable } from './database.js';

/** Who and what a credit purchase's receipt concerns. */
export interface CreditReceiptParties {
  customerEmail: string;
  customerName: string;
  /** The customer's stored mail language and IANA time zone, `null` until a request sent them. */
  customerLocale: string | null;
  customerTimeZone: string | null;
  /** The credit package's title, `null` when it was deleted since. */
  packageTitle: string | null;
  /** The campaign whose price was charged and what it took off (minor units), or `null`. */
  campaign: { title: string; discount: number } | null;
}

/** The customer, credit package and campaign of credit purchase `id`, or `null`. */
export async function creditReceiptParties(db: Queryable, id: string): Promise<CreditReceiptParties | null> {
  const { rows } = await db.query<{
    email: string;
    name: string;
    locale: string | null;
    time_zone: string | null;
    title: string | null;
    campaign_title: string | null;
    discount: number | string;
  }>(
    `SELECT c.email, c.name, c.locale, c.time_zone, k.title, m.title AS campaign_title, p.discount
     FROM credit_purchases p JOIN customers c ON c.id = p.customer_id
     LEFT JOIN credit_packages k ON k.id = p.credit_package_id LEFT JOIN campaigns m ON m.id = p.campaign_id
     WHERE p.id = $1`,
    [id],
  );
  const row = rows[0];
  if (!row) return null;
  return {
    customerEmail: row.email,
    customerName: row.name,
    customerLocale: row.locale,
    customerTimeZone: row.time_zone,
    packageTitle: row.title,
    campaign: row.campaign_title === null ? null : { title: row.campaign_title, discount: Number(row.discount) },
  };
}

/** Whether the receipt of credit purchase `id` was handed to the mailer. */
export async function creditReceiptMailed(db: Queryable, id: string): Promise<boolean> {
  const { rows } = await db.query('SELECT 1 FROM credit_purchases WHERE id = $1 AND receipt_mailed_at IS NOT NULL', [id]);
  return rows.length > 0;
}

/** Records that the receipt of credit purchase `id` was handed to the mailer at `nowMs`. */
export async function markCreditReceiptMailed(db: Queryable, id: string, nowMs: number): Promise<void> {
  await db.query('UPDATE credit_purchases SET receipt_mailed_at = $2::timestamptz WHERE id = $1', [id, isoInstant(nowMs)]);
}
