/**
 * Checks of the availability answer against the contract: the expert asked for, a known zone, a
 * version ≥ 1, well-formed rules, overrides and blocks. Extra fields are dropped.
 */
import type { ResponseIssue } from '../../client/errors.js';
import type { Parser } from '../../client/contract.js';
import type { Availability, Block, DateOverride, TimeRange, Weekday, WeeklyRule } from './types.js';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const got = (value: unknown): string => {
  if (value === undefined) return 'it is missing';
  if (Array.isArray(value)) return 'got an array';
  if (isRecord(value)) return 'got an object';
  const text = JSON.stringify(value) ?? String(value);
  return `got ${text.length > 60 ? `${text.slice(0, 60)}…` : text}`;
};

const TIME = /^(?:[01]\d|2[0-3]):[0-5]\d$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const UTC_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?Z$/;

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** A calendar date `YYYY-MM-DD` that exists. */
function isDate(value: unknown): value is string {
  const match = typeof value === 'string' ? DATE.exec(value) : null;
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.getUTCMonth() === Number(match[2]) - 1 && date.getUTCDate() === Number(match[3]);
}

const isUtcInstant = (value: unknown): value is string =>
  typeof value === 'string' && UTC_INSTANT.test(value) && !Number.isNaN(Date.parse(value));

/** A wall-clock range: `start` 00:00–23:59, `end` after it or `24:00`. */
function parseRange(json: Record<string, unknown>, path: string, issues: ResponseIssue[]): TimeRange | undefined {
  const { start, end } = json;
  const before = issues.length;
  if (typeof start !== 'string' || !TIME.test(start)) {
    issues.push({ path: `${path}.start`, message: `expected a time "HH:MM" from "00:00" to "23:59" (${got(start)}).` });
  }
  if (typeof end !== 'string' || !(TIME.test(end) || end === '24:00')) {
    issues.push({ path: `${path}.end`, message: `expected a time "HH:MM" up to "24:00" (${got(end)}).` });
  } else if (typeof start === 'string' && issues.length === before && end <= start) {
    issues.push({ path: `${path}.end`, message: `expected a time after start ${start} (${got(end)}).` });
  }
  return issues.length === before ? { start: start as string, end: end as string } : undefined;
}

const parseInterval: Parser<TimeRange> = (json, path, issues) => {
  if (isRecord(json)) return parseRange(json, path, issues);
  issues.push({ path, message: `expected an interval { start, end } (${got(json)}).` });
  return undefined;
};

const parseWeeklyRule: Parser<WeeklyRule> = (json, path, issues) => {
  if (!isRecord(json)) {
    issues.push({ path, message: `expected a weekly rule { weekday, start, end } (${got(json)}).` });
    return undefined;
  }
  const { weekday } = json;
  const before = issues.length;
  if (typeof weekday !== 'number' || !Number.isInteger(weekday) || weekday < 1 || weekday > 7) {
    issues.push({ path: `${path}.weekday`, message: `expected an ISO weekday from 1 (Monday) to 7 (Sunday) (${got(weekday)}).` });
  }
  const range = parseRange(json, path, issues);
  return range && issues.length === before ? { weekday: weekday as Weekday, ...range } : undefined;
};

const parseOverride: Parser<DateOverride> = (json, path, issues) => {
  if (!isRecord(json)) {
    issues.push({ path, message: `expected a date override { date, intervals } (${got(json)}).` });
    return undefined;
  }
  const before = issues.length;
  if (!isDate(json.date)) issues.push({ path: `${path}.date`, message: `expected a date "YYYY-MM-DD" that exists (${got(json.date)}).` });
  const intervals = parseArray(json.intervals, `${path}.intervals`, parseInterval, issues);
  return intervals && issues.length === before ? { date: json.date as string, intervals } : undefined;
};

const parseBlock: Parser<Block> = (json, path, issues) => {
  if (!isRecord(json)) {
    issues.push({ path, message: `expected a block { id, start, end, reason } (${got(json)}).` });
    return undefined;
  }
  const { id, start, end, reason } = json;
  const before = issues.length;
  if (typeof id !== 'string' || id.trim() === '') issues.push({ path: `${path}.id`, message: `expected a non-empty string (${got(id)}).` });
  for (const [field, value] of [['start', start], ['end', end]] as const) {
    if (!isUtcInstant(value)) issues.push({ path: `${path}.${field}`, message: `expected an ISO-8601 UTC instant ending in "Z" (${got(value)}).` });
  }
  if (issues.length === before && Date.parse(end as string) <= Date.parse(start as string)) {
    issues.push({ path: `${path}.end`, message: `expected an instant after start ${start as string} (${got(end)}).` });
  }
  if (typeof reason !== 'string') issues.push({ path: `${path}.reason`, message: `expected a string (${got(reason)}).` });
  return issues.length === before ? { id: id as string, start: start as string, end: end as string, reason: reason as string } : undefined;
};

function parseArray<T>(json: unknown, path: string, item: Parser<T>, issues: ResponseIssue[]): T[] | undefined {
  if (!Array.isArray(json)) {
    issues.push({ path, message: `expected an array (${got(json)}).` });
    return undefined;
  }
  const before = issues.length;
  const items = json.map((entry, index) => item(entry, `${path}[${index}]`, issues));
  return issues.length === before ? (items as T[]) : undefined;
}

/** The parser of the availability of expert `expertId`: an answer about another expert is refused. */
export function parseAvailability(expertId: string): Parser<Availability> {
  return (json, path, issues) => {
    if (!isRecord(json)) {
      issues.push({ path, message: `expected an availability object (${got(json)}).` });
      return undefined;
    }
    const before = issues.length;
    const { timeZone, version } = json;
    if (json.expertId !== expertId) issues.push({ path: `${path}.expertId`, message: `expected "${expertId}" as asked for (${got(json.expertId)}).` });
    if (typeof timeZone !== 'string' || !isTimeZone(timeZone)) {
      issues.push({ path: `${path}.timeZone`, message: `expected an IANA time zone (${got(timeZone)}).` });
    }
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
      issues.push({ path: `${path}.version`, message: `expected an integer ≥ 1 (${got(version)}).` });
    }
    const weekly = parseArray(json.weekly, `${path}.weekly`, parseWeeklyRule, issues);
    const overrides = parseArray(json.overrides, `${path}.overrides`, parseOverride, issues);
    const blocks = parseArray(json.blocks, `${path}.blocks`, parseBlock, issues);
    if (issues.length > before || !weekly || !overrides || !blocks) return undefined;
    return { expertId, timeZone: timeZone as string, version: version as number, weekly, overrides, blocks };
  };
}
