/**
 * The reminder planner, run on every tick of the job runner: it enqueues one `reminder` job per
 * booked booking and reminder offset (the tenant's `reminderMinutes`, e.g. 24 h and 1 h), due at
 * start − offset, under the dedupe key `reminder:<bookingId>:<offsetMinutes>:<start ISO>`. So a
 * tick run twice, or by several instances at once, enqueues each reminder once; a rescheduled
 * booking gets fresh reminders for its new start (the handler skips the old start's), and a
 * cancelled one gets none (no new jobs, and the handler skips those already planned).
 */
import type { Database } from '../db/database.js';
import { isoInstant } from '../scheduling/time.js';

/** The kind of the reminder jobs. */
export const REMINDER_KIND = 'reminder';

/**
 * How far ahead reminders are planned: a reminder is enqueued while its send time is within this
 * window, so every tick looks at the bookings of the next days only.
 */
export const REMINDER_PLANNING_WINDOW_MS = 7 * 24 * 60 * 60_000;

/** The offsets used when the tenant's settings have none stored: 24 hours and 1 hour. */
export const DEFAULT_REMINDER_MINUTES: readonly number[] = [1440, 60];

/**
 * Enqueues the reminders of every booked booking whose send time (start − offset) lies from
 * `nowMs` to `nowMs` + {@link REMINDER_PLANNING_WINDOW_MS}; returns how many jobs it added.
 *
 * An offset whose send time has already passed when the planner first sees the booking is
 * skipped, never sent late: a booking made 2 hours before its start gets its 1-hour reminder but
 * no 24-hour one. "First sees" is the first tick after the booking was made (ticks run every few
 * seconds), read on the injected server clock — not the row's `created_at`, which the database
 * stamps with its own clock. A reminder planned in time but not sent (an instance was down) is
 * still sent late, unless its session has started (see the handler).
 */
export async function planReminders(db: Database, nowMs: number): Promise<number> {
  const { rowCount } = await db.query(
    `WITH offsets AS (
       SELECT DISTINCT unnest(COALESCE((SELECT reminder_minutes FROM tenant_settings LIMIT 1), $3::integer[])) AS minutes
     ),
     due AS (
       SELECT b.id, o.minutes, b.starts_at - make_interval(mins => o.minutes) AS send_at,
              to_char(b.starts_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS starts_at
       FROM bookings b CROSS JOIN offsets o
       WHERE b.status = 'booked'
         AND b.starts_at > $1::timestamptz
         AND b.starts_at <= $2::timestamptz + make_interval(mins => (SELECT COALESCE(max(minutes), 0) FROM offsets))
     )
     INSERT INTO jobs (kind, dedupe_key, payload, run_at, created_at)
     SELECT $4, $4 || ':' || id || ':' || minutes || ':' || starts_at,
            jsonb_build_object('bookingId', id, 'offsetMinutes', minutes, 'startsAt', starts_at),
            send_at, $1::timestamptz
     FROM due
     WHERE send_at >= $1::timestamptz AND send_at <= $2::timestamptz
     ON CONFLICT (dedupe_key) DO NOTHING`,
    [isoInstant(nowMs), isoInstant(nowMs + REMINDER_PLANNING_WINDOW_MS), [...DEFAULT_REMINDER_MINUTES], REMINDER_KIND],
  );
  return rowCount;
}
