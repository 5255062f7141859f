/**
 * The Daily call provider over plain `fetch` to Daily's REST API: rooms (`POST /rooms`),
 * meeting tokens (`POST /meeting-tokens`) and PSTN dial-out (`POST /rooms/:name/dialOut/start`).
 * Field names follow Daily's REST reference (snake_case `properties`). Tests pass a fake `fetch`.
 */
import { isRecord } from '../../../src/core/index.js';
import type { CallProvider, DialOutRequest, MeetingTokenRequest, Room, RoomRequest } from './provider.js';

/** Options of {@link dailyCallProvider}. */
export interface DailyOptions {
  /** The Daily API key (secret; server-side only). */
  apiKey: string;
  /** Default `https://api.daily.co/v1`. */
  baseUrl?: string;
  /** Default the global `fetch`; tests pass a fake. */
  fetch?: typeof fetch;
}

/** A Daily API call that failed: its status and Daily's `error` / `info`. */
export class DailyApiError extends Error {
  override name = 'DailyApiError' as const;

  constructor(
    readonly status: number,
    readonly operation: string,
    readonly info: string,
  ) {
    super(`Daily ${operation} failed with HTTP ${status}: ${info}`);
  }
}

/** Creates a {@link CallProvider} backed by Daily's REST API. */
export function dailyCallProvider(options: DailyOptions): CallProvider {
  if (typeof options.apiKey !== 'string' || options.apiKey.trim() === '') {
    throw new TypeError('dailyCallProvider needs apiKey: the Daily API key (DAILY_API_KEY).');
  }
  const baseUrl = (options.baseUrl ?? 'https://api.daily.co/v1').replace(/\/+$/, '');
  const fetchImpl = options.fetch ?? fetch;

  async function call(operation: string, method: 'GET' | 'POST', path: string, body?: unknown): Promise<Record<string, unknown>> {
    const response = await fetchImpl(`${baseUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${options.apiKey}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const text = await response.text();
    let json: unknown = undefined;
    try {
      json = text === '' ? {} : JSON.parse(text);
    } catch {
      json = undefined;
    }
    if (!response.ok || !isRecord(json)) {
      const info = isRecord(json) ? String(json.info ?? json.error ?? text) : text.slice(0, 200);
      throw new DailyApiError(response.status, operation, info);
    }
    return json;
  }

  function roomOf(json: Record<string, unknown>, operation: string): Room {
    const { name, url } = json;
    if (typeof name !== 'string' || typeof url !== 'string' || !url.startsWith('https://')) {
      throw new DailyApiError(200, operation, 'the answer has no room name and https url');
    }
    return { name, url };
  }

  return {
    name: 'daily',
    async createRoom(request: RoomRequest) {
      const body = {
        name: request.name,
        privacy: 'private',
        properties: {
          exp: request.exp,
          eject_at_room_exp: request.ejectAtRoomExp,
          start_video_off: request.startVideoOff,
          ...(request.enableDialOut ? { enable_dialout: true } : {}),
        },
      };
      try {
        return roomOf(await call('create room', 'POST', '/rooms', body), 'create room');
      } catch (error) {
        // A room of this name exists when an earlier join created it but its answer was lost.
        if (error instanceof DailyApiError && error.status === 400 && /already exists/i.test(error.info)) {
          return roomOf(await call('get room', 'GET', `/rooms/${encodeURIComponent(request.name)}`), 'get room');
        }
        throw error;
      }
    },
    async createMeetingToken(request: MeetingTokenRequest) {
      const json = await call('create meeting token', 'POST', '/meeting-tokens', {
        properties: {
          room_name: request.roomName,
          is_owner: request.isOwner,
          nbf: request.nbf,
          exp: request.exp,
          eject_at_token_exp: request.ejectAtTokenExp,
          start_video_off: request.startVideoOff,
          start_audio_off: request.startAudioOff,
          user_name: request.userName,
        },
      });
      if (typeof json.token !== 'string' || json.token === '') {
        throw new DailyApiError(200, 'create meeting token', 'the answer has no token');
      }
      return json.token;
    },
    async dialOut(request: DialOutRequest) {
      const json = await call('start dial-out', 'POST', `/rooms/${encodeURIComponent(request.roomName)}/dialOut/start`, {
        phoneNumber: request.phoneNumber,
        displayName: request.displayName,
      });
      return { status: 'dialing', sessionId: typeof json.sessionId === 'string' ? json.sessionId : null };
    },
  };
}
