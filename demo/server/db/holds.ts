import type { BusyPeriod, Slot } from '../../../src/core/index.js';
import { spanEndMs } from '../../../src/core/index.js';
import { isoInstant, MS_PER_MINUTE } from '../scheduling/time.js';
import type { Queryable } from './database.js';

/** A hold as stored: its token only as a SHA-256 hash. */
export interface StoredHold {
  id: string;
  tokenHash: string;
  expertId: string;
  packageId: string;
  /** The held sessions, ascending. */
  slots: Slot[];
  /** ISO-8601 UTC instant. */
  expiresAt: string;
}

/** A new hold to insert. */
export interface NewHold {
  id: string;
  tokenHash: string;
  expertId: string;
  packageId: string;
  /** Session starts in epoch ms. */
  startsMs: readonly number[];
  durationMinutes: number;
  breakMinutes: number;
  expiresAtMs: number;
}

/** Thrown when a reservation would overlap another of the same expert (the exclusion constraint). */
export class ReservationConflict extends Error {
  override name = 'ReservationConflict' as const;

  constructor(
    /** Index in `NewHold.startsMs` of the start that collided. */
    readonly index: number,
    options?: ErrorOptions,
  ) {
    super(`The reservation at index ${index} overlaps another reservation of the expert.`, options);
  }
}

const EXCLUSION_VIOLATION = '23P01';
const DEADLOCK_DETECTED = '40P01';

function sqlStateOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * Deletes the holds of `expertId` that expired at `nowMs` (server clock), with their reservations,
 * so that they cannot trip the exclusion constraint. Returns how many were deleted.
 */
export async function deleteExpiredHolds(tx: Queryable, expertId: string, nowMs: number): Promise<number> {
  const { rowCount } = await tx.query('DELETE FROM holds WHERE expert_id = $1 AND expires_at <= $2::timestamptz', [
    expertId,
    isoInstant(nowMs),
  ]);
  return rowCount;
}

/**
 * Inserts a hold and one reservation per start, spanning the session and its break. Starts are
 * inserted in ascending order, so concurrent holds meet in the same order. Throws
 * {@link ReservationConflict} when a span overlaps a reservation of the expert (even one of a
 * concurrent, still open transaction: the constraint waits for it).
 */
export async function insertHold(tx: Queryable, hold: NewHold): Promise<void> {
  const expiresAt = isoInstant(hold.expiresAtMs);
  await tx.query(
    `INSERT INTO holds (id, token_hash, expert_id, package_id, expires_at) VALUES ($1, $2, $3, $4, $5::timestamptz)`,
    [hold.id, hold.tokenHash, hold.expertId, hold.packageId, expiresAt],
  );
  const order = hold.startsMs.map((start, index) => ({ start, index })).sort((a, b) => a.start - b.start);
  for (const { start, index } of order) {
    const end = start + hold.durationMinutes * MS_PER_MINUTE;
    const spanEnd = spanEndMs(end, hold.breakMinutes);
    try {
      await tx.query(
        `INSERT INTO reservations (expert_id, kind, hold_id, starts_at, ends_at, span, expires_at)
         VALUES ($1, 'hold', $2, $3::timestamptz, $4::timestamptz, tstzrange($3::timestamptz, $5::timestamptz, '[)'), $6::timestamptz)`,
        [hold.expertId, hold.id, isoInstant(start), isoInstant(end), isoInstant(spanEnd), expiresAt],
      );
    } catch (error) {
      const state = sqlStateOf(error);
      // A deadlock between two holds can only come from overlapping spans: the same conflict.
      if (state === EXCLUSION_VIOLATION || state === DEADLOCK_DETECTED) throw new ReservationConflict(index, { cause: error });
      throw error;
    }
  }
}

/**
 * The live reservations (bookings, unexpired holds at `nowMs`) of `expertId` whose span overlaps
 * `[fromMs, toMs)`, each as a busy period covering its session and break.
 */
export async function reservedPeriods(
  db: Queryable,
  expertId: string,
  fromMs: number,
  toMs: number,
  nowMs: number,
): Promise<BusyPeriod[]> {
  const { rows } = await db.query<{ span_start: Date; span_end: Date }>(
    `SELECT lower(span) AS span_start, upper(span) AS span_end FROM reservations
     WHERE expert_id = $1 AND span && tstzrange($2::timestamptz, $3::timestamptz, '[)')
       AND (expires_at IS NULL OR expires_at > $4::timestamptz)`,
    [expertId, isoInstant(fromMs), isoInstant(toMs), isoInstant(nowMs)],
  );
  return rows.map((row) => ({ start: isoInstant(row.span_start), end: isoInstant(row.span_end) }));
}

/** The hold `id` if it is still live at `nowMs`, else `null`. */
export async function findLiveHold(db: Queryable, id: string, nowMs: number): Promise<StoredHold | null> {
  const { rows } = await db.query<{ id: string; token_hash: string; expert_id: string; package_id: string; expires_at: Date }>(
    'SELECT id, token_hash, expert_id, package_id, expires_at FROM holds WHERE id = $1 AND expires_at > $2::timestamptz',
    [id, isoInstant(nowMs)],
  );
  const row = rows[0];
  if (!row) return null;
  const slots = await db.query<{ starts_at: Date; ends_at: Date }>(
    'SELECT starts_at, ends_at FROM reservations WHERE hold_id = $1 ORDER BY starts_at',
    [id],
  );
  return {
    id: row.id,
    tokenHash: row.token_hash,
    expertId: row.expert_id,
    packageId: row.package_id,
    slots: slots.rows.map((slot) => ({ start: isoInstant(slot.starts_at), end: isoInstant(slot.ends_at) })),
    expiresAt: isoInstant(row.expires_at),
  };
}

/** Deletes hold `id` and its reservations; says whether it existed. */
export async function deleteHold(db: Queryable, id: string): Promise<boolean> {
  const { rowCount } = await db.query('DELETE FROM holds WHERE id = $1', [id]);
  return rowCount > 0;
}
