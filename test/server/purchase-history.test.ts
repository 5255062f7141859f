/**
 * The purchase history of `GET /v1/me/bookings` (`pastPurchases`): package purchases with nothing
 * left to book (every session used or refunded) and refunded ones, and paid credit purchases,
 * newest first, at most 50, each with what its receipt says.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { AppointmentPackage } from '../../src/core/index.js';
import type { Schema } from '../../src/wire/index.js';
import { checkoutPackage, grant, hold, newKey, openExpert, purchase, signIn, type SignedIn } from './checkout-fixtures.js';
import { startTestServer, testClock, type TestServer } from './harness.js';

const T0 = '2031-05-06T09:00:00Z';
const EXPERT = 'exp_history';

type PastPurchase = Schema<'PastPurchase'>;

describe('the purchase history of my bookings', () => {
  let test: TestServer;
  const clock = testClock(T0);
  let oneSession: AppointmentPackage; // 1 session, 12000 EUR or 12 credits
  let twoSessions: AppointmentPackage; // 2 sessions
  let credits: { id: string };

  async function created<T>(path: string, body: unknown, headers: Record<string, string> = {}): Promise<T> {
    const response = await test.call<T>(path, { method: 'POST', body, headers });
    assert.equal(response.status, 201, JSON.stringify(response.body));
    return response.body;
  }

  const buyCredits = (customer: SignedIn, body: Record<string, unknown>) =>
    test.call<{ id: string; status: string }>('/v1/credit-purchases', { method: 'POST', body, headers: { 'idempotency-key': newKey('history'), 'apptkit-customer': customer.token } });

  async function history(customer: SignedIn): Promise<PastPurchase[]> {
    const response = await test.call<Schema<'MyBookings'>>('/v1/me/bookings', { headers: { 'apptkit-customer': customer.token } });
    assert.equal(response.status, 200, JSON.stringify(response.body));
    return response.body.pastPurchases ?? [];
  }

  before(async () => {
    test = await startTestServer({ clock: clock.clock });
    await openExpert(test, EXPERT);
    oneSession = await checkoutPackage(test, EXPERT, { sessions: 1, title: 'Single session' });
    twoSessions = await checkoutPackage(test, EXPERT, { sessions: 2, title: 'Two sessions' });
    credits = await created('/v1/admin/credit-packages', { title: '10 credits', credits: 10, price: 4900, currency: 'EUR', country: 'DE', active: true, listingOrder: 1 });
  });
  after(() => test.close());

  it('lists used-up and refunded package purchases and paid credit purchases, newest first, with their receipts', async () => {
    const customer = await signIn(test, 'history@example.com', 'Hana');
    await grant(test, customer.customerId, 100);

    // 1. A single session booked at checkout: nothing left to book.
    const held = await hold(test, oneSession, ['2031-05-07T10:00:00Z']);
    const booked = await purchase(test, { packageId: oneSession.id, method: 'card', paymentMethod: 'pm_card_visa', holdId: held.id, holdToken: held.token }, { customer });
    assert.equal(booked.status, 201, JSON.stringify(booked.body));
    clock.advance(1);
    // 2. Two sessions with credits, never booked: still open, not in the history…
    const open = await purchase(test, { packageId: twoSessions.id, method: 'credits' }, { customer });
    assert.equal(open.status, 201, JSON.stringify(open.body));
    assert.deepEqual((await history(customer)).map((item) => item.id), [booked.body.id]);
    clock.advance(1);
    // …until their sessions are refunded.
    const refund = await created<{ refund: { credits: number } }>(`/v1/admin/purchases/${open.body.id}/refunds`, { scope: 'unused_sessions' }, { 'idempotency-key': newKey('refund') });
    clock.advance(1);
    // 3. Credits by card; a declined and a pending one are not in the history.
    const paid = await buyCredits(customer, { creditPackageId: credits.id, paymentMethod: 'pm_card_visa' });
    assert.equal(paid.status, 201, JSON.stringify(paid.body));
    clock.advance(1);
    assert.equal((await buyCredits(customer, { creditPackageId: credits.id, paymentMethod: 'pm_card_declined' })).status, 402);
    assert.equal((await buyCredits(customer, { creditPackageId: credits.id, paymentMethod: 'pm_card_authentication_required' })).status, 202);
    // 4. Two sessions by card, never booked: open.
    assert.equal((await purchase(test, { packageId: twoSessions.id, method: 'card', paymentMethod: 'pm_card_visa' }, { customer })).status, 201);

    const past = await history(customer);
    assert.deepEqual(
      past.map((item) => [item.kind, item.id, item.title]),
      [
        ['credits', paid.body.id, '10 credits'],
        ['package', open.body.id, 'Two sessions'],
        ['package', booked.body.id, 'Single session'],
      ],
      'newest first; open, failed and pending purchases left out',
    );
    const [boughtCredits, refunded, used] = past;
    assert.deepEqual(boughtCredits, {
      kind: 'credits',
      id: paid.body.id,
      customerId: customer.customerId,
      creditPackageId: credits.id,
      status: 'paid',
      amount: 4900,
      currency: 'EUR',
      credits: 10,
      provider: 'test',
      createdAt: '2031-05-06T09:03:00Z',
      title: '10 credits',
    });
    assert.ok(refunded?.kind === 'package');
    assert.deepEqual([refunded.method, refunded.credits, refunded.sessionsUsed, refunded.sessionsRefunded, refunded.refunded], ['credits', 12, 0, 2, refund.refund.credits]);
    assert.ok(refund.refund.credits > 0);
    assert.ok(used?.kind === 'package');
    assert.deepEqual([used.method, used.amount, used.currency, used.status, used.sessionsUsed, used.refunded, used.createdAt], ['card', 12000, 'EUR', 'paid', 1, undefined, '2031-05-06T09:00:00Z']);
  });

  it('shows a coupon’s discount and a deleted credit package without a title', async () => {
    const customer = await signIn(test, 'coupon.history@example.com');
    const code = `HIST-${process.pid}`;
    await created('/v1/admin/coupons', { title: 'History', code, startsAt: '2031-05-01T00:00:00Z', value: { percentOff: 10 } });
    const gone = await created<{ id: string }>('/v1/admin/credit-packages', { title: 'Gone pack', credits: 5, price: 1500, currency: 'EUR', country: 'DE', active: true, listingOrder: 2 });
    const paid = await buyCredits(customer, { creditPackageId: gone.id, paymentMethod: 'pm_card_visa', couponCode: code });
    assert.equal(paid.status, 201, JSON.stringify(paid.body));
    const deleted = await test.call(`/v1/admin/credit-packages/${gone.id}`, { method: 'DELETE', headers: { 'if-match': '"1"' } });
    assert.equal(deleted.status, 204, JSON.stringify(deleted.body));
    const [item] = await history(customer);
    assert.deepEqual(item && [item.kind, item.title, item.amount, item.coupon], ['credits', null, 1350, { code, discount: 150 }]);
  });

  it('keeps the newest 50', async () => {
    const customer = await signIn(test, 'collector@example.com');
    const ids: string[] = [];
    for (let i = 0; i < 52; i++) {
      clock.advance(1);
      const paid = await buyCredits(customer, { creditPackageId: credits.id, paymentMethod: 'pm_card_visa' });
      assert.equal(paid.status, 201, JSON.stringify(paid.body));
      ids.push(paid.body.id);
    }
    const past = await history(customer);
    assert.deepEqual(past.map((item) => item.id), ids.slice(2).reverse());
  });
});
