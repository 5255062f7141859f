// sessionTimes: the deadline, expert notification and hard stop of each ending rule.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  DEFAULT_OVERTIME_CAP_MINUTES,
  sessionTimes,
  type SessionTimesInput,
} from '../../../src/core/session/index.js';
import { assertFieldError, COMBINATIONS, plus, plusMs, START } from './helpers.js';

function input(fields: Partial<SessionTimesInput> = {}): SessionTimesInput {
  return { endMode: 'automatic', endTiming: 'scheduled_end', scheduledStart: START, durationMinutes: 30, ...fields };
}

describe('sessionTimes', () => {
  describe('with the client joining on time', () => {
    const expected = {
      'automatic scheduled_end': { deadline: plus(30), notifyExpertAt: null, hardStop: plus(30) },
      'automatic full_duration': { deadline: plus(30), notifyExpertAt: null, hardStop: plus(30) },
      'by_expert scheduled_end': { deadline: plus(30), notifyExpertAt: plus(30), hardStop: plus(45) },
      'by_expert full_duration': { deadline: plus(30), notifyExpertAt: plus(30), hardStop: plus(45) },
    };
    for (const rules of COMBINATIONS) {
      const name = `${rules.endMode} ${rules.endTiming}` as keyof typeof expected;
      it(`${name}: ends at start + duration`, () => {
        assert.deepEqual(sessionTimes(input({ ...rules, clientJoinedAt: START })), expected[name]);
      });
    }
  });

  it('writes UTC instants in the style 2026-03-29T10:30:00Z', () => {
    assert.equal(sessionTimes(input()).deadline, '2026-03-29T10:30:00Z');
  });

  describe('with the client 5 minutes late on a 30-minute booking', () => {
    it('scheduled_end ends at +30: the client gets the remaining 25 minutes', () => {
      const times = sessionTimes(input({ endTiming: 'scheduled_end', clientJoinedAt: plus(5) }));
      assert.equal(times.deadline, '2026-03-29T10:30:00Z');
    });

    it('full_duration ends at +35: the full 30 minutes from the join', () => {
      const times = sessionTimes(input({ endTiming: 'full_duration', clientJoinedAt: plus(5) }));
      assert.equal(times.deadline, '2026-03-29T10:35:00Z');
      assert.equal(times.hardStop, '2026-03-29T10:35:00Z');
    });

    it('by_expert full_duration notifies at +35 and stops at +35 + the cap', () => {
      const times = sessionTimes(
        input({ endMode: 'by_expert', endTiming: 'full_duration', clientJoinedAt: plus(5), overtimeCapMinutes: 10 }),
      );
      assert.deepEqual(times, { deadline: plus(35), notifyExpertAt: plus(35), hardStop: plus(45) });
    });
  });

  it('full_duration does not lengthen the session of a client who joins early', () => {
    const times = sessionTimes(input({ endTiming: 'full_duration', clientJoinedAt: plus(-10) }));
    assert.equal(times.deadline, plus(30));
  });

  it('full_duration has no times until the client has joined', () => {
    const expected = { deadline: null, notifyExpertAt: null, hardStop: null };
    assert.deepEqual(sessionTimes(input({ endTiming: 'full_duration' })), expected);
    assert.deepEqual(sessionTimes(input({ endTiming: 'full_duration', clientJoinedAt: null })), expected);
    assert.deepEqual(sessionTimes(input({ endMode: 'by_expert', endTiming: 'full_duration' })), expected);
  });

  it('scheduled_end ignores the join time', () => {
    assert.deepEqual(sessionTimes(input({ clientJoinedAt: plus(20) })), sessionTimes(input()));
  });

  it(`by_expert stops the call ${DEFAULT_OVERTIME_CAP_MINUTES} minutes past the deadline by default`, () => {
    const times = sessionTimes(input({ endMode: 'by_expert' }));
    assert.equal(Date.parse(times.hardStop ?? '') - plusMs(30), DEFAULT_OVERTIME_CAP_MINUTES * 60_000);
  });

  it('by_expert takes the overtime cap from 0 to 240 minutes', () => {
    assert.equal(sessionTimes(input({ endMode: 'by_expert', overtimeCapMinutes: 0 })).hardStop, plus(30));
    assert.equal(sessionTimes(input({ endMode: 'by_expert', overtimeCapMinutes: 240 })).hardStop, plus(270));
  });

  describe('instants with offsets', () => {
    it('reads a start with an offset as the same instant', () => {
      const times = sessionTimes(input({ scheduledStart: '2026-03-29T12:00:00+02:00' }));
      assert.equal(times.deadline, '2026-03-29T10:30:00Z');
    });

    it('reads a negative offset with minutes, and a join across midnight UTC', () => {
      const times = sessionTimes(
        input({
          endTiming: 'full_duration',
          scheduledStart: '2026-03-29T19:30:00-05:30',
          clientJoinedAt: '2026-03-30T01:07:30Z',
          durationMinutes: 60,
        }),
      );
      assert.equal(times.deadline, '2026-03-30T02:07:30Z');
    });

    it('keeps milliseconds only when they are not zero', () => {
      const times = sessionTimes(
        input({ endTiming: 'full_duration', clientJoinedAt: '2026-03-29T10:05:00.250+00:00' }),
      );
      assert.equal(times.deadline, '2026-03-29T10:35:00.25Z');
    });

    it('rounds a start below the millisecond up, so the deadline is never early', () => {
      const times = sessionTimes(input({ scheduledStart: '2026-03-29T10:00:00.0000001Z' }));
      assert.equal(times.deadline, '2026-03-29T10:30:00.001Z');
    });

    it('accepts epoch milliseconds', () => {
      assert.equal(sessionTimes(input({ scheduledStart: plusMs(0) })).deadline, plus(30));
    });
  });

  describe('invalid input names the field', () => {
    const cases: Array<[string, Partial<Record<keyof SessionTimesInput, unknown>>, typeof TypeError, string]> = [
      ['an unknown end mode', { endMode: 'manual' }, RangeError, 'endMode'],
      ['a missing end mode', { endMode: undefined }, TypeError, 'endMode'],
      ['an unknown end timing', { endTiming: 'whenever' }, RangeError, 'endTiming'],
      ['a start without an offset', { scheduledStart: '2026-03-29T10:00:00' }, RangeError, 'scheduledStart'],
      ['an impossible start date', { scheduledStart: '2026-02-30T10:00:00Z' }, RangeError, 'scheduledStart'],
      ['a start that is a Date', { scheduledStart: new Date(START) }, TypeError, 'scheduledStart'],
      ['fractional epoch milliseconds', { scheduledStart: 1.5 }, RangeError, 'scheduledStart'],
      ['a malformed join', { endTiming: 'full_duration', clientJoinedAt: 'soon' }, RangeError, 'clientJoinedAt'],
      ['a malformed join under scheduled_end', { clientJoinedAt: 'soon' }, RangeError, 'clientJoinedAt'],
      ['a fractional duration', { durationMinutes: 30.5 }, RangeError, 'durationMinutes'],
      ['a duration below 5 minutes', { durationMinutes: 4 }, RangeError, 'durationMinutes'],
      ['a duration above 480 minutes', { durationMinutes: 481 }, RangeError, 'durationMinutes'],
      ['a duration as text', { durationMinutes: '30' }, TypeError, 'durationMinutes'],
      ['a negative overtime cap', { endMode: 'by_expert', overtimeCapMinutes: -1 }, RangeError, 'overtimeCapMinutes'],
      ['an overtime cap of 241', { endMode: 'by_expert', overtimeCapMinutes: 241 }, RangeError, 'overtimeCapMinutes'],
      ['a NaN overtime cap', { overtimeCapMinutes: Number.NaN }, RangeError, 'overtimeCapMinutes'],
      ['a null overtime cap', { overtimeCapMinutes: null }, TypeError, 'overtimeCapMinutes'],
    ];
    for (const [name, fields, kind, field] of cases) {
      it(`${name}: ${kind.name} naming ${field}`, () => {
        assertFieldError(() => sessionTimes({ ...input(), ...fields } as SessionTimesInput), kind, field);
      });
    }

    it('a missing input object: TypeError', () => {
      assert.throws(() => sessionTimes(null as unknown as SessionTimesInput), TypeError);
    });
  });

  describe('properties', () => {
    const rules = fc.record({
      endMode: fc.constantFrom('automatic' as const, 'by_expert' as const),
      endTiming: fc.constantFrom('scheduled_end' as const, 'full_duration' as const),
      startMs: fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 0, 1) }),
      joinOffsetMs: fc.option(fc.integer({ min: -86_400_000, max: 86_400_000 }), { nil: undefined }),
      durationMinutes: fc.integer({ min: 5, max: 480 }),
      overtimeCapMinutes: fc.option(fc.integer({ min: 0, max: 240 }), { nil: undefined }),
      offsetMinutes: fc.integer({ min: -14 * 60, max: 14 * 60 }),
    });

    /** Writes epoch ms as a local time with the given offset, to exercise offset parsing. */
    function withOffset(ms: number, offsetMinutes: number): string {
      const local = new Date(ms + offsetMinutes * 60_000).toISOString().slice(0, 23);
      const sign = offsetMinutes < 0 ? '-' : '+';
      const abs = Math.abs(offsetMinutes);
      return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
    }

    it('the deadline is never before the scheduled end, and is exactly it under scheduled_end', () => {
      fc.assert(
        fc.property(rules, (r) => {
          const times = sessionTimes({
            endMode: r.endMode,
            endTiming: r.endTiming,
            scheduledStart: withOffset(r.startMs, r.offsetMinutes),
            durationMinutes: r.durationMinutes,
            overtimeCapMinutes: r.overtimeCapMinutes,
            clientJoinedAt: r.joinOffsetMs === undefined ? undefined : r.startMs + r.joinOffsetMs,
          });
          const scheduledEnd = r.startMs + r.durationMinutes * 60_000;
          if (times.deadline === null) {
            assert.equal(r.endTiming, 'full_duration');
            assert.equal(r.joinOffsetMs, undefined);
            return;
          }
          const deadline = Date.parse(times.deadline);
          assert.ok(deadline >= scheduledEnd, `${times.deadline} is before the scheduled end`);
          if (r.endTiming === 'scheduled_end') assert.equal(deadline, scheduledEnd);
          const clockStart = Math.max(r.startMs + (r.joinOffsetMs ?? 0), r.startMs);
          if (r.endTiming === 'full_duration') assert.equal(deadline, clockStart + r.durationMinutes * 60_000);
        }),
        { numRuns: 500 },
      );
    });

    it('the hard stop is never before the deadline, and the expert is notified only under by_expert', () => {
      fc.assert(
        fc.property(rules, (r) => {
          const times = sessionTimes({
            endMode: r.endMode,
            endTiming: r.endTiming,
            scheduledStart: r.startMs,
            durationMinutes: r.durationMinutes,
            overtimeCapMinutes: r.overtimeCapMinutes,
            clientJoinedAt: r.startMs + (r.joinOffsetMs ?? 0),
          });
          const deadline = Date.parse(times.deadline ?? '');
          const hardStop = Date.parse(times.hardStop ?? '');
          const cap = r.endMode === 'automatic' ? 0 : (r.overtimeCapMinutes ?? DEFAULT_OVERTIME_CAP_MINUTES);
          assert.equal(hardStop - deadline, cap * 60_000);
          assert.equal(times.notifyExpertAt, r.endMode === 'by_expert' ? times.deadline : null);
          for (const value of Object.values(times)) {
            if (value !== null) assert.match(value, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/);
          }
        }),
        { numRuns: 500 },
      );
    });
  });
});
