/**
 * `sessionTimes`: when a session's deadline falls, when the expert is told time is up, and when
 * the call is stopped regardless. The table of DESIGN.md "Session-ending rules":
 *
 * |             | `scheduled_end`              | `full_duration`                                      |
 * |-------------|------------------------------|------------------------------------------------------|
 * | deadline    | scheduled start + duration   | max(client's first join, scheduled start) + duration |
 * | `automatic` | the call ends for both at the deadline                                              |
 * | `by_expert` | the expert is notified at the deadline and ends it; a hard stop ends it later       |
 */
import { END_MODES, END_TIMINGS, type EndMode, type EndTiming } from '../package.js';
import { createUtcFormatter } from '../slots/instant.js';
import { PACKAGE_LIMITS } from '../package.js';
import { requireInstant, requireMinutes, requireOption, requireRecord, type Instant } from './check.js';

/**
 * Minutes a `by_expert` session may run past its deadline before the call is stopped for both,
 * when the caller gives no `overtimeCapMinutes`: long enough to finish a sentence and say
 * goodbye, short enough that a forgotten call does not run on.
 */
export const DEFAULT_OVERTIME_CAP_MINUTES = 15;

/** Limits of `overtimeCapMinutes`, whole minutes (the same range as a package's break). */
export const OVERTIME_CAP_LIMITS = Object.freeze({ min: 0, max: 240 } as const);

/** The package rules and booking that fix a session's times. */
export interface SessionRules {
  endMode: EndMode;
  endTiming: EndTiming;
  /** The booked start. */
  scheduledStart: Instant;
  /** The package's session length, whole minutes 5–480. */
  durationMinutes: number;
  /**
   * `by_expert` only: minutes past the deadline after which the call is stopped for both,
   * whole minutes 0–240; `DEFAULT_OVERTIME_CAP_MINUTES` when left out. Checked, but unused, under
   * `automatic`.
   */
  overtimeCapMinutes?: number;
}

/** What `sessionTimes` needs: the rules plus, under `full_duration`, the client's first join. */
export interface SessionTimesInput extends SessionRules {
  /**
   * The server-stamped instant of the client's FIRST join; `null` or left out while the client has
   * not joined. Pass the first join, never a rejoin: a rejoin does not restart the clock (the
   * call state machine keeps the first join for you). Ignored, but checked, under `scheduled_end`.
   */
  clientJoinedAt?: Instant | null;
}

/** A session's times as ISO-8601 UTC instants (`"2026-03-29T01:00:00Z"`), or `null` when not yet known. */
export interface SessionTimes {
  /**
   * When the session time is up. `null` only under `full_duration` while the client has not joined.
   */
  readonly deadline: string | null;
  /** `by_expert`: when the expert is told time is up (= deadline). `null` under `automatic`. */
  readonly notifyExpertAt: string | null;
  /** When the call is ended for both: the deadline under `automatic`, deadline + overtime cap under `by_expert`. */
  readonly hardStop: string | null;
}

/** Session times in epoch milliseconds, for the state machine's arithmetic. */
export interface SessionTimesMs {
  deadline: number | null;
  notifyExpertAt: number | null;
  hardStop: number | null;
}

/** `SessionRules` after checking: instants as epoch milliseconds, the cap filled in. */
export interface NormalizedRules {
  endMode: EndMode;
  endTiming: EndTiming;
  scheduledStartMs: number;
  durationMinutes: number;
  overtimeCapMinutes: number;
}

const MS_PER_MINUTE = 60_000;
const formatUtc = createUtcFormatter();

/** Checks `SessionRules` field by field; throws a TypeError or RangeError naming the first bad field. */
export function normalizeRules(input: unknown, path = ''): NormalizedRules {
  const record = requireRecord(input, path || 'input');
  const field = (name: string): string => (path ? `${path}.${name}` : name);
  const duration = PACKAGE_LIMITS.durationMinutes;
  return {
    endMode: requireOption(record.endMode, END_MODES, field('endMode')),
    endTiming: requireOption(record.endTiming, END_TIMINGS, field('endTiming')),
    // A start with a fraction below the millisecond rounds up, so the deadline is never early.
    scheduledStartMs: requireInstant(record.scheduledStart, field('scheduledStart'), 'up'),
    durationMinutes: requireMinutes(record.durationMinutes, duration.min, duration.max, field('durationMinutes')),
    overtimeCapMinutes:
      record.overtimeCapMinutes === undefined
        ? DEFAULT_OVERTIME_CAP_MINUTES
        : requireMinutes(
            record.overtimeCapMinutes,
            OVERTIME_CAP_LIMITS.min,
            OVERTIME_CAP_LIMITS.max,
            field('overtimeCapMinutes'),
          ),
  };
}

/** The times of checked rules, in epoch milliseconds; `clientJoinedMs` is the first join or `null`. */
export function timesMs(rules: NormalizedRules, clientJoinedMs: number | null): SessionTimesMs {
  const durationMs = rules.durationMinutes * MS_PER_MINUTE;
  let deadline: number | null;
  if (rules.endTiming === 'scheduled_end') deadline = rules.scheduledStartMs + durationMs;
  else deadline = clientJoinedMs === null ? null : Math.max(clientJoinedMs, rules.scheduledStartMs) + durationMs;
  if (deadline === null) return { deadline: null, notifyExpertAt: null, hardStop: null };
  if (rules.endMode === 'automatic') return { deadline, notifyExpertAt: null, hardStop: deadline };
  return { deadline, notifyExpertAt: deadline, hardStop: deadline + rules.overtimeCapMinutes * MS_PER_MINUTE };
}

const formatOrNull = (ms: number | null): string | null => (ms === null ? null : formatUtc(ms));

/** Epoch-millisecond times as the public, frozen ISO-8601 UTC form. */
export function formatTimes(times: SessionTimesMs): SessionTimes {
  return Object.freeze({
    deadline: formatOrNull(times.deadline),
    notifyExpertAt: formatOrNull(times.notifyExpertAt),
    hardStop: formatOrNull(times.hardStop),
  });
}

/**
 * Computes a session's deadline, expert notification and hard stop from the package's ending
 * rules, the booking and (under `full_duration`) the client's first join.
 *
 * - `scheduled_end`: deadline = scheduledStart + duration, whenever the client joins.
 * - `full_duration`: deadline = max(clientJoinedAt, scheduledStart) + duration; `null` until the
 *   client has joined. Joining early does not lengthen the session; joining late does not shorten it.
 * - `automatic`: hardStop = deadline, notifyExpertAt = `null`.
 * - `by_expert`: notifyExpertAt = deadline, hardStop = deadline + overtimeCapMinutes.
 *
 * Instants may carry any offset; results are UTC with `Z` and a fraction only when it is not zero.
 *
 * @throws TypeError or RangeError naming the field when a mode or timing is unknown, an instant is
 *   malformed, or a number of minutes is not a whole number in range.
 * @example
 * sessionTimes({ endMode: 'by_expert', endTiming: 'full_duration', durationMinutes: 30,
 *   scheduledStart: '2026-03-29T10:00:00+02:00', clientJoinedAt: '2026-03-29T08:05:00Z' });
 * // { deadline: '2026-03-29T08:35:00Z', notifyExpertAt: '2026-03-29T08:35:00Z', hardStop: '2026-03-29T08:50:00Z' }
 */
export function sessionTimes(input: SessionTimesInput): SessionTimes {
  const rules = normalizeRules(input);
  const joined = (input as { clientJoinedAt?: unknown }).clientJoinedAt;
  const joinedMs = joined === undefined || joined === null ? null : requireInstant(joined, 'clientJoinedAt', 'up');
  return formatTimes(timesMs(rules, joinedMs));
}
