// generateSlots against the simple reference over random zones, rules, overrides, busy sets and ranges.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { generateSlots } from '../../../src/core/node.js';
import { slotInput } from './arbitraries.js';
import { referenceSlots } from './reference.js';

describe('generateSlots matches the reference implementation', () => {
  it('for random inputs, half of them around DST changes', () => {
    fc.assert(
      fc.property(slotInput, (input) => {
        assert.deepEqual(generateSlots(input), referenceSlots(input));
      }),
      { numRuns: 400 },
    );
  });

  it('returns ascending, non-overlapping slots inside [from, to)', () => {
    fc.assert(
      fc.property(slotInput, (input) => {
        const slots = generateSlots(input);
        const from = Date.parse(input.from);
        const to = Date.parse(input.to);
        let previousEnd = Number.NEGATIVE_INFINITY;
        for (const slot of slots) {
          const start = Date.parse(slot.start);
          assert.ok(start >= from && start < to, `${slot.start} outside [${input.from}, ${input.to})`);
          assert.ok(start >= previousEnd, `${slot.start} overlaps the slot before`);
          assert.match(slot.start, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
          previousEnd = Date.parse(slot.end);
          assert.equal(previousEnd - start, input.durationMinutes * 60_000);
        }
      }),
      { numRuns: 200 },
    );
  });
});
