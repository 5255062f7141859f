/**
 * The picker's reading of a month's slots: by local day, the chosen ones in order, and whether the
 * expert's zone is worth naming beside the viewer's.
 */
import type { Slot } from '../../core/slots/types.js';
import { localDate, offsetMinutes, utcMidnight, type IsoDate } from './calendar.js';

/** Slots in ascending order of start. */
export function sortSlots(slots: readonly Slot[]): Slot[] {
  return [...slots].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
}

/** Slots by the local date of their start in `timeZone`, each day ascending. */
export function groupByDay(slots: readonly Slot[], timeZone: string): Map<IsoDate, Slot[]> {
  const days = new Map<IsoDate, Slot[]>();
  for (const slot of slots) {
    const date = localDate(Date.parse(slot.start), timeZone);
    const day = days.get(date);
    if (day) day.push(slot);
    else days.set(date, [slot]);
  }
  return days;
}

/** Whether two zones differ at `nowMs` or at some point of the year after it (Berlin and Paris do not). */
export function offsetsDiffer(a: string, b: string, nowMs: number): boolean {
  if (a === b) return false;
  const now = utcMidnight(localDate(nowMs, 'UTC'));
  return [0, 91, 182, 273].some((days) => {
    const at = now + days * 86_400_000;
    return offsetMinutes(at, a) !== offsetMinutes(at, b);
  });
}
