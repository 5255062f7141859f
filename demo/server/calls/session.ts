/**
 * The call operations behind the routes: join (records the client's first join, creates the
 * room, mints the meeting token or dials the client's phone), state, and the expert's end. Every
 * time is the server clock's; the session times are core's `sessionTimes`.
 */
import type { OnlineService } from '../../../src/core/node.js';
import type * as Wire from '../../../src/wire/index.js';
import { findCallBooking, lockCall, recordClientJoin, recordExpertEnd, saveRoom, type CallBooking } from '../db/calls.js';
import type { Database, Queryable } from '../db/database.js';
import { HttpProblem, notFound, validationProblem } from '../http/problem.js';
import { isoInstant } from '../scheduling/time.js';
import { isPartyOf, roleOf, type CallIdentity } from './identity.js';
import { phoneCallCostUsdCents, type PhoneBalance } from './phone-balance.js';
import type { CallProvider, Room } from './provider.js';
import type { JoinRole } from './requests.js';
import { callWindow, type CallWindow } from './window.js';

/** What the call operations need from the server. */
export interface CallDeps {
  db: Database;
  provider: CallProvider;
  phoneBalance: PhoneBalance;
}

/** The answer to a join, as openapi.yaml describes it. */
export type JoinAnswer = Wire.JoinAnswer;

/** A booking's call as the server sees it now. */
export type CallState = Wire.CallState;

const seconds = (ms: number): number => Math.floor(ms / 1000);
const isoOrNull = (ms: number | null): string | null => (ms === null ? null : isoInstant(ms));

/** The booking `bookingId` if `identity` is one of its parties: 404 when unknown or face-to-face, 403 otherwise. */
async function partyBooking(db: Queryable, identity: CallIdentity, bookingId: string): Promise<CallBooking & { service: OnlineService }> {
  const booking = await findCallBooking(db, bookingId);
  if (!booking) throw notFound(`The booking ${bookingId}`);
  if (!isPartyOf(identity, booking)) {
    const who = identity.kind === 'expert' ? 'This expert token' : identity.kind === 'guest' ? 'This join token' : 'This customer';
    throw new HttpProblem(403, 'not_your_booking', `${who} does not belong to booking ${bookingId}.`);
  }
  if (booking.service === null) throw notFound(`A call of booking ${bookingId} (a face-to-face meeting)`);
  return booking as CallBooking & { service: OnlineService };
}

function tooEarly(window: CallWindow, nowMs: number): HttpProblem {
  const joinOpensAt = isoInstant(window.joinOpensAtMs);
  return new HttpProblem(425, 'too_early', `The call opens at ${joinOpensAt}, 10 minutes before the scheduled start.`, {
    members: { joinOpensAt, serverTime: isoInstant(nowMs) },
  });
}

/** 425 before the window opens; 410 once the session has ended or the window has closed. */
function checkJoinable(window: CallWindow, bookingId: string, nowMs: number): void {
  if (nowMs < window.joinOpensAtMs) throw tooEarly(window, nowMs);
  if (window.ended) {
    throw new HttpProblem(410, 'session_ended', `The session of booking ${bookingId} ended at ${isoInstant(window.ended.atMs)} (${window.ended.by}).`);
  }
  if (nowMs >= window.joinClosesAtMs) {
    throw new HttpProblem(410, 'session_ended', `Joining booking ${bookingId} closed at ${isoInstant(window.joinClosesAtMs)}.`);
  }
}

/** The room name of a booking: stable, so a lost answer never makes a second room. */
const roomNameOf = (bookingId: string): string => `apptkit-${bookingId.replace(/[^A-Za-z0-9_-]/g, '-')}`;

async function ensureRoom(tx: Queryable, deps: CallDeps, booking: CallBooking & { service: OnlineService }, window: CallWindow): Promise<Room> {
  if (booking.room) return booking.room;
  const room = await deps.provider.createRoom({
    name: roomNameOf(booking.bookingId),
    exp: seconds(window.roomExpMs),
    ejectAtRoomExp: true,
    startVideoOff: booking.service !== 'video',
    enableDialOut: booking.service === 'phone',
  });
  await saveRoom(tx, booking.bookingId, room);
  return room;
}

/** Refuses a phone join the tenant's USD phone balance cannot pay for (402), or whose client has no phone (422). */
async function checkPhone(tx: Queryable, deps: CallDeps, booking: CallBooking): Promise<string> {
  if (booking.customerPhone === null) {
    throw validationProblem([{ field: 'phone', code: 'required', message: `The client of booking ${booking.bookingId} has no confirmed phone number to dial.` }]);
  }
  const balance = await deps.phoneBalance.usdCents(tx);
  const cost = phoneCallCostUsdCents(booking.durationMinutes, booking.endMode);
  if (balance < cost) {
    throw new HttpProblem(402, 'phone_balance_insufficient', `This phone session may cost up to ${cost} US cents and the phone balance is ${balance}; top it up to place the call.`, {
      members: { balanceUsdCents: balance, costUsdCents: cost },
    });
  }
  return booking.customerPhone;
}

/**
 * Joins `identity` to the call of `bookingId` as `role` at the server time `nowMs`. Throws 404,
 * 403 `not_your_booking` (not a party, or the wrong role), 425 `too_early`, 410 `session_ended`,
 * 402 `phone_balance_insufficient` or 422 (no phone to dial).
 */
export async function joinCall(deps: CallDeps, identity: CallIdentity, bookingId: string, role: JoinRole, nowMs: number): Promise<JoinAnswer> {
  await partyBooking(deps.db, identity, bookingId);
  if (roleOf(identity) !== role) {
    const hint = role === 'expert' ? 'only the expert joins as "expert" (send Apptkit-Expert)' : 'the expert joins as "expert"';
    throw new HttpProblem(403, 'not_your_booking', `You cannot join booking ${bookingId} as "${role}": ${hint}.`);
  }
  return deps.db.transaction(async (tx) => {
    let booking = (await lockCall(tx, bookingId)) as CallBooking & { service: OnlineService };
    checkJoinable(callWindow(booking, nowMs), bookingId, nowMs);
    const dialled = booking.service === 'phone' && role === 'client';
    const phoneNumber = dialled ? await checkPhone(tx, deps, booking) : null;
    if (role === 'client') booking = { ...booking, clientJoinedAtMs: await recordClientJoin(tx, bookingId, nowMs) };
    const window = callWindow(booking, nowMs);
    const room = await ensureRoom(tx, deps, booking, window);
    const base = {
      bookingId,
      role,
      service: booking.service,
      provider: deps.provider.name,
      serverTime: isoInstant(nowMs),
      scheduledStart: isoInstant(booking.scheduledStartMs),
      durationMinutes: booking.durationMinutes,
      endMode: booking.endMode,
      endTiming: booking.endTiming,
      clientJoinedAt: isoOrNull(booking.clientJoinedAtMs),
      overtimeCapMinutes: window.overtimeCapMinutes,
      times: window.times,
      joinOpensAt: isoInstant(window.joinOpensAtMs),
      joinClosesAt: isoInstant(window.joinClosesAtMs),
    };
    if (phoneNumber !== null) {
      const dial = await deps.provider.dialOut({ roomName: room.name, phoneNumber, displayName: 'Client' });
      return { ...base, roomUrl: null, meetingToken: null, phone: { status: dial.status } };
    }
    const meetingToken = await deps.provider.createMeetingToken({
      roomName: room.name,
      isOwner: role === 'expert',
      nbf: seconds(window.joinOpensAtMs),
      exp: seconds(window.tokenExpMs),
      ejectAtTokenExp: true,
      startVideoOff: booking.service !== 'video',
      startAudioOff: false,
      userName: role === 'expert' ? 'Expert' : 'Client',
    });
    return { ...base, roomUrl: room.url, meetingToken };
  });
}

/** The call state of `bookingId` as `identity` may read it, at the server time `nowMs`. */
export async function callState(deps: CallDeps, identity: CallIdentity, bookingId: string, nowMs: number): Promise<CallState> {
  const booking = await partyBooking(deps.db, identity, bookingId);
  const window = callWindow(booking, nowMs);
  return {
    serverTime: isoInstant(nowMs),
    clientJoinedAt: isoOrNull(booking.clientJoinedAtMs),
    endedAt: window.ended ? isoInstant(window.ended.atMs) : null,
    endedBy: window.ended?.by ?? null,
    times: window.times,
  };
}

/**
 * Ends the call of `bookingId` for its expert at `nowMs`, once: a session that has already ended
 * (by the expert or its own rules) answers with that end. 403 for anyone but the booking's
 * expert; 425 `too_early` before joining opens.
 */
export async function endCall(deps: CallDeps, identity: CallIdentity, bookingId: string, nowMs: number): Promise<{ endedAt: string; serverTime: string }> {
  if (identity.kind !== 'expert') {
    throw new HttpProblem(403, 'not_your_booking', `Only the expert of booking ${bookingId} may end its session (send Apptkit-Expert).`);
  }
  await partyBooking(deps.db, identity, bookingId);
  return deps.db.transaction(async (tx) => {
    const booking = (await lockCall(tx, bookingId)) as CallBooking;
    const window = callWindow(booking, nowMs);
    if (nowMs < window.joinOpensAtMs) throw tooEarly(window, nowMs);
    const endedAtMs = window.ended ? window.ended.atMs : await recordExpertEnd(tx, bookingId, nowMs);
    return { endedAt: isoInstant(endedAtMs), serverTime: isoInstant(nowMs) };
  });
}
