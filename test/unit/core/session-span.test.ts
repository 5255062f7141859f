import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { sessionsOverlap, slotsOverlap, spanEndMs } from '../../../src/core/session-span.js';

const MINUTE = 60_000;
const session = fc
  .record({ start: fc.integer({ min: 0, max: 10_000 }), minutes: fc.integer({ min: 1, max: 240 }) })
  .map(({ start, minutes }) => ({ startMs: start * MINUTE, endMs: (start + minutes) * MINUTE }));
const breakMinutes = fc.integer({ min: 0, max: 120 });

describe('overlap of two sessions with their breaks', () => {
  it('is symmetric, and a session always overlaps itself', () => {
    fc.assert(fc.property(session, session, breakMinutes, (a, b, rest) => sessionsOverlap(a, b, rest) === sessionsOverlap(b, a, rest) && sessionsOverlap(a, a, rest)));
  });

  it('is exactly "the later one starts before the earlier one’s break is over"', () => {
    fc.assert(
      fc.property(session, session, breakMinutes, (a, b, rest) => {
        const [first, second] = a.startMs <= b.startMs ? [a, b] : [b, a];
        const brute = second.startMs < first.endMs + rest * MINUTE;
        return sessionsOverlap(a, b, rest) === brute;
      }),
    );
  });

  it('lets a session start right when the break before it ends, not a minute earlier', () => {
    const a = { start: '2026-10-26T09:00:00Z', end: '2026-10-26T10:00:00Z' };
    assert.equal(slotsOverlap(a, { start: '2026-10-26T10:15:00Z', end: '2026-10-26T11:15:00Z' }, 15), false);
    assert.equal(slotsOverlap(a, { start: '2026-10-26T10:14:00Z', end: '2026-10-26T11:14:00Z' }, 15), true);
    assert.equal(slotsOverlap(a, { start: '2026-10-26T08:00:00Z', end: '2026-10-26T08:50:00Z' }, 15), true, 'the earlier session’s break reaches into it');
    assert.equal(spanEndMs(Date.parse(a.end), 15), Date.parse('2026-10-26T10:15:00Z'));
  });
});
