/**
 * The call UI's state machine: which phase a session is in for one participant, driven by
 * server-stamped events and ticks of the server clock (`serverNow`). Pure functions over frozen
 * states; no timers, no DOM.
 *
 * waiting ──client joins──▶ running ──deadline──▶ ended            (automatic)
 *                           running ──deadline──▶ time_up ──hard stop──▶ ended   (by_expert)
 *
 * Under `scheduled_end` the clock runs whether or not the client came: a waiting session also
 * reaches its deadline (and, under `by_expert`, `time_up`). The expert may end the session, and
 * this participant may hang up, in any phase before `ended`. Phases only move forward.
 */
import { createUtcFormatter } from '../slots/instant.js';
import { requireInstant, requireOption, requireRecord, type Instant } from './check.js';
import {
  formatTimes,
  normalizeRules,
  timesMs,
  type NormalizedRules,
  type SessionRules,
  type SessionTimes,
} from './times.js';

/** Who takes part in a call. */
export type CallRole = 'client' | 'expert';
/** Where a session stands for the call UI; phases only move forward in this order. */
export type CallPhase = 'waiting' | 'running' | 'time_up' | 'ended';
/**
 * Why the call ended: `deadline` (automatic end), `hard_stop` (the by-expert overtime cap ran
 * out), `expert` (the expert ended the session), `left` (this participant hung up).
 */
export type CallEndReason = 'deadline' | 'hard_stop' | 'expert' | 'left';

/** The phases in their only order. */
export const CALL_PHASES: readonly CallPhase[] = Object.freeze(['waiting', 'running', 'time_up', 'ended']);
/** The participants of a call. */
export const CALL_ROLES: readonly CallRole[] = Object.freeze(['client', 'expert']);

/**
 * What drives the machine. `at` is the server's stamp of the event; `tick.now` is the server's
 * current time (`serverNow(Date.now(), offsetMs)`), never the raw browser clock.
 *
 * - `joined`: `who` entered the call. The client's first (earliest) join starts the session
 *   (`full_duration` counts from it); a rejoin changes nothing but presence.
 * - `left`: `who` dropped out or closed the tab. Presence only: the session goes on and they may rejoin.
 * - `expert_ended`: the expert ended the session for both.
 * - `hung_up`: this participant chose to leave the call; the UI is done (reason `left`). Coming
 *   back later means a new machine, seeded with the first join (`clientJoinedAt`).
 * - `tick`: time passed. One late tick (a tab asleep past the deadline) jumps straight to the right phase.
 */
export type CallEvent =
  | { readonly type: 'joined'; readonly who: CallRole; readonly at: Instant }
  | { readonly type: 'left'; readonly who: CallRole; readonly at: Instant }
  | { readonly type: 'expert_ended'; readonly at: Instant }
  | { readonly type: 'hung_up'; readonly at: Instant }
  | { readonly type: 'tick'; readonly now: Instant };

/** The event type names. */
export const CALL_EVENT_TYPES: readonly CallEvent['type'][] = Object.freeze([
  'joined',
  'left',
  'expert_ended',
  'hung_up',
  'tick',
]);

/** What a call machine is created from. */
export interface CallMachineOptions extends SessionRules {
  /** Whose call UI this machine drives. */
  role: CallRole;
  /**
   * The server-recorded first join of the client, when this UI starts after the client has
   * already been in the call (a reload, a second device); left out or `null` otherwise.
   */
  clientJoinedAt?: Instant | null;
}

/** Who is in the call right now. */
export interface CallPresence {
  readonly client: boolean;
  readonly expert: boolean;
}

/** A snapshot of one participant's call, frozen. Every instant is ISO-8601 UTC. */
export interface CallState {
  /** Whose call UI this is. */
  readonly role: CallRole;
  /** The package's ending rules and the booking, checked, with the overtime cap filled in. */
  readonly rules: {
    readonly endMode: SessionRules['endMode'];
    readonly endTiming: SessionRules['endTiming'];
    readonly scheduledStart: string;
    readonly durationMinutes: number;
    readonly overtimeCapMinutes: number;
  };
  readonly phase: CallPhase;
  /** `sessionTimes` of the rules and the first join. */
  readonly times: SessionTimes;
  /** The client's first join (a rejoin never moves it later); `null` until the client has joined. */
  readonly clientJoinedAt: string | null;
  readonly present: CallPresence;
  /** Why the call ended; `null` until `phase` is `ended`. */
  readonly endedReason: CallEndReason | null;
  /** When the call ended (the deadline or hard stop itself, or the stamp of the ending event); `null` until then. */
  readonly endedAt: string | null;
  /** The latest server time the machine has seen; `null` before the first event. */
  readonly serverTime: string | null;
}

/** The machine of one participant's call: its first state and its pure transition functions. */
export interface CallMachine {
  readonly initial: CallState;
  /** The state after `event`; see `nextCallState`. */
  readonly next: (state: CallState, event: CallEvent) => CallState;
  /** The countdown; see `remainingMs`. */
  readonly remainingMs: (state: CallState, now: Instant) => number | null;
}

const formatUtc = createUtcFormatter();

/** The state's rules back in engine form (they were checked when the machine was created). */
function rulesOf(state: CallState): NormalizedRules {
  return {
    endMode: state.rules.endMode,
    endTiming: state.rules.endTiming,
    scheduledStartMs: requireInstant(state.rules.scheduledStart, 'state.rules.scheduledStart', 'up'),
    durationMinutes: state.rules.durationMinutes,
    overtimeCapMinutes: state.rules.overtimeCapMinutes,
  };
}

const msOrNull = (value: string | null, field: string): number | null =>
  value === null ? null : requireInstant(value, field, 'up');

function freeze(state: CallState): CallState {
  Object.freeze(state.present);
  Object.freeze(state.times);
  return Object.freeze(state);
}

/** Moves the state to where the server clock `nowMs` puts it: time up, or ended at the deadline or hard stop. */
function advance(state: CallState, nowMs: number): CallState {
  if (state.phase === 'ended') return state;
  const deadline = msOrNull(state.times.deadline, 'state.times.deadline');
  const hardStop = msOrNull(state.times.hardStop, 'state.times.hardStop');
  if (deadline === null || hardStop === null || nowMs < deadline) return state;
  if (nowMs >= hardStop) {
    const reason: CallEndReason = state.rules.endMode === 'automatic' ? 'deadline' : 'hard_stop';
    return { ...state, phase: 'ended', endedReason: reason, endedAt: state.times.hardStop };
  }
  // Only by_expert has a gap between deadline and hard stop.
  return state.phase === 'time_up' ? state : { ...state, phase: 'time_up' };
}

function end(state: CallState, reason: CallEndReason, atMs: number): CallState {
  return { ...state, phase: 'ended', endedReason: reason, endedAt: formatUtc(atMs) };
}

function clientJoined(state: CallState, atMs: number): CallState {
  const firstMs = msOrNull(state.clientJoinedAt, 'state.clientJoinedAt');
  // The first join is the earliest stamp seen: a rejoin never restarts the clock.
  const joinedMs = firstMs === null ? atMs : Math.min(firstMs, atMs);
  const times = joinedMs === firstMs ? state.times : formatTimes(timesMs(rulesOf(state), joinedMs));
  return {
    ...state,
    clientJoinedAt: joinedMs === firstMs ? state.clientJoinedAt : formatUtc(joinedMs),
    times,
    phase: state.phase === 'waiting' ? 'running' : state.phase,
  };
}

/** Checks an event and returns its instant in epoch milliseconds (rounded down: never end early). */
function eventTimeMs(value: unknown): number {
  const record = requireRecord(value, 'event');
  const type = requireOption(record.type, CALL_EVENT_TYPES, 'event.type');
  if (type === 'tick') return requireInstant(record.now, 'event.now', 'down');
  if (type === 'joined' || type === 'left') requireOption(record.who, CALL_ROLES, 'event.who');
  return requireInstant(record.at, 'event.at', 'down');
}

/**
 * The state after one event. Pure: `state` is not changed; an `ended` state is returned as is.
 * The machine first moves to the event's time (never backwards: a stamp older than the latest
 * server time seen does not rewind the clock), applies the event, then moves to that time again,
 * so a single late tick or event lands in the right phase.
 *
 * @throws TypeError or RangeError naming `event.type`, `event.who`, `event.at` or `event.now`.
 */
export function nextCallState(state: CallState, event: CallEvent): CallState {
  const atMs = eventTimeMs(event);
  if (state.phase === 'ended') return state;
  const seenMs = msOrNull(state.serverTime, 'state.serverTime');
  const nowMs = seenMs === null ? atMs : Math.max(seenMs, atMs);
  let next: CallState = { ...advance(state, nowMs), serverTime: formatUtc(nowMs) };
  if (next.phase !== 'ended') {
    switch (event.type) {
      case 'joined':
        next = { ...next, present: { ...next.present, [event.who]: true } };
        if (event.who === 'client') next = clientJoined(next, atMs);
        break;
      case 'left':
        next = { ...next, present: { ...next.present, [event.who]: false } };
        break;
      case 'expert_ended':
        next = end(next, 'expert', atMs);
        break;
      case 'hung_up':
        next = end(next, 'left', atMs);
        break;
      case 'tick':
        break;
    }
    next = advance(next, nowMs);
  }
  return freeze(next);
}

/**
 * Milliseconds left on the countdown at the server time `now`: to the deadline while `running`,
 * to the hard stop while `time_up`, never below 0; `null` while `waiting` or `ended`.
 *
 * @throws TypeError or RangeError naming `now` when it is not an instant.
 */
export function remainingMs(state: CallState, now: Instant): number | null {
  const nowMs = requireInstant(now, 'now', 'down');
  const target =
    state.phase === 'running' ? state.times.deadline : state.phase === 'time_up' ? state.times.hardStop : null;
  if (target === null) return null;
  return Math.max(0, requireInstant(target, 'state.times', 'up') - nowMs);
}

/**
 * Creates the call machine of one participant. The first state is `waiting`, or `running` when
 * `clientJoinedAt` says the client has already joined (the clock then counts from that first join).
 * Call `next` with each server event and with a `tick` about once a second; nothing here keeps time.
 *
 * @throws TypeError or RangeError naming the field, as `sessionTimes` does, plus `role` and `clientJoinedAt`.
 * @example
 * const machine = createCallMachine({ role: 'client', endMode: 'automatic', endTiming: 'scheduled_end',
 *   scheduledStart: booking.start, durationMinutes: 30 });
 * let state = machine.next(machine.initial, { type: 'joined', who: 'client', at: stamp });
 * state = machine.next(state, { type: 'tick', now: serverNow(Date.now(), offsetMs) });
 */
export function createCallMachine(options: CallMachineOptions): CallMachine {
  const rules = normalizeRules(options);
  const record = options as unknown as Record<string, unknown>;
  const role = requireOption(record.role, CALL_ROLES, 'role');
  const joined = record.clientJoinedAt;
  const joinedMs = joined === undefined || joined === null ? null : requireInstant(joined, 'clientJoinedAt', 'up');
  const initial = freeze({
    role,
    rules: Object.freeze({
      endMode: rules.endMode,
      endTiming: rules.endTiming,
      scheduledStart: formatUtc(rules.scheduledStartMs),
      durationMinutes: rules.durationMinutes,
      overtimeCapMinutes: rules.overtimeCapMinutes,
    }),
    phase: joinedMs === null ? 'waiting' : 'running',
    times: formatTimes(timesMs(rules, joinedMs)),
    clientJoinedAt: joinedMs === null ? null : formatUtc(joinedMs),
    present: { client: false, expert: false },
    endedReason: null,
    endedAt: null,
    serverTime: null,
  });
  return Object.freeze({ initial, next: nextCallState, remainingMs });
}
