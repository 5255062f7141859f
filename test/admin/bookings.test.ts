import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createAdminClient, isApiError, isResponseValidationError, isValidationError, type AdminBookingCancel } from '../../src/admin/index.js';
import { ADMIN_KEY, recordingFetch } from './helpers.js';

const BASE = 'https://api.example.test';
const BOOKING = {
  id: 'bkg_1',
  purchaseId: 'pur_1',
  expertId: 'exp_1',
  packageId: 'pkg_1',
  start: '2026-10-24T08:00:00Z',
  end: '2026-10-24T08:50:00Z',
  status: 'cancelled',
  cancelledAt: '2026-10-24T07:30:00Z',
  cancelledBy: 'business',
  sessionReturned: false,
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
const CANCELLED = { booking: BOOKING, purchase: PURCHASE, emailSent: false };

/** An admin client whose server answers every request with `answer()`, recording the requests. */
function adminAnswering(answer: () => Response) {
  const recorder = recordingFetch(async () => answer());
  return { admin: createAdminClient({ baseUrl: BASE, apiKey: ADMIN_KEY, fetch: recorder.fetch }), requests: recorder.requests };
}

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('admin.bookings.cancel', () => {
  it('cancels with the admin key, an Idempotency-Key and the choices given; the answer says what happened', async () => {
    const { admin, requests } = adminAnswering(() => json(CANCELLED));
    const answer = await admin.bookings.cancel('bkg_1', { reason: 'The expert is ill.', returnSession: false, notifyCustomer: false });
    assert.deepEqual(answer, CANCELLED);
    const [sent] = requests;
    assert.deepEqual([sent!.method, new URL(sent!.url).pathname], ['POST', '/v1/admin/bookings/bkg_1/cancel']);
    assert.equal(sent!.headers.get('authorization'), `Bearer ${ADMIN_KEY}`);
    assert.match(sent!.headers.get('idempotency-key')!, /^idem_[0-9a-f]{32}$/);
    assert.deepEqual(await sent!.json(), { reason: 'The expert is ill.', returnSession: false, notifyCustomer: false });
  });

  it('sends an empty body by default, and the caller’s key on a retry', async () => {
    const { admin, requests } = adminAnswering(() => json({ ...CANCELLED, booking: { ...BOOKING, sessionReturned: true }, emailSent: true }));
    await admin.bookings.cancel('bkg_1', undefined, { idempotencyKey: 'cancel-bkg_1' });
    await admin.bookings.cancel('bkg_1', {}, { idempotencyKey: 'cancel-bkg_1' });
    assert.deepEqual(requests.map((r) => r.headers.get('idempotency-key')), ['cancel-bkg_1', 'cancel-bkg_1']);
    assert.deepEqual(await requests[0]!.json(), {});
  });

  it('names every bad field before sending anything', async () => {
    const { admin, requests } = adminAnswering(() => json(CANCELLED));
    const error = await admin.bookings.cancel('bkg_1', { reason: 'x'.repeat(501), returnSession: 'no', notify: true } as unknown as AdminBookingCancel).catch((caught: unknown) => caught);
    assert.ok(isValidationError(error), String(error));
    assert.deepEqual(error.fieldErrors.map((e) => `${e.field}:${e.code}`), ['notify:unknown_field', 'reason:too_long', 'returnSession:invalid_type']);
    await assert.rejects(admin.bookings.cancel(''), /bookingId/);
    assert.equal(requests.length, 0);
  });

  it('hands over the server’s refusal, and refuses an answer about another booking or one not cancelled by the business', async () => {
    const ended = adminAnswering(() => new Response(JSON.stringify({ status: 409, code: 'booking_ended', title: 'Ended', detail: 'The session has started.' }), { status: 409, headers: { 'content-type': 'application/problem+json' } }));
    const refusal = await ended.admin.bookings.cancel('bkg_1').catch((caught: unknown) => caught);
    assert.ok(isApiError(refusal));
    assert.deepEqual([refusal.status, refusal.code, refusal.message], [409, 'booking_ended', 'The session has started.']);
    for (const [booking, path] of [[{ ...BOOKING, id: 'bkg_2' }, '$.booking.id'], [{ ...BOOKING, cancelledBy: 'customer' }, '$.booking.cancelledBy']] as const) {
      const odd = adminAnswering(() => json({ ...CANCELLED, booking }));
      const error = await odd.admin.bookings.cancel('bkg_1').catch((caught: unknown) => caught);
      assert.ok(isResponseValidationError(error), String(error));
      assert.equal(error.issues[0]?.path, path);
    }
  });
});
