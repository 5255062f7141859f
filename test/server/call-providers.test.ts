import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadConfig, resolveConfig } from '../../demo/server/config.js';
import { dailyCallProvider, DailyApiError } from '../../demo/server/calls/daily.js';
import { testCallProvider } from '../../demo/server/calls/provider.js';

interface Sent {
  url: string;
  method: string;
  authorization: string | null;
  body: unknown;
}

/** A fake `fetch` answering each request with the next of `answers`, recording what was sent. */
function fakeFetch(answers: { status: number; body: unknown }[]): { fetch: typeof fetch; sent: Sent[] } {
  const sent: Sent[] = [];
  const fake = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const headers = new Headers(init?.headers);
    sent.push({
      url: String(input),
      method: init?.method ?? 'GET',
      authorization: headers.get('authorization'),
      body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined,
    });
    const answer = answers.shift();
    if (!answer) throw new Error('the fake fetch got an unexpected request');
    return new Response(JSON.stringify(answer.body), { status: answer.status, headers: { 'content-type': 'application/json' } });
  };
  return { fetch: fake as typeof fetch, sent };
}

const room = { name: 'apptkit-bkg_1', exp: 1_780_000_000, ejectAtRoomExp: true, startVideoOff: true, enableDialOut: true };

describe('Daily call provider (fake fetch, never the network)', () => {
  it('creates a private room with exp and eject_at_room_exp', async () => {
    const { fetch, sent } = fakeFetch([{ status: 200, body: { name: 'apptkit-bkg_1', url: 'https://tenant.daily.co/apptkit-bkg_1' } }]);
    const created = await dailyCallProvider({ apiKey: 'daily_secret', fetch }).createRoom(room);
    assert.deepEqual(created, { name: 'apptkit-bkg_1', url: 'https://tenant.daily.co/apptkit-bkg_1' });
    assert.deepEqual(sent, [
      {
        url: 'https://api.daily.co/v1/rooms',
        method: 'POST',
        authorization: 'Bearer daily_secret',
        body: { name: 'apptkit-bkg_1', privacy: 'private', properties: { exp: 1_780_000_000, eject_at_room_exp: true, start_video_off: true, enable_dialout: true } },
      },
    ]);
  });

  it('reads the room back when a room of that name already exists', async () => {
    const { fetch, sent } = fakeFetch([
      { status: 400, body: { error: 'invalid-request-error', info: 'a room named apptkit-bkg_1 already exists' } },
      { status: 200, body: { name: 'apptkit-bkg_1', url: 'https://tenant.daily.co/apptkit-bkg_1' } },
    ]);
    const found = await dailyCallProvider({ apiKey: 'k', fetch }).createRoom(room);
    assert.equal(found.url, 'https://tenant.daily.co/apptkit-bkg_1');
    assert.deepEqual(sent.map((s) => `${s.method} ${s.url}`), ['POST https://api.daily.co/v1/rooms', 'GET https://api.daily.co/v1/rooms/apptkit-bkg_1']);
  });

  it('mints meeting tokens with room_name, is_owner, nbf, exp and eject_at_token_exp', async () => {
    const { fetch, sent } = fakeFetch([{ status: 200, body: { token: 'eyJ.token' } }]);
    const token = await dailyCallProvider({ apiKey: 'k', fetch }).createMeetingToken({
      roomName: 'apptkit-bkg_1',
      isOwner: true,
      nbf: 100,
      exp: 200,
      ejectAtTokenExp: true,
      startVideoOff: false,
      startAudioOff: false,
      userName: 'Expert',
    });
    assert.equal(token, 'eyJ.token');
    assert.equal(sent[0]?.url, 'https://api.daily.co/v1/meeting-tokens');
    assert.deepEqual(sent[0]?.body, {
      properties: { room_name: 'apptkit-bkg_1', is_owner: true, nbf: 100, exp: 200, eject_at_token_exp: true, start_video_off: false, start_audio_off: false, user_name: 'Expert' },
    });
  });

  it('starts a PSTN dial-out into the room', async () => {
    const { fetch, sent } = fakeFetch([{ status: 200, body: { ok: 'true', sessionId: 'sess-1' } }]);
    const dial = await dailyCallProvider({ apiKey: 'k', fetch }).dialOut({ roomName: 'apptkit-bkg_1', phoneNumber: '+4915112345678', displayName: 'Client' });
    assert.deepEqual(dial, { status: 'dialing', sessionId: 'sess-1' });
    assert.equal(sent[0]?.url, 'https://api.daily.co/v1/rooms/apptkit-bkg_1/dialOut/start');
    assert.deepEqual(sent[0]?.body, { phoneNumber: '+4915112345678', displayName: 'Client' });
  });

  it('reports a failed call with its status and Daily’s info', async () => {
    const { fetch } = fakeFetch([{ status: 401, body: { error: 'authorization-header-error', info: 'bad API key' } }]);
    await assert.rejects(dailyCallProvider({ apiKey: 'k', fetch }).createRoom(room), (error: unknown) => {
      assert.ok(error instanceof DailyApiError);
      assert.equal(error.status, 401);
      assert.match(error.message, /create room failed with HTTP 401: bad API key/);
      return true;
    });
    assert.throws(() => dailyCallProvider({ apiKey: ' ' }), /apiKey/);
  });

  it('is used when DAILY_API_KEY is set; the offline test provider otherwise', () => {
    assert.equal(loadConfig({ DAILY_API_KEY: 'daily_secret' }).callProvider?.name, 'daily');
    assert.equal(loadConfig({}).callProvider, undefined);
    assert.equal(resolveConfig({ adminKey: 'sk_test_x_long', allowedOrigins: [], adminOrigins: [] }).callProvider.name, 'test');
  });

  it('the test provider is clearly test mode: .invalid room URLs, test_ tokens, no call placed', async () => {
    const provider = testCallProvider();
    assert.equal((await provider.createRoom(room)).url, 'https://test-calls.apptkit.invalid/apptkit-bkg_1');
    assert.match(await provider.createMeetingToken({ roomName: 'r', isOwner: false, nbf: 1, exp: 2, ejectAtTokenExp: true, startVideoOff: true, startAudioOff: false, userName: 'C' }), /^test_/);
    assert.equal((await provider.dialOut({ roomName: 'r', phoneNumber: '+4915112345678', displayName: 'C' })).status, 'dialing');
  });
});
