/**
 * The instants apptkit accepts on the wire: a stated, bounded range that every database and
 * calendar can hold with room to spare for durations and report windows added to them.
 */

/** The earliest instant accepted, inclusive. */
export const EARLIEST_INSTANT = '1970-01-01T00:00:00Z';
/** The first instant no longer accepted (exclusive upper bound). */
export const INSTANT_LIMIT = '2200-01-01T00:00:00Z';

const EARLIEST_MS = Date.UTC(1970, 0, 1);
const LIMIT_MS = Date.UTC(2200, 0, 1);

/** Whether epoch milliseconds lie in [{@link EARLIEST_INSTANT}, {@link INSTANT_LIMIT}). */
export function isInstantInRange(epochMs: number): boolean {
  return epochMs >= EARLIEST_MS && epochMs < LIMIT_MS;
}
