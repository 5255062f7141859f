import { beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Host } from '../../controller-host.js';
import type { CallStateAnswer, JoinAnswer } from '../../../../src/client/index.js';
import type { CallEndReason, CallRole } from '../../../../src/core/session/index.js';
import { ServerClock } from '../../../../src/components/call/server-clock.js';
import { SessionClockController } from '../../../../src/components/call/session-clock.js';

const MINUTE = 60_000;
const START = Date.parse('2026-03-29T10:00:00Z');
const iso = (ms: number): string => new Date(ms).toISOString().replace('.000Z', 'Z');

/** The server's clock and this device's, which is `skew` off it; the test moves both. */
const time = { server: START, skew: 0 };
let host: Host;
let ended: CallEndReason[];
let timeUp: CallRole[];
let milestones: number[];
let polled: () => Promise<CallStateAnswer>;

function answer(overrides: Partial<JoinAnswer> = {}): JoinAnswer {
  return {
    bookingId: 'bk_1',
    role: 'client',
    service: 'video',
    provider: 'daily',
    roomUrl: 'https://apptkit.daily.co/bk_1',
    meetingToken: 'mt',
    serverTime: iso(time.server),
    scheduledStart: iso(START),
    durationMinutes: 30,
    endMode: 'automatic',
    endTiming: 'scheduled_end',
    clientJoinedAt: null,
    overtimeCapMinutes: 15,
    times: { deadline: null, notifyExpertAt: null, hardStop: null },
    joinOpensAt: iso(START - 10 * MINUTE),
    joinClosesAt: iso(START + 45 * MINUTE),
    ...overrides,
  } as JoinAnswer;
}

function stateAnswer(overrides: Partial<CallStateAnswer> = {}): CallStateAnswer {
  return {
    serverTime: iso(time.server),
    clientJoinedAt: iso(START),
    endedAt: null,
    endedBy: null,
    times: { deadline: null, notifyExpertAt: null, hardStop: null },
    ...overrides,
  } as CallStateAnswer;
}

/** A session clock whose device runs `time.skew` off the server, measured from the join answer. */
function sessionClock(): { controller: SessionClockController; clock: ServerClock } {
  const clock = new ServerClock(() => time.server + time.skew);
  const controller = new SessionClockController(host, {
    clock,
    fetchState: () => polled(),
    onEnded: (reason) => ended.push(reason),
    onTimeUp: (role) => timeUp.push(role),
    onMilestone: (minutes) => milestones.push(minutes),
  });
  return { controller, clock };
}

beforeEach(() => {
  time.server = START;
  time.skew = 0;
  host = new Host();
  ended = [];
  timeUp = [];
  milestones = [];
  polled = () => Promise.resolve(stateAnswer());
});

describe('SessionClockController', () => {
  it('registers with its host and starts a session that counts down on the server clock', () => {
    const { controller } = sessionClock();
    assert.equal(host.controllers.length, 1);
    const state = controller.start(answer());
    assert.equal(state.phase, 'running');
    assert.equal(controller.isRunning, true);
    assert.equal(controller.remaining(), 30 * MINUTE);
  });

  it('counts on the server clock even when the device clock is hours off', () => {
    time.skew = -3 * 60 * MINUTE;
    const { controller, clock } = sessionClock();
    clock.measure(iso(time.server));
    controller.start(answer());
    time.server += 7 * MINUTE;
    controller.tick();
    assert.equal(controller.remaining(), 23 * MINUTE);
  });

  it('speaks each milestone once, and a late tick speaks only the smallest reached', () => {
    const { controller } = sessionClock();
    controller.start(answer());
    time.server = START + 20 * MINUTE + 1000;
    controller.tick();
    controller.tick();
    assert.deepEqual(milestones, [10]);
    time.server = START + 29 * MINUTE + 30_000;
    controller.tick();
    assert.deepEqual(milestones, [10, 1]);
    assert.ok(host.updates >= 3, 'every tick re-renders the countdown');
  });

  it('ends an automatic session at its deadline, once, and stops ticking', () => {
    const { controller } = sessionClock();
    controller.start(answer());
    time.server = START + 31 * MINUTE;
    controller.tick();
    controller.tick();
    assert.deepEqual(ended, ['deadline']);
    assert.equal(controller.isRunning, false);
    assert.equal(controller.state?.phase, 'ended');
  });

  it('tells a by-expert session that time is up at the deadline and stops it at the hard stop', () => {
    const { controller } = sessionClock();
    controller.start(answer({ endMode: 'by_expert', role: 'expert' }));
    time.server = START + 30 * MINUTE;
    controller.tick();
    controller.tick();
    assert.deepEqual(timeUp, ['expert']);
    assert.deepEqual(ended, []);
    assert.equal(controller.remaining(), 15 * MINUTE);
    time.server = START + 45 * MINUTE;
    controller.tick();
    assert.deepEqual(ended, ['hard_stop']);
  });

  it('keeps the first client join: a rejoin does not restart a full-duration session', () => {
    time.server = START + 20 * MINUTE;
    const { controller } = sessionClock();
    controller.start(answer({ endTiming: 'full_duration', clientJoinedAt: iso(START + 5 * MINUTE) }));
    assert.equal(controller.remaining(), 15 * MINUTE);
  });

  it('does not run a session that is already over when joined', () => {
    time.server = START + 40 * MINUTE;
    const { controller } = sessionClock();
    const state = controller.start(answer());
    assert.equal(state.phase, 'ended');
    assert.equal(controller.isRunning, false);
    assert.deepEqual(ended, [], 'the host reads the ended state from start()');
  });

  it('ends the session when the server says the expert ended it', async () => {
    const { controller } = sessionClock();
    controller.start(answer());
    time.server += 3 * MINUTE;
    polled = () => Promise.resolve(stateAnswer({ endedAt: iso(time.server), endedBy: 'expert' }));
    await controller.poll();
    assert.deepEqual(ended, ['expert']);
  });

  it('keeps running when a poll fails, and a hang-up ends it as left', async () => {
    const { controller } = sessionClock();
    controller.start(answer());
    polled = () => Promise.reject(new Error('offline'));
    await controller.poll();
    assert.equal(controller.isRunning, true);
    controller.hangUp();
    assert.deepEqual(ended, ['left']);
  });

  it('ignores events once stopped', async () => {
    const { controller } = sessionClock();
    controller.start(answer());
    controller.stop();
    time.server = START + 40 * MINUTE;
    controller.tick();
    await controller.poll();
    assert.deepEqual(ended, []);
  });
});
