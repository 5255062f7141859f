/**
 * The call port: the server creates rooms, meeting tokens and phone dial-outs only through a
 * {@link CallProvider}. The reference server ships an offline **test** provider (no call is ever
 * placed); a Daily one (`daily.ts`) plugs in behind the same interface when `DAILY_API_KEY` is set.
 * Instants cross the port as Unix seconds, the unit of Daily's `nbf` and `exp`.
 */
import { createHash } from 'node:crypto';
import type * as Wire from '../../../src/wire/index.js';

/** Who provides calls, as the join answer names it. */
export type CallProviderName = Wire.JoinAnswer['provider'];

/** A room to create for one booking's call. */
export interface RoomRequest {
  /** A stable name derived from the booking (letters, digits, `-` and `_`). */
  name: string;
  /** When the room stops existing (Unix seconds): the latest possible hard stop of the session. */
  exp: number;
  /** Eject everyone still in the room at `exp`. */
  ejectAtRoomExp: boolean;
  /** Audio and phone packages start with cameras off (audio only). */
  startVideoOff: boolean;
  /** Phone packages: the room may dial out to the client's phone. */
  enableDialOut: boolean;
}

/** A created room. */
export interface Room {
  name: string;
  /** The https URL participants join. */
  url: string;
}

/** A meeting token of one participant. */
export interface MeetingTokenRequest {
  roomName: string;
  /** The expert's token is an owner token (can end the meeting for everyone). */
  isOwner: boolean;
  /** Not before (Unix seconds): when joining opens. */
  nbf: number;
  /** Expires (Unix seconds): the session's hard stop. */
  exp: number;
  /** Eject the participant when the token expires: the provider enforces the hard stop too. */
  ejectAtTokenExp: boolean;
  /** Audio and phone packages: camera off (audio only). */
  startVideoOff: boolean;
  startAudioOff: boolean;
  /** Shown to the other participant. */
  userName: string;
}

/** A phone call to place into a room (phone packages). */
export interface DialOutRequest {
  roomName: string;
  /** E.164, e.g. `+4915112345678`. */
  phoneNumber: string;
  /** Shown for the phone participant in the room. */
  displayName: string;
}

/** The progress of a dial-out, as the join answer shows it. */
export type DialOutStatus = NonNullable<Wire.JoinAnswer['phone']>['status'];

/** What a provider answers about a dial-out. */
export interface DialOutResult {
  status: DialOutStatus;
  /** The provider's id of the phone session, when it gives one. */
  sessionId: string | null;
}

/** A call provider. */
export interface CallProvider {
  /** Named in join answers: `test` marks the offline test mode. */
  readonly name: CallProviderName;
  /** Creates the room of a booking (or returns it when a room of that name already exists). */
  createRoom(request: RoomRequest): Promise<Room>;
  /** Creates a participant's meeting token for a room. */
  createMeetingToken(request: MeetingTokenRequest): Promise<string>;
  /** Dials a phone number into a room. */
  dialOut(request: DialOutRequest): Promise<DialOutResult>;
}

/** The host of the test provider's rooms: `.invalid` can never resolve, so no browser reaches a real call. */
export const TEST_CALLS_ORIGIN = 'https://test-calls.apptkit.invalid';

/**
 * The offline **test-mode** provider: rooms are URLs on {@link TEST_CALLS_ORIGIN}, meeting tokens
 * are readable `test_…` strings carrying their properties (base64url JSON, unsigned), and a
 * dial-out is reported as `dialing` without any call being placed.
 */
export function testCallProvider(): CallProvider {
  return {
    name: 'test',
    async createRoom(request) {
      return { name: request.name, url: `${TEST_CALLS_ORIGIN}/${encodeURIComponent(request.name)}` };
    },
    async createMeetingToken(request) {
      return `test_${Buffer.from(JSON.stringify(request), 'utf8').toString('base64url')}`;
    },
    async dialOut(request) {
      const sessionId = `dial_test_${createHash('sha256').update(`${request.roomName}|${request.phoneNumber}`).digest('hex').slice(0, 16)}`;
      return { status: 'dialing', sessionId };
    },
  };
}
