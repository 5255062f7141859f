/**
 * When a booking's call may be joined and when it ends, on the server clock. The session times
 * themselves come from core's `sessionTimes` (DESIGN.md "Session-ending rules"); this module only
 * adds the join window and reads the call's end.
 */
import { DEFAULT_OVERTIME_CAP_MINUTES, sessionTimes, type SessionTimes } from '../../../src/core/node.js';
import type { CallBooking } from '../db/calls.js';
import type * as Wire from '../../../src/wire/index.js';
import { isoInstant, MS_PER_MINUTE } from '../scheduling/time.js';

/** Joining opens this many minutes before the scheduled start. */
export const JOIN_OPENS_MINUTES_BEFORE = 10;

/** Why a call ended, as the state answer says. */
export type CallEndedBy = NonNullable<Wire.CallState['endedBy']>;

/** A booking's call window and times at one instant of the server clock. */
export interface CallWindow {
  joinOpensAtMs: number;
  /** The scheduled end while the client has not joined; the hard stop once they have. */
  joinClosesAtMs: number;
  /** Core's `sessionTimes` of the booking with the client's first join. */
  times: SessionTimes;
  overtimeCapMinutes: number;
  /**
   * When meeting tokens expire: the hard stop, or (`full_duration` before the client's first join,
   * whose deadline is not yet known) the latest hard stop the session can have.
   */
  tokenExpMs: number;
  /** The latest hard stop the session can have: the room's own expiry. */
  roomExpMs: number;
  /** The end at the server time asked for, or `null` while the session has not ended. */
  ended: { atMs: number; by: CallEndedBy } | null;
}

const msOf = (instant: string | null): number | null => (instant === null ? null : Date.parse(instant));

/** The call window of `booking` at the server time `nowMs`. */
export function callWindow(booking: CallBooking, nowMs: number): CallWindow {
  const rules = {
    endMode: booking.endMode,
    endTiming: booking.endTiming,
    scheduledStart: isoInstant(booking.scheduledStartMs),
    durationMinutes: booking.durationMinutes,
    overtimeCapMinutes: DEFAULT_OVERTIME_CAP_MINUTES,
  };
  const scheduledEndMs = booking.scheduledStartMs + booking.durationMinutes * MS_PER_MINUTE;
  const joined = booking.clientJoinedAtMs;
  const times = sessionTimes({ ...rules, clientJoinedAt: joined === null ? null : isoInstant(joined) });
  // The client can first join at the scheduled end at the latest: that join gives the latest times.
  const latest = sessionTimes({ ...rules, clientJoinedAt: isoInstant(scheduledEndMs) });
  const roomExpMs = msOf(latest.hardStop) as number;
  const hardStopMs = msOf(times.hardStop);
  const joinClosesAtMs = joined === null ? scheduledEndMs : (hardStopMs as number);

  let ended: CallWindow['ended'] = null;
  if (booking.endedAtMs !== null) ended = { atMs: booking.endedAtMs, by: 'expert' };
  else if (joined !== null && hardStopMs !== null && nowMs >= hardStopMs) {
    ended = { atMs: hardStopMs, by: booking.endMode === 'automatic' ? 'deadline' : 'hard_stop' };
  } else if (joined === null && nowMs >= scheduledEndMs) {
    // Nobody can join any more: the session lapsed at its scheduled end.
    ended = { atMs: scheduledEndMs, by: 'deadline' };
  }
  return {
    joinOpensAtMs: booking.scheduledStartMs - JOIN_OPENS_MINUTES_BEFORE * MS_PER_MINUTE,
    joinClosesAtMs,
    times,
    overtimeCapMinutes: DEFAULT_OVERTIME_CAP_MINUTES,
    tokenExpMs: hardStopMs ?? roomExpMs,
    roomExpMs,
    ended,
  };
}
