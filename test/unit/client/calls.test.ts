import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { HttpResponse } from 'msw';
import { createClient, isApiError, isResponseValidationError, type ApiError, type ResponseValidationError } from '../../../src/client/index.js';
import { joinOpensAtOf } from '../../../src/client/calls-contract.js';
import { BASE, problem, useServer, record, rejection } from './helpers.js';

const server = useServer();
const client = createClient({ baseUrl: BASE, publishableKey: 'pk_test_demo', retry: { backoffMs: 1 } });
const JOIN = `${BASE}/v1/bookings/bk_1/join`;
const STATE = `${BASE}/v1/bookings/bk_1/call`;
const END = `${BASE}/v1/bookings/bk_1/end`;

const TIMES = { deadline: '2026-03-29T10:30:00Z', notifyExpertAt: null, hardStop: '2026-03-29T10:30:00Z' };

const joinAnswer = (overrides: Record<string, unknown> = {}) => ({
  bookingId: 'bk_1',
  role: 'client',
  service: 'video',
  provider: 'daily',
  roomUrl: 'https://apptkit.daily.co/bk_1',
  meetingToken: 'mt_secret',
  serverTime: '2026-03-29T10:05:00.250Z',
  scheduledStart: '2026-03-29T10:00:00Z',
  durationMinutes: 30,
  endMode: 'automatic',
  endTiming: 'scheduled_end',
  clientJoinedAt: '2026-03-29T10:05:00Z',
  overtimeCapMinutes: 15,
  times: TIMES,
  joinOpensAt: '2026-03-29T09:50:00Z',
  joinClosesAt: '2026-03-29T10:30:00Z',
  ...overrides,
});


describe('calls.join', () => {
  it('posts the role with the guest’s join token and returns the checked answer', async () => {
    const seen = record(server, 'post', JOIN, () => HttpResponse.json(joinAnswer()));
    const answer = await client.calls.join('bk_1', { role: 'client', joinToken: 'jt_guest' });
    assert.deepEqual(answer, joinAnswer());
    assert.equal(seen.length, 1);
    assert.deepEqual(await seen[0]!.json(), { role: 'client' });
    assert.equal(seen[0]!.headers.get('apptkit-join'), 'jt_guest');
    assert.equal(seen[0]!.headers.get('apptkit-expert'), null);
    assert.equal(seen[0]!.headers.get('authorization'), 'Bearer pk_test_demo');
  });

  it('identifies the expert with the expert token', async () => {
    const seen = record(server, 'post', JOIN, () => HttpResponse.json(joinAnswer({ role: 'expert' })));
    const answer = await client.calls.join('bk_1', { role: 'expert', expertToken: 'et_expert' });
    assert.equal(answer.role, 'expert');
    assert.equal(seen[0]!.headers.get('apptkit-expert'), 'et_expert');
    assert.equal(seen[0]!.headers.get('apptkit-join'), null);
  });

  it('sends the signed-in customer token when no other token is given', async () => {
    const signedIn = createClient({ baseUrl: BASE, publishableKey: 'pk_test_demo', customerToken: () => 'ct_customer' });
    const seen = record(server, 'post', JOIN, () => HttpResponse.json(joinAnswer()));
    await signedIn.calls.join('bk_1', { role: 'client' });
    assert.equal(seen[0]!.headers.get('apptkit-customer'), 'ct_customer');
  });

  it('is never retried, even on a 503', async () => {
    const seen = record(server, 'post', JOIN, () => problem(503, { code: 'internal' }));
    const error = (await rejection(client.calls.join('bk_1', { role: 'client', joinToken: 'jt' }))) as ApiError;
    assert.ok(isApiError(error));
    assert.equal(error.status, 503);
    assert.equal(seen.length, 1);
  });

  it('gives the opening time of a too-early answer', async () => {
    record(server, 'post', JOIN, () => problem(425, { code: 'too_early', joinOpensAt: '2026-03-29T09:50:00Z' }));
    const error = await rejection(client.calls.join('bk_1', { role: 'client', joinToken: 'jt' }));
    assert.ok(isApiError(error));
    assert.equal(error.code, 'too_early');
    assert.equal(joinOpensAtOf(error), '2026-03-29T09:50:00Z');
    assert.equal(joinOpensAtOf(new Error('other')), undefined);
  });

  it('accepts a phone client’s answer without a room, with the dial status', async () => {
    const body = joinAnswer({ service: 'phone', roomUrl: null, meetingToken: null, phone: { status: 'dialing' } });
    record(server, 'post', JOIN, () => HttpResponse.json(body));
    const answer = await client.calls.join('bk_1', { role: 'client', joinToken: 'jt' });
    assert.equal(answer.roomUrl, null);
    assert.deepEqual(answer.phone, { status: 'dialing' });
  });

  it('rejects an answer that breaks the contract, naming the field', async () => {
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ roomUrl: 'http://apptkit.daily.co/bk_1' }, '$.roomUrl', /matching \^https:\/\//],
      [{ roomUrl: null, meetingToken: null }, '$.roomUrl', /expected an https URL/], // a video call needs a room
      [{ bookingId: 'bk_2' }, '$.bookingId', /expected "bk_1" as asked for/],
      [{ role: 'expert' }, '$.role', /expected "client" as asked for/],
      [{ serverTime: '2026-03-29 10:05' }, '$.serverTime', /ISO-8601 UTC instant/],
      [{ endMode: 'sometimes' }, '$.endMode', /one of "automatic", "by_expert"/],
      [{ durationMinutes: 4 }, '$.durationMinutes', /whole number from 5 to 480/],
      [{ times: { deadline: 'soon', notifyExpertAt: null, hardStop: null } }, '$.times.deadline', /ISO-8601/],
      [{ provider: 'zoom' }, '$.provider', /one of "daily", "test"/],
      [{ meetingToken: '' }, '$.meetingToken', /non-empty string/],
    ];
    for (const [override, path, message] of cases) {
      record(server, 'post', JOIN, () => HttpResponse.json(joinAnswer(override)));
      const error = (await rejection(client.calls.join('bk_1', { role: 'client', joinToken: 'jt' }))) as ResponseValidationError;
      assert.ok(isResponseValidationError(error), `${path}: ${String(error)}`);
      assert.equal(error.issues[0]!.path, path);
      assert.match(error.issues[0]!.message, message);
    }
  });

  it('rejects bad input before sending anything, naming the field', async () => {
    const cases: [() => Promise<unknown>, RegExp][] = [
      [() => client.calls.join('', { role: 'client' }), /^bookingId must be a non-empty string/],
      [() => client.calls.join('bk_1', { role: 'host' as 'client' }), /^role must be "client" or "expert"/],
      [() => client.calls.join('bk_1', { role: 'expert' }), /^role "expert" needs expertToken/],
      [() => client.calls.join('bk_1', { role: 'client', expertToken: 'et' }), /^role "client" must not send expertToken/],
      [() => client.calls.join('bk_1', { role: 'client', joinToken: 'a b' }), /^joinToken must be a token string/],
      [() => client.calls.join('bk_1', { role: 'expert', joinToken: 'jt', expertToken: 'et' }), /one of joinToken and expertToken, not both/],
      [() => client.calls.end('bk_1', {} as { expertToken: string }), /^calls\.end needs \{ expertToken \}/],
    ];
    for (const [call, message] of cases) {
      const error = await rejection(call());
      assert.ok(error instanceof TypeError, String(error));
      assert.match(error.message, message);
    }
  });
});

describe('calls.state', () => {
  it('reads the server-stamped state with the same identification', async () => {
    const body = { serverTime: '2026-03-29T10:31:00Z', clientJoinedAt: '2026-03-29T10:05:00Z', endedAt: '2026-03-29T10:20:00Z', endedBy: 'expert', times: TIMES };
    const seen = record(server, 'get', STATE, () => HttpResponse.json(body));
    assert.deepEqual(await client.calls.state('bk_1', { expertToken: 'et' }), body);
    assert.equal(seen[0]!.headers.get('apptkit-expert'), 'et');
  });

  it('rejects an ended time without a reason', async () => {
    const body = { serverTime: '2026-03-29T10:31:00Z', clientJoinedAt: null, endedAt: '2026-03-29T10:20:00Z', endedBy: null, times: TIMES };
    record(server, 'get', STATE, () => HttpResponse.json(body));
    const error = (await rejection(client.calls.state('bk_1', { joinToken: 'jt' }))) as ResponseValidationError;
    assert.ok(isResponseValidationError(error));
    assert.equal(error.issues[0]!.path, '$.endedBy');
  });
});

describe('calls.end', () => {
  it('posts once with the expert token and returns when it ended', async () => {
    const seen = record(server, 'post', END, () => HttpResponse.json({ endedAt: '2026-03-29T10:32:00Z', serverTime: '2026-03-29T10:32:00Z' }));
    const answer = await client.calls.end('bk_1', { expertToken: 'et' });
    assert.deepEqual(answer, { endedAt: '2026-03-29T10:32:00Z', serverTime: '2026-03-29T10:32:00Z' });
    assert.equal(seen.length, 1);
    assert.equal(seen[0]!.headers.get('apptkit-expert'), 'et');
  });

  it('is never retried', async () => {
    const seen = record(server, 'post', END, () => problem(500, { code: 'internal' }));
    assert.ok(isApiError(await rejection(client.calls.end('bk_1', { expertToken: 'et' }))));
    assert.equal(seen.length, 1);
  });
});

describe('one person per request', () => {
  const signedIn = createClient({ baseUrl: BASE, publishableKey: 'pk_test_demo', customerToken: 'ct_customer' });

  it('sends the customer token when the customer joins, and never beside a join or expert token', async () => {
    const joins = record(server, 'post', JOIN, () => HttpResponse.json(joinAnswer()));
    await signedIn.calls.join('bk_1', { role: 'client' });
    await signedIn.calls.join('bk_1', { role: 'client', joinToken: 'jt_guest' });
    await signedIn.calls.join('bk_1', { role: 'expert', expertToken: 'et_expert' }).catch(() => undefined);
    assert.equal(joins[0]?.headers.get('apptkit-customer'), 'ct_customer');
    for (const request of joins.slice(1)) assert.equal(request.headers.get('apptkit-customer'), null);
    assert.equal(joins[1]?.headers.get('apptkit-join'), 'jt_guest');
    assert.equal(joins[2]?.headers.get('apptkit-expert'), 'et_expert');

    const ends = record(server, 'post', END, () => HttpResponse.json({ endedAt: '2026-03-29T10:31:00Z', serverTime: '2026-03-29T10:31:00Z' }));
    await signedIn.calls.end('bk_1', { expertToken: 'et_expert' });
    assert.equal(ends[0]?.headers.get('apptkit-customer'), null);
  });
});
