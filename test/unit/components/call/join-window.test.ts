import { afterEach, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Host } from '../../controller-host.js';
import { ServerClock } from '../../../../src/components/call/server-clock.js';
import { JoinWindowController } from '../../../../src/components/call/join-window.js';

const MINUTE = 60_000;
const OPENS = Date.parse('2026-03-29T09:50:00Z');

/** A document stand-in for the visibility listener. */
class FakeDocument extends EventTarget {
  visibilityState: DocumentVisibilityState = 'visible';
}

let host: Host;
let fakeDocument: FakeDocument;
let server: number;

beforeEach(() => {
  host = new Host();
  fakeDocument = new FakeDocument();
  Object.defineProperty(globalThis, 'document', { configurable: true, value: fakeDocument });
  server = OPENS - 5 * MINUTE;
});

afterEach(() => {
  Reflect.deleteProperty(globalThis, 'document');
});

describe('JoinWindowController', () => {
  it('says how long until the window opens, on the server clock', () => {
    const clock = new ServerClock(() => server + 2 * MINUTE); // the device runs two minutes fast
    clock.measure(new Date(server).toISOString());
    const window = new JoinWindowController(host, clock);
    assert.equal(window.msLeft(), undefined);
    window.wait(new Date(OPENS).toISOString());
    assert.equal(window.opensAtMs, OPENS);
    assert.equal(window.msLeft(), 5 * MINUTE);
    server = OPENS + 1000;
    assert.ok(window.msLeft()! < 0);
  });

  it('re-renders when the tab becomes visible again while waiting, and not after clear()', () => {
    const window = new JoinWindowController(host, new ServerClock(() => server));
    window.hostConnected();
    window.wait(new Date(OPENS).toISOString());
    fakeDocument.dispatchEvent(new Event('visibilitychange'));
    assert.equal(host.updates, 1);
    window.clear();
    fakeDocument.dispatchEvent(new Event('visibilitychange'));
    assert.equal(host.updates, 1);
    assert.equal(window.msLeft(), undefined);
    window.hostDisconnected();
  });

  it('stops listening when its host leaves the page', () => {
    const window = new JoinWindowController(host, new ServerClock(() => server));
    window.hostConnected();
    window.wait(new Date(OPENS).toISOString());
    window.hostDisconnected();
    fakeDocument.dispatchEvent(new Event('visibilitychange'));
    assert.equal(host.updates, 0);
  });
});
