// Shared helpers of the session tests: a booking at 10:00 UTC and instants relative to it.
import assert from 'node:assert/strict';
import type { EndMode, EndTiming } from '../../../src/core/package.js';
import {
  createCallMachine,
  type CallEvent,
  type CallMachineOptions,
  type CallState,
} from '../../../src/core/session/index.js';

/** The booked start of every example: 2026-03-29 10:00 UTC. */
export const START = '2026-03-29T10:00:00Z';
const START_MS = Date.parse(START);

/** The instant `minutes` after START, as Date#toISOString writes it without a zero fraction. */
export function plus(minutes: number): string {
  return new Date(START_MS + minutes * 60_000).toISOString().replace('.000Z', 'Z');
}

/** Epoch milliseconds `minutes` after START. */
export function plusMs(minutes: number): number {
  return START_MS + minutes * 60_000;
}

/** The four combinations of the package's ending rules. */
export const COMBINATIONS: ReadonlyArray<{ endMode: EndMode; endTiming: EndTiming }> = [
  { endMode: 'automatic', endTiming: 'scheduled_end' },
  { endMode: 'automatic', endTiming: 'full_duration' },
  { endMode: 'by_expert', endTiming: 'scheduled_end' },
  { endMode: 'by_expert', endTiming: 'full_duration' },
];

/** Machine options for a 30-minute booking at START; tests spread their own fields over them. */
export function options(fields: Partial<CallMachineOptions> = {}): CallMachineOptions {
  return {
    endMode: 'automatic',
    endTiming: 'scheduled_end',
    scheduledStart: START,
    durationMinutes: 30,
    role: 'client',
    ...fields,
  };
}

/** Feeds `events` to a new machine, returning every state after the initial one. */
export function run(fields: Partial<CallMachineOptions>, events: CallEvent[]): CallState[] {
  const machine = createCallMachine(options(fields));
  const states: CallState[] = [];
  let state = machine.initial;
  for (const event of events) {
    state = machine.next(state, event);
    states.push(state);
  }
  return states;
}

/** The last state of `run`. */
export function finalState(fields: Partial<CallMachineOptions>, events: CallEvent[]): CallState {
  const states = run(fields, events);
  const last = states[states.length - 1];
  assert.ok(last, 'no events were given');
  return last;
}

/** A tick at START + `minutes`. */
export const tick = (minutes: number): CallEvent => ({ type: 'tick', now: plus(minutes) });
/** The client joining at START + `minutes`. */
export const clientJoins = (minutes: number): CallEvent => ({ type: 'joined', who: 'client', at: plus(minutes) });

/** Asserts `fn` throws a `kind` error whose `field` is `field` and whose message starts with it. */
export function assertFieldError(fn: () => unknown, kind: typeof TypeError | typeof RangeError, field: string): void {
  assert.throws(fn, (error: unknown) => {
    assert.ok(error instanceof kind, `expected a ${kind.name}, got ${String(error)}`);
    assert.equal((error as { field?: unknown }).field, field);
    assert.ok(error.message.startsWith(field), `message "${error.message}" does not name ${field}`);
    return true;
  });
}
