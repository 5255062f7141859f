/**
 * Card charges run between two transactions: the purchase is recorded pending and committed, the
 * provider is called with no transaction open, and a second transaction settles it. A provider
 * held at a gate shows what other requests (and the database) see while a charge is pending.
 * On PGlite every transaction shares one connection, so a charge made inside a transaction would
 * block the concurrent requests below for good; on PostgreSQL the NOWAIT locks show it.
 */
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import type { AppointmentPackage } from '../../src/core/index.js';
import { book, checkoutPackage, count, grant, hold, newKey, openExpert, purchase, signIn, type Receipt } from './checkout-fixtures.js';
import { gatedProvider } from './gated-provider.js';
import { startTestServer, testClock, type TestServer } from './harness.js';

const T0 = '2026-03-02T06:00:00Z';
const EXPERT = 'exp_test_two_step';
const guest = (email: string) => ({ name: 'Gia', email });

/** A receipt with the field this change adds. */
type TwoStepReceipt = Receipt & { bookingProblem?: { code: string; detail: string } };

describe('card charges outside the database transaction', () => {
  let test: TestServer;
  let pkg: AppointmentPackage; // 3 sessions, 12000 EUR or 12 credits
  const clock = testClock(T0);
  const gated = gatedProvider();

  before(async () => {
    test = await startTestServer({ clock: clock.clock, paymentProvider: gated.provider });
    await openExpert(test, EXPERT);
    pkg = await checkoutPackage(test, EXPERT);
  });
  afterEach(() => {
    gated.open();
    clock.set(T0);
  });
  after(() => test.close());

  const purchaseRow = async (id: string) =>
    (await test.server.database.query<{ status: string; sessions_used: number }>('SELECT status, sessions_used FROM purchases WHERE id = $1', [id])).rows[0];

  it('calls the provider with nothing locked: the hold and purchase rows are free and another booking goes through', { timeout: 30_000 }, async () => {
    const held = await hold(test, pkg, ['2026-03-03T09:00:00Z']);
    gated.close();
    const paying = purchase<TwoStepReceipt>(test, { packageId: pkg.id, method: 'card', paymentMethod: 'pm_card_visa', holdId: held.id, holdToken: held.token, guest: guest('gate@example.com') });
    await gated.waiting(1);

    const pending = await test.server.database.transaction(async (tx) => {
      await tx.query('SELECT id FROM holds WHERE id = $1 FOR UPDATE NOWAIT', [held.id]);
      const { rows } = await tx.query<{ id: string; status: string }>(
        "SELECT p.id, p.status FROM purchases p JOIN customers c ON c.id = p.customer_id WHERE c.email = 'gate@example.com' FOR UPDATE OF p NOWAIT",
      );
      return rows;
    });
    assert.deepEqual(pending.map((row) => row.status), ['pending']);
    assert.equal(await count(test, 'SELECT count(*) AS n FROM payment_attempts WHERE purchase_id = $1', [pending[0]?.id]), 0);

    // Another customer buys and books another slot of the same expert while the charge waits.
    const other = await signIn(test, 'other@example.com');
    await grant(test, other.customerId, 12);
    const bought = await purchase(test, { packageId: pkg.id, method: 'credits' }, { customer: other });
    assert.equal(bought.status, 201, JSON.stringify(bought.body));
    const booked = await book(test, { purchaseId: bought.body.id, starts: ['2026-03-03T11:00:00Z'] }, { customer: other });
    assert.equal(booked.status, 201, JSON.stringify(booked.body));

    gated.open();
    const paid = await paying;
    assert.equal(paid.status, 201, JSON.stringify(paid.body));
    assert.equal(paid.body.id, pending[0]?.id);
    assert.equal(paid.body.status, 'paid');
    assert.equal(paid.body.bookingProblem, undefined);
    assert.deepEqual(paid.body.bookings.map((booking) => booking.start), ['2026-03-03T09:00:00Z']);
    assert.equal(gated.requests.at(-1)?.amount, 12000);
  });

  it('a hold that expires while the charge is pending: paid, nothing booked, bookingProblem set, sessions left to book', { timeout: 30_000 }, async () => {
    const held = await hold(test, pkg, ['2026-03-04T09:00:00Z', '2026-03-04T10:00:00Z']);
    gated.close();
    const paying = purchase<TwoStepReceipt>(test, { packageId: pkg.id, method: 'card', paymentMethod: 'pm_card_visa', holdId: held.id, holdToken: held.token, guest: guest('late.hold@example.com') });
    await gated.waiting(1);
    clock.advance(11);
    gated.open();
    const paid = await paying;
    assert.equal(paid.status, 201, JSON.stringify(paid.body));
    assert.equal(paid.body.status, 'paid');
    assert.equal(paid.body.paymentStatus, 'succeeded');
    assert.deepEqual(paid.body.bookings, []);
    assert.equal(paid.body.bookingProblem?.code, 'hold_expired');
    assert.match(paid.body.bookingProblem?.detail ?? '', new RegExp(`${held.id}.*3 sessions`));
    assert.equal(paid.body.sessionsUsed, 0);
    assert.equal(await count(test, 'SELECT count(*) AS n FROM bookings WHERE purchase_id = $1', [paid.body.id]), 0);
    assert.deepEqual(
      (await test.server.database.query<{ status: string }>('SELECT status FROM payment_attempts WHERE purchase_id = $1', [paid.body.id])).rows,
      [{ status: 'succeeded' }],
    );
    // The entitlements are intact: the guest books all three sessions with the purchase token.
    const later = await book(test, { purchaseId: paid.body.id, purchaseToken: paid.body.token, starts: ['2026-03-04T13:00:00Z', '2026-03-04T14:00:00Z', '2026-03-04T15:00:00Z'] });
    assert.equal(later.status, 201, JSON.stringify(later.body));
    assert.equal(later.body.purchase.sessionsUsed, 3);
  });

  it('a provider that fails like a network leaves the purchase pending; a retry with the same key completes it once', async () => {
    const held = await hold(test, pkg, ['2026-03-05T09:00:00Z']);
    const key = newKey('network');
    const body = { packageId: pkg.id, method: 'card', paymentMethod: 'pm_card_visa', holdId: held.id, holdToken: held.token, guest: guest('flaky@example.com') };
    const before = gated.requests.length;
    gated.failNext();
    const failed = await purchase(test, body, { key });
    assert.equal(failed.status, 500, JSON.stringify(failed.body));
    const rows = await test.server.database.query<{ id: string; status: string }>(
      "SELECT p.id, p.status FROM purchases p JOIN customers c ON c.id = p.customer_id WHERE c.email = 'flaky@example.com'",
    );
    assert.deepEqual(rows.rows.map((row) => row.status), ['pending']);
    const pendingId = rows.rows[0]?.id as string;
    assert.equal(await count(test, 'SELECT count(*) AS n FROM payment_attempts WHERE purchase_id = $1', [pendingId]), 0);

    const retried = await purchase<TwoStepReceipt>(test, body, { key });
    assert.equal(retried.status, 201, JSON.stringify(retried.body));
    assert.equal(retried.body.id, pendingId);
    assert.deepEqual(retried.body.bookings.map((booking) => booking.start), ['2026-03-05T09:00:00Z']);
    const replay = await purchase<TwoStepReceipt>(test, body, { key });
    assert.equal(replay.headers.get('idempotent-replayed'), 'true');
    assert.deepEqual(replay.body, retried.body);
    // Two provider calls, both with the same idempotency key; one payment recorded, one purchase.
    const keys = gated.requests.slice(before).map((request) => request.idempotencyKey);
    assert.equal(keys.length, 2);
    assert.equal(new Set(keys).size, 1);
    assert.equal(await count(test, 'SELECT count(*) AS n FROM payment_attempts WHERE purchase_id = $1', [pendingId]), 1);
    assert.equal(await count(test, "SELECT count(*) AS n FROM purchases p JOIN customers c ON c.id = p.customer_id WHERE c.email = 'flaky@example.com'"), 1);
    assert.deepEqual(await purchaseRow(pendingId), { status: 'paid', sessions_used: 1 });
  });

  it('concurrent retries with one key while the charge is pending: one purchase, one payment, one set of bookings', { timeout: 30_000 }, async () => {
    const held = await hold(test, pkg, ['2026-03-06T09:00:00Z', '2026-03-06T10:00:00Z']);
    const key = newKey('twins');
    const body = { packageId: pkg.id, method: 'card', paymentMethod: 'pm_card_visa', holdId: held.id, holdToken: held.token, guest: guest('twins@example.com') };
    gated.close();
    const first = purchase<TwoStepReceipt>(test, body, { key });
    const second = purchase<TwoStepReceipt>(test, body, { key });
    await gated.waiting(2);
    gated.open();
    const answers = await Promise.all([first, second]);
    for (const answer of answers) assert.equal(answer.status, 201, JSON.stringify(answer.body));
    assert.equal(answers[0]?.body.id, answers[1]?.body.id);
    assert.equal(answers.filter((answer) => answer.headers.get('idempotent-replayed') === 'true').length, 1);
    const id = answers[0]?.body.id as string;
    assert.equal(await count(test, 'SELECT count(*) AS n FROM payment_attempts WHERE purchase_id = $1', [id]), 1);
    assert.equal(await count(test, 'SELECT count(*) AS n FROM bookings WHERE purchase_id = $1', [id]), 2);
    assert.equal(await count(test, "SELECT count(*) AS n FROM purchases p JOIN customers c ON c.id = p.customer_id WHERE c.email = 'twins@example.com'"), 1);
  });

  it('records payment attempts at the server clock, not the database clock', async () => {
    clock.set('2026-03-02T07:30:00Z');
    const paid = await purchase(test, { packageId: pkg.id, method: 'card', paymentMethod: 'pm_card_visa', guest: guest('clock@example.com') });
    assert.equal(paid.status, 201, JSON.stringify(paid.body));
    const { rows } = await test.server.database.query<{ created_at: Date }>('SELECT created_at FROM payment_attempts WHERE purchase_id = $1', [paid.body.id]);
    assert.deepEqual(rows.map((row) => row.created_at.toISOString()), ['2026-03-02T07:30:00.000Z']);
  });

  describe('credit purchases', () => {
    it('a provider failure leaves the credit purchase pending; a retry with the same key credits it once', async () => {
      const response = await test.call<{ id: string }>('/v1/admin/credit-packages', {
        method: 'POST',
        body: { title: '10 credits', credits: 10, price: 4900, currency: 'EUR', country: 'DE', active: true, listingOrder: 1 },
      });
      assert.equal(response.status, 201, JSON.stringify(response.body));
      const customer = await signIn(test, 'credits.flaky@example.com');
      const key = newKey('credits-network');
      const send = () =>
        test.call<{ id: string; status: string; balance: number }>('/v1/credit-purchases', {
          method: 'POST',
          body: { creditPackageId: response.body.id, paymentMethod: 'pm_card_visa' },
          headers: { 'idempotency-key': key, 'apptkit-customer': customer.token },
        });
      gated.failNext();
      assert.equal((await send()).status, 500);
      const pending = await test.server.database.query<{ id: string; status: string }>('SELECT id, status FROM credit_purchases WHERE customer_id = $1', [customer.customerId]);
      assert.deepEqual(pending.rows.map((row) => row.status), ['pending']);
      const retried = await send();
      assert.equal(retried.status, 201, JSON.stringify(retried.body));
      assert.equal(retried.body.id, pending.rows[0]?.id);
      assert.equal(retried.body.balance, 10);
      const replay = await send();
      assert.equal(replay.headers.get('idempotent-replayed'), 'true');
      assert.equal(replay.body.balance, 10);
      assert.equal(await count(test, 'SELECT sum(amount) AS n FROM credit_ledger WHERE customer_id = $1', [customer.customerId]), 10);
      assert.equal(await count(test, 'SELECT count(*) AS n FROM payment_attempts WHERE credit_purchase_id = $1', [retried.body.id]), 1);
    });
  });
});
