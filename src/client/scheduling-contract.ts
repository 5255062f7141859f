/**
 * The scheduling answers (slot lists and holds), read with the schemas of `answer.ts`. Kept apart
 * from `contract.ts` so that they load with the scheduling methods, not in the widget's first load.
 */
import * as v from 'valibot';
import { isUtcInstant } from '../core/instant.js';
import type { Slot } from '../core/slots/types.js';
import { answer, array, asked, askedOr, checks, endAfterStart, object, rule, text, utcInstant, type Answer, type Parser } from '../http/answer.js';
import { timeZone } from '../http/contract.js';
import type { Hold, SlotList } from './types.js';

export { isUtcInstant };

/** A slot `{ start, end }`: UTC instants, `end` after `start`. */
export const slotSchema = v.pipe(object({ start: utcInstant, end: utcInstant }, 'a slot object { start, end }'), endAfterStart()) satisfies Answer<Slot>;

/** The index of the first item whose start is not after the one before it, or -1. */
const outOfOrder = (items: readonly { start: string }[], strictly: boolean): number =>
  items.findIndex((item, i) => i > 0 && (strictly ? Date.parse(item.start) <= Date.parse(items[i - 1]!.start) : Date.parse(item.start) < Date.parse(items[i - 1]!.start)));

/**
 * Items in ascending order of start (with `strictly`, none repeated), reported at the first one
 * out of order, e.g. `$.data[3].start`.
 */
export const ascendingByStart = <T extends { start: string }>(what: string, strictly = true) =>
  checks<T[]>((items, report) => {
    const i = outOfOrder(items, strictly);
    if (i > 0) report([i, 'start'], `${what} in ascending order of start, after ${items[i - 1]!.start}`);
  });

/** Slots in ascending order of start, none repeated. */
const slots = v.pipe(array(slotSchema, 'an array of slots'), ascendingByStart<Slot>('slots'));

/** The slots answer `{ expertId, packageId, timeZone, from, to, data }` of the expert and package asked for. */
export function parseSlotList(expertId: string, packageId: string): Parser<SlotList> {
  const schema = v.pipe(
    object({ expertId: asked(expertId), packageId: asked(packageId), timeZone, data: slots }, 'an object { timeZone, data: [...] }'),
    v.transform(({ timeZone, data }) => ({ timeZone, slots: data })),
  ) satisfies Answer<SlotList>;
  return answer(schema);
}

/** A {@link Hold}: non-empty id and token, the expert and package asked for, one slot at least, its expiry. */
export function parseHold(wanted: { expertId?: string; packageId?: string; id?: string } = {}): Parser<Hold> {
  const schema = v.pipe(
    object(
      {
        id: askedOr(wanted.id),
        token: text,
        expertId: askedOr(wanted.expertId),
        packageId: askedOr(wanted.packageId),
        slots,
        expiresAt: utcInstant,
      },
      'a hold object',
    ),
    rule('slots', (hold) => hold.slots.length > 0, () => 'at least one slot'),
  ) satisfies Answer<Hold>;
  return answer(schema);
}

/** An empty answer (204); any body is ignored. */
export const parseNoContent: Parser<null> = () => null;
