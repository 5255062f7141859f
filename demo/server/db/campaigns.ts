import type { Campaign, CampaignInput, CampaignType } from '../../../src/core/validate-campaign.js';
import { isoInstant } from '../scheduling/time.js';
import type { Queryable } from './database.js';
import { newId } from './ids.js';

export type { Campaign, CampaignInput };

interface CampaignRow {
  id: string;
  version: number;
  type: CampaignType;
  title: string;
  starts_at: Date;
  ends_at: Date;
  active: boolean;
  gift_credits: number | string | null;
  signed_up_after: Date | null;
  percent_off: number | null;
  amount_off: number | string | null;
  currency: string | null;
  credit_package_ids: string[] | null;
}

const COLUMNS = 'id, version, type, title, starts_at, ends_at, active, gift_credits, signed_up_after, percent_off, amount_off, currency, credit_package_ids';

/** The stored row as the API shows it: the common fields and its type's, nothing else. */
function toCampaign(row: CampaignRow): Campaign {
  const common = { id: row.id, version: row.version, title: row.title, startsAt: isoInstant(row.starts_at), endsAt: isoInstant(row.ends_at), active: row.active };
  switch (row.type) {
    case 'gift_new_members':
      return { ...common, type: row.type, giftCredits: Number(row.gift_credits) };
    case 'gift_first_verification':
      return { ...common, type: row.type, giftCredits: Number(row.gift_credits), ...(row.signed_up_after ? { signedUpAfter: isoInstant(row.signed_up_after) } : {}) };
    case 'discount_all_credit_packages':
      return { ...common, type: row.type, percentOff: Number(row.percent_off) };
    case 'discount_selected_credit_packages':
      return {
        ...common,
        type: row.type,
        creditPackageIds: row.credit_package_ids ?? [],
        ...(row.percent_off !== null ? { percentOff: row.percent_off } : { amountOff: Number(row.amount_off), currency: row.currency as string }),
      };
  }
}

/** The column values of `input`, in the order of {@link VALUE_COLUMNS}. */
function valuesOf(input: CampaignInput): unknown[] {
  const field = <K extends string>(key: K): unknown => (key in input ? (input as Record<string, unknown>)[key] : null);
  const ids = field('creditPackageIds');
  return [
    input.type,
    input.title,
    input.startsAt,
    input.endsAt,
    input.active,
    field('giftCredits'),
    field('signedUpAfter'),
    field('percentOff'),
    field('amountOff'),
    field('currency'),
    ids === null ? null : JSON.stringify(ids),
  ];
}

/** Latest start first, ties by id: a listing position. */
export interface CampaignKey {
  startsAt: string;
  id: string;
}

/** A page request of the listing. */
export interface CampaignListQuery {
  active?: boolean | undefined;
  type?: CampaignType | undefined;
  limit: number;
  /** The last campaign of the previous page. */
  after?: CampaignKey | undefined;
}

/** One page of campaigns, latest start first (ties by id descending). */
export async function listCampaigns(db: Queryable, query: CampaignListQuery): Promise<Campaign[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: (n: number) => string, value: unknown) => {
    params.push(value);
    where.push(sql(params.length));
  };
  if (query.active !== undefined) add((n) => `active = $${n}`, query.active);
  if (query.type !== undefined) add((n) => `type = $${n}`, query.type);
  if (query.after) {
    params.push(query.after.startsAt, query.after.id);
    where.push(`(starts_at, id) < ($${params.length - 1}::timestamptz, $${params.length})`);
  }
  params.push(query.limit);
  const { rows } = await db.query<CampaignRow>(
    `SELECT ${COLUMNS} FROM campaigns ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY starts_at DESC, id DESC LIMIT $${params.length}`,
    params,
  );
  return rows.map(toCampaign);
}

/** The campaign `id` (locked for the transaction with `forUpdate`), or `null`. */
export async function findCampaign(db: Queryable, id: string, forUpdate = false): Promise<Campaign | null> {
  const { rows } = await db.query<CampaignRow>(`SELECT ${COLUMNS} FROM campaigns WHERE id = $1${forUpdate ? ' FOR UPDATE' : ''}`, [id]);
  return rows[0] ? toCampaign(rows[0]) : null;
}

/** Inserts a campaign at version 1. */
export async function insertCampaign(db: Queryable, input: CampaignInput): Promise<Campaign> {
  const { rows } = await db.query<CampaignRow>(
    `INSERT INTO campaigns (id, type, title, starts_at, ends_at, active, gift_credits, signed_up_after, percent_off, amount_off, currency, credit_package_ids)
     VALUES ($1, $2, $3, $4::timestamptz, $5::timestamptz, $6, $7, $8::timestamptz, $9, $10, $11, $12::jsonb) RETURNING ${COLUMNS}`,
    [newId('cmp'), ...valuesOf(input)],
  );
  return toCampaign(rows[0] as CampaignRow);
}

/** Replaces the fields of campaign `id` (of the same type) if still at `version`; returns it at version + 1, or `null`. */
export async function updateCampaign(db: Queryable, id: string, version: number, input: CampaignInput): Promise<Campaign | null> {
  const { rows } = await db.query<CampaignRow>(
    `UPDATE campaigns SET title = $4, starts_at = $5::timestamptz, ends_at = $6::timestamptz, active = $7, gift_credits = $8,
       signed_up_after = $9::timestamptz, percent_off = $10, amount_off = $11, currency = $12, credit_package_ids = $13::jsonb,
       version = version + 1, updated_at = now()
     WHERE id = $1 AND version = $2 AND type = $3 RETURNING ${COLUMNS}`,
    [id, version, ...valuesOf(input)],
  );
  return rows[0] ? toCampaign(rows[0]) : null;
}

/** The discount campaigns that run at `nowMs` (`active`, `startsAt` ≤ now < `endsAt`). */
export async function runningDiscountCampaigns(db: Queryable, nowMs: number): Promise<Campaign[]> {
  const { rows } = await db.query<CampaignRow>(
    `SELECT ${COLUMNS} FROM campaigns
     WHERE active AND type IN ('discount_all_credit_packages', 'discount_selected_credit_packages')
       AND starts_at <= $1::timestamptz AND ends_at > $1::timestamptz`,
    [isoInstant(nowMs)],
  );
  return rows.map(toCampaign);
}

/** A gift campaign that may give a customer credits. */
export interface GiftCampaign {
  id: string;
  title: string;
  giftCredits: number;
}

/**
 * The campaigns of `type` running at `nowMs` that gift the customer `customerId` and have not yet:
 * for `gift_first_verification`, only those without `signedUpAfter` or whose `signedUpAfter` is
 * before the customer was created.
 */
export async function giftsDue(db: Queryable, type: 'gift_new_members' | 'gift_first_verification', customerId: string, nowMs: number): Promise<GiftCampaign[]> {
  const { rows } = await db.query<{ id: string; title: string; gift_credits: number | string }>(
    `SELECT c.id, c.title, c.gift_credits FROM campaigns c JOIN customers cu ON cu.id = $3
     WHERE c.active AND c.type = $1 AND c.starts_at <= $2::timestamptz AND c.ends_at > $2::timestamptz
       AND (c.signed_up_after IS NULL OR cu.created_at > c.signed_up_after)
       AND NOT EXISTS (SELECT 1 FROM campaign_grants g WHERE g.campaign_id = c.id AND g.customer_id = $3)
     ORDER BY c.starts_at, c.id`,
    [type, isoInstant(nowMs), customerId],
  );
  return rows.map((row) => ({ id: row.id, title: row.title, giftCredits: Number(row.gift_credits) }));
}

/**
 * Records that `campaign` gifted the customer, unless it already did (the primary key decides,
 * under any concurrency); whether this call recorded it. Call in the transaction of the ledger
 * entry, so a gift is recorded exactly when its credits are granted.
 */
export async function recordGift(tx: Queryable, campaign: GiftCampaign, customerId: string, nowMs: number): Promise<boolean> {
  const { rows } = await tx.query(
    `INSERT INTO campaign_grants (campaign_id, customer_id, credits, created_at) VALUES ($1, $2, $3, $4::timestamptz)
     ON CONFLICT (campaign_id, customer_id) DO NOTHING RETURNING campaign_id`,
    [campaign.id, customerId, campaign.giftCredits, isoInstant(nowMs)],
  );
  return rows.length === 1;
}

/**
 * Sets the customer's `email_verified_at` to `nowMs` unless it is set; whether this call was the
 * first verification (decided by the row's update, so of two concurrent calls one wins).
 */
export async function markEmailVerified(tx: Queryable, customerId: string, nowMs: number): Promise<boolean> {
  const { rows } = await tx.query(
    'UPDATE customers SET email_verified_at = $2::timestamptz WHERE id = $1 AND email_verified_at IS NULL RETURNING id',
    [customerId, isoInstant(nowMs)],
  );
  return rows.length === 1;
}
