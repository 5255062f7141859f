import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fieldErrorsOf, isApiError, isResponseValidationError, isValidationError } from '../../src/admin/index.js';
import { recordingFetch, useApi } from './helpers.js';

const api = useApi();

/** Asserts that `promise` rejects with an `ApiError` of `status` and `code`, and returns it. */
async function rejectsWith(promise: Promise<unknown>, status: number, code: string) {
  const error = await promise.then(
    () => assert.fail(`expected ${status} ${code}`),
    (caught: unknown) => caught,
  );
  assert.ok(isApiError(error), String(error));
  assert.equal(error.status, status);
  assert.equal(error.code, code);
  return error;
}

describe('admin.customers', () => {
  it('creates a customer with an Idempotency-Key and refuses a taken e-mail naming the customer', async () => {
    const { fetch, requests } = recordingFetch();
    const admin = api.admin(fetch);
    const created = await admin.customers.create({ name: ' Bea Sol ', email: 'bea.sol@example.com', phone: '+905321234567', country: 'TR', locale: 'tr-TR' });
    assert.equal(created.name, 'Bea Sol');
    assert.equal(created.locale, 'tr');
    assert.equal(created.country, 'TR');
    assert.ok(requests[0]?.headers.get('idempotency-key'));
    const taken = await rejectsWith(admin.customers.create({ name: 'Other', email: 'BEA.SOL@example.com' }), 409, 'customer_exists');
    assert.equal(taken.problem?.customerId, created.id);
  });

  it('checks the input before sending, naming every bad field', async () => {
    const { fetch, requests } = recordingFetch();
    const admin = api.admin(fetch);
    const error = await admin.customers.create({ name: ' ', email: 'nope', phone: '123', country: 'ZZ', locale: '!!' }).catch((caught: unknown) => caught);
    assert.ok(isValidationError(error));
    assert.deepEqual(fieldErrorsOf(error).map((fieldError) => fieldError.field).sort(), ['country', 'email', 'locale', 'name', 'phone']);
    const list = await admin.customers.list({ limit: 0, cursor: 'a b' }).catch((caught: unknown) => caught);
    assert.deepEqual(fieldErrorsOf(list).map((fieldError) => fieldError.field), ['limit', 'cursor']);
    const deduction = await admin.customers.deductCredits('cus_x', { amount: -3, reason: '' }).catch((caught: unknown) => caught);
    assert.deepEqual(fieldErrorsOf(deduction).map((fieldError) => fieldError.field), ['amount', 'reason']);
    assert.equal(requests.length, 0);
  });

  it('lists with a search across pages, and reads a customer with the ledger after grants and deductions', async () => {
    const admin = api.admin();
    const made = [];
    for (const n of [1, 2, 3]) made.push(await admin.customers.create({ name: `Sdk Lister ${n}`, email: `sdk.lister${n}@example.com` }));
    const first = await admin.customers.list({ q: 'SDK LISTER', limit: 2 });
    assert.deepEqual(first.data.map((customer) => customer.id), [made[2]?.id, made[1]?.id]);
    assert.ok(first.nextCursor);
    const second = await admin.customers.list({ q: 'sdk lister', limit: 2, cursor: first.nextCursor });
    assert.deepEqual(second.data.map((customer) => customer.id), [made[0]?.id]);
    assert.equal(second.nextCursor, null);

    const id = made[0]?.id ?? '';
    assert.deepEqual(await admin.customers.grantCredits(id, { amount: 5, reason: 'welcome' }), { customerId: id, credits: 5 });
    assert.deepEqual(await admin.customers.deductCredits(id, { amount: 2, reason: 'fix' }), { customerId: id, credits: 3 });
    const short = await rejectsWith(admin.customers.deductCredits(id, { amount: 4, reason: 'too much' }), 409, 'insufficient_credits');
    assert.equal(short.problem?.balance, 3);
    const read = await admin.customers.get(id);
    assert.equal(read.customer.credits, 3);
    assert.deepEqual(read.ledger.map((entry) => [entry.amount, entry.reason, entry.balanceAfter]), [[-2, 'fix', 3], [5, 'welcome', 5]]);
    assert.deepEqual([read.purchases, read.upcomingBookings, read.pastBookings], [[], [], []]);
    await rejectsWith(admin.customers.get('cus_nobody'), 404, 'not_found');
  });

  it('refuses an answer about another customer than the one asked for', async () => {
    const admin = api.admin();
    const real = await admin.customers.create({ name: 'Real', email: 'real.one@example.com' });
    const swapping: typeof globalThis.fetch = (input, init) => {
      const request = new Request(input, init);
      return fetch(new Request(request.url.replace(/cus_nobody$/, real.id), request));
    };
    const error = await api.admin(swapping).customers.get('cus_nobody').catch((caught: unknown) => caught);
    assert.ok(isResponseValidationError(error), String(error));
  });
});
