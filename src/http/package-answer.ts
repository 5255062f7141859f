/**
 * The answer check of an appointment package: core's tolerant package reader (`parsePackage`)
 * as a valibot schema. The spec's package schema says its cross-field rules with if/then/else,
 * which the generated checks do not read: they take this one for every answer that holds a
 * package (scripts/generate-wire.mjs names it), and so do the client's and the admin SDK's
 * hand-written readers.
 */
import * as v from 'valibot';
import type { AppointmentPackage, FieldError } from '../core/package.js';
import { parsePackage } from '../core/read-package.js';
import { isRecord } from '../core/record.js';
import type { Answer } from './answer.js';

/**
 * A value read by a reader of `src/core` (`{ ok, value }` or `{ ok, errors }`): each field error
 * becomes an issue at that field, so the domain's own reading rules are not written twice.
 */
export function readBy<T>(read: (json: unknown) => { ok: true; value: T } | { ok: false; errors: readonly FieldError[] }): Answer<T> {
  return v.pipe(
    v.unknown(),
    v.rawTransform(({ dataset, addIssue, NEVER }) => {
      const result = read(dataset.value);
      if (result.ok) return result.value;
      const input = isRecord(dataset.value) ? dataset.value : {};
      for (const error of result.errors) {
        const path = error.field ? [{ type: 'object' as const, origin: 'value' as const, input, key: error.field, value: input[error.field] }] : undefined;
        addIssue({ message: error.message, ...(path ? { path: path as [v.ObjectPathItem] } : {}) });
      }
      return NEVER;
    }),
  );
}

/** An {@link AppointmentPackage}, read with core's `parsePackage`. */
export const packageSchema: Answer<AppointmentPackage> = readBy(parsePackage);
