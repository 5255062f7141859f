import type { BusyPeriod, DateOverride, WeeklyRule } from '../../../src/core/index.js';
import type * as Wire from '../../../src/wire/index.js';
import { isoInstant } from '../scheduling/time.js';
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
