import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { generateSlots } from '../../../src/core/node.js';
import { input, slotStarts } from './helpers.js';

// 2026-06-15 is a Monday; Berlin is on summer time (UTC+2) all that week.
const MONDAY = { weekday: 1, start: '09:00', end: '12:00' } as const;

describe('generateSlots: weekly rules', () => {
  it('places weekly rules on their weekdays in the expert zone and steps by duration + break', () => {
    const slots = generateSlots(
      input({
        weekly: [MONDAY, { weekday: 3, start: '14:00', end: '16:00' }],
        durationMinutes: 50,
        breakMinutes: 10,
      }),
    );
    assert.deepEqual(slots, [
      { start: '2026-06-15T07:00:00Z', end: '2026-06-15T07:50:00Z' },
      { start: '2026-06-15T08:00:00Z', end: '2026-06-15T08:50:00Z' },
      { start: '2026-06-15T09:00:00Z', end: '2026-06-15T09:50:00Z' },
      { start: '2026-06-17T12:00:00Z', end: '2026-06-17T12:50:00Z' },
      { start: '2026-06-17T13:00:00Z', end: '2026-06-17T13:50:00Z' },
    ]);
  });

  it('needs only the session, not the break, to end within the interval', () => {
    const starts = slotStarts({
      weekly: [{ weekday: 1, start: '09:00', end: '10:50' }],
      durationMinutes: 50,
      breakMinutes: 10,
    });
    assert.deepEqual(starts, ['2026-06-15T07:00:00Z', '2026-06-15T08:00:00Z']);
  });

  it('drops a session that would run past the end of the interval', () => {
    const starts = slotStarts({ weekly: [{ weekday: 1, start: '09:00', end: '10:59' }] });
    assert.deepEqual(starts, ['2026-06-15T07:00:00Z']);
  });

  it('returns nothing without availability, and nothing for an empty range', () => {
    assert.deepEqual(generateSlots(input({})), []);
    assert.deepEqual(
      generateSlots(input({ weekly: [MONDAY], from: '2026-06-15T08:00:00Z', to: '2026-06-15T08:00:00Z' })),
      [],
    );
  });

  it('merges overlapping rules of one day into one interval and one grid', () => {
    const starts = slotStarts({
      weekly: [
        { weekday: 1, start: '10:30', end: '12:00' },
        { weekday: 1, start: '09:00', end: '11:00' },
      ],
    });
    assert.deepEqual(starts, ['2026-06-15T07:00:00Z', '2026-06-15T08:00:00Z', '2026-06-15T09:00:00Z']);
  });

  it('merges touching rules, so the grid runs on through the join', () => {
    const starts = slotStarts({
      weekly: [
        { weekday: 1, start: '09:00', end: '09:45' },
        { weekday: 1, start: '09:45', end: '11:00' },
      ],
      durationMinutes: 30,
    });
    assert.deepEqual(starts, [
      '2026-06-15T07:00:00Z',
      '2026-06-15T07:30:00Z',
      '2026-06-15T08:00:00Z',
      '2026-06-15T08:30:00Z',
    ]);
  });
});

describe('generateSlots: overrides', () => {
  it("replaces the weekly rules of the override's date only", () => {
    const starts = slotStarts({
      weekly: [MONDAY, { weekday: 2, start: '09:00', end: '10:00' }],
      overrides: [{ date: '2026-06-15', intervals: [{ start: '13:00', end: '14:00' }] }],
    });
    assert.deepEqual(starts, ['2026-06-15T11:00:00Z', '2026-06-16T07:00:00Z']);
  });

  it('makes a day off with an empty interval list', () => {
    const starts = slotStarts({
      weekly: [MONDAY, { weekday: 2, start: '09:00', end: '10:00' }],
      overrides: [{ date: '2026-06-15', intervals: [] }],
    });
    assert.deepEqual(starts, ['2026-06-16T07:00:00Z']);
  });

  it('adds availability on a date without weekly rules', () => {
    const starts = slotStarts({
      weekly: [MONDAY],
      overrides: [{ date: '2026-06-20', intervals: [{ start: '10:00', end: '11:00' }] }],
      from: '2026-06-16T00:00:00Z',
    });
    assert.deepEqual(starts, ['2026-06-20T08:00:00Z']);
  });
});

describe('generateSlots: busy periods', () => {
  const base = { weekly: [MONDAY], durationMinutes: 50, breakMinutes: 10 };

  it('excludes a slot whose session overlaps a busy period, keeping the grid', () => {
    const starts = slotStarts({ ...base, busy: [{ start: '2026-06-15T07:10:00Z', end: '2026-06-15T07:20:00Z' }] });
    assert.deepEqual(starts, ['2026-06-15T08:00:00Z', '2026-06-15T09:00:00Z']);
  });

  it('excludes a slot whose break overlaps a busy period', () => {
    const starts = slotStarts({ ...base, busy: [{ start: '2026-06-15T07:55:00Z', end: '2026-06-15T08:00:00Z' }] });
    assert.deepEqual(starts, ['2026-06-15T08:00:00Z', '2026-06-15T09:00:00Z']);
  });

  it('treats touching as not overlapping, on both sides', () => {
    const starts = slotStarts({
      ...base,
      busy: [
        { start: '2026-06-15T06:00:00Z', end: '2026-06-15T07:00:00Z' },
        { start: '2026-06-15T09:00:00Z', end: '2026-06-15T09:30:00Z' },
      ],
    });
    assert.deepEqual(starts, ['2026-06-15T07:00:00Z', '2026-06-15T08:00:00Z']);
  });

  it('reads busy instants with offsets, in any order, overlapping each other', () => {
    const starts = slotStarts({
      ...base,
      busy: [
        { start: '2026-06-15T11:30:00+02:00', end: '2026-06-15T11:40:00+02:00' },
        { start: '2026-06-15T09:05:00+02:00', end: '2026-06-15T09:30:00+02:00' },
        { start: '2026-06-15T07:20:00Z', end: '2026-06-15T07:25:00Z' },
      ],
    });
    assert.deepEqual(starts, ['2026-06-15T08:00:00Z']);
  });

  it('counts a busy edge below the millisecond as busy', () => {
    const starts = slotStarts({
      ...base,
      busy: [{ start: '2026-06-15T06:00:00Z', end: '2026-06-15T07:00:00.000001Z' }],
    });
    assert.deepEqual(starts, ['2026-06-15T08:00:00Z', '2026-06-15T09:00:00Z']);
  });

  it('keeps walking busy periods correctly across many days', () => {
    const starts = slotStarts({
      weekly: [1, 2, 3, 4, 5].map((weekday) => ({ weekday: weekday as 1, start: '09:00', end: '11:00' })),
      busy: [
        { start: '2026-06-19T06:00:00Z', end: '2026-06-19T09:00:00Z' },
        { start: '2026-06-16T07:30:00Z', end: '2026-06-16T07:45:00Z' },
        { start: '2026-06-18T08:30:00Z', end: '2026-06-18T08:40:00Z' },
      ],
    });
    assert.deepEqual(starts, [
      '2026-06-15T07:00:00Z',
      '2026-06-15T08:00:00Z',
      '2026-06-16T08:00:00Z',
      '2026-06-17T07:00:00Z',
      '2026-06-17T08:00:00Z',
      '2026-06-18T07:00:00Z',
    ]);
  });
});

describe('generateSlots: notice and range', () => {
  const base = { weekly: [MONDAY] };

  it('starts at or after now + minNoticeMinutes', () => {
    assert.deepEqual(slotStarts({ ...base, now: '2026-06-15T06:30:00Z', minNoticeMinutes: 60 }), [
      '2026-06-15T08:00:00Z',
      '2026-06-15T09:00:00Z',
    ]);
    assert.deepEqual(slotStarts({ ...base, now: '2026-06-15T06:00:00Z', minNoticeMinutes: 60 }), [
      '2026-06-15T07:00:00Z',
      '2026-06-15T08:00:00Z',
      '2026-06-15T09:00:00Z',
    ]);
  });

  it('uses now alone as the earliest start when no notice is given', () => {
    assert.deepEqual(slotStarts({ ...base, now: '2026-06-15T09:00:00+02:00' }), [
      '2026-06-15T07:00:00Z',
      '2026-06-15T08:00:00Z',
      '2026-06-15T09:00:00Z',
    ]);
    assert.deepEqual(slotStarts({ ...base, now: '2026-06-15T09:00:01+02:00' }), [
      '2026-06-15T08:00:00Z',
      '2026-06-15T09:00:00Z',
    ]);
  });

  it('keeps slot starts within [from, to)', () => {
    assert.deepEqual(slotStarts({ ...base, from: '2026-06-15T08:00:00Z', to: '2026-06-15T09:00:00Z' }), [
      '2026-06-15T08:00:00Z',
    ]);
    assert.deepEqual(slotStarts({ ...base, from: '2026-06-15T08:00:00.001Z', to: '2026-06-15T09:00:00.001Z' }), [
      '2026-06-15T09:00:00Z',
    ]);
  });

  it("anchors the grid at the interval's start, not at from", () => {
    assert.deepEqual(slotStarts({ ...base, from: '2026-06-15T07:30:00Z' }), [
      '2026-06-15T08:00:00Z',
      '2026-06-15T09:00:00Z',
    ]);
  });

  it('keeps a slot that starts before to and ends after it', () => {
    assert.deepEqual(slotStarts({ ...base, to: '2026-06-15T09:30:00Z' }), [
      '2026-06-15T07:00:00Z',
      '2026-06-15T08:00:00Z',
      '2026-06-15T09:00:00Z',
    ]);
  });

  it('reads from and to with offsets', () => {
    assert.deepEqual(
      slotStarts({ ...base, from: '2026-06-15T10:00:00+02:00', to: '2026-06-15T05:00:00-04:00' }),
      ['2026-06-15T08:00:00Z'],
    );
  });
});

describe("generateSlots: '24:00' and midnight", () => {
  it("ends a rule at the next midnight with '24:00'", () => {
    assert.deepEqual(slotStarts({ weekly: [{ weekday: 5, start: '22:00', end: '24:00' }] }), [
      '2026-06-19T20:00:00Z',
      '2026-06-19T21:00:00Z',
    ]);
  });

  it('merges an evening rule with the next morning into one interval across midnight', () => {
    const starts = slotStarts({
      weekly: [
        { weekday: 5, start: '20:00', end: '24:00' },
        { weekday: 6, start: '00:00', end: '02:00' },
      ],
      durationMinutes: 90,
    });
    // One grid from Friday 20:00 (18:00Z) to Saturday 02:00 (00:00Z); apart they would give 18:00, 19:30, 22:00.
    assert.deepEqual(starts, [
      '2026-06-19T18:00:00Z',
      '2026-06-19T19:30:00Z',
      '2026-06-19T21:00:00Z',
      '2026-06-19T22:30:00Z',
    ]);
  });

  it('merges across midnight with an override on one side', () => {
    const starts = slotStarts({
      weekly: [{ weekday: 5, start: '23:00', end: '24:00' }],
      overrides: [{ date: '2026-06-20', intervals: [{ start: '00:00', end: '00:30' }] }],
      durationMinutes: 45,
    });
    assert.deepEqual(starts, ['2026-06-19T21:00:00Z', '2026-06-19T21:45:00Z']);
  });

  it('finds an interval of the day before from that runs into the range', () => {
    const starts = slotStarts({
      weekly: [{ weekday: 7, start: '22:00', end: '24:00' }, { weekday: 1, start: '00:00', end: '01:00' }],
      durationMinutes: 35,
      from: '2026-06-14T22:00:00Z',
      to: '2026-06-15T00:00:00Z',
    });
    // from is Monday 00:00 in Berlin, yet Sunday 22:00 (20:00Z) starts the merged interval's grid:
    // 20:00, 20:35, 21:10, 21:45, 22:20 (Z); the Monday rule alone would give 22:00Z.
    assert.deepEqual(starts, ['2026-06-14T22:20:00Z']);
  });
});
