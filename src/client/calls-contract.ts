/**
 * The call answers (join, state, end): the checks generated from the spec, with the semantic
 * checks the call needs. Kept apart from `contract.ts` so that they load with the call methods,
 * never in the widget's first load.
 */
import * as v from 'valibot';
import { isIsoInstant } from '../core/instant.js';
import { isRecord } from '../core/record.js';
import { answer, checkAsked, checks, type Answer, type Parser } from '../http/answer.js';
import * as wire from '../http/wire-checks.js';
import type { CallEndAnswer, CallParticipant, CallStateAnswer, JoinAnswer } from './types.js';

export { isIsoInstant };

/**
 * A {@link JoinAnswer} for the booking and role asked for. A room (`roomUrl`, https by the spec,
 * with its `meetingToken`) is required, except for the client of a phone package, whom the server
 * dials instead; `phone` is kept for a phone package only.
 */
export function parseJoinAnswer(bookingId: string, role: CallParticipant): Parser<JoinAnswer> {
  const schema = v.pipe(
    wire.JoinAnswer,
    checks<JoinAnswer>((join, report) => {
      checkAsked(join, { bookingId, role }, report);
      if (join.service === 'phone' && role === 'client' && join.roomUrl === null) return;
      if (join.roomUrl === null) report(['roomUrl'], 'an https URL');
      if (join.meetingToken === null) report(['meetingToken'], 'a non-empty string');
    }),
    v.transform(({ phone, ...join }): JoinAnswer => ({
      ...join,
      meetingToken: join.roomUrl === null ? null : join.meetingToken,
      ...(join.service === 'phone' && phone ? { phone } : {}),
    })),
  ) satisfies Answer<JoinAnswer>;
  return answer(schema);
}

/** A {@link CallStateAnswer}; `endedAt` and `endedBy` are both set or both `null`. */
export const parseCallState: Parser<CallStateAnswer> = answer(
  v.pipe(
    wire.CallState,
    checks<CallStateAnswer>((state, report) => {
      if ((state.endedAt === null) !== (state.endedBy === null)) report(['endedBy'], 'endedAt and endedBy to be both set or both null');
    }),
  ) satisfies Answer<CallStateAnswer>,
);

/** A {@link CallEndAnswer}: `{ endedAt, serverTime }`. */
export const parseCallEnd: Parser<CallEndAnswer> = answer(wire.CallEnd);

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
