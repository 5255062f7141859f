/**
 * The scheduling answers (slot lists and holds): the checks generated from the spec, and the
 * semantic checks that protect the picker — the answer is about the expert and package asked
 * for, slots end after they start and come in ascending order, none repeated. Kept apart from
 * `contract.ts` so that they load with the scheduling methods, not in the widget's first load.
 */
import * as v from 'valibot';
import type { Slot } from '../core/slots/types.js';
import { answer, checkAsked, checks, type Answer, type Parser, type Report } from '../http/answer.js';
import * as wire from '../http/wire-checks.js';
import type { Hold, SlotList } from './types.js';

/** The index of the first item whose start is not after the one before it, or -1. */
const outOfOrder = (items: readonly { start: string }[], strictly: boolean): number =>
  items.findIndex((item, i) => i > 0 && (strictly ? Date.parse(item.start) <= Date.parse(items[i - 1]!.start) : Date.parse(item.start) < Date.parse(items[i - 1]!.start)));

/**
 * Reports the first item of `items` (at `at`) out of ascending order of start (with `strictly`,
 * repeated too), e.g. at `$.data[3].start`.
 */
export function checkAscending(items: readonly { start: string }[], what: string, report: Report, at: readonly (string | number)[], strictly = true): void {
  const i = outOfOrder(items, strictly);
  if (i > 0) report([...at, i, 'start'], `${what} in ascending order of start, after ${items[i - 1]!.start}`);
}

/** Reports each item of `spans` (at `at`) that does not end after it starts. */
export function checkEndsAfterStart(spans: readonly { start: string; end: string }[], report: Report, at: readonly (string | number)[]): void {
  spans.forEach((span, i) => {
    if (!(Date.parse(span.end) > Date.parse(span.start))) report([...at, i, 'end'], `an instant after start ${span.start}`);
  });
}

/** Slots that end after they start, ascending by start, none repeated. */
function checkSlots(slots: readonly Slot[], report: Report, at: readonly (string | number)[]): void {
  checkEndsAfterStart(slots, report, at);
  checkAscending(slots, 'slots', report, at);
}

/** The slots answer of the expert and package asked for, as `{ timeZone, slots }`. */
export function parseSlotList(expertId: string, packageId: string): Parser<SlotList> {
  const schema = v.pipe(
    wire.SlotList,
    checks<v.InferOutput<typeof wire.SlotList>>((list, report) => {
      checkAsked(list, { expertId, packageId }, report);
      checkSlots(list.data, report, ['data']);
    }),
    v.transform(({ timeZone, data }) => ({ timeZone, slots: data })),
  ) satisfies Answer<SlotList>;
  return answer(schema);
}

/** A {@link Hold} of what was asked (its `id`, or the expert and package of a new one), its slots in order. */
export function parseHold(wanted: { expertId?: string; packageId?: string; id?: string } = {}): Parser<Hold> {
  const schema = v.pipe(
    wire.Hold,
    checks<Hold>((hold, report) => {
      checkAsked(hold, wanted, report);
      checkSlots(hold.slots, report, ['slots']);
    }),
  ) satisfies Answer<Hold>;
  return answer(schema);
}

/** An empty answer (204); any body is ignored. */
export const parseNoContent: Parser<null> = () => null;
