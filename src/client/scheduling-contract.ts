/**
 * Contract checks of the scheduling answers (slot lists and holds). Kept apart from
 * `contract.ts` so that they load with the scheduling methods, not in the widget's first load.
 */
import type { Slot } from '../core/slots/types.js';
import type { ResponseIssue } from './errors.js';
import { got, isRecord, isTimeZone, type Parser } from './contract.js';
import type { Hold, SlotList } from './types.js';

/** A UTC instant as the contract writes them: ISO-8601 ending in `Z`, e.g. `2026-10-25T01:30:00Z`. */
const UTC_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?Z$/;

/** Whether `value` is a real UTC instant string (`…Z`): well formed and a date that exists. */
export function isUtcInstant(value: unknown): value is string {
  return typeof value === 'string' && UTC_INSTANT.test(value) && !Number.isNaN(Date.parse(value));
}

/** A UTC instant string at `path`. */
const parseInstant: Parser<string> = (json, path, issues) => {
  if (isUtcInstant(json)) return json;
  issues.push({ path, message: `expected an ISO-8601 UTC instant ending in "Z" (${got(json)}).` });
  return undefined;
};

/** A slot `{ start, end }`: UTC instants, `end` after `start`. */
export const parseSlot: Parser<Slot> = (json, path, issues) => {
  if (!isRecord(json)) {
    issues.push({ path, message: `expected a slot object { start, end } (${got(json)}).` });
    return undefined;
  }
  const start = parseInstant(json.start, `${path}.start`, issues);
  const end = parseInstant(json.end, `${path}.end`, issues);
  if (start === undefined || end === undefined) return undefined;
  if (Date.parse(end) <= Date.parse(start)) {
    issues.push({ path: `${path}.end`, message: `expected an instant after start ${start} (${got(end)}).` });
    return undefined;
  }
  return { start, end };
};

/** Slots in ascending order of start, none repeated, at `path`. */
function parseSlotArray(json: unknown, path: string, issues: ResponseIssue[]): Slot[] | undefined {
  if (!Array.isArray(json)) {
    issues.push({ path, message: `expected an array of slots (${got(json)}).` });
    return undefined;
  }
  const before = issues.length;
  const slots = json.map((entry, index) => parseSlot(entry, `${path}[${index}]`, issues));
  if (issues.length > before) return undefined;
  const valid = slots as Slot[];
  for (let i = 1; i < valid.length; i++) {
    if (Date.parse(valid[i]!.start) <= Date.parse(valid[i - 1]!.start)) {
      issues.push({ path: `${path}[${i}].start`, message: `expected slots in ascending order of start, after ${valid[i - 1]!.start} (${got(valid[i]!.start)}).` });
      return undefined;
    }
  }
  return valid;
}

/** A string field that must equal what was asked for (a slot list of another package would book the wrong thing). */
function expectId(json: Record<string, unknown>, field: string, wanted: string, path: string, issues: ResponseIssue[]): void {
  if (json[field] !== wanted) issues.push({ path: `${path}.${field}`, message: `expected "${wanted}" as asked for (${got(json[field])}).` });
}

/** The slots answer `{ expertId, packageId, timeZone, from, to, data }` of the expert and package asked for. */
export function parseSlotList(expertId: string, packageId: string): Parser<SlotList> {
  return (json, path, issues) => {
    if (!isRecord(json)) {
      issues.push({ path, message: `expected an object { timeZone, data: [...] } (${got(json)}).` });
      return undefined;
    }
    const before = issues.length;
    expectId(json, 'expertId', expertId, path, issues);
    expectId(json, 'packageId', packageId, path, issues);
    const { timeZone } = json;
    if (typeof timeZone !== 'string' || !isTimeZone(timeZone)) {
      issues.push({ path: `${path}.timeZone`, message: `expected an IANA time zone (${got(timeZone)}).` });
    }
    const slots = parseSlotArray(json.data, `${path}.data`, issues);
    return issues.length === before && slots ? { timeZone: timeZone as string, slots } : undefined;
  };
}

/** A {@link Hold}: non-empty id and token, the expert and package asked for, its slots and expiry. */
export function parseHold(expected: { expertId?: string; packageId?: string; id?: string } = {}): Parser<Hold> {
  return (json, path, issues) => {
    if (!isRecord(json)) {
      issues.push({ path, message: `expected a hold object (${got(json)}).` });
      return undefined;
    }
    const before = issues.length;
    const text = (field: 'id' | 'token' | 'expertId' | 'packageId'): string => {
      const value = json[field];
      if (typeof value !== 'string' || value.trim() === '') {
        issues.push({ path: `${path}.${field}`, message: `expected a non-empty string (${got(value)}).` });
        return '';
      }
      const wanted = expected[field as keyof typeof expected];
      if (wanted !== undefined && value !== wanted) {
        issues.push({ path: `${path}.${field}`, message: `expected "${wanted}" as asked for (${got(value)}).` });
      }
      return value;
    };
    const hold = {
      id: text('id'),
      token: text('token'),
      expertId: text('expertId'),
      packageId: text('packageId'),
      slots: parseSlotArray(json.slots, `${path}.slots`, issues),
      expiresAt: parseInstant(json.expiresAt, `${path}.expiresAt`, issues),
    };
    if (hold.slots?.length === 0) issues.push({ path: `${path}.slots`, message: 'expected at least one slot (got an empty array).' });
    return issues.length === before ? (hold as Hold) : undefined;
  };
}

/** An empty answer (204); any body is ignored. */
export const parseNoContent: Parser<null> = () => null;
