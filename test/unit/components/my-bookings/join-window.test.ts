import { afterEach, beforeEach, describe, it, mock } from 'node:test';
import assert from 'node:assert/strict';
import { Host } from '../../controller-host.js';
import { JoinWindowTimer, joinPhase } from '../../../../src/components/my-bookings/join-window.js';

const MINUTE = 60_000;
const START = Date.parse('2031-05-05T14:05:00Z');
const booking = { start: new Date(START).toISOString(), end: new Date(START + 50 * MINUTE).toISOString() };

let host: Host;
let now: number;

beforeEach(() => {
  mock.timers.enable({ apis: ['setTimeout'] });
  host = new Host();
  now = START - 30 * MINUTE;
});

afterEach(() => mock.timers.reset());

describe('JoinWindowTimer', () => {
  it('re-renders its host when the join window opens, then when it closes', () => {
    const timer = new JoinWindowTimer(host, () => [booking], () => now);
    timer.hostConnected();
    timer.hostUpdated();
    mock.timers.tick(20 * MINUTE - 1);
    assert.equal(host.updates, 0);
    mock.timers.tick(1);
    assert.equal(host.updates, 1);
    now = START - 10 * MINUTE;
    assert.equal(joinPhase(booking, now).kind, 'open');
    timer.hostUpdated();
    mock.timers.tick(60 * MINUTE);
    assert.equal(host.updates, 2);
  });

  it('sets no timer without bookings, after the last boundary, or off the page', () => {
    const view: { shown: (typeof booking)[] | undefined } = { shown: undefined };
    const timer = new JoinWindowTimer(host, () => view.shown, () => now);
    timer.hostConnected();
    timer.hostUpdated();
    view.shown = [booking];
    now = START + 60 * MINUTE;
    timer.hostUpdated();
    now = START - 30 * MINUTE;
    timer.hostUpdated();
    timer.hostDisconnected();
    mock.timers.tick(24 * 60 * MINUTE);
    assert.equal(host.updates, 0);
  });
});
