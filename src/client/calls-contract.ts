/**
 * The call answers (join, state, end), read with the schemas of `answer.ts`. Kept apart from
 * `contract.ts` so that they load with the call methods, never in the widget's first load.
 */
import * as v from 'valibot';
import { isIsoInstant } from '../core/instant.js';
import { END_MODES, END_TIMINGS, ONLINE_SERVICES, PACKAGE_LIMITS } from '../core/package.js';
import { isRecord } from '../core/record.js';
import { answer, asked, checks, is, object, oneOf, text, whole, type Answer, type Parser } from '../http/answer.js';
import type { CallEndAnswer, CallParticipant, CallStateAnswer, JoinAnswer, PhoneDialStatus } from './types.js';

export { isIsoInstant };

/** An ISO-8601 instant with `Z` or an offset (core's rule). */
const instant = is<string>(isIsoInstant, 'an ISO-8601 instant with "Z" or an offset');
const instantOrNull = v.nullable(instant);

/** An https URL: a room on plain http would leak the meeting token. */
const httpsUrl = is<string>((value) => typeof value === 'string' && URL.canParse(value) && new URL(value).protocol === 'https:', 'an https URL');

/** The server's `sessionTimes()`: `{ deadline, notifyExpertAt, hardStop }`, each an instant or `null`. */
const times = object({ deadline: instantOrNull, notifyExpertAt: instantOrNull, hardStop: instantOrNull }, 'an object');

const PHONE_STATUSES = ['dialing', 'connected', 'failed'] as const satisfies readonly PhoneDialStatus[];
const duration = PACKAGE_LIMITS.durationMinutes;

/**
 * A {@link JoinAnswer} for the booking and role asked for. `roomUrl` (https) and `meetingToken`
 * are required, except for the client of a phone package, whom the server dials instead
 * (`null` or left out); a phone package's `phone.status` is checked when present.
 */
export function parseJoinAnswer(bookingId: string, role: CallParticipant): Parser<JoinAnswer> {
  const shape = object(
    {
      bookingId: asked(bookingId),
      role: asked(role),
      service: oneOf(ONLINE_SERVICES),
      provider: oneOf(['daily', 'test']),
      roomUrl: v.nullish(v.unknown()),
      meetingToken: v.nullish(v.unknown()),
      serverTime: instant,
      scheduledStart: instant,
      durationMinutes: whole(duration.min, duration.max),
      endMode: oneOf(END_MODES),
      endTiming: oneOf(END_TIMINGS),
      clientJoinedAt: instantOrNull,
      overtimeCapMinutes: whole(0, 240),
      times,
      joinOpensAt: instant,
      joinClosesAt: instant,
      phone: v.optional(object({ status: oneOf(PHONE_STATUSES) }, 'an object')),
    },
    'a join answer object',
  );
  const schema = v.pipe(
    shape,
    checks<v.InferOutput<typeof shape>>((join, report) => {
      const dialled = join.service === 'phone' && role === 'client';
      if (dialled && join.roomUrl == null) return;
      if (!v.is(httpsUrl, join.roomUrl)) report(['roomUrl'], 'an https URL');
      if (!v.is(text, join.meetingToken)) report(['meetingToken'], 'a non-empty string');
    }),
    v.transform(({ roomUrl, meetingToken, phone, service, ...rest }): JoinAnswer => ({
      ...rest,
      service,
      roomUrl: (roomUrl as string | null | undefined) ?? null,
      meetingToken: roomUrl == null ? null : (meetingToken as string),
      ...(service === 'phone' && phone ? { phone } : {}),
    })),
  ) satisfies Answer<JoinAnswer>;
  return answer(schema);
}

/** A {@link CallStateAnswer}; `endedAt` and `endedBy` are both set or both `null`. */
export const parseCallState: Parser<CallStateAnswer> = answer(
  v.pipe(
    object(
      {
        serverTime: instant,
        clientJoinedAt: instantOrNull,
        endedAt: instantOrNull,
        endedBy: v.nullable(oneOf(['expert', 'deadline', 'hard_stop'])),
        times,
      },
      'a call state object',
    ),
    checks<CallStateAnswer>((state, report) => {
      if ((state.endedAt === null) !== (state.endedBy === null)) report(['endedBy'], 'endedAt and endedBy to be both set or both null');
    }),
  ) satisfies Answer<CallStateAnswer>,
);

/** A {@link CallEndAnswer}: `{ endedAt, serverTime }`. */
export const parseCallEnd: Parser<CallEndAnswer> = answer(object({ endedAt: instant, serverTime: instant }, 'an end answer object') satisfies Answer<CallEndAnswer>);

/**
 * When the call of a `too_early` (425) answer opens: the problem's `joinOpensAt`, or `undefined`
 * for any other error.
 */
export function joinOpensAtOf(error: unknown): string | undefined {
  if (!isRecord(error)) return undefined;
  const { name, status, problem } = error;
  if (name !== 'ApiError' || status !== 425 || !isRecord(problem)) return undefined;
  return isIsoInstant(problem.joinOpensAt) ? problem.joinOpensAt : undefined;
}
