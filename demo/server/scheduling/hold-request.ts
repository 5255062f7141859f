/** Checks the body of `POST /v1/holds` against the package it names. */
import type { AppointmentPackage, FieldError } from '../../../src/core/node.js';
import { MS_PER_MINUTE, parseInstantField } from './time.js';

/** The shape of a hold request, before the package is known. */
export interface HoldRequest {
  expertId: string;
  packageId: string;
  /** The requested session starts, as sent. */
  starts: unknown[];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const FIELDS = ['expertId', 'packageId', 'starts'];

/** Checks the shape of a hold body; returns it or the field errors. */
export function readHoldRequest(body: unknown): { ok: true; value: HoldRequest } | { ok: false; errors: FieldError[] } {
  if (!isRecord(body)) {
    return {
      ok: false,
      errors: [{ field: '', code: 'invalid_type', message: 'The body must be a JSON object { expertId, packageId, starts }.' }],
    };
  }
  const errors: FieldError[] = Object.keys(body)
    .filter((key) => !FIELDS.includes(key))
    .map((key) => ({ field: key, code: 'unknown_field', message: `${key} is not a field of a hold; send ${FIELDS.join(', ')}.` }));
  for (const field of ['expertId', 'packageId'] as const) {
    const value = body[field];
    if (value === undefined) errors.push({ field, code: 'required', message: `${field} is required.` });
    else if (typeof value !== 'string' || value === '') {
      errors.push({ field, code: 'invalid_type', message: `${field} must be a non-empty id string.` });
    }
  }
  if (body.starts === undefined) {
    errors.push({ field: 'starts', code: 'required', message: 'starts is required: the session start instants to hold.' });
  } else if (!Array.isArray(body.starts)) {
    errors.push({ field: 'starts', code: 'invalid_type', message: 'starts must be an array of ISO-8601 instants.' });
  } else if (body.starts.length === 0) {
    errors.push({ field: 'starts', code: 'too_short', message: 'starts must name at least one session start.' });
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: { expertId: body.expertId as string, packageId: body.packageId as string, starts: body.starts as unknown[] } };
}

/**
 * Parses the starts of a hold for `pkg`: each an instant, at most `sessions` of them, no two of
 * them overlapping once each is given its session and break. Returns epoch ms in request order,
 * or the field errors (`starts` for the count, `starts[i]` for one start).
 */
export function checkStarts(starts: readonly unknown[], pkg: AppointmentPackage): { ok: true; value: number[] } | { ok: false; errors: FieldError[] } {
  const errors: FieldError[] = [];
  if (starts.length > pkg.sessions) {
    errors.push({
      field: 'starts',
      code: 'too_long',
      message: `starts may name at most ${pkg.sessions} session${pkg.sessions === 1 ? '' : 's'} (the package's sessions); got ${starts.length}.`,
    });
  }
  const parsed = starts.map((value, i) => parseInstantField(value, `starts[${i}]`, errors));
  const span = (pkg.durationMinutes + pkg.breakMinutes) * MS_PER_MINUTE;
  const order = parsed
    .map((ms, index) => ({ ms, index }))
    .filter((entry): entry is { ms: number; index: number } => entry.ms !== null)
    .sort((a, b) => a.ms - b.ms || a.index - b.index);
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
  return { ok: true, value: parsed as number[] };
}
