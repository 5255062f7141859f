import type { CreditPackage, CreditPackageInput } from '../../../src/core/credit-package.js';
import type { Queryable } from './database.js';
import { newId } from './ids.js';

export type { CreditPackage, CreditPackageInput };

interface CreditPackageRow {
  id: string;
  version: number;
  title: string;
  credits: number | string;
  price: number | string;
  currency: string;
  country: string;
  active: boolean;
  listing_order: number | string;
}

const COLUMNS = 'id, version, title, credits, price, currency, country, active, listing_order';

const toCreditPackage = (row: CreditPackageRow): CreditPackage => ({
  id: row.id,
  version: row.version,
  title: row.title,
  credits: Number(row.credits),
  price: Number(row.price),
  currency: row.currency,
  country: row.country,
  active: row.active,
  listingOrder: Number(row.listing_order),
});

/** Filters of a credit package listing. */
export interface CreditPackageFilter {
  country?: string;
  currency?: string;
  /** Only active (or only inactive) ones. */
  active?: boolean;
}

/** Credit packages matching `filter`, in ascending listing order (ties by id). */
export async function listCreditPackages(db: Queryable, filter: CreditPackageFilter = {}): Promise<CreditPackage[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  for (const [column, value] of [['country', filter.country], ['currency', filter.currency], ['active', filter.active]] as const) {
    if (value === undefined) continue;
    params.push(value);
    where.push(`${column} = $${params.length}`);
  }
  const { rows } = await db.query<CreditPackageRow>(
    `SELECT ${COLUMNS} FROM credit_packages ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY listing_order, id`,
    params,
  );
  return rows.map(toCreditPackage);
}

/** The credit package `id` (locked for the transaction with `forUpdate`), or `null`. */
export async function findCreditPackage(db: Queryable, id: string, forUpdate = false): Promise<CreditPackage | null> {
  const { rows } = await db.query<CreditPackageRow>(
    `SELECT ${COLUMNS} FROM credit_packages WHERE id = $1${forUpdate ? ' FOR UPDATE' : ''}`,
    [id],
  );
  return rows[0] ? toCreditPackage(rows[0]) : null;
}

/** Inserts a credit package at version 1. */
export async function insertCreditPackage(db: Queryable, input: CreditPackageInput): Promise<CreditPackage> {
  const { rows } = await db.query<CreditPackageRow>(
    `INSERT INTO credit_packages (id, title, credits, price, currency, country, active, listing_order)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING ${COLUMNS}`,
    [newId('cpk'), input.title, input.credits, input.price, input.currency, input.country, input.active, input.listingOrder],
  );
  return toCreditPackage(rows[0] as CreditPackageRow);
}

/** Replaces the fields of credit package `id` if it is still at `version`; returns it at version + 1, or `null`. */
export async function updateCreditPackage(db: Queryable, id: string, version: number, input: CreditPackageInput): Promise<CreditPackage | null> {
  const { rows } = await db.query<CreditPackageRow>(
    `UPDATE credit_packages SET title = $3, credits = $4, price = $5, currency = $6, country = $7, active = $8,
       listing_order = $9, version = version + 1, updated_at = now()
     WHERE id = $1 AND version = $2 RETURNING ${COLUMNS}`,
    [id, version, input.title, input.credits, input.price, input.currency, input.country, input.active, input.listingOrder],
  );
  return rows[0] ? toCreditPackage(rows[0]) : null;
}

/** Deletes credit package `id` if it is still at `version`; whether it did. */
export async function deleteCreditPackage(db: Queryable, id: string, version: number): Promise<boolean> {
  const { rowCount } = await db.query('DELETE FROM credit_packages WHERE id = $1 AND version = $2', [id, version]);
  return rowCount === 1;
}

/** The input fields of a stored credit package. */
export function creditPackageInputOf(pkg: CreditPackage): CreditPackageInput {
  const { id: _id, version: _version, ...input } = pkg;
  return input;
}
