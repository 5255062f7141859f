/**
 * The one rule of an instant on the wire. apptkit writes instants in UTC (`…Z`) and reads, where
 * the contract allows it, an ISO-8601 instant with `Z` or a numeric offset. Either must be a date
 * and time that exists (`2026-02-30T…` is refused).
 */

/** An ISO-8601 UTC instant as apptkit writes them: `2026-10-25T01:30:00Z`, seconds and fraction optional. */
export const UTC_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?Z$/;

/** An ISO-8601 instant with `Z` or a numeric offset, e.g. `2026-03-29T10:00:00+02:00`. */
export const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** Whether the date and time written in `value` exist: `Date` neither refuses nor rolls them over. */
function exists(value: string): boolean {
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) return false;
  // Date.parse rolls some impossible days over (e.g. 02-30 → 03-02): compare the written date with
  // the date of the same wall clock read back.
  const [date] = value.split('T') as [string];
  const offset = /([+-])(\d{2}):(\d{2})$/.exec(value);
  const shift = offset ? (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3])) * 60_000 : 0;
  return new Date(ms + shift).toISOString().slice(0, 10) === date;
}

/** Whether `value` is a real UTC instant string (`…Z`): well formed and a moment that exists. */
export function isUtcInstant(value: unknown): value is string {
  return typeof value === 'string' && UTC_INSTANT.test(value) && exists(value);
}

/** Whether `value` is a real ISO-8601 instant string with `Z` or a numeric offset. */
export function isIsoInstant(value: unknown): value is string {
  return typeof value === 'string' && ISO_INSTANT.test(value) && exists(value);
}
