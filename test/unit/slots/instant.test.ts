// Calendar arithmetic, instant parsing and UTC formatting against Temporal.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { getTemporal } from '../../../src/core/node.js';
import { civilFromDays, daysFromCivil, isoWeekday } from '../../../src/core/slots/civil.js';
import { createUtcFormatter, parseInstant } from '../../../src/core/slots/instant.js';
import { DAY_MS } from './arbitraries.js';

const Temporal = getTemporal();
const EPOCH = Temporal.PlainDate.from('1970-01-01');

describe('civil calendar arithmetic', () => {
  it('matches Temporal.PlainDate for days from year 1 to 9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: -719_162, max: 2_932_896 }), (days) => {
        const date = EPOCH.add({ days });
        assert.deepEqual(civilFromDays(days), { year: date.year, month: date.month, day: date.day });
        assert.equal(daysFromCivil(date.year, date.month, date.day), days);
        assert.equal(isoWeekday(days), date.dayOfWeek);
      }),
      { numRuns: 2000 },
    );
  });
});

const digits = (n: number, width: number) => String(n).padStart(width, '0');

describe('parseInstant', () => {
  it('matches Temporal.Instant.from for instants with Z, offsets and fractions', () => {
    fc.assert(
      fc.property(
        fc.record({
          year: fc.integer({ min: 1, max: 9999 }),
          month: fc.integer({ min: 1, max: 12 }),
          day: fc.integer({ min: 1, max: 28 }),
          hour: fc.integer({ min: 0, max: 23 }),
          minute: fc.integer({ min: 0, max: 59 }),
          second: fc.option(fc.integer({ min: 0, max: 59 })),
          fraction: fc.option(fc.stringMatching(/^\d{1,9}$/)),
          offset: fc.option(fc.integer({ min: -(23 * 60 + 59), max: 23 * 60 + 59 })),
        }),
        (t) => {
          const seconds = t.second === null ? '' : `:${digits(t.second, 2)}${t.fraction === null ? '' : `.${t.fraction}`}`;
          const abs = Math.abs(t.offset ?? 0);
          const zone =
            t.offset === null ? 'Z' : `${t.offset < 0 ? '-' : '+'}${digits(Math.floor(abs / 60), 2)}:${digits(abs % 60, 2)}`;
          const text = `${digits(t.year, 4)}-${digits(t.month, 2)}-${digits(t.day, 2)}T${digits(t.hour, 2)}:${digits(t.minute, 2)}${seconds}${zone}`;
          const ns = Temporal.Instant.from(text).epochNanoseconds;
          const floor = Number(ns / 1_000_000n - (ns % 1_000_000n < 0n ? 1n : 0n));
          const exact = ns % 1_000_000n === 0n;
          assert.deepEqual(parseInstant(text, 'x'), { floorMs: floor, ceilMs: exact ? floor : floor + 1 }, text);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('rejects what is not an instant, naming the field', () => {
    for (const text of ['2026-06-15T10:00', '2026-06-15', '2026-02-29T10:00Z', '2026-06-15T24:00Z', '2026-06-15T10:00:60Z', '+2026-06-15T10:00Z', '2026-06-15T10:00+01', ' 2026-06-15T10:00Z']) {
      assert.throws(() => parseInstant(text, 'busy[3].start'), { name: 'RangeError', message: /^busy\[3\]\.start must be an ISO-8601 instant|^busy\[3\]\.start is not a valid/ }, text);
    }
  });
});

describe('createUtcFormatter', () => {
  it('writes what Temporal.Instant#toString writes, for ascending and random instants', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: Date.UTC(1000, 0, 1), max: Date.UTC(9999, 11, 31) }), { minLength: 1, maxLength: 50 }),
        fc.boolean(),
        (instants, sorted) => {
          const format = createUtcFormatter();
          const list = sorted ? [...instants].sort((a, b) => a - b) : instants;
          for (const ms of list) assert.equal(format(ms), Temporal.Instant.fromEpochMilliseconds(ms).toString());
        },
      ),
      { numRuns: 500 },
    );
    const format = createUtcFormatter();
    assert.equal(format(Date.UTC(2026, 2, 29, 1) + 30 * DAY_MS), '2026-04-28T01:00:00Z');
  });
});
