/**
 * The slot engine. Availability rules become absolute intervals (one wall -> instant conversion per
 * interval edge), touching intervals merge, and slots step through each merged interval in integer
 * epoch milliseconds while a cursor walks the sorted busy periods once: linear in days + busy
 * periods + slots.
 */
import { getTemporal } from '../temporal.js';
import { isoWeekday } from './civil.js';
import { createUtcFormatter } from './instant.js';
import type { Slot, SlotInput } from './types.js';
import { normalizeInput, type NormalizedInput } from './validate.js';
import { createWallClock, localDayOf } from './zone.js';

/** Absolute availability, `[start, end)` in epoch ms, sorted by start and pairwise disjoint. */
interface Intervals {
  start: number[];
  end: number[];
}

/**
 * Every availability interval on the local days that can touch `[from, to)` (the local dates of
 * `from` and `to`, padded by a day each side), as instants, merged where they overlap or touch.
 * A range whose end does not come after its start once placed in time (possible inside a DST gap)
 * is dropped.
 */
function availability(input: NormalizedInput): Intervals {
  const temporal = getTemporal();
  const firstDay = localDayOf(temporal, input.timeZone, input.fromMs) - 1;
  const lastDay = localDayOf(temporal, input.timeZone, input.toMs) + 1;
  const clock = createWallClock(temporal, input.timeZone, firstDay, lastDay);
  const raw: { start: number; end: number }[] = [];
  for (let day = firstDay; day <= lastDay; day++) {
    const ranges = input.overrides.get(day) ?? input.weekly[isoWeekday(day)] ?? [];
    for (const range of ranges) {
      const start = clock.toEpochMs(day, range.start);
      const end = clock.toEpochMs(day, range.end);
      if (end > start) raw.push({ start, end });
    }
  }
  // Already nearly sorted; DST and overlapping rules are the exceptions.
  raw.sort((a, b) => a.start - b.start);
  const merged: Intervals = { start: [], end: [] };
  for (const { start, end } of raw) {
    const last = merged.end.length - 1;
    if (last >= 0 && start <= (merged.end[last] as number)) {
      if (end > (merged.end[last] as number)) merged.end[last] = end;
    } else {
      merged.start.push(start);
      merged.end.push(end);
    }
  }
  return merged;
}

/** The first slot start `origin + k·step` (k ≥ 0) at or after `atLeast`. */
function firstStepAtOrAfter(origin: number, step: number, atLeast: number): number {
  if (atLeast <= origin) return origin;
  let k = Math.ceil((atLeast - origin) / step);
  // Guard the float division at its edges; at most one step either way.
  while (k > 0 && origin + (k - 1) * step >= atLeast) k--;
  while (origin + k * step < atLeast) k++;
  return origin + k * step;
}

/**
 * Bookable slots of one expert for one package, as UTC instants in ascending order.
 *
 * Each weekly rule (or the override of its date) is placed on its local date in `timeZone`; a wall
 * time inside a DST gap moves forward and an ambiguous one takes the earlier offset (Temporal's
 * `"compatible"`). Overlapping or touching intervals merge, also across midnight. Slots step in
 * absolute time from each merged interval's start by `durationMinutes + breakMinutes`; a slot fits
 * when its session `[start, start + duration)` ends within the interval, its span
 * `[start, start + duration + break)` overlaps no busy period (touching is fine), it starts at or
 * after `now + minNoticeMinutes`, and its start lies in `[from, to)`.
 *
 * Pure and synchronous; needs Temporal (native, the Node entry's polyfill, or `await loadTemporal()`).
 *
 * Limits: minutes (duration, break, notice) up to 527040; `to` at most 1096 days after `from`.
 *
 * @throws TypeError or RangeError whose message starts with the offending field, e.g. `weekly[2].end`
 *   (the error's `field` holds the same path).
 * @throws Error when Temporal is not available.
 */
export function generateSlots(input: SlotInput): Slot[] {
  const normalized = normalizeInput(getTemporal(), input);
  const { durationMs, breakMs, earliestMs, toMs, busyStart, busyEnd } = normalized;
  const slots: Slot[] = [];
  if (toMs <= earliestMs) return slots;
  const intervals = availability(normalized);
  const format = createUtcFormatter();
  const step = durationMs + breakMs;
  const busyCount = busyStart.length;
  let busy = 0;
  for (let i = 0; i < intervals.start.length; i++) {
    const origin = intervals.start[i] as number;
    const lastStart = (intervals.end[i] as number) - durationMs;
    if (lastStart < earliestMs) continue;
    if (origin >= toMs) break;
    let start = firstStepAtOrAfter(origin, step, earliestMs);
    while (start <= lastStart && start < toMs) {
      while (busy < busyCount && (busyEnd[busy] as number) <= start) busy++;
      if (busy < busyCount && (busyStart[busy] as number) < start + step) {
        // The span overlaps this busy period: jump to the first step at or after its end.
        start = firstStepAtOrAfter(origin, step, busyEnd[busy] as number);
        continue;
      }
      slots.push({ start: format(start), end: format(start + durationMs) });
      start += step;
    }
  }
  return slots;
}
