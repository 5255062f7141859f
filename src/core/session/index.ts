/**
 * Session-ending rules (the "calls" capability): `sessionTimes`, the call UI's state machine and
 * the server-clock helpers. Pure: no DOM, no I/O, no timers.
 */
export type { Instant } from './check.js';
export {
  DEFAULT_OVERTIME_CAP_MINUTES,
  OVERTIME_CAP_LIMITS,
  sessionTimes,
  type SessionRules,
  type SessionTimes,
  type SessionTimesInput,
} from './times.js';
export { clockOffsetMs, serverNow, type ClockSample } from './clock.js';
export {
  CALL_EVENT_TYPES,
  CALL_PHASES,
  CALL_ROLES,
  createCallMachine,
  nextCallState,
  remainingMs,
  type CallEndReason,
  type CallEvent,
  type CallMachine,
  type CallMachineOptions,
  type CallPhase,
  type CallPresence,
  type CallRole,
  type CallState,
} from './machine.js';
