import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { generateSlots, type SlotInput, type SlotInputError } from '../../../src/core/node.js';
import { input } from './helpers.js';

const VALID = input({
  weekly: [
    { weekday: 1, start: '09:00', end: '12:00' },
    { weekday: 2, start: '09:00', end: '12:00' },
    { weekday: 3, start: '09:00', end: '12:00' },
  ],
  overrides: [
    { date: '2026-06-16', intervals: [{ start: '08:00', end: '09:00' }, { start: '10:00', end: '11:00' }] },
    { date: '2026-06-17', intervals: [] },
  ],
  busy: [{ start: '2026-06-15T07:00:00Z', end: '2026-06-15T08:00:00Z' }],
  now: '2026-06-14T00:00:00Z',
  minNoticeMinutes: 60,
});

/** A copy of the input that a case may change anywhere, to any value: deliberately untyped. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a case writes any value at any depth
type Draft = Record<string, any>;

/** Applies `change` to a deep copy of the valid input; the change may put any value anywhere. */
function broken(change: (draft: Draft) => void): SlotInput {
  const draft = structuredClone(VALID) as unknown as Draft;
  change(draft);
  return draft as unknown as SlotInput;
}

type Case = [field: string, kind: typeof TypeError | typeof RangeError, change: (draft: Draft) => void];

const CASES: Case[] = [
  ['timeZone', RangeError, (d) => (d.timeZone = 'Mars/Olympus_Mons')],
  ['timeZone', RangeError, (d) => (d.timeZone = '+01:00')],
  ['timeZone', RangeError, (d) => (d.timeZone = '')],
  ['timeZone', TypeError, (d) => delete d.timeZone],
  ['weekly', TypeError, (d) => (d.weekly = { weekday: 1, start: '09:00', end: '10:00' })],
  ['weekly[1]', TypeError, (d) => (d.weekly[1] = null)],
  ['weekly[2].weekday', RangeError, (d) => (d.weekly[2].weekday = 0)],
  ['weekly[2].weekday', RangeError, (d) => (d.weekly[2].weekday = 8)],
  ['weekly[2].weekday', RangeError, (d) => (d.weekly[2].weekday = 1.5)],
  ['weekly[2].weekday', TypeError, (d) => (d.weekly[2].weekday = 'Mon')],
  ['weekly[0].start', RangeError, (d) => (d.weekly[0].start = '9:00')],
  ['weekly[0].start', RangeError, (d) => (d.weekly[0].start = '12:60')],
  ['weekly[0].start', RangeError, (d) => (d.weekly[0].start = '24:00')],
  ['weekly[0].start', RangeError, (d) => (d.weekly[0].start = '09:00:00')],
  ['weekly[0].start', TypeError, (d) => (d.weekly[0].start = 900)],
  ['weekly[0].end', RangeError, (d) => (d.weekly[0].end = '24:01')],
  ['weekly[0].end', RangeError, (d) => (d.weekly[0].end = '25:00')],
  ['weekly[2].end', RangeError, (d) => (d.weekly[2].end = '08:00')],
  ['weekly[2].end', RangeError, (d) => (d.weekly[2].end = '09:00')],
  ['weekly[2].end', RangeError, (d) => (d.weekly[2].end = '00:00')],
  ['overrides', TypeError, (d) => (d.overrides = 'none')],
  ['overrides[0].date', RangeError, (d) => (d.overrides[0].date = '2026-02-30')],
  ['overrides[0].date', RangeError, (d) => (d.overrides[0].date = '2026-6-16')],
  ['overrides[0].date', RangeError, (d) => (d.overrides[0].date = '2026-06-16T00:00:00Z')],
  ['overrides[0].date', TypeError, (d) => delete d.overrides[0].date],
  ['overrides[1].date', RangeError, (d) => (d.overrides[1].date = '2026-06-16')],
  ['overrides[0].intervals', TypeError, (d) => delete d.overrides[0].intervals],
  ['overrides[0].intervals[1].end', RangeError, (d) => (d.overrides[0].intervals[1].end = '09:59')],
  ['overrides[0].intervals[1].start', RangeError, (d) => (d.overrides[0].intervals[1].start = 'ten')],
  ['busy', TypeError, (d) => (d.busy = {})],
  ['busy[0]', TypeError, (d) => (d.busy[0] = 'tomorrow')],
  ['busy[0].start', RangeError, (d) => (d.busy[0].start = '2026-06-15T07:00:00')],
  ['busy[0].start', RangeError, (d) => (d.busy[0].start = 'not an instant')],
  ['busy[0].start', RangeError, (d) => (d.busy[0].start = '2026-06-31T07:00:00Z')],
  ['busy[0].start', TypeError, (d) => (d.busy[0].start = Date.parse('2026-06-15T07:00:00Z'))],
  ['busy[0].end', RangeError, (d) => (d.busy[0].end = '2026-06-15T06:00:00Z')],
  ['busy[0].end', RangeError, (d) => (d.busy[0].end = '2026-06-15T09:00:00+02:00')],
  ['busy[0].end', RangeError, (d) => (d.busy[0].end = '2026-06-15T08:00:00+24:00')],
  ['durationMinutes', RangeError, (d) => (d.durationMinutes = 0)],
  ['durationMinutes', RangeError, (d) => (d.durationMinutes = -30)],
  ['durationMinutes', RangeError, (d) => (d.durationMinutes = 30.5)],
  ['durationMinutes', RangeError, (d) => (d.durationMinutes = Number.POSITIVE_INFINITY)],
  ['durationMinutes', TypeError, (d) => (d.durationMinutes = '60')],
  ['durationMinutes', TypeError, (d) => (d.durationMinutes = Number.NaN)],
  ['breakMinutes', RangeError, (d) => (d.breakMinutes = -1)],
  ['breakMinutes', RangeError, (d) => (d.breakMinutes = 2.5)],
  ['breakMinutes', TypeError, (d) => delete d.breakMinutes],
  ['from', RangeError, (d) => (d.from = '2026-13-01T00:00:00Z')],
  ['from', RangeError, (d) => (d.from = '2026-06-15')],
  ['from', TypeError, (d) => (d.from = new Date('2026-06-15T00:00:00Z'))],
  ['to', RangeError, (d) => (d.to = '2026-06-14T23:59:59Z')],
  ['to', RangeError, (d) => (d.to = '2026-06-15T25:00:00Z')],
  ['to', RangeError, (d) => (d.to = '2029-06-15T00:00:00.001Z')],
  ['now', RangeError, (d) => (d.now = 'now')],
  ['now', TypeError, (d) => delete d.now],
  ['minNoticeMinutes', RangeError, (d) => (d.minNoticeMinutes = -5)],
  ['minNoticeMinutes', RangeError, (d) => (d.minNoticeMinutes = 0.5)],
];

/** The field path as it appears at the start of the message, e.g. `weekly[2].end`. */
function escape(field: string): string {
  return field.replace(/[[\].]/g, (c) => `\\${c}`);
}

describe('generateSlots: invalid input', () => {
  it('accepts the valid input the cases start from', () => {
    assert.ok(generateSlots(VALID).length > 0);
  });

  for (const [field, kind, change] of CASES) {
    const request = broken(change);
    const shown = JSON.stringify(request, (_, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v));
    it(`throws ${kind.name} naming ${field} (${change.toString().replace(/^\(d\) => /, '')})`, () => {
      assert.throws(
        () => generateSlots(request),
        (error: unknown) => {
          assert.ok(error instanceof kind, `expected ${kind.name}, got ${String(error)} for ${shown}`);
          assert.match(error.message, new RegExp(`^${escape(field)} `));
          assert.equal((error as SlotInputError).field, field);
          return true;
        },
      );
    });
  }

  it('accepts a range of exactly three years (1096 days)', () => {
    assert.ok(generateSlots(broken((d) => (d.to = '2029-06-15T00:00:00Z'))).length > 100);
  });

  it('rejects a missing input object with a TypeError', () => {
    assert.throws(() => generateSlots(null as unknown as SlotInput), { name: 'TypeError', message: /^input / });
  });

  it('says what was expected and what came', () => {
    assert.throws(() => generateSlots(broken((d) => (d.weekly[2].end = '08:00'))), {
      message: 'weekly[2].end must be after weekly[2].start ("09:00"); got "08:00"',
    });
    assert.throws(() => generateSlots(broken((d) => (d.timeZone = 'Europe/Berlinn'))), {
      message: 'timeZone is not a known IANA time zone; got "Europe/Berlinn"',
    });
  });

  it("accepts '24:00' as an end and instants written with offsets, a comma or lowercase letters", () => {
    const request = broken((d) => {
      d.weekly[0].end = '24:00';
      d.busy[0] = { start: '2026-06-15t09:00:00,5+02:00', end: '2026-06-15T08:00:00.000z' };
      d.from = '2026-06-15T02:00:00+0200';
    });
    assert.ok(generateSlots(request).length > 0);
  });
});
