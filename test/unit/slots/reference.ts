// A deliberately simple, slow reference for generateSlots, written apart from the engine: Temporal
// for every date, edge and slot, a plain merge, and a scan of every busy period for every slot.
import { Temporal } from 'temporal-polyfill';
import type { Slot, SlotInput } from '../../../src/core/node.js';

type Instant = Temporal.Instant;

const { compare } = Temporal.Instant;

function later(a: Instant, b: Instant): Instant {
  return compare(a, b) >= 0 ? a : b;
}

/** The instant of wall time `hhmm` on `date` in `timeZone` ('24:00' = next midnight), disambiguation "compatible". */
function wallToInstant(date: Temporal.PlainDate, hhmm: string, timeZone: string): Instant {
  if (hhmm === '24:00') return wallToInstant(date.add({ days: 1 }), '00:00', timeZone);
  return date
    .toPlainDateTime(Temporal.PlainTime.from(hhmm))
    .toZonedDateTime(timeZone, { disambiguation: 'compatible' })
    .toInstant();
}

/** generateSlots, the obvious way. Assumes valid input. */
export function referenceSlots(input: SlotInput): Slot[] {
  const { timeZone, durationMinutes, breakMinutes } = input;
  const from = Temporal.Instant.from(input.from);
  const to = Temporal.Instant.from(input.to);
  const earliest =
    input.now === undefined
      ? from
      : later(from, Temporal.Instant.from(input.now).add({ minutes: input.minNoticeMinutes ?? 0 }));
  const busy = (input.busy ?? []).map((period) => ({
    start: Temporal.Instant.from(period.start),
    end: Temporal.Instant.from(period.end),
  }));

  // Every local date that could touch [from, to), padded by a day each side.
  const firstDate = from.toZonedDateTimeISO(timeZone).toPlainDate().subtract({ days: 1 });
  const lastDate = to.toZonedDateTimeISO(timeZone).toPlainDate().add({ days: 1 });
  const intervals: { start: Instant; end: Instant }[] = [];
  for (let date = firstDate; Temporal.PlainDate.compare(date, lastDate) <= 0; date = date.add({ days: 1 })) {
    const override = input.overrides?.find((o) => o.date === date.toString());
    const ranges = override ? override.intervals : input.weekly.filter((rule) => rule.weekday === date.dayOfWeek);
    for (const range of ranges) {
      const start = wallToInstant(date, range.start, timeZone);
      const end = wallToInstant(date, range.end, timeZone);
      if (compare(end, start) > 0) intervals.push({ start, end });
    }
  }

  intervals.sort((a, b) => compare(a.start, b.start));
  const merged: { start: Instant; end: Instant }[] = [];
  for (const interval of intervals) {
    const last = merged[merged.length - 1];
    if (last && compare(interval.start, last.end) <= 0) last.end = later(last.end, interval.end);
    else merged.push({ ...interval });
  }

  const slots: Slot[] = [];
  for (const interval of merged) {
    for (let start = interval.start; ; start = start.add({ minutes: durationMinutes + breakMinutes })) {
      const end = start.add({ minutes: durationMinutes });
      if (compare(end, interval.end) > 0 || compare(start, to) >= 0) break;
      const spanEnd = start.add({ minutes: durationMinutes + breakMinutes });
      const free = busy.every((b) => !(compare(start, b.end) < 0 && compare(b.start, spanEnd) < 0));
      if (free && compare(start, earliest) >= 0) slots.push({ start: start.toString(), end: end.toString() });
    }
  }
  return slots;
}
