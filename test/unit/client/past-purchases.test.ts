import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { HttpResponse } from 'msw';
import { createClient, isResponseValidationError, type PastPurchase, type ResponseValidationError } from '../../../src/client/index.js';
import { BASE, useServer, record, rejection } from './helpers.js';

const server = useServer();
const signedIn = createClient({ baseUrl: BASE, publishableKey: 'pk_test_demo', customerToken: 'ct_customer', retry: { backoffMs: 1 } });

const CREDITS: PastPurchase = {
  kind: 'credits',
  id: 'cpu_1',
  customerId: 'cus_1',
  creditPackageId: 'cpk_1',
  status: 'paid',
  amount: 4410,
  currency: 'EUR',
  credits: 10,
  coupon: { code: 'SPRING', discount: 490 },
  provider: 'test',
  createdAt: '2026-10-21T10:00:00Z',
  title: '10 credits',
};
const PACKAGE: PastPurchase = {
  kind: 'package',
  id: 'pur_1',
  customerId: 'cus_1',
  packageId: 'pkg_1',
  expertId: 'exp_1',
  method: 'credits',
  status: 'refunded',
  amount: 0,
  currency: 'EUR',
  credits: 12,
  provider: 'credits',
  sessionsTotal: 2,
  sessionsUsed: 0,
  sessionsRefunded: 2,
  createdAt: '2026-10-20T10:00:00Z',
  title: 'Career coaching',
  refunded: 12,
};
const EMPTY = { bookings: [], purchases: [], pastBookings: [] };

async function rejectsAnswer(call: () => Promise<unknown>, path: string, message: RegExp): Promise<void> {
  const error = (await rejection(call())) as ResponseValidationError;
  assert.ok(isResponseValidationError(error), `${path}: ${String(error)}`);
  assert.equal(error.issues[0]?.path, path, error.message);
  assert.match(error.issues[0]!.message, message);
}

describe('client.me.bookings: the purchase history', () => {
  it('answers the purchase history of both kinds, and none from a server without it', async () => {
    const body = { ...EMPTY, pastPurchases: [CREDITS, PACKAGE] };
    record(server, 'get', `${BASE}/v1/me/bookings`, () => HttpResponse.json(body));
    assert.deepEqual((await signedIn.me.bookings()).pastPurchases, [CREDITS, PACKAGE]);
    record(server, 'get', `${BASE}/v1/me/bookings`, () => HttpResponse.json(EMPTY));
    assert.equal((await signedIn.me.bookings()).pastPurchases, undefined);
  });

  it('rejects a history out of order, with unpaid purchases, or of an unknown kind', async () => {
    const cases: [unknown[], string, RegExp][] = [
      [[PACKAGE, CREDITS], '$.pastPurchases[1].createdAt', /newest first/],
      [[{ ...CREDITS, status: 'pending' }], '$.pastPurchases[0].status', /"paid"/],
      [[{ ...PACKAGE, status: 'failed' }], '$.pastPurchases[0].status', /"paid" or "refunded"/],
      [[{ ...PACKAGE, credits: null }], '$.pastPurchases[0].credits', /whole number ≥ 1/],
      [[{ ...CREDITS, kind: 'gift' }], '$.pastPurchases[0].kind', /kind "package" or "credits"/],
    ];
    for (const [pastPurchases, path, message] of cases) {
      record(server, 'get', `${BASE}/v1/me/bookings`, () => HttpResponse.json({ ...EMPTY, pastPurchases }));
      await rejectsAnswer(() => signedIn.me.bookings(), path, message);
    }
  });
});
