/** The rules of a hold's starts that need the package it names (the spec's checks come first). */
import type { AppointmentPackage, FieldError } from '../../../src/core/node.js';
import { MS_PER_MINUTE } from './time.js';

/**
 * Checks the starts of a hold for `pkg` (each an instant in range, as the spec's check found):
 * at most `sessions` of them, no two of them overlapping once each is given its session and
 * break. Returns epoch ms in request order, or the field errors (`starts` for the count,
 * `starts[i]` for one start).
 */
export function checkStarts(starts: readonly string[], pkg: AppointmentPackage): { ok: true; value: number[] } | { ok: false; errors: FieldError[] } {
  const errors: FieldError[] = [];
  if (starts.length > pkg.sessions) {
    errors.push({
      field: 'starts',
      code: 'too_long',
      message: `starts may name at most ${pkg.sessions} session${pkg.sessions === 1 ? '' : 's'} (the package's sessions); got ${starts.length}.`,
    });
  }
  const parsed = starts.map((value) => Date.parse(value));
  const span = (pkg.durationMinutes + pkg.breakMinutes) * MS_PER_MINUTE;
  const order = parsed.map((ms, index) => ({ ms, index })).sort((a, b) => a.ms - b.ms || a.index - b.index);
  for (let k = 1; k < order.length; k++) {
    const previous = order[k - 1] as { ms: number; index: number };
    const current = order[k] as { ms: number; index: number };
    if (current.ms - previous.ms < span) {
      const later = Math.max(previous.index, current.index);
      const earlier = Math.min(previous.index, current.index);
      errors.push({
        field: `starts[${later}]`,
        code: 'overlaps',
        message: `starts[${later}] overlaps starts[${earlier}]: sessions of this package take ${pkg.durationMinutes} minutes plus a ${pkg.breakMinutes}-minute break.`,
      });
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: parsed };
}
