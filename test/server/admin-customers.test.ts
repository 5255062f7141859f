import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { checkoutPackage, count, hold, newKey, openExpert, purchase, signIn } from './checkout-fixtures.js';
import { assertProblem, startTestServer, testClock, type ApiResponse, type TestServer } from './harness.js';
import { signInByCode } from './mail-fixtures.js';
import type { Schema } from '../../src/wire/index.js';

type Customer = Schema<'Customer'>;
type CustomerPage = Schema<'CustomerPage'>;
type CustomerDetail = Schema<'CustomerDetail'>;

const T0 = '2026-03-01T08:00:00Z';

describe('admin customers', () => {
  let test: TestServer;
  const clock = testClock(T0);

  before(async () => {
    test = await startTestServer({ clock: clock.clock });
  });
  after(() => test.close());

  const create = (body: unknown, key?: string): Promise<ApiResponse<Customer>> =>
    test.call<Customer>('/v1/admin/customers', { method: 'POST', body, ...(key ? { headers: { 'idempotency-key': key } } : {}) });
  const list = (query: string): Promise<ApiResponse<CustomerPage>> => test.call<CustomerPage>(`/v1/admin/customers${query}`);
  const detail = (id: string): Promise<ApiResponse<CustomerDetail>> => test.call<CustomerDetail>(`/v1/admin/customers/${id}`);
  const move = (id: string, amount: number, reason = 'goodwill') =>
    test.call<{ customerId: string; credits: number }>(`/v1/admin/customers/${id}/credits`, { method: 'POST', body: { amount, reason } });

  it('adds a customer with phone, country and language, and answers alike to a retry with the same key', async () => {
    const key = newKey('customer');
    const body = { name: ' Ana Lima ', email: 'Ana.Lima@Example.com', phone: '+4915112345678', country: 'DE', locale: 'de-AT' };
    const created = await create(body, key);
    assert.equal(created.status, 201, JSON.stringify(created.body));
    assert.match(created.body.id, /^cus_/);
    assert.deepEqual({ ...created.body, id: undefined, createdAt: undefined }, {
      id: undefined,
      createdAt: undefined,
      name: 'Ana Lima',
      email: 'Ana.Lima@Example.com',
      phone: '+4915112345678',
      country: 'DE',
      locale: 'de',
      timeZone: null,
      credits: 0,
    });
    assert.equal(created.headers.get('location'), `/v1/admin/customers/${created.body.id}`);
    const replay = await create(body, key);
    assert.equal(replay.status, 201);
    assert.equal(replay.headers.get('idempotent-replayed'), 'true');
    assert.deepEqual(replay.body, created.body);
    assert.equal(await count(test, "SELECT count(*) AS n FROM customers WHERE lower(email) = 'ana.lima@example.com'"), 1);
  });

  it('names every bad field at once and stores nothing', async () => {
    const problem = assertProblem(await create({ name: '   ', email: 'not-an-address', phone: '0151 123', country: 'XX', locale: 'no such tag!' }), 422, 'validation_failed');
    assert.deepEqual(problem.errors?.map((error) => error.field).sort(), ['country', 'email', 'locale', 'name', 'phone']);
    assert.equal(await count(test, "SELECT count(*) AS n FROM customers WHERE email = 'not-an-address'"), 0);
    const missing = assertProblem(await create({ phone: '+4915112345678' }), 422, 'validation_failed');
    assert.deepEqual(missing.errors?.map((error) => error.field).sort(), ['email', 'name']);
  });

  it('refuses an e-mail a customer already has (any case) with 409 customer_exists naming email and the customer', async () => {
    const first = await create({ name: 'Taken', email: 'taken@example.com' });
    assert.equal(first.status, 201);
    const problem = assertProblem(await create({ name: 'Other', email: 'TAKEN@example.COM' }, newKey('dup')), 409, 'customer_exists') as { customerId?: string; errors?: { field: string }[] };
    assert.equal(problem.customerId, first.body.id);
    assert.deepEqual(problem.errors?.map((error) => error.field), ['email']);
    assert.equal(await count(test, "SELECT count(*) AS n FROM customers WHERE lower(email) = 'taken@example.com'"), 1);
  });

  it('lets a customer added by hand sign in by e-mailed code as that same customer', async () => {
    const created = await create({ name: 'Hand Made', email: 'hand.made@example.com' });
    assert.equal(created.status, 201);
    const session = await signInByCode(test, 'Hand.Made@example.com');
    assert.equal(session.customer.id, created.body.id);
    assert.equal(session.customer.name, 'Hand Made');
  });

  it('lists newest first, searches name or e-mail case-insensitively, and pages with a cursor', async () => {
    const ids: string[] = [];
    for (const n of [1, 2, 3]) {
      const made = await create({ name: `Paging Person ${n}`, email: `pager${n}@list.example` });
      assert.equal(made.status, 201);
      ids.push(made.body.id);
    }
    const first = await list('?q=PAGING%20person&limit=2');
    assert.equal(first.status, 200, JSON.stringify(first.body));
    assert.deepEqual(first.body.data.map((customer) => customer.id), [ids[2], ids[1]]);
    assert.ok(first.body.nextCursor);
    const second = await list(`?q=paging%20person&limit=2&cursor=${first.body.nextCursor}`);
    assert.deepEqual(second.body.data.map((customer) => customer.id), [ids[0]]);
    assert.equal(second.body.nextCursor, null);
    const byEmail = await list('?q=PAGER2@LIST');
    assert.deepEqual(byEmail.body.data.map((customer) => customer.id), [ids[1]]);
    const all = await list('?limit=200');
    assert.ok(all.body.data.length >= 6);
    const times = all.body.data.map((customer) => Date.parse(customer.createdAt));
    assert.deepEqual(times, [...times].sort((a, b) => b - a));
    assert.deepEqual((await list('?q=%25')).body.data, []);
  });

  it('refuses an unreadable cursor and a bad limit, naming them', async () => {
    const problem = assertProblem(await list('?cursor=bm9wZQ&limit=0'), 422, 'validation_failed');
    assert.deepEqual(problem.errors?.map((error) => error.field).sort(), ['cursor', 'limit']);
  });

  it('grants and deducts credits with a reason, refuses a deduction below zero naming amount, and writes nothing then', async () => {
    const customer = (await create({ name: 'Ledger', email: 'ledger@example.com' })).body;
    assert.deepEqual((await move(customer.id, 10, 'welcome gift')).body, { customerId: customer.id, credits: 10 });
    assert.deepEqual((await move(customer.id, -4, 'correction')).body, { customerId: customer.id, credits: 6 });
    const refused = assertProblem(await move(customer.id, -7, 'too much'), 409, 'insufficient_credits');
    assert.equal(refused.balance, 6);
    assert.deepEqual(refused.errors?.map((error) => [error.field, error.code]), [['amount', 'insufficient_credits']]);
    assert.equal(await count(test, 'SELECT count(*) AS n FROM credit_ledger WHERE customer_id = $1', [customer.id]), 2);
    const zero = assertProblem(await move(customer.id, 0), 422, 'validation_failed');
    assert.deepEqual(zero.errors?.map((error) => error.field), ['amount']);
    const blank = assertProblem(await move(customer.id, 1, '   '), 422, 'validation_failed');
    assert.deepEqual(blank.errors?.map((error) => error.field), ['reason']);
    assertProblem(await move('cus_nobody', -1), 404, 'not_found');
    const read = await detail(customer.id);
    assert.equal(read.body.customer.credits, 6);
    assert.deepEqual(
      read.body.ledger.map(({ amount, reason, balanceAfter }) => ({ amount, reason, balanceAfter })),
      [
        { amount: -4, reason: 'correction', balanceAfter: 6 },
        { amount: 10, reason: 'welcome gift', balanceAfter: 10 },
      ],
    );
  });

  it('reads a customer with purchases (package title), upcoming and past bookings, and the ledger', async () => {
    await openExpert(test, 'exp_customers');
    const pkg = await checkoutPackage(test, 'exp_customers', { title: 'Career talk' });
    const signedIn = await signIn(test, 'history@example.com', 'History');
    assert.equal((await move(signedIn.customerId, 24, 'starter')).status, 200);
    for (const start of ['2026-03-05T14:00:00Z', '2026-03-10T09:00:00Z']) {
      const held = await hold(test, pkg, [start]);
      const bought = await purchase(test, { packageId: pkg.id, method: 'credits', holdId: held.id, holdToken: held.token }, { customer: signedIn });
      assert.equal(bought.status, 201, JSON.stringify(bought.body));
    }
    clock.set('2026-03-07T08:00:00Z');
    const read = await detail(signedIn.customerId);
    assert.equal(read.status, 200, JSON.stringify(read.body));
    assert.equal(read.body.customer.email, 'history@example.com');
    assert.equal(read.body.customer.credits, 0);
    assert.equal(read.body.purchases.length, 2);
    assert.ok(read.body.purchases.every((bought) => bought.packageTitle === 'Career talk' && bought.method === 'credits'));
    assert.deepEqual(read.body.upcomingBookings.map((booking) => booking.start), ['2026-03-10T09:00:00Z']);
    assert.deepEqual(read.body.pastBookings.map((booking) => booking.start), ['2026-03-05T14:00:00Z']);
    assert.deepEqual(read.body.ledger.map((entry) => [entry.amount, entry.balanceAfter]), [[-12, 0], [-12, 12], [24, 24]]);
    assert.deepEqual(read.body.couponUses, []);
    assertProblem(await detail('cus_nobody'), 404, 'not_found');
  });
});
