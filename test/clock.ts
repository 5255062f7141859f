/** Clocks the tests inject: none of them reads the machine's date. */

/** A clock starting at `instant` and running at real speed (measured with `performance.now()`). */
export function runningClock(instant: string): () => Date {
  const start = Date.parse(instant);
  const origin = performance.now();
  return () => new Date(start + (performance.now() - origin));
}
