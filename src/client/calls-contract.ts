/**
 * Contract checks of the call answers (join, state, end). Kept apart from `contract.ts` so that
 * they load with the call methods, never in the widget's first load.
 */
import { END_MODES, END_TIMINGS, ONLINE_SERVICES, PACKAGE_LIMITS } from '../core/package.js';
import type { SessionTimes } from '../core/session/times.js';
import { got, isRecord, type Parser } from './contract.js';
import type { ResponseIssue } from './errors.js';
import type { CallEndAnswer, CallParticipant, CallStateAnswer, JoinAnswer, PhoneDialStatus } from './types.js';

/** An ISO-8601 instant with `Z` or a numeric offset, e.g. `2026-03-29T10:00:00Z`. */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** Whether `value` is an ISO-8601 instant string with `Z` or an offset, of a date that exists. */
export function isIsoInstant(value: unknown): value is string {
  return typeof value === 'string' && ISO_INSTANT.test(value) && !Number.isNaN(Date.parse(value));
}

/** Reads the fields of one answer object, recording each problem with its path. */
class Fields {
  constructor(
    private readonly json: Record<string, unknown>,
    private readonly path: string,
    readonly issues: ResponseIssue[],
  ) {}

  private fail(field: string, expected: string): undefined {
    this.issues.push({ path: `${this.path}.${field}`, message: `expected ${expected} (${got(this.json[field])}).` });
    return undefined;
  }

  instant(field: string): string | undefined {
    const value = this.json[field];
    return isIsoInstant(value) ? value : this.fail(field, 'an ISO-8601 instant with "Z" or an offset');
  }

  instantOrNull(field: string): string | null | undefined {
    return this.json[field] === null ? null : this.instant(field);
  }

  text(field: string): string | undefined {
    const value = this.json[field];
    return typeof value === 'string' && value.trim() !== '' ? value : this.fail(field, 'a non-empty string');
  }

  oneOf<T extends string>(field: string, options: readonly T[]): T | undefined {
    const value = this.json[field];
    return options.includes(value as T) ? (value as T) : this.fail(field, `one of ${options.map((o) => `"${o}"`).join(', ')}`);
  }

  integer(field: string, min: number, max: number): number | undefined {
    const value = this.json[field];
    return Number.isInteger(value) && (value as number) >= min && (value as number) <= max
      ? (value as number)
      : this.fail(field, `a whole number from ${min} to ${max}`);
  }

  /** A string that must equal what was asked for: an answer about another booking must not be used. */
  same(field: string, wanted: string): string | undefined {
    return this.json[field] === wanted ? wanted : this.fail(field, `"${wanted}" as asked for`);
  }

  /** An https URL: a room on plain http would leak the meeting token. */
  httpsUrl(field: string): string | undefined {
    const value = this.json[field];
    if (typeof value === 'string' && URL.canParse(value) && new URL(value).protocol === 'https:') return value;
    return this.fail(field, 'an https URL');
  }

  record(field: string): Fields | undefined {
    const value = this.json[field];
    return isRecord(value) ? new Fields(value, `${this.path}.${field}`, this.issues) : this.fail(field, 'an object');
  }
}

/** The server's `sessionTimes()`: `{ deadline, notifyExpertAt, hardStop }`, each an instant or `null`. */
function parseTimes(fields: Fields): SessionTimes | undefined {
  const times = fields.record('times');
  if (!times) return undefined;
  return {
    deadline: times.instantOrNull('deadline') ?? null,
    notifyExpertAt: times.instantOrNull('notifyExpertAt') ?? null,
    hardStop: times.instantOrNull('hardStop') ?? null,
  };
}

function objectAt(json: unknown, path: string, issues: ResponseIssue[], what: string): Fields | undefined {
  if (isRecord(json)) return new Fields(json, path, issues);
  issues.push({ path, message: `expected ${what} (${got(json)}).` });
  return undefined;
}

const PHONE_STATUSES: readonly PhoneDialStatus[] = ['dialing', 'connected', 'failed'];
const CALL_PROVIDERS = ['daily', 'test'] as const;

/**
 * A {@link JoinAnswer} for the booking and role asked for. `roomUrl` (https) and `meetingToken`
 * are required, except for the client of a phone package, whom the server dials instead; a phone
 * package's `phone.status` is checked when present.
 */
export function parseJoinAnswer(bookingId: string, role: CallParticipant): Parser<JoinAnswer> {
  return (json, path, issues) => {
    const fields = objectAt(json, path, issues, 'a join answer object');
    if (!fields) return undefined;
    const before = issues.length;
    const service = fields.oneOf('service', ONLINE_SERVICES);
    const dialled = service === 'phone' && role === 'client';
    const raw = json as Record<string, unknown>;
    const roomless = dialled && (raw.roomUrl === undefined || raw.roomUrl === null);
    const duration = PACKAGE_LIMITS.durationMinutes;
    const answer: JoinAnswer = {
      bookingId: fields.same('bookingId', bookingId) ?? '',
      role: (fields.same('role', role) as CallParticipant | undefined) ?? role,
      service: service ?? 'video',
      provider: fields.oneOf('provider', CALL_PROVIDERS) ?? 'daily',
      roomUrl: roomless ? null : (fields.httpsUrl('roomUrl') ?? null),
      meetingToken: roomless ? null : (fields.text('meetingToken') ?? null),
      serverTime: fields.instant('serverTime') ?? '',
      scheduledStart: fields.instant('scheduledStart') ?? '',
      durationMinutes: fields.integer('durationMinutes', duration.min, duration.max) ?? 0,
      endMode: fields.oneOf('endMode', END_MODES) ?? 'automatic',
      endTiming: fields.oneOf('endTiming', END_TIMINGS) ?? 'scheduled_end',
      clientJoinedAt: fields.instantOrNull('clientJoinedAt') ?? null,
      overtimeCapMinutes: fields.integer('overtimeCapMinutes', 0, 240) ?? 0,
      times: parseTimes(fields) ?? { deadline: null, notifyExpertAt: null, hardStop: null },
      joinOpensAt: fields.instant('joinOpensAt') ?? '',
      joinClosesAt: fields.instant('joinClosesAt') ?? '',
    };
    if (service === 'phone' && raw.phone !== undefined) {
      const phone = fields.record('phone');
      const status = phone?.oneOf('status', PHONE_STATUSES);
      if (status) answer.phone = { status };
    }
    return issues.length === before ? answer : undefined;
  };
}

const ENDED_BY = ['expert', 'deadline', 'hard_stop'] as const;

/** A {@link CallStateAnswer}; `endedAt` and `endedBy` are both set or both `null`. */
export const parseCallState: Parser<CallStateAnswer> = (json, path, issues) => {
  const fields = objectAt(json, path, issues, 'a call state object');
  if (!fields) return undefined;
  const before = issues.length;
  const raw = json as Record<string, unknown>;
  const state: CallStateAnswer = {
    serverTime: fields.instant('serverTime') ?? '',
    clientJoinedAt: fields.instantOrNull('clientJoinedAt') ?? null,
    endedAt: fields.instantOrNull('endedAt') ?? null,
    endedBy: raw.endedBy === null ? null : (fields.oneOf('endedBy', ENDED_BY) ?? null),
    times: parseTimes(fields) ?? { deadline: null, notifyExpertAt: null, hardStop: null },
  };
  if (issues.length === before && (state.endedAt === null) !== (state.endedBy === null)) {
    issues.push({ path: `${path}.endedBy`, message: `expected endedAt and endedBy to be both set or both null (${got(raw.endedBy)}).` });
  }
  return issues.length === before ? state : undefined;
};

/** A {@link CallEndAnswer}: `{ endedAt, serverTime }`. */
export const parseCallEnd: Parser<CallEndAnswer> = (json, path, issues) => {
  const fields = objectAt(json, path, issues, 'an end answer object');
  if (!fields) return undefined;
  const before = issues.length;
  const answer = { endedAt: fields.instant('endedAt') ?? '', serverTime: fields.instant('serverTime') ?? '' };
  return issues.length === before ? answer : undefined;
};

/**
 * When the call of a `too_early` (425) answer opens: the problem's `joinOpensAt`, or `undefined`
 * for any other error.
 */
export function joinOpensAtOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { name, status, problem } = error as { name?: unknown; status?: unknown; problem?: unknown };
  if (name !== 'ApiError' || status !== 425 || !isRecord(problem)) return undefined;
  return isIsoInstant(problem.joinOpensAt) ? problem.joinOpensAt : undefined;
}
