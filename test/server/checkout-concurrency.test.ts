/**
 * Races at the database: bookings of one slot, replays of one key, credit debits and guest
 * sign-ups sent at the same time. On PGlite the transactions queue on its one connection; with
 * APPTKIT_TEST_DATABASE_URL they truly run in parallel on a PostgreSQL pool.
 *
 * How 50 requests contend for one slot: two holds can never share a time, so 50 holds (or 50
 * purchases each with a hold) cannot be made. Instead one customer buys 50 one-session packages
 * and sends 50 `POST /v1/bookings { purchaseId, starts: [S] }` with distinct keys: every request
 * passes the checks (paid purchase, session left, S offered) and they meet at the booking
 * reservation insert, where the exclusion constraint lets exactly one through.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { AppointmentPackage } from '../../src/core/index.js';
import { book, checkoutPackage, count, grant, newKey, openExpert, purchase, signIn, type SignedIn } from './checkout-fixtures.js';
import { assertProblem, startTestServer, testClock, type TestServer } from './harness.js';

const T0 = '2026-03-02T06:00:00Z';
const EXPERT = 'exp_test_races';

describe('checkout under concurrency', () => {
  let test: TestServer;
  let single: AppointmentPackage; // 1 session for 1 credit
  let customer: SignedIn;
  const clock = testClock(T0);

  before(async () => {
    test = await startTestServer({ clock: clock.clock });
    await openExpert(test, EXPERT);
    single = await checkoutPackage(test, EXPERT, { sessions: 1, credits: 1 });
    customer = await signIn(test, 'racer@example.com');
  });
  after(() => test.close());

  async function paidPurchases(n: number): Promise<string[]> {
    await grant(test, customer.customerId, n);
    const ids: string[] = [];
    for (let i = 0; i < n; i++) {
      const response = await purchase(test, { packageId: single.id, method: 'credits' }, { customer });
      assert.equal(response.status, 201, JSON.stringify(response.body));
      ids.push(response.body.id);
    }
    return ids;
  }

  it('50 concurrent bookings of one slot: exactly one booked, 49 × 409 slot_taken, one row', async () => {
    const start = '2026-03-04T10:00:00Z';
    const ids = await paidPurchases(50);
    const responses = await Promise.all(ids.map((purchaseId) => book(test, { purchaseId, starts: [start] }, { customer, key: newKey('race') })));
    const created = responses.filter((response) => response.status === 201);
    assert.equal(created.length, 1);
    for (const response of responses.filter((r) => r.status !== 201)) assertProblem(response, 409, 'slot_taken');
    assert.equal(await count(test, 'SELECT count(*) AS n FROM reservations WHERE expert_id = $1 AND starts_at = $2::timestamptz', [EXPERT, start]), 1);
    assert.equal(await count(test, 'SELECT count(*) AS n FROM bookings WHERE expert_id = $1 AND starts_at = $2::timestamptz', [EXPERT, start]), 1);
    // Only the winner used its entitlement; the 49 others can still book elsewhere.
    assert.equal(await count(test, 'SELECT sum(sessions_used) AS n FROM purchases WHERE id = ANY($1)', [ids]), 1);
  });

  it('10 concurrent replays of one Idempotency-Key make one booking', async () => {
    const [purchaseId] = await paidPurchases(1);
    const key = newKey('replay');
    const body = { purchaseId, starts: ['2026-03-04T12:00:00Z'] };
    const responses = await Promise.all(Array.from({ length: 10 }, () => book(test, body, { customer, key })));
    for (const response of responses) assert.equal(response.status, 201, JSON.stringify(response.body));
    const ids = new Set(responses.map((response) => response.body.bookings[0]?.id));
    assert.equal(ids.size, 1);
    assert.equal(responses.filter((response) => response.headers.get('idempotent-replayed') === 'true').length, 9);
    assert.equal(await count(test, 'SELECT count(*) AS n FROM bookings WHERE purchase_id = $1', [purchaseId]), 1);
  });

  it('two concurrent credit purchases that each fit the balance but not both: one succeeds, the balance stays ≥ 0', async () => {
    const buyer = await signIn(test, 'two.at.once@example.com');
    const pricey = await checkoutPackage(test, EXPERT, { credits: 7 });
    await grant(test, buyer.customerId, 10);
    const [a, b] = await Promise.all([
      purchase(test, { packageId: pricey.id, method: 'credits' }, { customer: buyer }),
      purchase(test, { packageId: pricey.id, method: 'credits' }, { customer: buyer }),
    ]);
    const statuses = [a?.status, b?.status].sort();
    assert.deepEqual(statuses, [201, 402]);
    const loser = a?.status === 402 ? a : b;
    const problem = assertProblem(loser as NonNullable<typeof loser>, 402, 'insufficient_credits');
    assert.equal(problem.price, 7);
    assert.equal(problem.balance, 3);
    const me = await test.call<{ credits: number }>('/v1/me', { headers: { 'apptkit-customer': buyer.token } });
    assert.equal(me.body.credits, 3);
    assert.equal(await count(test, 'SELECT sum(amount) AS n FROM credit_ledger WHERE customer_id = $1', [buyer.customerId]), 3);
    assert.equal(await count(test, 'SELECT count(*) AS n FROM purchases WHERE customer_id = $1', [buyer.customerId]), 1);
  });

  it('concurrent guest card purchases with one e-mail in different cases make one customer', async () => {
    const emails = ['Twin@Example.com', 'twin@example.com', 'TWIN@EXAMPLE.COM', 'twin@Example.com', 'tWin@example.com'];
    const responses = await Promise.all(
      emails.map((email) => purchase(test, { packageId: single.id, method: 'card', paymentMethod: 'pm_card_visa', guest: { name: 'Twin', email } })),
    );
    for (const response of responses) assert.equal(response.status, 201, JSON.stringify(response.body));
    assert.equal(new Set(responses.map((response) => response.body.customerId)).size, 1);
    assert.equal(await count(test, "SELECT count(*) AS n FROM customers WHERE lower(email) = 'twin@example.com'"), 1);
  });
});
