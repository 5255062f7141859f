/**
 * Small hand-written checks that a server answer matches the contract (no schema library: the
 * widget's first load must stay tiny). Each parser records problems with their JSON path and
 * returns `undefined` when the value is unusable. Extra fields are tolerated and dropped.
 */
import type { AppointmentPackage } from '../core/package.js';
import { parsePackage } from '../core/read-package.js';
import type { ResponseIssue } from './errors.js';
import type { Expert } from './types.js';

/** Reads one value found at `path`, recording problems in `issues`. */
export type Parser<T> = (json: unknown, path: string, issues: ResponseIssue[]) => T | undefined;

/** Whether `value` is a plain JSON object. */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Words what was found for a "(got …)" in an issue. */
export const got = (value: unknown): string => {
  if (value === undefined) return 'it is missing';
  if (Array.isArray(value)) return 'got an array';
  if (typeof value === 'object' && value !== null) return 'got an object';
  const shown = JSON.stringify(value);
  return `got ${shown.length > 60 ? `${shown.slice(0, 60)}…` : shown}`;
};

/** Whether this engine knows the IANA time zone `value`. */
export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** Checks an id argument of a client method: a non-empty string, else a `TypeError` naming `name`. */
export function requireId(name: string, value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new TypeError(`${name} must be a non-empty string (got ${typeof value === 'string' ? '""' : String(value)}).`);
  }
  return value;
}

/** An {@link Expert}: non-empty id and name, a string headline, a time zone this engine knows. */
export const parseExpert: Parser<Expert> = (json, path, issues) => {
  if (!isRecord(json)) {
    issues.push({ path, message: `expected an expert object (${got(json)}).` });
    return undefined;
  }
  const before = issues.length;
  const text = (field: keyof Expert, allowEmpty: boolean): string => {
    const value = json[field];
    if (typeof value !== 'string' || (!allowEmpty && value.trim() === '')) {
      issues.push({ path: `${path}.${field}`, message: `expected a ${allowEmpty ? '' : 'non-empty '}string (${got(value)}).` });
      return '';
    }
    return value;
  };
  const expert: Expert = {
    id: text('id', false),
    name: text('name', false),
    headline: text('headline', true),
    timeZone: text('timeZone', false),
  };
  if (expert.timeZone && !isTimeZone(expert.timeZone)) {
    issues.push({ path: `${path}.timeZone`, message: `expected an IANA time zone (${got(expert.timeZone)}).` });
  }
  return issues.length === before ? expert : undefined;
};

/** An {@link AppointmentPackage}, checked with core's `parsePackage`: every field error becomes an issue. */
export const parseAppointmentPackage: Parser<AppointmentPackage> = (json, path, issues) => {
  const result = parsePackage(json);
  if (result.ok) return result.value;
  for (const error of result.errors) {
    issues.push({ path: error.field ? `${path}.${error.field}` : path, message: error.message });
  }
  return undefined;
};

/** A list envelope `{ data: T[] }`, every item checked with `item`. */
export function parseDataList<T>(item: Parser<T>): Parser<T[]> {
  return (json, path, issues) => {
    const data = isRecord(json) ? json.data : undefined;
    if (!Array.isArray(data)) {
      const where = isRecord(json) ? `${path}.data` : path;
      issues.push({ path: where, message: `expected ${isRecord(json) ? 'an array' : 'an object { data: [...] }'} (${got(isRecord(json) ? data : json)}).` });
      return undefined;
    }
    const before = issues.length;
    const items = data.map((entry, index) => item(entry, `${path}.data[${index}]`, issues));
    return issues.length === before ? (items as T[]) : undefined;
  };
}
