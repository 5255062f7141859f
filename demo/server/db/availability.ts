import { PACKAGE_LIMITS, type BusyPeriod, type DateOverride, type WeeklyRule } from '../../../src/core/index.js';
import type * as Wire from '../../../src/wire/index.js';
import { isoInstant, MS_PER_MINUTE } from '../scheduling/time.js';
import type { Queryable } from './database.js';
import { newId } from './ids.js';

/** A stored blocked period, as openapi.yaml describes it. */
export type Block = Wire.Block;
/** An expert's availability as openapi.yaml describes it, with the slot engine's narrower rules. */
export type Availability = Omit<Wire.Availability, 'weekly' | 'overrides'> & { weekly: WeeklyRule[]; overrides: DateOverride[] };

/** A validated availability to store: blocks without ids (they are replaced as a whole). */
export interface AvailabilityInput {
  timeZone: string;
  weekly: WeeklyRule[];
  overrides: DateOverride[];
  blocks: Omit<Block, 'id'>[];
}

interface AvailabilityRow {
  expert_id: string;
  time_zone: string;
  version: number;
  weekly: WeeklyRule[];
  overrides: DateOverride[];
}

interface BlockRow {
  id: string;
  starts_at: Date;
  ends_at: Date;
  reason: string;
}

async function blocksOf(db: Queryable, expertId: string): Promise<Block[]> {
  const { rows } = await db.query<BlockRow>(
    'SELECT id, starts_at, ends_at, reason FROM availability_blocks WHERE expert_id = $1 ORDER BY starts_at, id',
    [expertId],
  );
  return rows.map((row) => ({ id: row.id, start: isoInstant(row.starts_at), end: isoInstant(row.ends_at), reason: row.reason }));
}

/**
 * The availability of expert `expertId`, or `null` when there is no such expert. With `lock`, the
 * availability row is locked until the transaction ends.
 */
export async function findAvailability(db: Queryable, expertId: string, lock = false): Promise<Availability | null> {
  const { rows } = await db.query<AvailabilityRow>(
    `SELECT a.expert_id, e.time_zone, a.version, a.weekly, a.overrides
     FROM availability a JOIN experts e ON e.id = a.expert_id
     WHERE a.expert_id = $1${lock ? ' FOR UPDATE' : ''}`,
    [expertId],
  );
  const row = rows[0];
  if (!row) return null;
  return {
    expertId: row.expert_id,
    timeZone: row.time_zone,
    version: row.version,
    // jsonb keeps keys in its own order; answer in the documented one.
    weekly: row.weekly.map(({ weekday, start, end }) => ({ weekday, start, end })),
    overrides: row.overrides.map(({ date, intervals }) => ({ date, intervals: intervals.map(({ start, end }) => ({ start, end })) })),
    blocks: await blocksOf(db, expertId),
  };
}

/**
 * Replaces the availability of `expertId` (zone, rules, overrides and every block) if it is still
 * at `expectedVersion`, bumping the version; `bumpVersion: false` keeps it (the seed's first
 * write). Returns the stored availability, or `null` when the version did not match.
 */
export async function replaceAvailability(
  tx: Queryable,
  expertId: string,
  expectedVersion: number,
  input: AvailabilityInput,
  { bumpVersion = true } = {},
): Promise<Availability | null> {
  const updated = await tx.query(
    `UPDATE availability SET weekly = $3::jsonb, overrides = $4::jsonb, updated_at = now(),
       version = version + $5
     WHERE expert_id = $1 AND version = $2 RETURNING 1`,
    [expertId, expectedVersion, JSON.stringify(input.weekly), JSON.stringify(input.overrides), bumpVersion ? 1 : 0],
  );
  if (updated.rows.length === 0) return null;
  await tx.query('UPDATE experts SET time_zone = $2, updated_at = now() WHERE id = $1 AND time_zone <> $2', [expertId, input.timeZone]);
  await tx.query('DELETE FROM availability_blocks WHERE expert_id = $1', [expertId]);
  for (const block of input.blocks) {
    await tx.query(
      'INSERT INTO availability_blocks (id, expert_id, starts_at, ends_at, reason) VALUES ($1, $2, $3, $4, $5)',
      [newId('blk'), expertId, block.start, block.end, block.reason],
    );
  }
  return findAvailability(tx, expertId);
}

/** The blocks of `expertId` overlapping `[fromMs, toMs)`, as busy periods. */
export async function blockedPeriods(db: Queryable, expertId: string, fromMs: number, toMs: number): Promise<BusyPeriod[]> {
  const { rows } = await db.query<{ starts_at: Date; ends_at: Date }>(
    `SELECT starts_at, ends_at FROM availability_blocks
     WHERE expert_id = $1 AND ends_at > $2::timestamptz AND starts_at < $3::timestamptz`,
    [expertId, isoInstant(fromMs), isoInstant(toMs)],
  );
  return rows.map((row) => ({ start: isoInstant(row.starts_at), end: isoInstant(row.ends_at) }));
}

/** What the slots of one package are computed from, read in one statement by {@link findSlotSource}. */
export interface SlotSource {
  /** The expert's availability without its blocks (they are in `busy`). */
  availability: Omit<Availability, 'version' | 'blocks'>;
  /** The package's session and break, or `null` when the expert has no package of that id. */
  package: { durationMinutes: number; breakMinutes: number } | null;
  /**
   * What can overlap the span (session and break) of a slot starting in the range: the blocks, and
   * the live reservations (bookings, holds unexpired at `nowMs`) as `reservedPeriods` (db/holds.ts)
   * reads them, each covering its session and break.
   */
  busy: BusyPeriod[];
}

interface SlotSourceRow {
  time_zone: string;
  weekly: WeeklyRule[];
  overrides: DateOverride[];
  /** `[durationMinutes, breakMinutes]`, or null. */
  package: [number, number] | null;
  busy: [Date, Date][];
}

/** The longest span (session and break) a package can have, in ms: the table's checks bound both. */
const LONGEST_SPAN_MS = (PACKAGE_LIMITS.durationMinutes.max + PACKAGE_LIMITS.breakMinutes.max) * MS_PER_MINUTE;

/**
 * Reads in one statement (the slots route is the widget's busiest) the availability of
 * `expertId`, its package `packageId`, and what is busy for the slots starting in
 * `[fromMs, toMs)` at `nowMs`; `null` when there is no such expert. Busy periods are read up to
 * the longest span any package can have after `toMs`, so that the statement does not depend on
 * the package's (cheaper to plan); those starting after this package's last span change nothing.
 */
export async function findSlotSource(
  db: Queryable,
  expertId: string,
  packageId: string,
  range: { fromMs: number; toMs: number; nowMs: number },
): Promise<SlotSource | null> {
  // Math.max: a reversed range (refused by the route after this read) reads nothing rather than failing.
  const busyEndMs = Math.max(range.fromMs, range.toMs + LONGEST_SPAN_MS);
  const { rows } = await db.query<SlotSourceRow>(
    `SELECT e.time_zone, a.weekly, a.overrides,
       (SELECT ARRAY[k.duration_minutes, k.break_minutes] FROM packages k WHERE k.id = $2 AND k.expert_id = $1) AS package,
       ARRAY(
         SELECT ARRAY[b.starts_at, b.ends_at] FROM availability_blocks b
         WHERE b.expert_id = $1 AND b.ends_at > $3::timestamptz AND b.starts_at < $4::timestamptz
         UNION ALL
         SELECT ARRAY[lower(r.span), upper(r.span)] FROM reservations r
         WHERE r.expert_id = $1 AND r.span && tstzrange($3::timestamptz, $4::timestamptz, '[)')
           AND (r.expires_at IS NULL OR r.expires_at > $5::timestamptz)
       ) AS busy
     FROM availability a JOIN experts e ON e.id = a.expert_id
     WHERE a.expert_id = $1`,
    [expertId, packageId, isoInstant(range.fromMs), isoInstant(busyEndMs), isoInstant(range.nowMs)],
  );
  const row = rows[0];
  if (!row) return null;
  return {
    availability: {
      expertId,
      timeZone: row.time_zone,
      // Read by the slot engine only: the order of the keys does not matter here.
      weekly: row.weekly,
      overrides: row.overrides,
    },
    package: row.package ? { durationMinutes: row.package[0], breakMinutes: row.package[1] } : null,
    busy: row.busy.map(([start, end]) => ({ start: isoInstant(start), end: isoInstant(end) })),
  };
}
