// Properties of the call machine over random rules and random event streams.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { CALL_PHASES, createCallMachine, type CallEvent, type CallState } from '../../../src/core/session/index.js';
import { plusMs, START } from './helpers.js';

const MINUTE = 60_000;
const who = fc.constantFrom('client' as const, 'expert' as const);
/** Server-stamped instants from 20 minutes before to 10 hours after START, as epoch ms. */
const at = fc.integer({ min: -20 * MINUTE, max: 600 * MINUTE }).map((offset) => plusMs(0) + offset);
const event: fc.Arbitrary<CallEvent> = fc.oneof(
  { weight: 4, arbitrary: at.map((now): CallEvent => ({ type: 'tick', now })) },
  { weight: 2, arbitrary: fc.record({ who, at }).map((e): CallEvent => ({ type: 'joined', ...e })) },
  { weight: 2, arbitrary: fc.record({ who, at }).map((e): CallEvent => ({ type: 'left', ...e })) },
  { weight: 1, arbitrary: at.map((t): CallEvent => ({ type: 'expert_ended', at: t })) },
  { weight: 1, arbitrary: at.map((t): CallEvent => ({ type: 'hung_up', at: t })) },
);
const setup = fc.record({
  endMode: fc.constantFrom('automatic' as const, 'by_expert' as const),
  endTiming: fc.constantFrom('scheduled_end' as const, 'full_duration' as const),
  durationMinutes: fc.integer({ min: 5, max: 480 }),
  overtimeCapMinutes: fc.integer({ min: 0, max: 240 }),
  role: who,
});

type Setup = typeof setup extends fc.Arbitrary<infer T> ? T : never;

function runAll(rules: Setup, events: CallEvent[]): CallState[] {
  const machine = createCallMachine({ ...rules, scheduledStart: START });
  const states = [machine.initial];
  for (const e of events) states.push(machine.next(states[states.length - 1] as CallState, e));
  return states;
}

describe('call machine properties', () => {
  it('phases only move forward, and a set deadline never moves later', () => {
    fc.assert(
      fc.property(setup, fc.array(event, { maxLength: 30 }), (rules, events) => {
        const states = runAll(rules, events);
        for (let i = 1; i < states.length; i++) {
          const before = states[i - 1] as CallState;
          const after = states[i] as CallState;
          const forward = CALL_PHASES.indexOf(after.phase) >= CALL_PHASES.indexOf(before.phase);
          assert.ok(forward, `${before.phase} -> ${after.phase}`);
          if (before.times.deadline !== null && after.times.deadline !== null) {
            const later = Date.parse(after.times.deadline) > Date.parse(before.times.deadline);
            assert.ok(!later, `the deadline moved from ${before.times.deadline} to ${after.times.deadline}`);
          }
          if (before.clientJoinedAt !== null) assert.notEqual(after.clientJoinedAt, null);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('time_up only under by_expert, ended with a reason and time, and never past the hard stop', () => {
    fc.assert(
      fc.property(setup, fc.array(event, { maxLength: 30 }), (rules, events) => {
        for (const state of runAll(rules, events)) {
          if (state.phase === 'time_up') assert.equal(rules.endMode, 'by_expert');
          assert.equal(state.endedReason !== null, state.phase === 'ended');
          assert.equal(state.endedAt !== null, state.phase === 'ended');
          const { hardStop } = state.times;
          if (hardStop !== null && state.serverTime !== null && Date.parse(state.serverTime) >= Date.parse(hardStop)) {
            assert.equal(state.phase, 'ended', `still ${state.phase} at ${state.serverTime}, past ${hardStop}`);
          }
          if (state.endedAt !== null && hardStop !== null) {
            const ok = Date.parse(state.endedAt) <= Date.parse(hardStop);
            assert.ok(ok, `ended at ${state.endedAt}, after ${hardStop}`);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('one late tick lands in the same phase as ticking every minute', () => {
    fc.assert(
      fc.property(setup, fc.integer({ min: -5, max: 30 }), fc.integer({ min: 0, max: 800 }), (rules, join, sleep) => {
        const joined: CallEvent = { type: 'joined', who: 'client', at: plusMs(join) };
        const lateTick: CallEvent = { type: 'tick', now: plusMs(join + sleep) };
        const everyMinute = Array.from(
          { length: sleep },
          (_, m): CallEvent => ({ type: 'tick', now: plusMs(join + m + 1) }),
        );
        const late = runAll(rules, [joined, lateTick]).at(-1) as CallState;
        const steady = runAll(rules, [joined, ...everyMinute]).at(-1) as CallState;
        assert.equal(late.phase, steady.phase);
        assert.equal(late.endedReason, steady.endedReason);
        assert.equal(late.endedAt, steady.endedAt);
      }),
      { numRuns: 200 },
    );
  });
});
