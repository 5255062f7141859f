// The call state machine: phases driven by server-stamped events and server-time ticks.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  CALL_PHASES,
  createCallMachine,
  nextCallState,
  remainingMs,
  serverNow,
  type CallEvent,
  type CallMachineOptions,
} from '../../../src/core/session/index.js';
import {
  assertFieldError,
  clientJoins,
  COMBINATIONS,
  finalState,
  options,
  plus,
  plusMs,
  run,
  tick,
} from './helpers.js';

const phases = (fields: Partial<CallMachineOptions>, events: CallEvent[]) => run(fields, events).map((s) => s.phase);

describe('createCallMachine', () => {
  it('starts waiting, with nobody present and times known only under scheduled_end', () => {
    const scheduled = createCallMachine(options()).initial;
    assert.equal(scheduled.phase, 'waiting');
    assert.deepEqual(scheduled.present, { client: false, expert: false });
    assert.equal(scheduled.times.deadline, plus(30));
    assert.equal(scheduled.clientJoinedAt, null);
    assert.equal(scheduled.endedReason, null);
    const full = createCallMachine(options({ endTiming: 'full_duration' })).initial;
    assert.equal(full.times.deadline, null);
  });

  it('normalizes the booking to UTC and fills in the overtime cap', () => {
    const { rules } = createCallMachine(
      options({ endMode: 'by_expert', scheduledStart: '2026-03-29T12:00:00+02:00' }),
    ).initial;
    assert.equal(rules.scheduledStart, '2026-03-29T10:00:00Z');
    assert.equal(rules.overtimeCapMinutes, 15);
  });

  it('resumes running from a server-recorded first join (a reload)', () => {
    const machine = createCallMachine(options({ endTiming: 'full_duration', clientJoinedAt: plus(5) }));
    assert.equal(machine.initial.phase, 'running');
    assert.equal(machine.initial.times.deadline, plus(35));
    const state = machine.next(machine.initial, clientJoins(20));
    assert.equal(state.clientJoinedAt, plus(5));
    assert.equal(state.times.deadline, plus(35));
  });
});

describe('the four ending rules, client and expert joining on time', () => {
  const onTime: CallEvent[] = [
    { type: 'joined', who: 'expert', at: plus(-2) },
    clientJoins(0),
    tick(29),
    tick(30),
    tick(44),
    tick(45),
  ];
  const expected = {
    automatic: ['waiting', 'running', 'running', 'ended', 'ended', 'ended'],
    by_expert: ['waiting', 'running', 'running', 'time_up', 'time_up', 'ended'],
  };
  for (const rules of COMBINATIONS) {
    for (const role of ['client', 'expert'] as const) {
      it(`${rules.endMode} ${rules.endTiming}, seen by the ${role}`, () => {
        const states = run({ ...rules, role }, onTime);
        assert.deepEqual(
          states.map((s) => s.phase),
          expected[rules.endMode],
        );
        const last = states[states.length - 1];
        assert.equal(last?.endedReason, rules.endMode === 'automatic' ? 'deadline' : 'hard_stop');
        assert.equal(last?.endedAt, rules.endMode === 'automatic' ? plus(30) : plus(45));
        assert.equal(last?.times.deadline, plus(30));
      });
    }
  }

  it('automatic never shows time_up', () => {
    const seen = phases({ endMode: 'automatic' }, [clientJoins(0), ...Array.from({ length: 40 }, (_, m) => tick(m))]);
    assert.ok(!seen.includes('time_up'));
    assert.equal(seen.at(-1), 'ended');
  });
});

describe('a client 5 minutes late on a 30-minute booking', () => {
  it('scheduled_end ends at +30', () => {
    const events = [tick(4), clientJoins(5), tick(29), tick(30)];
    assert.deepEqual(phases({ endMode: 'automatic', endTiming: 'scheduled_end' }, events), [
      'waiting',
      'running',
      'running',
      'ended',
    ]);
  });

  it('full_duration ends at +35', () => {
    const states = run({ endMode: 'automatic', endTiming: 'full_duration' }, [
      clientJoins(5),
      tick(30),
      tick(34),
      tick(35),
    ]);
    assert.deepEqual(
      states.map((s) => s.phase),
      ['running', 'running', 'running', 'ended'],
    );
    assert.equal(states.at(-1)?.endedAt, plus(35));
  });

  it('by_expert full_duration tells the expert at +35 and stops at +35 + cap', () => {
    assert.deepEqual(
      phases({ endMode: 'by_expert', endTiming: 'full_duration', overtimeCapMinutes: 5, role: 'expert' }, [
        clientJoins(5),
        tick(34),
        tick(35),
        tick(39),
        tick(40),
      ]),
      ['running', 'running', 'time_up', 'time_up', 'ended'],
    );
  });
});

describe('rejoining', () => {
  it('a client who leaves and rejoins keeps the first join time and the deadline', () => {
    const states = run({ endTiming: 'full_duration' }, [
      clientJoins(5),
      { type: 'left', who: 'client', at: plus(10) },
      clientJoins(20),
      tick(34),
      tick(35),
    ]);
    const [joined, left, rejoined, before, after] = states;
    assert.equal(left?.present.client, false);
    assert.equal(left?.phase, 'running');
    assert.equal(rejoined?.present.client, true);
    assert.equal(rejoined?.clientJoinedAt, plus(5));
    assert.equal(rejoined?.times.deadline, joined?.times.deadline);
    assert.equal(before?.phase, 'running');
    assert.equal(after?.phase, 'ended');
  });

  it('a join stamped earlier but delivered later counts as the first join', () => {
    const state = finalState({ endTiming: 'full_duration' }, [clientJoins(8), clientJoins(6)]);
    assert.equal(state.clientJoinedAt, plus(6));
    assert.equal(state.times.deadline, plus(36));
  });

  it('the expert dropping out and coming back changes presence only', () => {
    const states = run({ endMode: 'by_expert', role: 'client' }, [
      { type: 'joined', who: 'expert', at: plus(0) },
      clientJoins(0),
      { type: 'left', who: 'expert', at: plus(12) },
      tick(20),
      { type: 'joined', who: 'expert', at: plus(21) },
      tick(30),
    ]);
    assert.deepEqual(
      states.map((s) => [s.phase, s.present.expert]),
      [
        ['waiting', true],
        ['running', true],
        ['running', false],
        ['running', false],
        ['running', true],
        ['time_up', true],
      ],
    );
    assert.ok(states.every((s) => s.times.deadline === plus(30)));
  });
});

describe('server time, not the browser clock', () => {
  it('a client clock 10 minutes behind sees the same phases at the same server times', () => {
    const offsetMs = 10 * 60_000;
    const serverTimes = [-1, 0, 15, 29.5, 30, 44, 45].map(plusMs);
    const events = (now: (serverMs: number) => number): CallEvent[] => [
      clientJoins(0),
      ...serverTimes.map((serverMs): CallEvent => ({ type: 'tick', now: now(serverMs) })),
    ];
    const fields = { endMode: 'by_expert' as const, endTiming: 'full_duration' as const };
    const skewed = run(fields, events((serverMs) => {
      const localNow = serverMs - offsetMs; // what Date.now() says on the skewed device
      return serverNow(localNow, offsetMs);
    }));
    const exact = run(fields, events((serverMs) => serverMs));
    assert.deepEqual(
      skewed.map((s) => s.phase),
      exact.map((s) => s.phase),
    );
    assert.deepEqual(
      exact.map((s) => s.phase),
      ['running', 'running', 'running', 'running', 'running', 'time_up', 'time_up', 'ended'],
    );
    // Fed the raw, uncorrected clock the UI would still be running at the server's hard stop.
    const raw = run(fields, events((serverMs) => serverMs - offsetMs));
    assert.equal(raw.at(-1)?.phase, 'time_up');
  });

  it('an old stamp never rewinds the clock or a phase', () => {
    const states = run({ endMode: 'by_expert' }, [
      clientJoins(0),
      tick(31),
      tick(20),
      { type: 'left', who: 'client', at: plus(25) },
    ]);
    assert.deepEqual(
      states.map((s) => [s.phase, s.serverTime]),
      [
        ['running', plus(0)],
        ['time_up', plus(31)],
        ['time_up', plus(31)],
        ['time_up', plus(31)],
      ],
    );
  });
});

describe('a tab asleep past the deadline', () => {
  it('automatic: one late tick ends the call at the deadline', () => {
    const state = finalState({}, [clientJoins(0), tick(3), tick(90)]);
    assert.equal(state.phase, 'ended');
    assert.equal(state.endedReason, 'deadline');
    assert.equal(state.endedAt, plus(30));
  });

  it('by_expert: a tick between deadline and hard stop jumps to time_up', () => {
    assert.equal(finalState({ endMode: 'by_expert' }, [clientJoins(0), tick(40)]).phase, 'time_up');
  });

  it('by_expert: a tick past the hard stop jumps straight to ended', () => {
    const states = run({ endMode: 'by_expert' }, [clientJoins(0), tick(60)]);
    assert.deepEqual(
      states.map((s) => s.phase),
      ['running', 'ended'],
    );
    assert.equal(states[1]?.endedReason, 'hard_stop');
    assert.equal(states[1]?.endedAt, plus(45));
  });

  it('a client joining after the scheduled end finds the call over (scheduled_end, automatic)', () => {
    const state = finalState({}, [clientJoins(31)]);
    assert.equal(state.phase, 'ended');
    assert.equal(state.endedReason, 'deadline');
    assert.equal(state.clientJoinedAt, null);
  });
});

describe('ending before the deadline', () => {
  it('the expert ends the session for both', () => {
    for (const endMode of ['automatic', 'by_expert'] as const) {
      const state = finalState({ endMode }, [clientJoins(0), { type: 'expert_ended', at: plus(20) }, tick(25)]);
      assert.equal(state.phase, 'ended');
      assert.equal(state.endedReason, 'expert');
      assert.equal(state.endedAt, plus(20));
    }
  });

  it('the expert ends the session during time_up', () => {
    const state = finalState({ endMode: 'by_expert', role: 'expert' }, [
      clientJoins(0),
      tick(30),
      { type: 'expert_ended', at: plus(33) },
    ]);
    assert.deepEqual([state.phase, state.endedReason, state.endedAt], ['ended', 'expert', plus(33)]);
  });

  it('hanging up ends this participant\'s call with reason "left"', () => {
    const state = finalState({}, [clientJoins(0), { type: 'hung_up', at: plus(12) }]);
    assert.deepEqual([state.phase, state.endedReason, state.endedAt], ['ended', 'left', plus(12)]);
  });

  it('ended is final: later events change nothing', () => {
    const states = run({}, [clientJoins(0), { type: 'expert_ended', at: plus(10) }, clientJoins(11), tick(40)]);
    assert.equal(states[2], states[1]);
    assert.equal(states[3], states[1]);
  });
});

describe('remainingMs', () => {
  it('counts down to the deadline while running and to the hard stop while time_up', () => {
    const events = [clientJoins(0), tick(31), tick(40)];
    const [running, timeUp, ended] = run({ endMode: 'by_expert', overtimeCapMinutes: 10 }, events);
    assert.ok(running && timeUp && ended);
    assert.equal(remainingMs(running, plus(25)), 5 * 60_000);
    assert.equal(remainingMs(running, plusMs(29) + 59_500), 500);
    assert.equal(remainingMs(timeUp, plus(31)), 9 * 60_000);
    assert.equal(remainingMs(ended, plus(40)), null);
  });

  it('is null while waiting and never below zero', () => {
    const machine = createCallMachine(options());
    assert.equal(remainingMs(machine.initial, plus(0)), null);
    const running = machine.next(machine.initial, clientJoins(0));
    assert.equal(remainingMs(running, plus(50)), 0);
  });

  it('rejects a malformed now', () => {
    const machine = createCallMachine(options());
    assertFieldError(() => remainingMs(machine.initial, 'now'), RangeError, 'now');
  });
});

describe('immutability', () => {
  it('returns new frozen states and leaves the old one as it was', () => {
    const machine = createCallMachine(options());
    const before = structuredClone(machine.initial);
    const after = nextCallState(machine.initial, clientJoins(0));
    assert.notEqual(after, machine.initial);
    assert.deepEqual(machine.initial, before);
    assert.ok(Object.isFrozen(after) && Object.isFrozen(after.present) && Object.isFrozen(after.times));
    assert.ok(Object.isFrozen(machine.initial.rules));
  });
});

describe('invalid input names the field', () => {
  const cases: Array<[string, Record<string, unknown>, typeof TypeError, string]> = [
    ['an unknown role', { role: 'observer' }, RangeError, 'role'],
    ['a missing role', { role: undefined }, TypeError, 'role'],
    ['an unknown end mode', { endMode: 'auto' }, RangeError, 'endMode'],
    ['a malformed first join', { clientJoinedAt: '10:05' }, RangeError, 'clientJoinedAt'],
    ['a duration of zero', { durationMinutes: 0 }, RangeError, 'durationMinutes'],
    ['an overtime cap of 1.5', { overtimeCapMinutes: 1.5 }, RangeError, 'overtimeCapMinutes'],
  ];
  for (const [name, fields, kind, field] of cases) {
    it(`options with ${name}`, () => {
      assertFieldError(() => createCallMachine({ ...options(), ...fields } as CallMachineOptions), kind, field);
    });
  }

  const events: Array<[string, unknown, typeof TypeError, string]> = [
    ['an unknown event type', { type: 'paused', at: plus(0) }, RangeError, 'event.type'],
    ['a join without who', { type: 'joined', at: plus(0) }, TypeError, 'event.who'],
    ['a leave by a stranger', { type: 'left', who: 'guest', at: plus(0) }, RangeError, 'event.who'],
    ['a join without at', { type: 'joined', who: 'client' }, TypeError, 'event.at'],
    ['a tick without an offset', { type: 'tick', now: '2026-03-29T10:00:00' }, RangeError, 'event.now'],
    ['a tick at NaN', { type: 'tick', now: Number.NaN }, RangeError, 'event.now'],
    ['an event that is not an object', 'tick', TypeError, 'event'],
  ];
  for (const [name, event, kind, field] of events) {
    it(`${name}`, () => {
      const machine = createCallMachine(options());
      assertFieldError(() => machine.next(machine.initial, event as CallEvent), kind, field);
    });
  }
});

describe('phases only move forward', () => {
  it('through every prefix of a mixed event stream', () => {
    const events: CallEvent[] = [
      tick(-5),
      { type: 'joined', who: 'expert', at: plus(-1) },
      clientJoins(3),
      { type: 'left', who: 'client', at: plus(10) },
      tick(9),
      clientJoins(12),
      tick(33),
      tick(34),
      { type: 'expert_ended', at: plus(40) },
    ];
    for (const rules of COMBINATIONS) {
      const ranks = run(rules, events).map((s) => CALL_PHASES.indexOf(s.phase));
      assert.deepEqual(ranks, [...ranks].sort((a, b) => a - b), `${rules.endMode} ${rules.endTiming}`);
    }
  });
});
