/**
 * Storage of background jobs (the `jobs` table): enqueued once per dedupe key, claimed by one
 * runner at a time under a lease (`FOR UPDATE SKIP LOCKED`, so several server instances can poll
 * one database), then marked done, moved on for a retry, or failed for good. Every instant is
 * the server clock's, passed in; the database's `now()` is never read.
 */
import { isoInstant } from '../scheduling/time.js';
import type { Database, Queryable } from './database.js';

/** A job a runner claimed. */
export interface Job {
  id: number;
  kind: string;
  /** The dedupe key: one job per key, however often it is enqueued. */
  key: string;
  payload: Record<string, unknown>;
  runAtMs: number;
  /** Attempts started, this one included. */
  attempts: number;
  /** The claim's lease: the job is this runner's until then (and its outcome is recorded only while it holds). */
  lockedUntilMs: number;
  /** The error of the previous attempt, if one failed. */
  lastError: string | null;
}

/** What {@link enqueue} stores. */
export interface NewJob {
  kind: string;
  key: string;
  /** Not before this instant (epoch ms or a Date). */
  runAt: number | Date;
  payload?: Record<string, unknown>;
}

/** How {@link claimDue} claims. */
export interface ClaimOptions {
  /** How long a claimed job is the runner's before another may take it up; default {@link JOB_LEASE_MS}. */
  leaseMs?: number;
  /** Attempts a job gets in all; default {@link MAX_JOB_ATTEMPTS}. */
  maxAttempts?: number;
}

/** The default lease of a claimed job: 5 minutes. */
export const JOB_LEASE_MS = 5 * 60_000;

/** The default number of attempts a job gets before it stays failed. */
export const MAX_JOB_ATTEMPTS = 8;

/** The longest error text kept on a job. */
const MAX_ERROR_CHARS = 1000;

/** What a job failed with after its lease ran out during its last attempt. */
export const LEASE_EXPIRED_ERROR = 'The runner stopped during the last attempt (its lease ran out).';

interface JobRow {
  id: number | string;
  kind: string;
  dedupe_key: string;
  payload: Record<string, unknown>;
  run_at: Date;
  attempts: number;
  locked_until: Date;
  last_error: string | null;
}

const toJob = (row: JobRow): Job => ({
  id: Number(row.id),
  kind: row.kind,
  key: row.dedupe_key,
  payload: row.payload,
  runAtMs: row.run_at.getTime(),
  attempts: row.attempts,
  lockedUntilMs: row.locked_until.getTime(),
  lastError: row.last_error,
});

const instant = (value: number | Date) => isoInstant(typeof value === 'number' ? value : value.getTime());

/**
 * Stores `job`, created at `nowMs`, unless a job with its key exists (`ON CONFLICT DO NOTHING`:
 * enqueueing is idempotent, from any instance, in any transaction). Whether it was stored now.
 */
export async function enqueue(tx: Queryable, job: NewJob, nowMs: number): Promise<boolean> {
  const { rowCount } = await tx.query(
    `INSERT INTO jobs (kind, dedupe_key, payload, run_at, created_at)
     VALUES ($1, $2, $3::jsonb, $4::timestamptz, $5::timestamptz)
     ON CONFLICT (dedupe_key) DO NOTHING`,
    [job.kind, job.key, JSON.stringify(job.payload ?? {}), instant(job.runAt), isoInstant(nowMs)],
  );
  return rowCount > 0;
}

/**
 * Claims up to `limit` jobs due at `nowMs`, oldest due first, in one short transaction: rows
 * another runner is claiming are skipped (`FOR UPDATE SKIP LOCKED`), each claimed job counts an
 * attempt and is leased until `nowMs + leaseMs`. A job whose lease ran out (its runner crashed)
 * is due again; one that ran out during its last attempt is marked failed instead.
 */
export async function claimDue(db: Database, nowMs: number, limit: number, options: ClaimOptions = {}): Promise<Job[]> {
  const leaseMs = options.leaseMs ?? JOB_LEASE_MS;
  const maxAttempts = options.maxAttempts ?? MAX_JOB_ATTEMPTS;
  const now = isoInstant(nowMs);
  return db.transaction(async (tx) => {
    await tx.query(
      `UPDATE jobs SET failed_at = $1::timestamptz, locked_until = NULL, last_error = $3
       WHERE done_at IS NULL AND failed_at IS NULL AND attempts >= $2 AND locked_until <= $1::timestamptz`,
      [now, maxAttempts, LEASE_EXPIRED_ERROR],
    );
    const { rows } = await tx.query<JobRow>(
      `WITH due AS (
         SELECT id FROM jobs
         WHERE done_at IS NULL AND failed_at IS NULL AND attempts < $3 AND run_at <= $1::timestamptz
           AND (locked_until IS NULL OR locked_until <= $1::timestamptz)
         ORDER BY run_at, id
         LIMIT $4
         FOR UPDATE SKIP LOCKED
       )
       UPDATE jobs SET attempts = jobs.attempts + 1, locked_until = $2::timestamptz
       FROM due WHERE jobs.id = due.id
       RETURNING jobs.id, jobs.kind, jobs.dedupe_key, jobs.payload, jobs.run_at, jobs.attempts, jobs.locked_until, jobs.last_error`,
      [now, isoInstant(nowMs + leaseMs), maxAttempts, limit],
    );
    return rows.map(toJob).sort((a, b) => a.runAtMs - b.runAtMs || a.id - b.id);
  });
}

/**
 * Marks the claimed `job` done at `nowMs`. Whether it was recorded: not when the lease was lost
 * (it ran out and another runner claimed the job since).
 */
export async function completeJob(db: Queryable, job: Job, nowMs: number): Promise<boolean> {
  const { rowCount } = await db.query(
    `UPDATE jobs SET done_at = $2::timestamptz, locked_until = NULL
     WHERE id = $1 AND locked_until = $3::timestamptz AND done_at IS NULL AND failed_at IS NULL`,
    [job.id, isoInstant(nowMs), isoInstant(job.lockedUntilMs)],
  );
  return rowCount > 0;
}

/**
 * Records that the claimed `job` failed with `error` at `nowMs`: due again at `retryAtMs`, or,
 * when that is `null` (no attempt left), failed for good (it stays in the table with its error).
 * Whether it was recorded: not when the lease was lost.
 */
export async function failJob(db: Queryable, job: Job, nowMs: number, error: string, retryAtMs: number | null): Promise<boolean> {
  const { rowCount } = await db.query(
    `UPDATE jobs SET last_error = $2, locked_until = NULL,
       run_at = COALESCE($3::timestamptz, run_at),
       failed_at = CASE WHEN $3::timestamptz IS NULL THEN $4::timestamptz END
     WHERE id = $1 AND locked_until = $5::timestamptz AND done_at IS NULL AND failed_at IS NULL`,
    [job.id, error.slice(0, MAX_ERROR_CHARS), retryAtMs === null ? null : isoInstant(retryAtMs), isoInstant(nowMs), isoInstant(job.lockedUntilMs)],
  );
  return rowCount > 0;
}
