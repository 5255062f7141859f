// Small helpers shared by the slot tests.
import assert from 'node:assert/strict';
import { generateSlots, type Slot, type SlotInput } from '../../../src/core/node.js';

/** A Berlin input with no rules; tests spread their own fields over it. */
export function input(fields: Partial<SlotInput>): SlotInput {
  return {
    timeZone: 'Europe/Berlin',
    weekly: [],
    durationMinutes: 60,
    breakMinutes: 0,
    from: '2026-06-15T00:00:00Z',
    to: '2026-06-22T00:00:00Z',
    ...fields,
  };
}

/** The start instants of the slots. */
export function starts(slots: Slot[]): string[] {
  return slots.map((slot) => slot.start);
}

/** Runs generateSlots, checks every slot's end is start + duration, and returns the starts. */
export function slotStarts(fields: Partial<SlotInput>): string[] {
  const request = input(fields);
  const slots = generateSlots(request);
  for (const slot of slots) {
    assert.equal(
      Date.parse(slot.end) - Date.parse(slot.start),
      request.durationMinutes * 60_000,
      `end of ${slot.start}`,
    );
  }
  return starts(slots);
}
