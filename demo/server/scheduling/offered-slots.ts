/**
 * The slots an expert offers for a package, computed by core's `generateSlots` from the stored
 * availability and busy periods (blocks, live reservations), with the server's clock and notice.
 */
import { generateSlots, type BusyPeriod, type Slot } from '../../../src/core/node.js';
import type { Availability } from '../db/availability.js';
import { blockedPeriods } from '../db/availability.js';
import type { Queryable } from '../db/database.js';
import { reservedPeriods } from '../db/holds.js';
import { isoInstant, MS_PER_MINUTE } from './time.js';

/** What the slots of one package depend on besides the range. */
export interface SlotContext {
  availability: Pick<Availability, 'expertId' | 'timeZone' | 'weekly' | 'overrides'>;
  durationMinutes: number;
  breakMinutes: number;
  /** The server clock's instant, epoch ms. */
  nowMs: number;
  minNoticeMinutes: number;
}

/** Which busy periods count: blocks only (is it a slot at all?), or blocks and reservations. */
export type BusyScope = 'blocks' | 'blocks-and-reservations';

/** Where the span (session and break) of a slot starting just before `toMs` ends. */
const lastSpanEnd = (context: SlotContext, toMs: number) => toMs + (context.durationMinutes + context.breakMinutes) * MS_PER_MINUTE;

/** The busy periods of the context's expert that can overlap a span starting in `[fromMs, toMs)`. */
async function busyPeriods(db: Queryable, context: SlotContext, fromMs: number, toMs: number, scope: BusyScope): Promise<BusyPeriod[]> {
  const expertId = context.availability.expertId;
  const spanEnd = lastSpanEnd(context, toMs);
  const blocks = await blockedPeriods(db, expertId, fromMs, spanEnd);
  if (scope === 'blocks') return blocks;
  return [...blocks, ...(await reservedPeriods(db, expertId, fromMs, spanEnd, context.nowMs))];
}

/**
 * The slots of `context` starting in `[fromMs, toMs)` beside `busy`, for a caller that has read the
 * busy periods already (the slots route, with `findSlotSource`).
 */
export function slotsBeside(context: SlotContext, busy: BusyPeriod[], fromMs: number, toMs: number): Slot[] {
  const { availability } = context;
  return generateSlots({
    timeZone: availability.timeZone,
    weekly: availability.weekly,
    overrides: availability.overrides,
    busy,
    durationMinutes: context.durationMinutes,
    breakMinutes: context.breakMinutes,
    from: isoInstant(fromMs),
    to: isoInstant(toMs),
    now: isoInstant(context.nowMs),
    minNoticeMinutes: context.minNoticeMinutes,
  });
}

/** The slots starting in `[fromMs, toMs)`, ascending, as UTC instants. */
export async function offeredSlots(
  db: Queryable,
  context: SlotContext,
  fromMs: number,
  toMs: number,
  scope: BusyScope = 'blocks-and-reservations',
): Promise<Slot[]> {
  return slotsBeside(context, await busyPeriods(db, context, fromMs, toMs, scope), fromMs, toMs);
}

/** Whether a slot starts exactly at `startMs` (same rules as {@link offeredSlots}). */
export async function isOffered(db: Queryable, context: SlotContext, startMs: number, scope: BusyScope): Promise<boolean> {
  const [slot] = await offeredSlots(db, context, startMs, startMs + 1, scope);
  return slot !== undefined && slot.start === isoInstant(startMs);
}
