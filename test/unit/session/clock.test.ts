// The server clock as seen from a browser: measuring the offset and correcting the local clock.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { clockOffsetMs, serverNow } from '../../../src/core/session/index.js';
import { assertFieldError, plusMs, START } from './helpers.js';

describe('clockOffsetMs', () => {
  it('measures a device clock 10 minutes behind as +10 minutes, from the middle of the round trip', () => {
    const local = plusMs(0) - 10 * 60_000;
    assert.equal(clockOffsetMs({ serverTime: START, sentAt: local - 300, receivedAt: local + 300 }), 10 * 60_000);
  });

  it('measures a clock ahead as negative and reads the server time with an offset', () => {
    const local = plusMs(3);
    const offset = clockOffsetMs({ serverTime: '2026-03-29T12:00:00+02:00', sentAt: local, receivedAt: local });
    assert.equal(offset, -3 * 60_000);
  });

  it('rounds to whole milliseconds', () => {
    const offset = clockOffsetMs({ serverTime: START, sentAt: plusMs(0), receivedAt: plusMs(0) + 1 });
    assert.ok(Number.isInteger(offset));
    assert.ok(Math.abs(offset) <= 1);
  });

  it('names the field of bad input', () => {
    const sample = { serverTime: START, sentAt: 1000, receivedAt: 2000 };
    assertFieldError(() => clockOffsetMs({ ...sample, serverTime: 'yesterday' }), RangeError, 'serverTime');
    assertFieldError(() => clockOffsetMs({ ...sample, sentAt: '1000' as unknown as number }), TypeError, 'sentAt');
    assertFieldError(() => clockOffsetMs({ ...sample, receivedAt: 999 }), RangeError, 'receivedAt');
  });
});

describe('serverNow', () => {
  it('adds the offset to the local clock', () => {
    assert.equal(serverNow(plusMs(0) - 600_000, 600_000), plusMs(0));
    assert.equal(serverNow(plusMs(0) + 5, -5), plusMs(0));
  });

  it('names localNow or offsetMs when it is not a whole number', () => {
    assertFieldError(() => serverNow(Number.NaN, 0), RangeError, 'localNow');
    assertFieldError(() => serverNow(0, 0.5), RangeError, 'offsetMs');
    assertFieldError(() => serverNow(0, undefined as unknown as number), TypeError, 'offsetMs');
  });
});
