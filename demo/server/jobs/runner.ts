/**
 * The job runner: on each tick it lets the planners enqueue what has become due (reminders), then
 * claims due jobs (see `db/jobs.ts`: one runner per job across server instances) and runs each
 * kind's handler. Success marks the job done; a failure schedules the next attempt with an
 * exponential backoff, and after the last attempt the job stays failed, with its error, in the
 * table and the log. Every instant is the injected server clock's.
 */
import type { Logger } from '../config.js';
import type { Database } from '../db/database.js';
import { claimDue, completeJob, failJob, MAX_JOB_ATTEMPTS, type Job } from '../db/jobs.js';
import { retryDelayMs } from './backoff.js';

/** Runs one kind of job; resolves when the job is done (including "nothing to do"), rejects to retry it. */
export type JobHandler = (job: Job, nowMs: number) => Promise<void>;

/** Enqueues the jobs that have become due at `nowMs` (idempotently); resolves with how many it added. */
export type JobPlanner = (db: Database, nowMs: number) => Promise<number>;

/** What {@link createJobRunner} needs. */
export interface JobRunnerOptions {
  db: Database;
  /** The server clock. */
  clock: () => Date;
  log: Logger;
  /** The handler of each job kind. */
  handlers: Readonly<Record<string, JobHandler>>;
  /** Run first on every tick. */
  planners?: readonly JobPlanner[];
  /** Jobs claimed at once; default 20. */
  batchSize?: number;
  /** How long a claimed job is this runner's; default `JOB_LEASE_MS`. */
  leaseMs?: number;
  /** Attempts a job gets; default `MAX_JOB_ATTEMPTS`. */
  maxAttempts?: number;
}

/** What one tick did. */
export interface JobTickResult {
  /** Jobs the planners enqueued. */
  planned: number;
  /** Jobs whose handler succeeded. */
  done: number;
  /** Jobs that failed and will be tried again. */
  retried: number;
  /** Jobs that failed their last attempt. */
  failed: number;
}

/** A runner of the jobs of one database. */
export interface JobRunner {
  /** Plans, then claims and runs every due job, once; ticks may overlap (each job still runs once). */
  tick(): Promise<JobTickResult>;
  /** Ticks now and then every `pollMs` after a tick ends, until {@link stop}. */
  start(pollMs: number): void;
  /** Stops polling and waits for the ticks in flight. */
  stop(): Promise<void>;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Creates a runner; nothing happens until {@link JobRunner.tick} or {@link JobRunner.start}. */
export function createJobRunner(options: JobRunnerOptions): JobRunner {
  const { db, log, handlers } = options;
  const batchSize = options.batchSize ?? 20;
  const maxAttempts = options.maxAttempts ?? MAX_JOB_ATTEMPTS;
  const claimOptions = { maxAttempts, ...(options.leaseMs === undefined ? {} : { leaseMs: options.leaseMs }) };
  const now = () => options.clock().getTime();
  const inFlight = new Set<Promise<unknown>>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  async function plan(): Promise<number> {
    let planned = 0;
    for (const planner of options.planners ?? []) {
      try {
        planned += await planner(db, now());
      } catch (error) {
        log.error('job planner failed', { error: messageOf(error) });
      }
    }
    return planned;
  }

  async function run(job: Job, result: JobTickResult): Promise<void> {
    const handler = Object.hasOwn(handlers, job.kind) ? handlers[job.kind] : undefined;
    let failure: { error: unknown } | null = null;
    try {
      if (!handler) throw new Error(`No handler runs jobs of kind "${job.kind}".`);
      await handler(job, now());
    } catch (error) {
      failure = { error };
    }
    if (failure === null) {
      if (await completeJob(db, job, now())) result.done += 1;
      else log.error('job lease lost before its success was recorded', { jobId: job.id, kind: job.kind });
      return;
    }
    const error = messageOf(failure.error);
    const last = job.attempts >= maxAttempts;
    const failedAt = now();
    if (!(await failJob(db, job, failedAt, error, last ? null : failedAt + retryDelayMs(job.attempts)))) return;
    if (last) result.failed += 1;
    else result.retried += 1;
    log.error(last ? 'job failed after its last attempt' : 'job attempt failed; it will be retried', {
      jobId: job.id,
      kind: job.kind,
      attempts: job.attempts,
      error,
    });
  }

  async function tickOnce(): Promise<JobTickResult> {
    const result: JobTickResult = { planned: await plan(), done: 0, retried: 0, failed: 0 };
    for (;;) {
      const jobs = await claimDue(db, now(), batchSize, claimOptions);
      for (const job of jobs) await run(job, result);
      if (jobs.length < batchSize || stopped) return result;
    }
  }

  function track<T>(promise: Promise<T>): Promise<T> {
    inFlight.add(promise);
    void promise.finally(() => inFlight.delete(promise)).catch(() => undefined);
    return promise;
  }

  /** Ticks now, then again `pollMs` after each tick ends, until stopped. */
  function loop(pollMs: number): void {
    void track(tickOnce())
      .catch((error: unknown) => log.error('job tick failed', { error: messageOf(error) }))
      .finally(() => {
        if (stopped) return;
        timer = setTimeout(() => loop(pollMs), pollMs);
        timer.unref();
      });
  }

  return {
    tick: () => track(tickOnce()),
    start(pollMs) {
      if (!(pollMs >= 1)) throw new TypeError(`pollMs must be at least 1 (got ${pollMs}).`);
      stopped = false;
      loop(pollMs);
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await Promise.allSettled([...inFlight]);
    },
  };
}
