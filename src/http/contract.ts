/**
 * The answers of the widget's first load (experts and packages): experts with the check generated
 * from the spec, packages with core's package reader (the spec's package schema says its
 * cross-field rules with if/then/else, which only core reads). The widget's client loads this
 * module (and valibot with it) while its first request is on the way, so that the first load
 * itself carries neither. The answers of the lazily loaded parts live in `scheduling-contract.ts`,
 * `checkout-contract.ts` and `calls-contract.ts`, so that they load with those parts.
 */
import * as v from 'valibot';
import type { AppointmentPackage } from '../core/package.js';
import { answer, array, object, type Parser } from './answer.js';
import { packageSchema } from './package-answer.js';
import { Expert as expertSchema } from './wire-checks.js';
import type { Expert } from '../wire/index.js';

export type { Parser } from './answer.js';
export { packageSchema, readBy } from './package-answer.js';

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

