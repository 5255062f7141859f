import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { AppointmentPackage } from '../../src/core/index.js';
import {
  book,
  checkoutPackage,
  count,
  grant,
  hold,
  newKey,
  offeredOn,
  openExpert,
  purchase,
  signIn,
  type Receipt,
} from './checkout-fixtures.js';
import { assertProblem, startTestServer, testClock, type Problem, type TestServer } from './harness.js';

const T0 = '2026-03-02T06:00:00Z'; // a Monday
const EXPERT = 'exp_test_checkout';

describe('checkout: customers, purchases and bookings', () => {
  let test: TestServer;
  let pkg: AppointmentPackage; // 3 sessions, 12000 EUR or 12 credits
  let cardOnly: AppointmentPackage; // not sold for credits
  let phonePkg: AppointmentPackage;
  const clock = testClock(T0);

  before(async () => {
    test = await startTestServer({ clock: clock.clock, minNoticeMinutes: 60 });
    await openExpert(test, EXPERT);
    pkg = await checkoutPackage(test, EXPERT);
    cardOnly = await checkoutPackage(test, EXPERT, { credits: null, sessions: 1 });
    phonePkg = await checkoutPackage(test, EXPERT, { service: 'phone', sessions: 1 });
  });
  after(() => test.close());

  describe('customers and tokens', () => {
    it('finds or creates the customer by e-mail, case-insensitively, and resolves its token', async () => {
      const first = await signIn(test, 'Ana.Lima@Example.com', 'Ana Lima');
      const again = await signIn(test, 'ana.lima@example.COM');
      assert.equal(again.customerId, first.customerId);
      assert.notEqual(again.token, first.token);
      assert.equal(Date.parse(first.expiresAt) - Date.parse(T0), 60 * 60_000);
      const me = await test.call('/v1/me', { headers: { 'apptkit-customer': again.token } });
      assert.equal(me.status, 200);
      assert.deepEqual(me.body, { id: first.customerId, email: 'Ana.Lima@Example.com', name: 'Ana Lima', credits: 0 });
      const stored = await test.server.database.query<{ token_hash: string }>('SELECT token_hash FROM customer_tokens WHERE customer_id = $1', [first.customerId]);
      assert.equal(stored.rows.length, 2);
      assert.ok(stored.rows.every((row) => row.token_hash !== first.token && /^[0-9a-f]{64}$/.test(row.token_hash)));
    });

    it('refuses a missing, unknown or expired customer token', async () => {
      const customer = await signIn(test, 'expiring@example.com');
      assertProblem(await test.call('/v1/me'), 401, 'customer_required');
      assertProblem(await test.call('/v1/me', { headers: { 'apptkit-customer': 'ctk_made_up' } }), 401, 'invalid_customer_token');
      clock.advance(61);
      try {
        assertProblem(await test.call('/v1/me', { headers: { 'apptkit-customer': customer.token } }), 401, 'invalid_customer_token');
        assertProblem(await test.call('/v1/me/bookings', { headers: { 'apptkit-customer': customer.token } }), 401, 'invalid_customer_token');
      } finally {
        clock.set(T0);
      }
    });

    it('validates token requests and credit grants field by field', async () => {
      const bad = assertProblem(await test.call('/v1/admin/customer-tokens', { method: 'POST', body: { email: 'nope', extra: 1 } }), 422, 'validation_failed');
      assert.deepEqual(bad.errors?.map((error) => error.field).sort(), ['email', 'extra']);
      assertProblem(await test.call('/v1/admin/customer-tokens', { method: 'POST', body: { email: 'a@b.co' }, key: 'publishable' }), 403, 'forbidden');
      const customer = await signIn(test, 'granted@example.com');
      assert.equal(await grant(test, customer.customerId, 5), 5);
      assert.equal(await grant(test, customer.customerId, 7), 12);
      const zero = assertProblem(
        await test.call(`/v1/admin/customers/${customer.customerId}/credits`, { method: 'POST', body: { amount: 0, reason: 'x' } }),
        422,
        'validation_failed',
      );
      assert.equal(zero.errors?.[0]?.field, 'amount');
      assertProblem(await test.call('/v1/admin/customers/cus_nobody/credits', { method: 'POST', body: { amount: 1, reason: 'x' } }), 404, 'not_found');
      assert.equal(await count(test, 'SELECT sum(amount) AS n FROM credit_ledger WHERE customer_id = $1', [customer.customerId]), 12);
    });
  });

  describe('card purchases (test-mode provider)', () => {
    it('a guest pays, the hold becomes bookings, and the same e-mail later finds the same customer', async () => {
      const held = await hold(test, pkg, ['2026-03-03T09:00:00Z', '2026-03-03T11:00:00Z']);
      const guest = { name: 'Guest One', email: 'guest.one@example.com' };
      const paid = await purchase(test, { packageId: pkg.id, method: 'card', paymentMethod: 'pm_card_visa', holdId: held.id, holdToken: held.token, guest });
      assert.equal(paid.status, 201, JSON.stringify(paid.body));
      assert.equal(paid.headers.get('location'), `/v1/purchases/${paid.body.id}`);
      assert.equal(paid.body.provider, 'test');
      assert.equal(paid.body.status, 'paid');
      assert.equal(paid.body.paymentStatus, 'succeeded');
      assert.equal(paid.body.amount, 12000);
      assert.equal(paid.body.currency, 'EUR');
      assert.equal(paid.body.sessionsTotal, 3);
      assert.equal(paid.body.sessionsUsed, 2);
      assert.deepEqual(paid.body.bookings.map((booking) => booking.start), ['2026-03-03T09:00:00Z', '2026-03-03T11:00:00Z']);
      assert.match(paid.body.token ?? '', /^prt_/);
      // The hold is gone and its times stay taken, now as bookings.
      assert.equal((await test.call(`/v1/holds/${held.id}`, { headers: { 'apptkit-hold': held.token } })).status, 404);
      const day = await offeredOn(test, pkg, '2026-03-03');
      assert.ok(!day.includes('09:00') && !day.includes('11:00') && day.includes('10:00'), day.join());
      assert.equal(await count(test, "SELECT count(*) AS n FROM reservations WHERE kind = 'booking' AND booking_id IN (SELECT id FROM bookings WHERE purchase_id = $1)", [paid.body.id]), 2);

      const second = await purchase(test, { packageId: pkg.id, method: 'card', paymentMethod: 'pm_card_visa', guest: { ...guest, email: 'GUEST.ONE@example.com' } });
      assert.equal(second.status, 201, JSON.stringify(second.body));
      assert.equal(second.body.customerId, paid.body.customerId);
      assert.deepEqual(second.body.bookings, []);
      assert.equal(await count(test, "SELECT count(*) AS n FROM customers WHERE lower(email) = 'guest.one@example.com'"), 1);
      const attempts = await test.server.database.query<{ status: string; provider: string; amount: number | string }>(
        'SELECT status, provider, amount FROM payment_attempts WHERE purchase_id = $1',
        [paid.body.id],
      );
      assert.deepEqual(attempts.rows.map((row) => ({ ...row, amount: Number(row.amount) })), [{ status: 'succeeded', provider: 'test', amount: 12000 }]);
    });

    it('a declined card books nothing, grants nothing, records a failed attempt, and replays its answer', async () => {
      const held = await hold(test, pkg, ['2026-03-04T09:00:00Z']);
      const key = newKey('declined');
      const body = { packageId: pkg.id, method: 'card', paymentMethod: 'pm_card_declined', holdId: held.id, holdToken: held.token, guest: { name: 'Dee', email: 'dee@example.com' } };
      const declined = await purchase<Problem>(test, body, { key });
      const problem = assertProblem(declined, 402, 'payment_declined');
      assert.equal(problem.declineCode, 'card_declined');
      const purchaseId = problem.purchaseId as string;
      const attempts = await test.server.database.query<{ status: string; failure_code: string }>('SELECT status, failure_code FROM payment_attempts WHERE purchase_id = $1', [purchaseId]);
      assert.deepEqual(attempts.rows, [{ status: 'failed', failure_code: 'card_declined' }]);
      assert.equal(await count(test, "SELECT count(*) AS n FROM purchases WHERE id = $1 AND status = 'failed' AND sessions_used = 0", [purchaseId]), 1);
      assert.equal(await count(test, 'SELECT count(*) AS n FROM bookings WHERE purchase_id = $1', [purchaseId]), 0);
      // The hold is still the client's, to pay with another card.
      assert.equal((await test.call(`/v1/holds/${held.id}`, { headers: { 'apptkit-hold': held.token } })).status, 200);
      const replay = assertProblem(await purchase<Problem>(test, body, { key }), 402, 'payment_declined');
      assert.equal(replay.purchaseId, purchaseId);
      assert.equal(await count(test, 'SELECT count(*) AS n FROM payment_attempts WHERE purchase_id = $1', [purchaseId]), 1);
      // Booking against the failed purchase is refused.
      const refused = await book(test, { purchaseId, purchaseToken: 'prt_unknown', holdId: held.id, holdToken: held.token });
      assertProblem(refused, 404, 'not_found');
    });

    it('a card needing authentication stays pending until confirmed, then books its hold', async () => {
      const held = await hold(test, pkg, ['2026-03-04T13:00:00Z']);
      const pending = await purchase(test, {
        packageId: pkg.id,
        method: 'card',
        paymentMethod: 'pm_card_authentication_required',
        holdId: held.id,
        holdToken: held.token,
        guest: { name: 'Sam', email: 'sam@example.com' },
      });
      assert.equal(pending.status, 202, JSON.stringify(pending.body));
      assert.equal(pending.body.status, 'pending');
      assert.equal(pending.body.paymentStatus, 'requires_action');
      assert.deepEqual(pending.body.bookings, []);
      const token = pending.body.token as string;
      const early = await book(test, { purchaseId: pending.body.id, purchaseToken: token, starts: ['2026-03-05T15:00:00Z'] });
      assertProblem(early, 409, 'purchase_not_paid');
      const confirmPath = `/v1/purchases/${pending.body.id}/confirm`;
      assertProblem(await test.call(confirmPath, { method: 'POST', body: { purchaseToken: 'prt_wrong' } }), 404, 'not_found');
      const confirmed = await test.call<Receipt>(confirmPath, { method: 'POST', body: { purchaseToken: token } });
      assert.equal(confirmed.status, 200, JSON.stringify(confirmed.body));
      assert.equal(confirmed.body.status, 'paid');
      assert.equal(confirmed.body.token, undefined);
      assert.deepEqual(confirmed.body.bookings.map((booking) => booking.start), ['2026-03-04T13:00:00Z']);
      assert.equal(confirmed.body.sessionsUsed, 1);
      const again = await test.call<Receipt>(confirmPath, { method: 'POST', body: { purchaseToken: token } });
      // The same bookings again; the guest's join token is shown once only (only its hash is kept).
      const withoutJoinToken = (bookings: Receipt['bookings']) => bookings.map(({ joinToken: _joinToken, ...booking }) => booking);
      assert.ok(confirmed.body.bookings.every((booking) => typeof booking.joinToken === 'string'));
      assert.deepEqual(withoutJoinToken(again.body.bookings), withoutJoinToken(confirmed.body.bookings));
      const attempts = await test.server.database.query<{ status: string }>('SELECT status FROM payment_attempts WHERE purchase_id = $1 ORDER BY id', [pending.body.id]);
      assert.deepEqual(attempts.rows.map((row) => row.status), ['requires_action', 'succeeded']);
    });

    it('checks the hold before charging: an expired one is a 410 and nothing is paid or written', async () => {
      const held = await hold(test, pkg, ['2026-03-05T09:00:00Z']);
      const attemptsBefore = await count(test, 'SELECT count(*) AS n FROM payment_attempts');
      clock.advance(10);
      try {
        const body = { packageId: pkg.id, method: 'card', paymentMethod: 'pm_card_visa', holdId: held.id, holdToken: held.token, guest: { name: 'Late', email: 'late@example.com' } };
        assertProblem(await purchase(test, body), 410, 'hold_expired');
        assertProblem(await purchase(test, { ...body, holdToken: 'hlt_wrong' }), 404, 'not_found');
      } finally {
        clock.set(T0);
      }
      assert.equal(await count(test, "SELECT count(*) AS n FROM customers WHERE email = 'late@example.com'"), 0);
      assert.equal(await count(test, 'SELECT count(*) AS n FROM payment_attempts'), attemptsBefore);
    });

    it('names what is wrong with a card purchase before charging', async () => {
      const noGuest = assertProblem(await purchase(test, { packageId: pkg.id, method: 'card', paymentMethod: 'pm_card_visa' }), 422, 'validation_failed');
      assert.deepEqual(noGuest.errors?.map((error) => error.field), ['guest']);
      const phone = assertProblem(
        await purchase(test, { packageId: phonePkg.id, method: 'card', paymentMethod: 'pm_card_visa', guest: { name: 'P', email: 'p@example.com' } }),
        422,
        'validation_failed',
      );
      assert.deepEqual(phone.errors?.map((error) => error.field), ['guest.phone']);
      const card = assertProblem(
        await purchase(test, { packageId: pkg.id, method: 'card', paymentMethod: 'pm_card_bogus', guest: { name: 'P', email: 'p@example.com' } }),
        422,
        'validation_failed',
      );
      assert.deepEqual(card.errors?.map((error) => error.field), ['paymentMethod']);
      const shape = assertProblem(await purchase(test, { packageId: '', method: 'cash', guest: { email: 'x' } }), 422, 'validation_failed');
      assert.deepEqual(shape.errors?.map((error) => error.field).sort(), ['guest.email', 'guest.name', 'method', 'packageId']);
      const blank = assertProblem(
        await purchase(test, { packageId: pkg.id, method: 'card', paymentMethod: 'pm_card_visa', guest: { name: '   ', email: 'p@example.com' } }),
        422,
        'validation_failed',
      );
      assert.deepEqual(blank.errors?.map(({ field, code }) => ({ field, code })), [{ field: 'guest.name', code: 'required' }]);
      assertProblem(await purchase(test, { packageId: pkg.id, method: 'card' }, { key: null }), 400, 'idempotency_key_required');
      assert.equal(await count(test, "SELECT count(*) AS n FROM customers WHERE email = 'p@example.com'"), 0);
    });
  });

  describe('credit purchases', () => {
    it('needs a signed-in customer and a package sold for credits', async () => {
      assertProblem(await purchase(test, { packageId: pkg.id, method: 'credits' }), 401, 'customer_required');
      const customer = await signIn(test, 'credits.rules@example.com');
      const problem = assertProblem(await purchase(test, { packageId: cardOnly.id, method: 'credits' }, { customer }), 422, 'validation_failed');
      assert.equal(problem.errors?.[0]?.field, 'method');
    });

    it('books the hold given with a credit purchase in the same transaction', async () => {
      const customer = await signIn(test, 'credits.hold@example.com');
      await grant(test, customer.customerId, 12);
      const held = await hold(test, pkg, ['2026-03-05T14:00:00Z']);
      const bought = await purchase(test, { packageId: pkg.id, method: 'credits', holdId: held.id, holdToken: held.token }, { customer });
      assert.equal(bought.status, 201, JSON.stringify(bought.body));
      assert.deepEqual(bought.body.bookings.map((booking) => booking.start), ['2026-03-05T14:00:00Z']);
      assert.equal(bought.body.sessionsUsed, 1);
      assert.equal((await test.call<{ credits: number }>('/v1/me', { headers: { 'apptkit-customer': customer.token } })).body.credits, 0);
    });

    it('debits the balance in the purchase, and refuses too few credits without writing anything', async () => {
      const customer = await signIn(test, 'credits.buyer@example.com');
      await grant(test, customer.customerId, 20);
      const bought = await purchase(test, { packageId: pkg.id, method: 'credits' }, { customer });
      assert.equal(bought.status, 201, JSON.stringify(bought.body));
      assert.equal(bought.body.provider, 'credits');
      assert.equal(bought.body.credits, 12);
      assert.equal(bought.body.status, 'paid');
      const me = await test.call<{ credits: number }>('/v1/me', { headers: { 'apptkit-customer': customer.token } });
      assert.equal(me.body.credits, 8);
      const purchasesBefore = await count(test, 'SELECT count(*) AS n FROM purchases WHERE customer_id = $1', [customer.customerId]);
      const short = assertProblem(await purchase(test, { packageId: pkg.id, method: 'credits' }, { customer }), 402, 'insufficient_credits');
      assert.equal(short.balance, 8);
      assert.equal(short.price, 12);
      assert.equal((await test.call<{ credits: number }>('/v1/me', { headers: { 'apptkit-customer': customer.token } })).body.credits, 8);
      assert.equal(await count(test, 'SELECT count(*) AS n FROM purchases WHERE customer_id = $1', [customer.customerId]), purchasesBefore);
      assert.equal(await count(test, 'SELECT sum(amount) AS n FROM credit_ledger WHERE customer_id = $1', [customer.customerId]), 8);
    });
  });

  describe('bookings', () => {
    let customer: Awaited<ReturnType<typeof signIn>>;
    let paid: Receipt;
    before(async () => {
      customer = await signIn(test, 'booker@example.com', 'Booker');
      await grant(test, customer.customerId, 12);
      const response = await purchase(test, { packageId: pkg.id, method: 'credits' }, { customer });
      assert.equal(response.status, 201, JSON.stringify(response.body));
      paid = response.body;
    });

    it('converts a hold into bookings once per Idempotency-Key', async () => {
      const held = await hold(test, pkg, ['2026-03-06T09:00:00Z', '2026-03-06T10:00:00Z']);
      const key = newKey('book');
      const body = { purchaseId: paid.id, holdId: held.id, holdToken: held.token };
      assertProblem(await book(test, body, { customer, key: null }), 400, 'idempotency_key_required');
      const first = await book(test, body, { customer, key });
      assert.equal(first.status, 201, JSON.stringify(first.body));
      assert.equal(first.body.purchase.sessionsUsed, 2);
      assert.deepEqual(first.body.bookings.map((booking) => booking.start), ['2026-03-06T09:00:00Z', '2026-03-06T10:00:00Z']);
      const replay = await book(test, body, { customer, key });
      assert.equal(replay.status, 201);
      assert.equal(replay.headers.get('idempotent-replayed'), 'true');
      assert.deepEqual(replay.body, first.body);
      const reused = assertProblem(await book(test, { ...body, holdToken: 'other' }, { customer, key }), 422, 'validation_failed');
      assert.equal(reused.errors?.[0]?.field, 'Idempotency-Key');
      assert.equal(await count(test, 'SELECT count(*) AS n FROM bookings WHERE purchase_id = $1', [paid.id]), 2);
    });

    it('never books more sessions than remain, and writes nothing when refused', async () => {
      const tooMany = assertProblem(
        await book(test, { purchaseId: paid.id, starts: ['2026-03-07T09:00:00Z', '2026-03-07T11:00:00Z'] }, { customer }),
        422,
        'validation_failed',
      );
      assert.equal(tooMany.errors?.[0]?.code, 'too_many_sessions');
      assert.ok((await offeredOn(test, pkg, '2026-03-07')).includes('09:00'));
      assert.equal(await count(test, 'SELECT sessions_used AS n FROM purchases WHERE id = $1', [paid.id]), 2);
    });

    it('answers 410 for an expired hold and 409 for a time taken meanwhile', async () => {
      const held = await hold(test, pkg, ['2026-03-07T13:00:00Z']);
      clock.advance(11);
      try {
        assertProblem(await book(test, { purchaseId: paid.id, holdId: held.id, holdToken: held.token }, { customer }), 410, 'hold_expired');
      } finally {
        clock.set(T0);
      }
      const other = await hold(test, pkg, ['2026-03-07T15:00:00Z']);
      const taken = assertProblem(await book(test, { purchaseId: paid.id, starts: ['2026-03-07T15:00:00Z'] }, { customer }), 409, 'slot_taken');
      assert.equal(taken.errors?.[0]?.field, 'starts[0]');
      const offGrid = assertProblem(await book(test, { purchaseId: paid.id, starts: ['2026-03-07T15:30:00Z'] }, { customer }), 409, 'slot_unavailable');
      assert.equal(offGrid.errors?.[0]?.field, 'starts[0]');
      assert.equal(await count(test, 'SELECT sessions_used AS n FROM purchases WHERE id = $1', [paid.id]), 2);
      assert.equal((await test.call(`/v1/holds/${other.id}`, { headers: { 'apptkit-hold': other.token } })).status, 200);
    });

    it("hides another customer's purchase", async () => {
      const stranger = await signIn(test, 'stranger@example.com');
      assertProblem(await book(test, { purchaseId: paid.id, starts: ['2026-03-08T09:00:00Z'] }, { customer: stranger }), 404, 'not_found');
      assertProblem(await book(test, { purchaseId: paid.id, starts: ['2026-03-08T09:00:00Z'] }), 404, 'not_found');
    });

    it('lists upcoming bookings and purchases with sessions left in GET /v1/me/bookings', async () => {
      const mine = await test.call<{ bookings: { start: string; purchaseId: string }[]; purchases: { id: string; sessionsUsed: number }[] }>(
        '/v1/me/bookings',
        { headers: { 'apptkit-customer': customer.token } },
      );
      assert.equal(mine.status, 200);
      assert.deepEqual(mine.body.bookings.map((booking) => booking.start), ['2026-03-06T09:00:00Z', '2026-03-06T10:00:00Z']);
      assert.deepEqual(mine.body.purchases.map((open) => [open.id, open.sessionsUsed]), [[paid.id, 2]]);
      // The last session, booked directly: the purchase then has nothing left to schedule.
      const last = await book(test, { purchaseId: paid.id, starts: ['2026-03-08T09:00:00Z'] }, { customer });
      assert.equal(last.status, 201, JSON.stringify(last.body));
      const after = await test.call<{ bookings: unknown[]; purchases: unknown[] }>('/v1/me/bookings', { headers: { 'apptkit-customer': customer.token } });
      assert.equal(after.body.bookings.length, 3);
      assert.deepEqual(after.body.purchases, []);
      clock.set('2026-03-06T10:00:00Z');
      try {
        const fresh = await signIn(test, 'booker@example.com');
        const later = await test.call<{ bookings: { start: string }[] }>('/v1/me/bookings', { headers: { 'apptkit-customer': fresh.token } });
        assert.equal(later.status, 200, JSON.stringify(later.body));
        assert.deepEqual(later.body.bookings.map((booking) => booking.start), ['2026-03-06T10:00:00Z', '2026-03-08T09:00:00Z']);
      } finally {
        clock.set(T0);
      }
    });
  });
});
