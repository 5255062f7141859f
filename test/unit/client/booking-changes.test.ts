import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { HttpResponse } from 'msw';
import { createClient, isApiError, isResponseValidationError, type ApiError, type ResponseValidationError } from '../../../src/client/index.js';
import { BASE, problem, record, rejection, useServer } from './helpers.js';

const server = useServer();
/** The holder of an e-mail link: no customer token of their own (a token of someone else must not travel with the link's). */
const linkHolder = createClient({ baseUrl: BASE, publishableKey: 'pk_test_demo', customerToken: 'ct_someone', retry: { backoffMs: 1 } });
/** A signed-in customer's client. */
const signedIn = createClient({ baseUrl: BASE, publishableKey: 'pk_test_demo', customerToken: 'ct_customer', retry: { backoffMs: 1 } });

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const POLICY = { cancelCutoffHours: 24, rescheduleCutoffHours: 12, cancelReturnsSession: true };
const BOOKING = {
  id: 'bkg_1',
  purchaseId: 'pur_1',
  expertId: 'exp_1',
  packageId: 'pkg_1',
  start: '2026-10-24T08:00:00Z',
  end: '2026-10-24T08:50:00Z',
  status: 'booked',
  cancellableUntil: '2026-10-23T08:00:00Z',
  reschedulableUntil: '2026-10-23T20:00:00Z',
};
const PURCHASE = {
  id: 'pur_1',
  customerId: 'cus_1',
  packageId: 'pkg_1',
  expertId: 'exp_1',
  method: 'card',
  status: 'paid',
  amount: 12000,
  currency: 'EUR',
  credits: null,
  provider: 'test',
  sessionsTotal: 2,
  sessionsUsed: 1,
  createdAt: '2026-10-20T10:00:00Z',
};
const MANAGED = { booking: BOOKING, packageTitle: 'Career coaching', expertName: 'Dr. Ada Lovelace', durationMinutes: 50, policy: POLICY };
const { cancellableUntil: _c, reschedulableUntil: _r, ...withoutCutoffs } = BOOKING;
const CANCELLED = {
  booking: { ...withoutCutoffs, status: 'cancelled', cancelledAt: '2026-10-21T09:00:00Z', cancelledBy: 'customer', sessionReturned: true },
  purchase: { ...PURCHASE, sessionsUsed: 0 },
  emailSent: true,
};
const MOVED = {
  booking: { ...BOOKING, start: '2026-10-25T09:00:00Z', end: '2026-10-25T09:50:00Z', rescheduledFrom: BOOKING.start },
  purchase: PURCHASE,
  emailSent: true,
};

/** Asserts that `call` fails the contract check at `path` with a message matching `message`. */
async function rejectsAnswer(call: () => Promise<unknown>, path: string, message: RegExp): Promise<void> {
  const error = (await rejection(call())) as ResponseValidationError;
  assert.ok(isResponseValidationError(error), `${path}: ${String(error)}`);
  assert.equal(error.issues[0]?.path, path, error.message);
  assert.match(error.issues[0]!.message, message);
}

describe('bookings.get', () => {
  it('reads a booking for its signed-in customer', async () => {
    const seen = record(server, 'get', `${BASE}/v1/bookings/bkg_1`, () => HttpResponse.json(MANAGED));
    assert.deepEqual(await signedIn.bookings.get('bkg_1'), MANAGED);
    assert.equal(seen[0]!.headers.get('apptkit-customer'), 'ct_customer');
    assert.equal(seen[0]!.headers.has('apptkit-join'), false);
  });

  it('reads it with the join token of the e-mail link instead, never sending a customer token beside it', async () => {
    const seen = record(server, 'get', `${BASE}/v1/bookings/bkg_1`, () => HttpResponse.json(MANAGED));
    await linkHolder.bookings.get('bkg_1', { joinToken: 'jt_link' });
    assert.equal(seen[0]!.headers.get('apptkit-join'), 'jt_link');
    assert.equal(seen[0]!.headers.has('apptkit-customer'), false);
  });

  it('rejects the answer about another booking, and reports a 404 as the server’s problem', async () => {
    record(server, 'get', `${BASE}/v1/bookings/bkg_1`, () => HttpResponse.json({ ...MANAGED, booking: { ...BOOKING, id: 'bkg_2' } }));
    await rejectsAnswer(() => signedIn.bookings.get('bkg_1'), '$.booking.id', /"bkg_1" as asked for/);
    record(server, 'get', `${BASE}/v1/bookings/bkg_1`, () => HttpResponse.json({ ...MANAGED, policy: { ...POLICY, cancelCutoffHours: -1 } }));
    await rejectsAnswer(() => signedIn.bookings.get('bkg_1'), '$.policy.cancelCutoffHours', /from 0 to 720/);
    record(server, 'get', `${BASE}/v1/bookings/bkg_1`, () => problem(404, { code: 'not_found', detail: 'No such booking.' }));
    const error = (await rejection(signedIn.bookings.get('bkg_1', { joinToken: 'jt_wrong' }))) as ApiError;
    assert.deepEqual([isApiError(error), error.status, error.code], [true, 404, 'not_found']);
  });
});

describe('bookings.cancel', () => {
  const URL = `${BASE}/v1/bookings/bkg_1/cancel`;

  it('cancels with a fresh Idempotency-Key, the reason and the customer’s language and zone', async () => {
    const seen = record(server, 'post', URL, () => HttpResponse.json(CANCELLED));
    const answer = await linkHolder.bookings.cancel('bkg_1', { joinToken: 'jt_link', reason: 'Ill', locale: 'de-DE', timeZone: 'Europe/Berlin' });
    assert.deepEqual(answer, CANCELLED);
    assert.deepEqual(await seen[0]!.json(), { reason: 'Ill', locale: 'de-DE', timeZone: 'Europe/Berlin' });
    assert.match(seen[0]!.headers.get('idempotency-key')!, UUID);
    assert.equal(seen[0]!.headers.get('apptkit-join'), 'jt_link');
    assert.equal(seen[0]!.headers.has('apptkit-customer'), false);
  });

  it('sends the caller’s key again on a retry, and an empty body without options, as the signed-in customer', async () => {
    const seen = record(server, 'post', URL, () => HttpResponse.json(CANCELLED));
    await signedIn.bookings.cancel('bkg_1', { idempotencyKey: 'cancel-bkg_1' });
    await signedIn.bookings.cancel('bkg_1', { idempotencyKey: 'cancel-bkg_1' });
    assert.deepEqual(seen.map((request) => request.headers.get('idempotency-key')), ['cancel-bkg_1', 'cancel-bkg_1']);
    assert.deepEqual(await seen[0]!.json(), {});
    assert.equal(seen[0]!.headers.get('apptkit-customer'), 'ct_customer');
  });

  it('hands over the cut-off refusal with its deadline, hours and the policy in words; never retries it', async () => {
    const seen = record(server, 'post', URL, () =>
      problem(409, {
        code: 'cancel_cutoff_passed',
        detail: 'Cancellations close 24 hours before the session; this one started its cut-off at 2026-10-23T08:00:00Z.',
        deadline: '2026-10-23T08:00:00Z',
        cutoffHours: 24,
      }),
    );
    const error = (await rejection(signedIn.bookings.cancel('bkg_1'))) as ApiError;
    assert.deepEqual([error.status, error.code, error.problem?.deadline, error.problem?.cutoffHours], [409, 'cancel_cutoff_passed', '2026-10-23T08:00:00Z', 24]);
    assert.match(error.message, /Cancellations close 24 hours before the session/);
    assert.equal(seen.length, 1);
  });

  it('rejects an answer whose booking is not cancelled, or whose purchase is another', async () => {
    record(server, 'post', URL, () => HttpResponse.json({ ...CANCELLED, booking: BOOKING }));
    await rejectsAnswer(() => signedIn.bookings.cancel('bkg_1'), '$.booking.status', /"cancelled" as asked for/);
    record(server, 'post', URL, () => HttpResponse.json({ ...CANCELLED, purchase: { ...PURCHASE, id: 'pur_2' } }));
    await rejectsAnswer(() => signedIn.bookings.cancel('bkg_1'), '$.purchase.id', /"pur_1" as asked for/);
  });

  it('checks its arguments before sending anything', async () => {
    const seen = record(server, 'post', URL, () => HttpResponse.json(CANCELLED));
    const cases: [() => Promise<unknown>, string, RegExp][] = [
      [() => signedIn.bookings.cancel(''), 'TypeError', /bookingId/],
      [() => signedIn.bookings.cancel('bkg_1', { joinToken: 'has space' }), 'TypeError', /joinToken must be/],
      [() => signedIn.bookings.cancel('bkg_1', { reason: 'x'.repeat(501) }), 'RangeError', /at most 500 characters \(got 501\)/],
      [() => signedIn.bookings.cancel('bkg_1', { reason: 5 as unknown as string }), 'TypeError', /reason must be a string/],
      [() => signedIn.bookings.cancel('bkg_1', { timeZone: 'Mars/Olympus' }), 'TypeError', /IANA time zone/],
      [() => signedIn.bookings.cancel('bkg_1', { idempotencyKey: '' }), 'TypeError', /idempotencyKey/],
      [() => signedIn.bookings.cancel('bkg_1', null as unknown as object), 'TypeError', /bookings.cancel takes optional options/],
    ];
    for (const [call, name, message] of cases) {
      const error = (await rejection(call())) as Error;
      assert.equal(error.name, name, `${String(message)}: ${String(error)}`);
      assert.match(error.message, message);
    }
    assert.equal(seen.length, 0);
  });
});

describe('bookings.reschedule', () => {
  const URL = `${BASE}/v1/bookings/bkg_1/reschedule`;

  it('moves the booking to the start asked for, with a fresh Idempotency-Key', async () => {
    const seen = record(server, 'post', URL, () => HttpResponse.json(MOVED));
    const answer = await signedIn.bookings.reschedule('bkg_1', { start: '2026-10-25T09:00:00Z' }, { locale: 'en-US', timeZone: 'America/New_York' });
    assert.deepEqual(answer, MOVED);
    assert.deepEqual(await seen[0]!.json(), { start: '2026-10-25T09:00:00Z', locale: 'en-US', timeZone: 'America/New_York' });
    assert.match(seen[0]!.headers.get('idempotency-key')!, UUID);
    assert.equal(seen[0]!.headers.get('apptkit-customer'), 'ct_customer');
  });

  it('rejects an answer at another time than the one asked for', async () => {
    record(server, 'post', URL, () => HttpResponse.json({ ...MOVED, booking: { ...MOVED.booking, start: '2026-10-25T10:00:00Z', end: '2026-10-25T10:50:00Z' } }));
    await rejectsAnswer(() => signedIn.bookings.reschedule('bkg_1', { start: '2026-10-25T09:00:00Z' }), '$.booking.start', /2026-10-25T09:00:00Z as asked for/);
  });

  it('hands over a slot someone else took as the server’s 409 on field start', async () => {
    record(server, 'post', URL, () => problem(409, { code: 'slot_taken', detail: 'taken', errors: [{ field: 'start', code: 'slot_taken', message: 'start is taken.' }] }));
    const error = (await rejection(linkHolder.bookings.reschedule('bkg_1', { start: '2026-10-25T09:00:00Z' }, { joinToken: 'jt_link' }))) as ApiError;
    assert.deepEqual([error.status, error.code, error.fieldErrors.map((e) => e.field)], [409, 'slot_taken', ['start']]);
  });

  it('needs a slot start as slots.list gives it', async () => {
    const seen = record(server, 'post', URL, () => HttpResponse.json(MOVED));
    for (const input of [{ start: '2026-10-25T11:00:00+02:00' }, { start: 'tomorrow' }, {}, null]) {
      const error = (await rejection(signedIn.bookings.reschedule('bkg_1', input as { start: string }))) as Error;
      assert.equal(error.name, 'TypeError', String(error));
    }
    assert.equal(seen.length, 0);
  });
});
