/**
 * `isoInstant` writes every instant of the server's answers. It formats whole milliseconds of
 * four-digit years with Date (fast) and everything else with Temporal; both must write the same
 * text as Temporal's `Instant#toString()`, which the slot engine writes.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getTemporal } from '../../src/core/node.js';
import { isoInstant } from '../../demo/server/scheduling/time.js';

const temporalText = (ms: number) => getTemporal().Instant.fromEpochMilliseconds(ms).toString();

describe('isoInstant', () => {
  it('writes seconds always and a fraction only when it is not zero, trimmed', () => {
    assert.equal(isoInstant(Date.parse('2026-10-25T01:00:00Z')), '2026-10-25T01:00:00Z');
    assert.equal(isoInstant(Date.parse('2026-10-25T01:00:00.5Z')), '2026-10-25T01:00:00.5Z');
    assert.equal(isoInstant(Date.parse('2026-10-25T01:00:00.120Z')), '2026-10-25T01:00:00.12Z');
    assert.equal(isoInstant(Date.parse('2026-10-25T01:00:00.007Z')), '2026-10-25T01:00:00.007Z');
    assert.equal(isoInstant(new Date('1969-12-31T23:59:59.990Z')), '1969-12-31T23:59:59.99Z');
  });

  it('writes what Temporal writes, at the edges of four-digit years and across the range', () => {
    const edges = [0, 1, -1, -1000, 253_402_300_799_999, 253_402_300_800_000, -62_167_219_200_000, -62_167_219_200_001, 8.64e15, -8.64e15];
    // A fixed walk from year -1 to year 10001 in uneven steps, with every kind of fraction.
    const walk = Array.from({ length: 5000 }, (_, i) => -62_200_000_000_000 + i * 63_140_000_123 + (i % 7) * 10 ** (i % 4));
    for (const ms of [...edges, ...walk]) assert.equal(isoInstant(ms), temporalText(ms), String(ms));
  });

  it('refuses what Temporal refuses', () => {
    for (const ms of [Number.NaN, 1.5, 8.64e15 + 1]) assert.throws(() => isoInstant(ms), RangeError, String(ms));
  });
});
