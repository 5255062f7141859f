/**
 * Coupons and their codes (migration 015) as the admin routes write and read them. A code's
 * `uses` counts the uses of that code that are paid or held by a payment still in progress at
 * the server's clock (never the database's `now()`, so that an injected clock decides).
 */
import { randomBytes } from 'node:crypto';
import type { Coupon, CouponInput } from '../../../src/core/validate-coupon.js';
import { isoInstant } from '../scheduling/time.js';
import type { Queryable } from './database.js';
import { newId } from './ids.js';

export type { Coupon, CouponInput };

/** The letters of a generated code: no I, L, O, 0 or 1, which read alike. */
export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** A generated code: 12 letters of {@link CODE_ALPHABET} in groups of four. */
export const GENERATED_CODE = /^[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}$/;

const CODE_LETTERS = 12;
/** The largest multiple of the alphabet's size below 256: bytes from here on are drawn again. */
const UNBIASED_LIMIT = 256 - (256 % CODE_ALPHABET.length);

/**
 * A new unguessable code such as `K7QM-X2RD-9HTP`: 12 letters drawn uniformly from a
 * cryptographic source (bytes at or above {@link UNBIASED_LIMIT} are rejected, so no letter is
 * likelier than another), about 59 bits.
 */
export function newCouponCode(): string {
  let letters = '';
  while (letters.length < CODE_LETTERS) {
    for (const byte of randomBytes(CODE_LETTERS * 2)) {
      if (byte < UNBIASED_LIMIT && letters.length < CODE_LETTERS) letters += CODE_ALPHABET[byte % CODE_ALPHABET.length];
    }
  }
  return `${letters.slice(0, 4)}-${letters.slice(4, 8)}-${letters.slice(8)}`;
}

/** A stored coupon row. */
export interface CouponRow {
  id: string;
  title: string;
  gift_credits: number | string | null;
  percent_off: number | null;
  applies_to: Coupon['appliesTo'];
  uses_per_customer: number;
  total_uses: number | null;
  starts_at: Date;
  expires_at: Date | null;
  new_members_only: boolean;
  expert_ids: string[] | null;
  active: boolean;
  created_at: Date;
}

const COLUMNS =
  'id, title, gift_credits, percent_off, applies_to, uses_per_customer, total_uses, starts_at, expires_at, new_members_only, expert_ids, active, created_at';

/** A stored coupon row and its codes as the API shows them. */
export function couponOfRow(row: CouponRow, codes: Coupon['codes']): Coupon {
  return {
    id: row.id,
    title: row.title,
    codes,
    value: row.gift_credits !== null ? { giftCredits: Number(row.gift_credits) } : { percentOff: Number(row.percent_off) },
    appliesTo: row.applies_to,
    usesPerCustomer: row.uses_per_customer,
    totalUses: row.total_uses,
    startsAt: isoInstant(row.starts_at),
    expiresAt: row.expires_at === null ? null : isoInstant(row.expires_at),
    newMembersOnly: row.new_members_only,
    expertIds: row.expert_ids,
    active: row.active,
    createdAt: isoInstant(row.created_at),
  };
}

/** The codes of the coupons `ids`, ordered by code, each with its uses counted at `nowMs`. */
async function codesOf(db: Queryable, ids: readonly string[], nowMs: number): Promise<Map<string, Coupon['codes']>> {
  const { rows } = await db.query<{ coupon_id: string; code: string; uses: number | string }>(
    `SELECT k.coupon_id, k.code,
       count(u.id) FILTER (WHERE u.status = 'used' OR (u.status = 'held' AND u.held_until > $2::timestamptz)) AS uses
     FROM coupon_codes k LEFT JOIN coupon_uses u ON u.code = k.code
     WHERE k.coupon_id = ANY($1::text[])
     GROUP BY k.coupon_id, k.code ORDER BY k.coupon_id, k.code`,
    [ids, isoInstant(nowMs)],
  );
  const byCoupon = new Map<string, Coupon['codes']>();
  for (const row of rows) {
    const codes = byCoupon.get(row.coupon_id) ?? [];
    codes.push({ code: row.code, uses: Number(row.uses) });
    byCoupon.set(row.coupon_id, codes);
  }
  return byCoupon;
}

/** The coupons of `rows`, in their order, with their codes at `nowMs`. */
async function withCodes(db: Queryable, rows: readonly CouponRow[], nowMs: number): Promise<Coupon[]> {
  if (rows.length === 0) return [];
  const codes = await codesOf(db, rows.map((row) => row.id), nowMs);
  return rows.map((row) => couponOfRow(row, codes.get(row.id) ?? []));
}

/** Inserts `codes` for `couponId` unless taken (by any coupon); the codes actually inserted. */
async function insertCodes(tx: Queryable, couponId: string, codes: readonly string[]): Promise<Set<string>> {
  const { rows } = await tx.query<{ code: string }>(
    'INSERT INTO coupon_codes (code, coupon_id) SELECT code, $2 FROM unnest($1::text[]) AS code ON CONFLICT (code) DO NOTHING RETURNING code',
    [codes, couponId],
  );
  return new Set(rows.map((row) => row.code));
}

/**
 * Inserts a coupon created at `nowMs` with its codes: `input.count` generated ones (a code that
 * happens to be taken is drawn again), or the named `input.code`. Resolves with the coupon, or
 * `'code_taken'` when the named code belongs to a coupon already: the caller then rolls back its
 * transaction, which holds the coupon row.
 */
export async function insertCoupon(tx: Queryable, input: CouponInput, nowMs: number): Promise<Coupon | 'code_taken'> {
  const id = newId('cpn');
  const value = input.value;
  await tx.query(
    `INSERT INTO coupons (id, title, gift_credits, percent_off, applies_to, uses_per_customer, total_uses, starts_at, expires_at, new_members_only, expert_ids, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8::timestamptz, $9::timestamptz, $10, $11::jsonb, $12::timestamptz)`,
    [
      id,
      input.title,
      'giftCredits' in value ? value.giftCredits : null,
      'percentOff' in value ? value.percentOff : null,
      input.appliesTo,
      input.usesPerCustomer,
      input.totalUses ?? null,
      input.startsAt,
      input.expiresAt ?? null,
      input.newMembersOnly,
      input.expertIds === undefined ? null : JSON.stringify(input.expertIds),
      isoInstant(nowMs),
    ],
  );
  if (input.code !== undefined) {
    if ((await insertCodes(tx, id, [input.code.toUpperCase()])).size === 0) return 'code_taken';
  } else {
    let missing = input.count ?? 1;
    while (missing > 0) {
      const drawn = new Set(Array.from({ length: missing }, newCouponCode));
      missing -= (await insertCodes(tx, id, [...drawn])).size;
    }
  }
  return (await findCoupon(tx, id, nowMs)) as Coupon;
}

/** The coupon `id` with its codes (ordered by code) and their uses at `nowMs`, or `null`. */
export async function findCoupon(db: Queryable, id: string, nowMs: number): Promise<Coupon | null> {
  const { rows } = await db.query<CouponRow>(`SELECT ${COLUMNS} FROM coupons WHERE id = $1`, [id]);
  return (await withCodes(db, rows, nowMs))[0] ?? null;
}

/**
 * The coupon one of whose codes is `code` (any case), with the code as stored (uppercase), or
 * `null` for an unknown code.
 */
export async function findCouponByCode(db: Queryable, code: string, nowMs: number): Promise<{ coupon: Coupon; code: string } | null> {
  const stored = code.toUpperCase();
  const { rows } = await db.query<CouponRow>(`SELECT ${COLUMNS} FROM coupons WHERE id = (SELECT coupon_id FROM coupon_codes WHERE code = $1)`, [stored]);
  const coupon = (await withCodes(db, rows, nowMs))[0];
  return coupon ? { coupon, code: stored } : null;
}

/** Newest first, ties by id: a listing position. */
export interface CouponKey {
  createdAt: string;
  id: string;
}

/** A page request of the listing. */
export interface CouponListQuery {
  active?: boolean | undefined;
  limit: number;
  /** The last coupon of the previous page. */
  after?: CouponKey | undefined;
}

/** One page of coupons, newest first (ties by id descending), their codes' uses counted at `nowMs`. */
export async function listCoupons(db: Queryable, query: CouponListQuery, nowMs: number): Promise<Coupon[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  if (query.active !== undefined) {
    params.push(query.active);
    where.push(`active = $${params.length}`);
  }
  if (query.after) {
    params.push(query.after.createdAt, query.after.id);
    where.push(`(created_at, id) < ($${params.length - 1}::timestamptz, $${params.length})`);
  }
  params.push(query.limit);
  const { rows } = await db.query<CouponRow>(
    `SELECT ${COLUMNS} FROM coupons ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY created_at DESC, id DESC LIMIT $${params.length}`,
    params,
  );
  return withCodes(db, rows, nowMs);
}

/** Sets the coupon `id` inactive (again, if it was already); the coupon at `nowMs`, or `null` when there is none. */
export async function deactivateCoupon(db: Queryable, id: string, nowMs: number): Promise<Coupon | null> {
  const { rowCount } = await db.query('UPDATE coupons SET active = false WHERE id = $1', [id]);
  return rowCount === 0 ? null : findCoupon(db, id, nowMs);
}
