// The wall clock's fast path (wall - offset away from transitions) against Temporal itself.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { getTemporal } from '../../../src/core/node.js';
import { civilFromDays } from '../../../src/core/slots/civil.js';
import { createWallClock, localDayOf } from '../../../src/core/slots/zone.js';
import { CHANGES, DAY_MS, ZONES } from './arbitraries.js';

const Temporal = getTemporal();

function viaTemporal(timeZone: string, day: number, minute: number): number {
  const { year, month, day: dayOfMonth } = civilFromDays(day + Math.floor(minute / 1440));
  return Temporal.PlainDateTime.from({ year, month, day: dayOfMonth, hour: Math.floor((minute % 1440) / 60), minute: minute % 60 })
    .toZonedDateTime(timeZone, { disambiguation: 'compatible' }).epochMilliseconds;
}

describe('createWallClock', () => {
  it('agrees with Temporal on every quarter hour of ten days around each known change', () => {
    for (const [timeZone, date] of CHANGES) {
      const changeDay = Date.parse(`${date}T00:00:00Z`) / DAY_MS;
      const clock = createWallClock(Temporal, timeZone, changeDay - 5, changeDay + 5);
      for (let day = changeDay - 5; day <= changeDay + 5; day++) {
        for (let minute = 0; minute <= 1440; minute += 15) {
          assert.equal(clock.toEpochMs(day, minute), viaTemporal(timeZone, day, minute), `${timeZone} day ${day} minute ${minute}`);
        }
      }
    }
  });

  it('agrees with Temporal for random zones, windows and minutes, in any call order', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.integer({ min: Date.UTC(1990, 0, 1) / DAY_MS, max: Date.UTC(2040, 0, 1) / DAY_MS }),
        fc.integer({ min: 0, max: 400 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 1440 })), { minLength: 1, maxLength: 40 }),
        (timeZone, firstDay, length, calls) => {
          const clock = createWallClock(Temporal, timeZone, firstDay, firstDay + length);
          for (const [dayOffset, minute] of calls) {
            const day = firstDay + (dayOffset % (length + 1));
            assert.equal(clock.toEpochMs(day, minute), viaTemporal(timeZone, day, minute));
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('localDayOf', () => {
  it('gives the local date of an instant, which may differ from its UTC date', () => {
    const instant = Date.parse('2026-06-14T20:15:00Z');
    assert.equal(localDayOf(Temporal, 'Pacific/Chatham', instant), Date.parse('2026-06-15T00:00:00Z') / DAY_MS);
    assert.equal(localDayOf(Temporal, 'America/New_York', instant), Date.parse('2026-06-14T00:00:00Z') / DAY_MS);
  });
});
