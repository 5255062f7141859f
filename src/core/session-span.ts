/**
 * The one rule of when two sessions of an expert collide: each holds its time and the break after
 * it, the half-open span `[start, end + break)`. Touching spans do not overlap. The slot picker
 * (which times may be chosen together), the server (the starts of one hold) and its reservations
 * (the span stored for each session) all use it.
 */

/** A session's start and end, as epoch milliseconds. */
export interface SessionTimesMs {
  startMs: number;
  endMs: number;
}

/** Where the span of a session ending at `endMs` ends: after its break of `breakMinutes`. */
export function spanEndMs(endMs: number, breakMinutes: number): number {
  return endMs + breakMinutes * 60_000;
}

/** Whether two sessions, each with its break of `breakMinutes` after it, overlap. */
export function sessionsOverlap(a: SessionTimesMs, b: SessionTimesMs, breakMinutes: number): boolean {
  return a.startMs < spanEndMs(b.endMs, breakMinutes) && b.startMs < spanEndMs(a.endMs, breakMinutes);
}

/** {@link sessionsOverlap} of two slots written as ISO-8601 instants `{ start, end }`. */
export function slotsOverlap(a: { start: string; end: string }, b: { start: string; end: string }, breakMinutes: number): boolean {
  const ms = (slot: { start: string; end: string }): SessionTimesMs => ({ startMs: Date.parse(slot.start), endMs: Date.parse(slot.end) });
  return sessionsOverlap(ms(a), ms(b), breakMinutes);
}
