import type { AppointmentPackage, AppointmentPackageInput } from '../../../src/core/index.js';
import { effectivePolicy, type BookingPolicy } from '../../../src/core/booking-policy.js';
import type { Queryable } from './database.js';
import { newId } from './ids.js';

interface PackageRow {
  id: string;
  expert_id: string;
  version: number;
  appointment_type: AppointmentPackage['appointmentType'];
  service: AppointmentPackage['service'];
  location: string | null;
  duration_minutes: number;
  fee: number | bigint | string;
  credits: number | bigint | string | null;
  sessions: number;
  break_minutes: number;
  country: string;
  currency: string;
  listing_order: number | bigint | string;
  end_mode: AppointmentPackage['endMode'];
  end_timing: AppointmentPackage['endTiming'];
  title: string;
  description: string;
  archived_at: Date | string | null;
  /** The package's own booking policy: all three set, or all null (the tenant's). */
  cancel_cutoff_hours: number | null;
  reschedule_cutoff_hours: number | null;
  cancel_returns_session: boolean | null;
}

const COLUMNS = `id, expert_id, version, appointment_type, service, location, duration_minutes, fee, credits, sessions,
  break_minutes, country, currency, listing_order, end_mode, end_timing, title, description, archived_at,
  cancel_cutoff_hours, reschedule_cutoff_hours, cancel_returns_session`;

/** The input columns in the order of {@link inputParams}. */
const INPUT_COLUMNS = `appointment_type, service, location, duration_minutes, fee, credits, sessions, break_minutes,
  country, currency, listing_order, end_mode, end_timing, title, description,
  cancel_cutoff_hours, reschedule_cutoff_hours, cancel_returns_session`;

function inputParams(input: AppointmentPackageInput): unknown[] {
  return [
    input.appointmentType,
    input.service,
    input.location ?? null,
    input.durationMinutes,
    input.fee,
    input.credits,
    input.sessions,
    input.breakMinutes,
    input.country,
    input.currency,
    input.listingOrder,
    input.endMode,
    input.endTiming,
    input.title,
    input.description,
    input.bookingPolicy?.cancelCutoffHours ?? null,
    input.bookingPolicy?.rescheduleCutoffHours ?? null,
    input.bookingPolicy?.cancelReturnsSession ?? null,
  ];
}

/** Maps a `packages` row to the wire shape. */
function toPackage(row: PackageRow): AppointmentPackage {
  return {
    id: row.id,
    expertId: row.expert_id,
    version: row.version,
    appointmentType: row.appointment_type,
    service: row.service,
    // Present only when the package names a place (face to face).
    ...(row.location === null ? {} : { location: row.location }),
    durationMinutes: row.duration_minutes,
    fee: Number(row.fee),
    credits: row.credits === null ? null : Number(row.credits),
    sessions: row.sessions,
    breakMinutes: row.break_minutes,
    country: row.country,
    currency: row.currency,
    listingOrder: Number(row.listing_order),
    endMode: row.end_mode,
    endTiming: row.end_timing,
    title: row.title,
    description: row.description,
    // Present only on an archived package: a package on sale reads exactly as before.
    ...(row.archived_at === null ? {} : { archived: true }),
    // Present only when the package has its own policy.
    ...(row.cancel_cutoff_hours === null
      ? {}
      : {
          bookingPolicy: {
            cancelCutoffHours: row.cancel_cutoff_hours,
            rescheduleCutoffHours: row.reschedule_cutoff_hours as number,
            cancelReturnsSession: row.cancel_returns_session as boolean,
          },
        }),
  };
}

/**
 * A package as public answers show it: with `effectivePolicy`, its own policy or else the
 * tenant's `tenantPolicy`. Its own `bookingPolicy` stays when it has one, so that a back office
 * reading the list edits the package without losing it.
 */
export function withEffectivePolicy(pkg: AppointmentPackage, tenantPolicy: BookingPolicy): AppointmentPackage {
  return { ...pkg, effectivePolicy: effectivePolicy(pkg.bookingPolicy, tenantPolicy) };
}

/** The input fields of a stored package (everything but id, expertId and version). */
export function inputOf(pkg: AppointmentPackage): AppointmentPackageInput {
  const { id: _id, expertId: _expertId, version: _version, archived: _archived, effectivePolicy: _effective, ...input } = pkg;
  return input;
}

/** Optional filters of a package listing. */
export interface PackageFilter {
  expertId?: string;
  country?: string;
  currency?: string;
  /** Only packages on sale (`false`) or only archived ones (`true`); both when absent. */
  archived?: boolean;
}

/** A position in the admin keyset order (expertId, listingOrder, id). */
export interface PackageKey {
  expertId: string;
  listingOrder: number;
  id: string;
}

/**
 * Packages matching `filter` in (expertId, listingOrder, id) order, strictly after `after` when
 * given, at most `limit`.
 */
export async function listPackages(
  db: Queryable,
  filter: PackageFilter,
  page: { limit?: number; after?: PackageKey } = {},
): Promise<AppointmentPackage[]> {
  const conditions: string[] = [];
  const params: unknown[] = [];
  const add = (condition: (placeholder: string) => string, value: unknown) => {
    params.push(value);
    conditions.push(condition(`$${params.length}`));
  };
  if (filter.expertId !== undefined) add((p) => `expert_id = ${p}`, filter.expertId);
  if (filter.country !== undefined) add((p) => `country = ${p}`, filter.country);
  if (filter.currency !== undefined) add((p) => `currency = ${p}`, filter.currency);
  if (filter.archived !== undefined) conditions.push(filter.archived ? 'archived_at IS NOT NULL' : 'archived_at IS NULL');
  if (page.after) {
    params.push(page.after.expertId, page.after.listingOrder, page.after.id);
    const n = params.length;
    conditions.push(`(expert_id, listing_order, id) > ($${n - 2}, $${n - 1}::bigint, $${n})`);
  }
  let sql = `SELECT ${COLUMNS} FROM packages`;
  if (conditions.length > 0) sql += ` WHERE ${conditions.join(' AND ')}`;
  sql += ' ORDER BY expert_id, listing_order, id';
  if (page.limit !== undefined) {
    params.push(page.limit);
    sql += ` LIMIT $${params.length}`;
  }
  const { rows } = await db.query<PackageRow>(sql, params);
  return rows.map(toPackage);
}

/** One package, or `null`. With `lock`, the row is locked until the transaction ends. */
export async function findPackage(db: Queryable, id: string, lock = false): Promise<AppointmentPackage | null> {
  const { rows } = await db.query<PackageRow>(
    `SELECT ${COLUMNS} FROM packages WHERE id = $1${lock ? ' FOR UPDATE' : ''}`,
    [id],
  );
  return rows[0] ? toPackage(rows[0]) : null;
}

/** The packages among `ids` that exist (archived ones included), each once, in id order. */
export async function findPackages(db: Queryable, ids: readonly string[]): Promise<AppointmentPackage[]> {
  if (ids.length === 0) return [];
  const { rows } = await db.query<PackageRow>(`SELECT ${COLUMNS} FROM packages WHERE id = ANY($1::text[]) ORDER BY id`, [[...new Set(ids)]]);
  return rows.map(toPackage);
}

/** Inserts a validated package for `expertId` at version 1; `id` defaults to a new random id. */
export async function insertPackage(
  db: Queryable,
  expertId: string,
  input: AppointmentPackageInput,
  id: string = newId('pkg'),
): Promise<AppointmentPackage> {
  const { rows } = await db.query<PackageRow>(
    `INSERT INTO packages (id, expert_id, ${INPUT_COLUMNS})
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20)
     RETURNING ${COLUMNS}`,
    [id, expertId, ...inputParams(input)],
  );
  return toPackage(rows[0] as PackageRow);
}

/**
 * Replaces the input fields of package `id` and bumps its version, provided it is still at
 * `expectedVersion`; returns `null` when it is not (deleted or changed meanwhile).
 */
export async function updatePackage(
  db: Queryable,
  id: string,
  expectedVersion: number,
  input: AppointmentPackageInput,
): Promise<AppointmentPackage | null> {
  const { rows } = await db.query<PackageRow>(
    `UPDATE packages SET (${INPUT_COLUMNS}) = ($3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20),
       version = version + 1, updated_at = now()
     WHERE id = $1 AND version = $2
     RETURNING ${COLUMNS}`,
    [id, expectedVersion, ...inputParams(input)],
  );
  return rows[0] ? toPackage(rows[0]) : null;
}

/** Whether anyone bought package `id` (its purchases and bookings refer to it). */
export async function hasPurchases(db: Queryable, id: string): Promise<boolean> {
  const { rows } = await db.query('SELECT 1 FROM purchases WHERE package_id = $1 LIMIT 1', [id]);
  return rows.length > 0;
}

/**
 * Archives (`archived: true`) or puts back on sale package `id`, bumping its version, provided it
 * is still at `expectedVersion`; returns `null` when it is not. Archiving an archived package
 * keeps its first archive time.
 */
export async function setPackageArchived(
  db: Queryable,
  id: string,
  expectedVersion: number,
  archived: boolean,
  now: Date,
): Promise<AppointmentPackage | null> {
  const { rows } = await db.query<PackageRow>(
    `UPDATE packages SET archived_at = CASE WHEN $3::boolean THEN coalesce(archived_at, $4::timestamptz) END,
       version = version + 1, updated_at = now()
     WHERE id = $1 AND version = $2
     RETURNING ${COLUMNS}`,
    [id, expectedVersion, archived, now.toISOString()],
  );
  return rows[0] ? toPackage(rows[0]) : null;
}

/** Deletes package `id` if still at `expectedVersion`; says whether it did. */
export async function deletePackage(db: Queryable, id: string, expectedVersion: number): Promise<boolean> {
  const { rowCount } = await db.query('DELETE FROM packages WHERE id = $1 AND version = $2', [id, expectedVersion]);
  return rowCount > 0;
}

/**
 * Sets `listingOrder` of each package in `ids` to its index, bumping the version of those whose
 * order changes. The caller checks that `ids` are exactly one expert's packages.
 */
export async function setListingOrder(db: Queryable, ids: readonly string[]): Promise<void> {
  await db.query(
    `UPDATE packages AS p SET listing_order = o.position - 1, version = p.version + 1, updated_at = now()
     FROM unnest($1::text[]) WITH ORDINALITY AS o(id, position)
     WHERE p.id = o.id AND p.listing_order <> o.position - 1`,
    [[...ids]],
  );
}
