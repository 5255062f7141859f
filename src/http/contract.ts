/**
 * The answers of the widget's first load (experts and packages): experts with the check generated
 * from the spec, packages with core's package reader (the spec's package schema says its
 * cross-field rules with if/then/else, which only core reads). The widget's client loads this
 * module (and valibot with it) while its first request is on the way, so that the first load
 * itself carries neither. The answers of the lazily loaded parts live in `scheduling-contract.ts`,
 * `checkout-contract.ts` and `calls-contract.ts`, so that they load with those parts.
 */
import * as v from 'valibot';
import type { AppointmentPackage, FieldError } from '../core/package.js';
import { parsePackage } from '../core/read-package.js';
import { isRecord } from '../core/record.js';
import { answer, array, is, object, type Answer, type Parser } from './answer.js';
import { Expert as expertSchema } from './wire-checks.js';
import type { Expert } from '../wire/index.js';

export type { Parser } from './answer.js';

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

/** Parses an {@link Expert}. */
export const parseExpert: Parser<Expert> = answer(expertSchema);

/** Parses an {@link AppointmentPackage}: every field error of core's reader becomes an issue. */
export const parseAppointmentPackage: Parser<AppointmentPackage> = answer(packageSchema);

const envelope = object({ data: array(v.unknown()) }, 'an object { data: [...] }');

/** A list envelope `{ data: T[] }`, every item checked with `item`. */
export function parseDataList<T>(item: Parser<T>): Parser<T[]> {
  const parseEnvelope = answer(envelope);
  return (json, path, issues) => {
    const data = parseEnvelope(json, path, issues)?.data;
    if (!data) return undefined;
    const before = issues.length;
    const items = data.map((entry, index) => item(entry, `${path}.data[${index}]`, issues));
    return issues.length === before ? (items as T[]) : undefined;
  };
}

/** A non-empty string or `null`: the cursor of the next page. */
export const nextCursor = is<string | null>((value) => value === null || (typeof value === 'string' && value !== ''), 'a non-empty string or null');

