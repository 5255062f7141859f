// Exact instants around daylight-saving changes. Expected values come from the zones' rules:
// a wall time inside a gap moves forward by the gap, an ambiguous one takes the earlier offset.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getTemporal, type SlotInput } from '../../../src/core/node.js';
import { slotStarts } from './helpers.js';

/** An instant as local date-time with offset in `timeZone`, e.g. `2026-03-29T03:00:00+02:00`. */
function local(instant: string, timeZone: string): string {
  return getTemporal().Instant.from(instant).toZonedDateTimeISO(timeZone).toString({ timeZoneName: 'never' });
}

/** Slot starts for one date's override in `timeZone`, over a range that covers that date. */
function onDate(timeZone: string, date: string, start: string, end: string, fields: Partial<SlotInput> = {}): string[] {
  const day = Date.parse(`${date}T00:00:00Z`);
  return slotStarts({
    timeZone,
    overrides: [{ date, intervals: [{ start, end }] }],
    from: new Date(day - 2 * 86_400_000).toISOString(),
    to: new Date(day + 3 * 86_400_000).toISOString(),
    ...fields,
  });
}

describe('DST: Europe/Berlin spring forward, 2026-03-29 02:00 -> 03:00', () => {
  it('gives three one-hour slots for the three real hours of 01:00–05:00', () => {
    const starts = onDate('Europe/Berlin', '2026-03-29', '01:00', '05:00');
    assert.deepEqual(starts, ['2026-03-29T00:00:00Z', '2026-03-29T01:00:00Z', '2026-03-29T02:00:00Z']);
    assert.deepEqual(
      starts.map((s) => local(s, 'Europe/Berlin')),
      ['2026-03-29T01:00:00+01:00', '2026-03-29T03:00:00+02:00', '2026-03-29T04:00:00+02:00'],
    );
  });

  it('moves a start inside the gap forward by an hour', () => {
    const starts = onDate('Europe/Berlin', '2026-03-29', '02:30', '04:00', { durationMinutes: 30 });
    assert.deepEqual(starts, ['2026-03-29T01:30:00Z']);
    assert.equal(local(starts[0] as string, 'Europe/Berlin'), '2026-03-29T03:30:00+02:00');
  });

  it('shifts an interval lying wholly in the gap, and drops one that ends before its shifted start', () => {
    assert.deepEqual(onDate('Europe/Berlin', '2026-03-29', '02:00', '02:45', { durationMinutes: 30 }), [
      '2026-03-29T01:00:00Z',
    ]);
    assert.deepEqual(onDate('Europe/Berlin', '2026-03-29', '02:30', '03:15', { durationMinutes: 15 }), []);
  });
});

describe('DST: Europe/Berlin fall back, 2026-10-25 03:00 -> 02:00', () => {
  it('gives four one-hour slots for the four real hours of 01:00–04:00', () => {
    const starts = onDate('Europe/Berlin', '2026-10-25', '01:00', '04:00');
    assert.deepEqual(starts, [
      '2026-10-24T23:00:00Z',
      '2026-10-25T00:00:00Z',
      '2026-10-25T01:00:00Z',
      '2026-10-25T02:00:00Z',
    ]);
    assert.deepEqual(
      starts.map((s) => local(s, 'Europe/Berlin')),
      [
        '2026-10-25T01:00:00+02:00',
        '2026-10-25T02:00:00+02:00',
        '2026-10-25T02:00:00+01:00',
        '2026-10-25T03:00:00+01:00',
      ],
    );
  });

  it('takes the earlier offset for an ambiguous start', () => {
    const starts = onDate('Europe/Berlin', '2026-10-25', '02:30', '03:30');
    assert.deepEqual(starts, ['2026-10-25T00:30:00Z', '2026-10-25T01:30:00Z']);
    assert.equal(local(starts[0] as string, 'Europe/Berlin'), '2026-10-25T02:30:00+02:00');
  });
});

describe('DST: America/New_York', () => {
  it('spring 2026-03-08: 00:00–04:00 is three hours long', () => {
    assert.deepEqual(onDate('America/New_York', '2026-03-08', '00:00', '04:00'), [
      '2026-03-08T05:00:00Z',
      '2026-03-08T06:00:00Z',
      '2026-03-08T07:00:00Z',
    ]);
  });

  it('fall 2026-11-01: 00:00–04:00 is five hours long; 01:30 is read as EDT', () => {
    assert.deepEqual(onDate('America/New_York', '2026-11-01', '00:00', '04:00'), [
      '2026-11-01T04:00:00Z',
      '2026-11-01T05:00:00Z',
      '2026-11-01T06:00:00Z',
      '2026-11-01T07:00:00Z',
      '2026-11-01T08:00:00Z',
    ]);
    assert.deepEqual(onDate('America/New_York', '2026-11-01', '01:30', '02:30', { durationMinutes: 30 }), [
      '2026-11-01T05:30:00Z',
      '2026-11-01T06:00:00Z',
      '2026-11-01T06:30:00Z',
      '2026-11-01T07:00:00Z',
    ]);
  });
});

describe('DST: America/Sao_Paulo midnight changes', () => {
  const range = { from: '2018-11-03T00:00:00Z', to: '2018-11-05T00:00:00Z' };

  it('2018-11-04 00:00 did not exist: a 00:00 start moves to 01:00 local', () => {
    const starts = slotStarts({
      timeZone: 'America/Sao_Paulo',
      weekly: [{ weekday: 7, start: '00:00', end: '02:00' }],
      durationMinutes: 30,
      ...range,
    });
    assert.deepEqual(starts, ['2018-11-04T03:00:00Z', '2018-11-04T03:30:00Z']);
    assert.equal(local(starts[0] as string, 'America/Sao_Paulo'), '2018-11-04T01:00:00-02:00');
  });

  it("merges Saturday 22:00–'24:00' with Sunday 00:00–02:00 across the missing midnight", () => {
    const starts = slotStarts({
      timeZone: 'America/Sao_Paulo',
      weekly: [
        { weekday: 6, start: '22:00', end: '24:00' },
        { weekday: 7, start: '00:00', end: '02:00' },
      ],
      durationMinutes: 45,
      ...range,
    });
    assert.deepEqual(starts, [
      '2018-11-04T01:00:00Z',
      '2018-11-04T01:45:00Z',
      '2018-11-04T02:30:00Z',
      '2018-11-04T03:15:00Z',
    ]);
  });

  it('2019-02-16 23:00–24:00 happened twice: 22:00–24:00 holds three hours', () => {
    const starts = onDate('America/Sao_Paulo', '2019-02-16', '22:00', '24:00');
    assert.deepEqual(starts, ['2019-02-17T00:00:00Z', '2019-02-17T01:00:00Z', '2019-02-17T02:00:00Z']);
    assert.deepEqual(
      starts.map((s) => local(s, 'America/Sao_Paulo')),
      ['2019-02-16T22:00:00-02:00', '2019-02-16T23:00:00-02:00', '2019-02-16T23:00:00-03:00'],
    );
  });
});

describe('DST: Australia/Lord_Howe half-hour changes', () => {
  it('2026-10-04 02:00 -> 02:30: a 02:00 start moves to 02:30 (+11:00)', () => {
    const starts = onDate('Australia/Lord_Howe', '2026-10-04', '02:00', '03:00', { durationMinutes: 30 });
    assert.deepEqual(starts, ['2026-10-03T15:30:00Z']);
    assert.equal(local(starts[0] as string, 'Australia/Lord_Howe'), '2026-10-04T02:30:00+11:00');
  });

  it('2026-04-05 02:00 -> 01:30: 01:00–03:00 holds two and a half hours', () => {
    assert.deepEqual(onDate('Australia/Lord_Howe', '2026-04-05', '01:00', '03:00', { durationMinutes: 30 }), [
      '2026-04-04T14:00:00Z',
      '2026-04-04T14:30:00Z',
      '2026-04-04T15:00:00Z',
      '2026-04-04T15:30:00Z',
      '2026-04-04T16:00:00Z',
    ]);
  });
});

describe('Pacific/Chatham at +12:45 and +13:45', () => {
  it('places a winter Monday at +12:45, on the previous UTC day', () => {
    const starts = slotStarts({
      timeZone: 'Pacific/Chatham',
      weekly: [{ weekday: 1, start: '09:00', end: '10:00' }],
      from: '2026-06-14T00:00:00Z',
    });
    assert.deepEqual(starts, ['2026-06-14T20:15:00Z', '2026-06-21T20:15:00Z']);
    assert.equal(local(starts[0] as string, 'Pacific/Chatham'), '2026-06-15T09:00:00+12:45');
  });

  it('2026-09-27 02:45 -> 03:45: 02:00–05:00 holds two hours', () => {
    assert.deepEqual(onDate('Pacific/Chatham', '2026-09-27', '02:00', '05:00'), [
      '2026-09-26T13:15:00Z',
      '2026-09-26T14:15:00Z',
    ]);
  });

  it('2026-04-05 03:45 -> 02:45: 02:00–04:00 holds three hours', () => {
    assert.deepEqual(onDate('Pacific/Chatham', '2026-04-05', '02:00', '04:00'), [
      '2026-04-04T12:15:00Z',
      '2026-04-04T13:15:00Z',
      '2026-04-04T14:15:00Z',
    ]);
  });
});

describe('a Berlin expert seen from Asia/Kolkata', () => {
  const expert = { weekly: [{ weekday: 1, start: '09:00', end: '12:00' }] } as const;

  it('gives the same instants whichever offset from and to are written in', () => {
    const utc = slotStarts({ ...expert, from: '2026-06-15T00:00:00Z', to: '2026-06-16T00:00:00Z' });
    const kolkata = slotStarts({ ...expert, from: '2026-06-15T05:30:00+05:30', to: '2026-06-16T05:30:00+05:30' });
    assert.deepEqual(kolkata, utc);
    assert.equal(utc.length, 3);
  });

  it('shows 09:00, 10:00, 11:00 Berlin as 12:30, 13:30, 14:30 in Kolkata', () => {
    const starts = slotStarts({ ...expert, from: '2026-06-15T00:00:00Z', to: '2026-06-16T00:00:00Z' });
    assert.deepEqual(
      starts.map((s) => local(s, 'Asia/Kolkata')),
      ['2026-06-15T12:30:00+05:30', '2026-06-15T13:30:00+05:30', '2026-06-15T14:30:00+05:30'],
    );
    assert.deepEqual(
      starts.map((s) => local(s, 'Europe/Berlin')),
      ['2026-06-15T09:00:00+02:00', '2026-06-15T10:00:00+02:00', '2026-06-15T11:00:00+02:00'],
    );
  });
});
