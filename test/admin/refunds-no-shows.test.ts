import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createAdminClient, isApiError, isResponseValidationError, isValidationError, type RefundInput } from '../../src/admin/index.js';
import { ADMIN_KEY, recordingFetch } from './helpers.js';

const BASE = 'https://api.example.test';
const PURCHASE = {
  id: 'pur_1',
  customerId: 'cus_1',
  packageId: 'pkg_1',
  expertId: 'exp_1',
  method: 'card',
  status: 'paid',
  amount: 12001,
  currency: 'EUR',
  credits: null,
  provider: 'test',
  sessionsTotal: 3,
  sessionsUsed: 1,
  sessionsRefunded: 2,
  createdAt: '2026-10-20T10:00:00Z',
};
const REFUND = {
  id: 'rfd_1',
  purchaseId: 'pur_1',
  scope: 'unused_sessions',
  status: 'succeeded',
  amount: 8001,
  currency: 'EUR',
  credits: null,
  sessions: 2,
  cancelledBookingIds: ['bkg_2'],
  provider: 'test',
  providerRefundId: 're_test_1',
  reason: 'Moving abroad.',
  createdAt: '2026-10-24T07:30:00Z',
};
const NO_SHOW = {
  id: 'bkg_1',
  purchaseId: 'pur_1',
  expertId: 'exp_1',
  packageId: 'pkg_1',
  start: '2026-10-24T08:00:00Z',
  end: '2026-10-24T08:50:00Z',
  status: 'booked',
  noShowAt: '2026-10-24T09:00:00Z',
};

/** An admin client whose server answers every request with `answer()`, recording the requests. */
function adminAnswering(answer: () => Response) {
  const recorder = recordingFetch(async () => answer());
  return { admin: createAdminClient({ baseUrl: BASE, apiKey: ADMIN_KEY, fetch: recorder.fetch }), requests: recorder.requests };
}

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const problem = (status: number, body: Record<string, unknown>) => new Response(JSON.stringify({ status, ...body }), { status, headers: { 'content-type': 'application/problem+json' } });

describe('admin.purchases.refund', () => {
  it('refunds with the admin key, an Idempotency-Key and the body given; the answer is the refund and the purchase', async () => {
    const { admin, requests } = adminAnswering(() => json({ refund: REFUND, purchase: PURCHASE }, 201));
    const answer = await admin.purchases.refund('pur_1', { scope: 'unused_sessions', reason: 'Moving abroad.', cancelUpcoming: true });
    assert.deepEqual(answer, { refund: REFUND, purchase: PURCHASE });
    const [sent] = requests;
    assert.deepEqual([sent!.method, new URL(sent!.url).pathname], ['POST', '/v1/admin/purchases/pur_1/refunds']);
    assert.equal(sent!.headers.get('authorization'), `Bearer ${ADMIN_KEY}`);
    assert.match(sent!.headers.get('idempotency-key')!, /^idem_[0-9a-f]{32}$/);
    assert.deepEqual(await sent!.json(), { scope: 'unused_sessions', reason: 'Moving abroad.', cancelUpcoming: true });
  });

  it('sends the caller’s key on a retry', async () => {
    const { admin, requests } = adminAnswering(() => json({ refund: { ...REFUND, scope: 'full' }, purchase: { ...PURCHASE, status: 'refunded' } }, 201));
    await admin.purchases.refund('pur_1', { scope: 'full' }, { idempotencyKey: 'refund-pur_1' });
    await admin.purchases.refund('pur_1', { scope: 'full' }, { idempotencyKey: 'refund-pur_1' });
    assert.deepEqual(requests.map((r) => r.headers.get('idempotency-key')), ['refund-pur_1', 'refund-pur_1']);
  });

  it('names every bad field before sending anything', async () => {
    const { admin, requests } = adminAnswering(() => json({ refund: REFUND, purchase: PURCHASE }, 201));
    const error = await admin.purchases.refund('pur_1', { scope: 'half', reason: 'x'.repeat(501), cancelUpcoming: 'yes', notify: true } as unknown as RefundInput).catch((caught: unknown) => caught);
    assert.ok(isValidationError(error), String(error));
    assert.deepEqual(error.fieldErrors.map((e) => `${e.field}:${e.code}`), ['notify:unknown_field', 'scope:invalid_option', 'reason:too_long', 'cancelUpcoming:invalid_type']);
    const conflict = await admin.purchases.refund('pur_1', { scope: 'full', cancelUpcoming: false }).catch((caught: unknown) => caught);
    assert.ok(isValidationError(conflict), String(conflict));
    assert.deepEqual(conflict.fieldErrors.map((e) => `${e.field}:${e.code}`), ['cancelUpcoming:conflicts_with_scope']);
    const missing = await admin.purchases.refund('pur_1', {} as RefundInput).catch((caught: unknown) => caught);
    assert.ok(isValidationError(missing) && missing.fieldErrors[0]?.code === 'required', String(missing));
    await assert.rejects(admin.purchases.refund('', { scope: 'full' }), /purchaseId/);
    assert.equal(requests.length, 0);
  });

  it('hands over the server’s refusal, and refuses an answer that breaks the contract', async () => {
    const nothing = adminAnswering(() => problem(409, { code: 'nothing_to_refund', title: 'Nothing to refund', detail: 'Every session is used or refunded; there is nothing to refund.' }));
    const refusal = await nothing.admin.purchases.refund('pur_1', { scope: 'unused_sessions' }).catch((caught: unknown) => caught);
    assert.ok(isApiError(refusal));
    assert.deepEqual([refusal.status, refusal.code], [409, 'nothing_to_refund']);
    const odd = adminAnswering(() => json({ refund: { ...REFUND, amount: -1 }, purchase: PURCHASE }, 201));
    const error = await odd.admin.purchases.refund('pur_1', { scope: 'unused_sessions' }).catch((caught: unknown) => caught);
    assert.ok(isResponseValidationError(error), String(error));
    assert.equal(error.issues[0]?.path, '$.refund.amount');
  });
});

describe('admin.noShows.mark', () => {
  it('marks with the admin key and an Idempotency-Key, no body; the answer is the booking with noShowAt', async () => {
    const { admin, requests } = adminAnswering(() => json(NO_SHOW));
    const booking = await admin.noShows.mark('bkg_1');
    assert.deepEqual(booking, NO_SHOW);
    const [sent] = requests;
    assert.deepEqual([sent!.method, new URL(sent!.url).pathname], ['POST', '/v1/admin/bookings/bkg_1/no-show']);
    assert.match(sent!.headers.get('idempotency-key')!, /^idem_[0-9a-f]{32}$/);
    assert.equal(await sent!.text(), '');
    await admin.noShows.mark('bkg_1', { idempotencyKey: 'no-show-bkg_1' });
    assert.equal(requests[1]!.headers.get('idempotency-key'), 'no-show-bkg_1');
    await assert.rejects(admin.noShows.mark(''), /bookingId/);
  });

  it('hands over a refusal with what it names', async () => {
    const early = adminAnswering(() => problem(409, { code: 'not_ended_yet', title: 'Session not ended yet', detail: 'The session ends at 08:50.', endsAt: '2026-10-24T08:50:00Z' }));
    const refusal = await early.admin.noShows.mark('bkg_1').catch((caught: unknown) => caught);
    assert.ok(isApiError(refusal));
    assert.deepEqual([refusal.status, refusal.code, refusal.problem?.endsAt], [409, 'not_ended_yet', '2026-10-24T08:50:00Z']);
  });
});

describe('admin.reports.sales with refunds', () => {
  const row = {
    id: 'rfd_1',
    kind: 'refund',
    purchaseId: 'pur_1',
    createdAt: '2026-10-24T07:30:00Z',
    customerId: 'cus_1',
    customerName: 'Ann',
    customerEmail: 'ann@example.com',
    expertId: 'exp_1',
    packageId: 'pkg_1',
    packageTitle: 'Coaching',
    method: 'card',
    provider: 'test',
    amount: -8001,
    currency: 'EUR',
    credits: null,
    status: 'succeeded',
    failureCode: null,
    campaignId: null,
    campaignDiscount: 0,
    couponId: null,
    couponCode: null,
    couponDiscount: 0,
  };
  const page = (data: unknown[]) => ({ data, nextCursor: null, totals: [{ currency: 'EUR', succeeded: -8001, failed: 0, count: 1, credits: 0 }] });

  it('reads a refund as a negative row, and refuses a refund that adds or a sale that takes away', async () => {
    const { admin } = adminAnswering(() => json(page([row])));
    assert.deepEqual((await admin.reports.sales()).items, [row]);
    for (const [odd, path] of [
      [{ ...row, amount: 8001 }, '$.data[0].amount'],
      [{ ...row, kind: 'package', id: '00000000000000000001' }, '$.data[0].amount'],
      [{ ...row, method: 'credits', amount: 0, credits: 4 }, '$.data[0].credits'],
    ] as const) {
      const { admin: checked } = adminAnswering(() => json(page([odd])));
      const error = await checked.reports.sales().catch((caught: unknown) => caught);
      assert.ok(isResponseValidationError(error), String(error));
      assert.equal(error.issues[0]?.path, path);
    }
  });
});
