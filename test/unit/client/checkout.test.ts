import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { http, HttpResponse } from 'msw';
import { createClient, isApiError, isResponseValidationError, type ApiError, type ResponseValidationError } from '../../../src/client/index.js';
import { BASE, problem, useServer, record, rejection } from './helpers.js';

const server = useServer();
/** A guest's client: no customer token. */
const guest = createClient({ baseUrl: BASE, publishableKey: 'pk_test_demo', retry: { backoffMs: 1 } });
/** A signed-in customer's client. */
const signedIn = createClient({ baseUrl: BASE, publishableKey: 'pk_test_demo', customerToken: 'ct_customer', retry: { backoffMs: 1 } });

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const CUSTOMER = { id: 'cus_1', email: 'ana@example.com', name: 'Ana', credits: 40 };
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
const BOOKING = {
  id: 'bkg_1',
  purchaseId: 'pur_1',
  expertId: 'exp_1',
  packageId: 'pkg_1',
  start: '2026-10-24T08:00:00Z',
  end: '2026-10-24T08:50:00Z',
};
const receipt = (overrides: Record<string, unknown> = {}) => ({
  ...PURCHASE,
  token: 'prt_secret',
  paymentStatus: 'succeeded',
  bookings: [{ ...BOOKING, joinToken: 'jt_1' }],
  emailSent: true,
  ...overrides,
});
const CREDIT_PACKAGE = { id: 'cpk_b', version: 3, title: '100 credits', credits: 100, price: 9000, currency: 'EUR', country: 'DE', active: true, listingOrder: 1 };
const creditReceipt = (overrides: Record<string, unknown> = {}) => ({
  id: 'cpu_1',
  customerId: 'cus_1',
  creditPackageId: 'cpk_b',
  status: 'paid',
  amount: 9000,
  currency: 'EUR',
  credits: 100,
  provider: 'test',
  createdAt: '2026-10-20T10:00:00Z',
  paymentStatus: 'succeeded',
  balance: 140,
  ...overrides,
});


/** Asserts that the answer at `url` fails the contract check at `path`, with a message matching `message`. */
async function rejectsAnswer(call: () => Promise<unknown>, path: string, message: RegExp): Promise<void> {
  const error = (await rejection(call())) as ResponseValidationError;
  assert.ok(isResponseValidationError(error), `${path}: ${String(error)}`);
  assert.equal(error.issues[0]?.path, path, error.message);
  assert.match(error.issues[0]!.message, message);
}

/** Asserts that each call rejects with the error class and message given, before any request. */
async function rejectsInput(url: string, cases: [() => Promise<unknown>, 'TypeError' | 'RangeError', RegExp][]): Promise<void> {
  const seen = record(server, 'post', url, () => HttpResponse.json({}));
  for (const [call, name, message] of cases) {
    const error = (await rejection(call())) as Error;
    assert.equal(error.name, name, `${String(message)}: ${String(error)}`);
    assert.match(error.message, message);
  }
  assert.equal(seen.length, 0);
}

describe('me', () => {
  it('reads the signed-in customer with the customer token, dropping unknown fields', async () => {
    const seen = record(server, 'get', `${BASE}/v1/me`, () => HttpResponse.json({ ...CUSTOMER, avatar: 'x' }));
    assert.deepEqual(await signedIn.me.get(), CUSTOMER);
    assert.equal(seen[0]!.headers.get('apptkit-customer'), 'ct_customer');
    assert.equal(seen[0]!.headers.get('authorization'), 'Bearer pk_test_demo');
  });

  it('reports a missing token as the server’s 401 problem', async () => {
    const seen = record(server, 'get', `${BASE}/v1/me`, () => problem(401, { code: 'customer_required', detail: 'Sign in first.' }));
    const error = (await rejection(guest.me.get())) as ApiError;
    assert.ok(isApiError(error));
    assert.deepEqual([error.status, error.code, error.message], [401, 'customer_required', 'Sign in first.']);
    assert.equal(seen[0]!.headers.has('apptkit-customer'), false);
  });

  it('retries a GET on a 503', async () => {
    let attempts = 0;
    server.use(http.get(`${BASE}/v1/me`, () => (++attempts === 1 ? problem(503, { code: 'internal' }) : HttpResponse.json(CUSTOMER))));
    assert.deepEqual(await signedIn.me.get(), CUSTOMER);
    assert.equal(attempts, 2);
  });

  it('rejects a customer that breaks the contract', async () => {
    record(server, 'get', `${BASE}/v1/me`, () => HttpResponse.json({ ...CUSTOMER, credits: -1 }));
    await rejectsAnswer(() => signedIn.me.get(), '$.credits', /whole number ≥ 0/);
  });

  it('lists upcoming bookings, purchases with sessions left and past bookings', async () => {
    const later = { ...BOOKING, id: 'bkg_2', start: '2026-10-25T08:00:00Z', end: '2026-10-25T08:50:00Z' };
    const past = { ...BOOKING, id: 'bkg_p', start: '2026-10-02T08:00:00Z', end: '2026-10-02T08:50:00Z', status: 'cancelled', cancelledAt: '2026-10-01T08:00:00Z', cancelledBy: 'customer', sessionReturned: true };
    const body = { bookings: [BOOKING, later], purchases: [PURCHASE], pastBookings: [past] };
    const seen = record(server, 'get', `${BASE}/v1/me/bookings`, () => HttpResponse.json(body));
    assert.deepEqual(await signedIn.me.bookings(), body);
    assert.equal(seen[0]!.headers.get('apptkit-customer'), 'ct_customer');
  });

  it('rejects my bookings out of order, cancelled ones among the upcoming, purchases with nothing left to book, or no history', async () => {
    const earlier = { ...BOOKING, id: 'bkg_0', start: '2026-10-23T08:00:00Z', end: '2026-10-23T08:50:00Z' };
    const none = { pastBookings: [] };
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ bookings: [BOOKING, earlier], purchases: [], ...none }, '$.bookings[1].start', /ascending order/],
      [{ bookings: [{ ...BOOKING, status: 'cancelled' }], purchases: [], ...none }, '$.bookings[0].status', /"booked": cancelled ones are past bookings/],
      [{ bookings: [], purchases: [{ ...PURCHASE, sessionsUsed: 2 }], ...none }, '$.purchases[0].sessionsUsed', /fewer than sessionsTotal \(2\)/],
      [{ bookings: [], purchases: [{ ...PURCHASE, status: 'pending' }], ...none }, '$.purchases[0].status', /"paid"/],
      [{ bookings: [{ ...BOOKING, end: BOOKING.start }], purchases: [], ...none }, '$.bookings[0].end', /after start/],
      [{ bookings: [], ...none }, '$.purchases', /an array/],
      [{ bookings: [], purchases: [] }, '$.pastBookings', /an array \(it is missing\)/],
    ];
    for (const [body, path, message] of cases) {
      record(server, 'get', `${BASE}/v1/me/bookings`, () => HttpResponse.json(body));
      await rejectsAnswer(() => signedIn.me.bookings(), path, message);
    }
  });
});

describe('payments.config', () => {
  it('reads test mode and Stripe with its publishable key', async () => {
    record(server, 'get', `${BASE}/v1/payment-config`, () => HttpResponse.json({ provider: 'test' }));
    assert.deepEqual(await guest.payments.config(), { provider: 'test' });
    record(server, 'get', `${BASE}/v1/payment-config`, () => HttpResponse.json({ provider: 'stripe', publishableKey: 'pk_live_51abc' }));
    assert.deepEqual(await guest.payments.config(), { provider: 'stripe', publishableKey: 'pk_live_51abc' });
  });

  it('rejects a secret key or an unknown provider', async () => {
    record(server, 'get', `${BASE}/v1/payment-config`, () => HttpResponse.json({ provider: 'stripe', publishableKey: 'sk_live_51abc' }));
    await rejectsAnswer(() => guest.payments.config(), '$.publishableKey', /matching \^pk_/);
    record(server, 'get', `${BASE}/v1/payment-config`, () => HttpResponse.json({ provider: 'paypal' }));
    await rejectsAnswer(() => guest.payments.config(), '$.provider', /with provider "test" or "stripe"/);
  });
});

describe('purchases.create', () => {
  const URL = `${BASE}/v1/purchases`;

  it('posts a guest card purchase with a fresh Idempotency-Key and returns the receipt', async () => {
    const seen = record(server, 'post', URL, () => HttpResponse.json(receipt(), { status: 201 }));
    const input = {
      packageId: 'pkg_1',
      method: 'card',
      paymentMethod: 'pm_card_visa',
      holdId: 'hold_1',
      holdToken: 'hold_secret',
      guest: { name: ' Ana Lima ', email: 'ana@example.com', phone: '+4915112345678' },
    } as const;
    assert.deepEqual(await guest.purchases.create(input), receipt());
    await guest.purchases.create(input);
    const [first, second] = seen;
    assert.deepEqual(await first!.json(), { ...input, guest: { ...input.guest, name: 'Ana Lima' } });
    assert.equal(first!.headers.get('content-type'), 'application/json');
    assert.match(first!.headers.get('idempotency-key')!, UUID);
    assert.notEqual(second!.headers.get('idempotency-key'), first!.headers.get('idempotency-key'));
    assert.equal(first!.headers.has('apptkit-customer'), false);
  });

  it('pays with credits as the signed-in customer, with the caller’s Idempotency-Key', async () => {
    const paid = receipt({ method: 'credits', amount: 0, credits: 30, provider: 'credits' });
    const seen = record(server, 'post', URL, () => HttpResponse.json(paid, { status: 201 }));
    const answer = await signedIn.purchases.create({ packageId: 'pkg_1', method: 'credits' }, { idempotencyKey: 'checkout-42' });
    assert.equal(answer.credits, 30);
    assert.deepEqual(await seen[0]!.json(), { packageId: 'pkg_1', method: 'credits' });
    assert.equal(seen[0]!.headers.get('idempotency-key'), 'checkout-42');
    assert.equal(seen[0]!.headers.get('apptkit-customer'), 'ct_customer');
  });

  it('books a package with fee 0 as method free: a guest’s details, no payment method; says whether the e-mail went out', async () => {
    const free = receipt({ method: 'free', amount: 0, credits: null, provider: 'none', emailSent: false });
    const seen = record(server, 'post', URL, () => HttpResponse.json(free, { status: 201 }));
    const input = { packageId: 'pkg_1', method: 'free', guest: { name: 'Ana Lima', email: 'ana@example.com' }, holdId: 'hold_1', holdToken: 'hold_secret' } as const;
    const answer = await guest.purchases.create(input);
    assert.deepEqual([answer.method, answer.amount, answer.credits, answer.emailSent], ['free', 0, null, false]);
    assert.deepEqual(await seen[0]!.json(), input);
  });

  it('refuses a receipt without emailSent rather than guess whether an e-mail went out', async () => {
    const { emailSent: _unsaid, ...silent } = receipt();
    record(server, 'post', URL, () => HttpResponse.json(silent, { status: 201 }));
    await rejectsAnswer(() => guest.purchases.create({ packageId: 'pkg_1', method: 'card', paymentMethod: 'pm_card_visa' }), '$.emailSent', /true or false \(it is missing\)/);
  });

  it('returns a 202 receipt that waits for the customer’s authentication', async () => {
    const pending = receipt({ status: 'pending', paymentStatus: 'requires_action', sessionsUsed: 0, bookings: [], clientSecret: 'pi_1_secret_2' });
    record(server, 'post', URL, () => HttpResponse.json(pending, { status: 202 }));
    const answer = await guest.purchases.create({ packageId: 'pkg_1', method: 'card', paymentMethod: 'pm_card_authentication_required', guest: { name: 'Ana', email: 'ana@example.com' } });
    assert.deepEqual([answer.status, answer.paymentStatus, answer.clientSecret, answer.bookings], ['pending', 'requires_action', 'pi_1_secret_2', []]);
  });

  it('reads the bookingProblem of a paid purchase whose hold expired before the charge completed', async () => {
    const bookingProblem = { code: 'hold_expired', detail: 'Hold hold_1 expired before the payment completed.' };
    record(server, 'post', URL, () => HttpResponse.json(receipt({ sessionsUsed: 0, bookings: [], bookingProblem }), { status: 201 }));
    const input = { packageId: 'pkg_1', method: 'card', paymentMethod: 'pm_card_visa', guest: { name: 'Ana', email: 'ana@example.com' } } as const;
    const answer = await guest.purchases.create(input);
    assert.deepEqual([answer.status, answer.bookingProblem, answer.bookings], ['paid', bookingProblem, []]);
    record(server, 'post', URL, () => HttpResponse.json(receipt({ bookingProblem: { code: 'gone' } }), { status: 201 }));
    await rejectsAnswer(() => guest.purchases.create(input), '$.bookingProblem.code', /one of "hold_expired"/);
  });

  it('is never retried, even on a 503', async () => {
    const seen = record(server, 'post', URL, () => problem(503, { code: 'internal' }));
    const error = (await rejection(signedIn.purchases.create({ packageId: 'pkg_1', method: 'credits' }))) as ApiError;
    assert.equal(error.status, 503);
    assert.equal(seen.length, 1);
  });

  it('gives the balance and price of insufficient_credits', async () => {
    record(server, 'post', URL, () => problem(402, { code: 'insufficient_credits', detail: 'This package costs 30 credits and the balance is 10.', balance: 10, price: 30 }));
    const error = (await rejection(signedIn.purchases.create({ packageId: 'pkg_1', method: 'credits' }))) as ApiError;
    assert.ok(isApiError(error));
    assert.deepEqual([error.status, error.code, error.problem?.balance, error.problem?.price], [402, 'insufficient_credits', 10, 30]);
  });

  it('gives the failed purchase and decline code of payment_declined', async () => {
    record(server, 'post', URL, () => problem(402, { code: 'payment_declined', purchaseId: 'pur_9', declineCode: 'card_declined' }));
    const error = (await rejection(signedIn.purchases.create({ packageId: 'pkg_1', method: 'card', paymentMethod: 'pm_card_declined' }))) as ApiError;
    assert.deepEqual([error.status, error.code, error.problem?.purchaseId, error.problem?.declineCode], [402, 'payment_declined', 'pur_9', 'card_declined']);
  });

  it('rejects bad input before sending anything, naming the field', async () => {
    const card = { packageId: 'pkg_1', method: 'card', paymentMethod: 'pm_card_visa' } as const;
    const as = (input: unknown) => input as Parameters<typeof guest.purchases.create>[0];
    await rejectsInput(URL, [
      [() => guest.purchases.create(as(null)), 'TypeError', /^purchases\.create needs \{ packageId, method/],
      [() => guest.purchases.create({ ...card, packageId: '' }), 'TypeError', /^packageId must be a non-empty string/],
      [() => guest.purchases.create(as({ ...card, method: 'cash' })), 'TypeError', /^method must be "card", "credits" or "free" \(got "cash"\)/],
      [() => guest.purchases.create(as({ packageId: 'pkg_1', method: 'free', paymentMethod: 'pm_card_visa' })), 'TypeError', /^paymentMethod is only for method "card": a package whose fee is 0/],
      [() => guest.purchases.create({ packageId: 'pkg_1', method: 'free', guest: { name: 'Ana', email: 'ana@example' } }), 'TypeError', /^guest\.email must be an e-mail address/],
      [() => guest.purchases.create(as({ packageId: 'pkg_1', method: 'card' })), 'TypeError', /^method "card" needs paymentMethod/],
      [() => guest.purchases.create({ ...card, paymentMethod: 'pm card' }), 'TypeError', /^paymentMethod must be a non-empty string of visible ASCII/],
      [() => guest.purchases.create(as({ packageId: 'pkg_1', method: 'credits', paymentMethod: 'pm_card_visa' })), 'TypeError', /^paymentMethod is only for method "card"/],
      [() => guest.purchases.create(as({ packageId: 'pkg_1', method: 'credits', guest: { name: 'Ana', email: 'ana@example.com' } })), 'TypeError', /^guest is only for method "card"/],
      [() => guest.purchases.create({ ...card, holdId: 'hold_1' }), 'TypeError', /^holdId and holdToken go together.*got only holdId/],
      [() => guest.purchases.create({ ...card, holdToken: 'x' }), 'TypeError', /got only holdToken/],
      [() => guest.purchases.create({ ...card, guest: { name: '  ', email: 'ana@example.com' } }), 'TypeError', /^guest\.name must be a non-empty string/],
      [() => guest.purchases.create({ ...card, guest: { name: 'A'.repeat(121), email: 'ana@example.com' } }), 'RangeError', /^guest\.name must be at most 120 characters \(got 121\)/],
      [() => guest.purchases.create({ ...card, guest: { name: 'Ana', email: 'ana@example' } }), 'TypeError', /^guest\.email must be an e-mail address/],
      [() => guest.purchases.create({ ...card, guest: { name: 'Ana', email: `${'a'.repeat(250)}@example.com` } }), 'RangeError', /^guest\.email must be at most 254 characters/],
      [() => guest.purchases.create({ ...card, guest: { name: 'Ana', email: 'ana@example.com', phone: '015112345678' } }), 'TypeError', /^guest\.phone must be an E\.164 number/],
      [() => guest.purchases.create(as({ ...card, guest: 'Ana' })), 'TypeError', /^guest must be an object/],
      [() => guest.purchases.create(card, { idempotencyKey: 'has space' }), 'TypeError', /^idempotencyKey must be 1–255 visible ASCII/],
      [() => guest.purchases.create(card, { idempotencyKey: 'k'.repeat(256) }), 'TypeError', /^idempotencyKey/],
    ]);
  });

  it('rejects a receipt that breaks the contract or is not of this purchase', async () => {
    const input = { packageId: 'pkg_1', method: 'card', paymentMethod: 'pm_card_visa' } as const;
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [receipt({ packageId: 'pkg_2' }), '$.packageId', /"pkg_1" as asked for/],
      [receipt({ method: 'credits', credits: 10 }), '$.method', /"card" as asked for/],
      [receipt({ credits: 10 }), '$.credits', /null for a card purchase/],
      [receipt({ status: 'pending' }), '$.status', /"paid" with paymentStatus "succeeded"/],
      [receipt({ paymentStatus: 'done' }), '$.paymentStatus', /one of "succeeded", "requires_action"/],
      [receipt({ bookings: [{ ...BOOKING, purchaseId: 'pur_2' }] }), '$.bookings[0].purchaseId', /"pur_1" as asked for/],
      [receipt({ bookings: [{ ...BOOKING, packageId: 'pkg_2' }] }), '$.bookings[0].packageId', /"pkg_1" as asked for/],
      [receipt({ bookings: [BOOKING, { ...BOOKING, id: 'bkg_2' }] }), '$.bookings', /at most sessionsUsed \(1\) bookings \(got 2\)/],
      [receipt({ status: 'pending', paymentStatus: 'requires_action' }), '$.bookings', /none while the payment waits/],
      [receipt({ sessionsUsed: 3 }), '$.sessionsUsed', /whole number from 0 to 2/],
      [receipt({ currency: 'EURO' }), '$.currency', /ISO 4217/],
      [receipt({ createdAt: '2026-10-20T12:00:00+02:00' }), '$.createdAt', /UTC instant/],
      [receipt({ token: '' }), '$.token', /non-empty string/],
      [receipt({ emailSent: 'yes' }), '$.emailSent', /true or false/],
    ];
    for (const [body, path, message] of cases) {
      record(server, 'post', URL, () => HttpResponse.json(body, { status: 201 }));
      await rejectsAnswer(() => guest.purchases.create({ ...input, guest: { name: 'Ana', email: 'ana@example.com' } }), path, message);
    }
  });
});

describe('purchases.confirm', () => {
  const URL = `${BASE}/v1/purchases/pur_1/confirm`;

  it('posts the purchase token and returns the paid receipt', async () => {
    const { token: _shownOnlyOnCreate, ...confirmed } = receipt();
    const seen = record(server, 'post', URL, () => HttpResponse.json(confirmed));
    assert.deepEqual(await guest.purchases.confirm('pur_1', { purchaseToken: 'prt_secret' }), confirmed);
    assert.deepEqual(await seen[0]!.json(), { purchaseToken: 'prt_secret' });
    assert.equal(seen[0]!.headers.has('idempotency-key'), false);
  });

  it('sends an empty object for a signed-in customer, with the customer token', async () => {
    const seen = record(server, 'post', URL, () => HttpResponse.json(receipt()));
    await signedIn.purchases.confirm('pur_1');
    assert.deepEqual(await seen[0]!.json(), {});
    assert.equal(seen[0]!.headers.get('apptkit-customer'), 'ct_customer');
  });

  it('rejects the receipt of another purchase', async () => {
    record(server, 'post', URL, () => HttpResponse.json(receipt({ id: 'pur_2' })));
    await rejectsAnswer(() => signedIn.purchases.confirm('pur_1'), '$.id', /"pur_1" as asked for/);
  });

  it('rejects bad input before sending anything', async () => {
    await rejectsInput(URL, [
      [() => guest.purchases.confirm(''), 'TypeError', /^purchaseId must be a non-empty string/],
      [() => guest.purchases.confirm('pur_1', { purchaseToken: 'a b' }), 'TypeError', /^purchaseToken must be a non-empty string/],
      [() => guest.purchases.confirm('pur_1', 'prt' as never), 'TypeError', /^purchases\.confirm takes an optional proof/],
    ]);
  });
});

describe('bookings.create', () => {
  const URL = `${BASE}/v1/bookings`;
  const START_B = '2026-10-25T08:00:00Z';
  const BOOKING_B = { ...BOOKING, id: 'bkg_2', start: START_B, end: '2026-10-25T08:50:00Z' };
  const result = (overrides: Record<string, unknown> = {}) => ({
    purchase: { ...PURCHASE, sessionsUsed: 2 },
    bookings: [BOOKING, BOOKING_B],
    emailSent: true,
    ...overrides,
  });

  it('books offered starts with the purchase token and an Idempotency-Key', async () => {
    const seen = record(server, 'post', URL, () => HttpResponse.json(result(), { status: 201 }));
    const input = { purchaseId: 'pur_1', purchaseToken: 'prt_secret', starts: [START_B, BOOKING.start] };
    assert.deepEqual(await guest.bookings.create(input), result());
    assert.deepEqual(await seen[0]!.json(), input);
    assert.match(seen[0]!.headers.get('idempotency-key')!, UUID);
  });

  it('books a hold as the signed-in customer', async () => {
    const seen = record(server, 'post', URL, () => HttpResponse.json(result(), { status: 201 }));
    await signedIn.bookings.create({ purchaseId: 'pur_1', holdId: 'hold_1', holdToken: 'hold_secret' }, { idempotencyKey: 'book-1' });
    assert.deepEqual(await seen[0]!.json(), { purchaseId: 'pur_1', holdId: 'hold_1', holdToken: 'hold_secret' });
    assert.equal(seen[0]!.headers.get('idempotency-key'), 'book-1');
    assert.equal(seen[0]!.headers.get('apptkit-customer'), 'ct_customer');
  });

  it('is never retried', async () => {
    const seen = record(server, 'post', URL, () => problem(500, { code: 'internal' }));
    assert.ok(isApiError(await rejection(signedIn.bookings.create({ purchaseId: 'pur_1', starts: [START_B] }))));
    assert.equal(seen.length, 1);
  });

  it('reports a slot taken meanwhile as the server’s 409 problem', async () => {
    const errors = [{ field: 'starts[0]', code: 'slot_taken', message: 'starts[0] is already booked.' }];
    record(server, 'post', URL, () => problem(409, { code: 'slot_taken', errors }));
    const error = (await rejection(signedIn.bookings.create({ purchaseId: 'pur_1', starts: [START_B] }))) as ApiError;
    assert.deepEqual([error.status, error.code, error.fieldErrors], [409, 'slot_taken', errors]);
  });

  it('rejects an answer that is not of this purchase or not the starts asked for', async () => {
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [result({ purchase: { ...PURCHASE, id: 'pur_2', sessionsUsed: 2 } }), '$.purchase.id', /"pur_1" as asked for/],
      [result({ purchase: { ...PURCHASE, status: 'pending', sessionsUsed: 2 } }), '$.purchase.status', /"paid"/],
      [result({ bookings: [BOOKING, { ...BOOKING_B, expertId: 'exp_2' }] }), '$.bookings[1].expertId', /"exp_1" as asked for/],
      [result({ bookings: [BOOKING, { ...BOOKING_B, start: '2026-10-26T08:00:00Z', end: '2026-10-26T08:50:00Z' }] }), '$.bookings', /none at 2026-10-25T08:00:00Z/],
      [result({ bookings: [BOOKING_B] }), '$.bookings', /bookings of the 2 starts asked for \(got 1 bookings/],
      [result({ purchase: PURCHASE }), '$.bookings', /at most sessionsUsed \(1\)/],
      [result({ bookings: [] }), '$.bookings', /at least one booking/],
    ];
    for (const [body, path, message] of cases) {
      record(server, 'post', URL, () => HttpResponse.json(body, { status: 201 }));
      await rejectsAnswer(() => signedIn.bookings.create({ purchaseId: 'pur_1', starts: [BOOKING.start, START_B] }), path, message);
    }
  });

  it('rejects bad input before sending anything, naming the field', async () => {
    const starts = Array.from({ length: 101 }, (_, i) => new Date(Date.UTC(2026, 10, 1, 0, i)).toISOString());
    await rejectsInput(URL, [
      [() => guest.bookings.create(null as never), 'TypeError', /^bookings\.create needs \{ purchaseId/],
      [() => guest.bookings.create({ purchaseId: '' , starts: [START_B] }), 'TypeError', /^purchaseId must be a non-empty string/],
      [() => guest.bookings.create({ purchaseId: 'pur_1' }), 'TypeError', /needs holdId and holdToken \(a live hold\) or starts/],
      [() => guest.bookings.create({ purchaseId: 'pur_1', holdId: 'h', holdToken: 't', starts: [START_B] }), 'TypeError', /holdId and holdToken or starts, not both/],
      [() => guest.bookings.create({ purchaseId: 'pur_1', holdId: 'h' }), 'TypeError', /^holdId and holdToken go together/],
      [() => guest.bookings.create({ purchaseId: 'pur_1', starts: [] }), 'TypeError', /^starts must be a non-empty array/],
      [() => guest.bookings.create({ purchaseId: 'pur_1', starts: ['2026-10-25T10:00:00+02:00'] }), 'TypeError', /^starts\[0\] must be a slot start as slots\.list gave it/],
      [() => guest.bookings.create({ purchaseId: 'pur_1', starts: [START_B, START_B] }), 'RangeError', /^starts\[1\] repeats starts\[0\]/],
      [() => guest.bookings.create({ purchaseId: 'pur_1', starts }), 'RangeError', /^starts may hold at most 100 slot starts \(got 101\)/],
      [() => guest.bookings.create({ purchaseId: 'pur_1', purchaseToken: '', starts: [START_B] }), 'TypeError', /^purchaseToken must be a non-empty string/],
      [() => guest.bookings.create({ purchaseId: 'pur_1', starts: [START_B] }, { idempotencyKey: '' }), 'TypeError', /^idempotencyKey/],
    ]);
  });
});

describe('creditPackages', () => {
  const LIST = `${BASE}/v1/credit-packages`;
  const CAMPAIGN = { id: 'cmp_spring', title: 'Spring sale', endsAt: '2026-10-31T22:59:59Z' };

  it('lists offers with the filters, in listingOrder then id, as the spec’s CreditOffer', async () => {
    const a = { ...CREDIT_PACKAGE, id: 'cpk_a', listingOrder: 1 };
    const c = { ...CREDIT_PACKAGE, id: 'cpk_c', listingOrder: 0 };
    const seen = record(server, 'get', LIST, () => HttpResponse.json({ data: [CREDIT_PACKAGE, a, c] }));
    const list = await guest.creditPackages.list({ country: 'DE', currency: 'EUR' });
    assert.deepEqual(list, [c, a, CREDIT_PACKAGE]);
    assert.equal(new URL(seen[0]!.url).search, '?country=DE&currency=EUR');
    await guest.creditPackages.list();
    assert.equal(new URL(seen[1]!.url).search, '');
  });

  it('keeps the campaign price and the campaign of an offer a running campaign lowers', async () => {
    const discounted = { ...CREDIT_PACKAGE, campaignPrice: 8100, campaign: CAMPAIGN };
    record(server, 'get', LIST, () => HttpResponse.json({ data: [discounted] }));
    const [offer] = await guest.creditPackages.list();
    assert.deepEqual([offer?.price, offer?.campaignPrice, offer?.campaign], [9000, 8100, CAMPAIGN]);
  });

  it('rejects a campaign price that is not below the price, or a broken campaign', async () => {
    record(server, 'get', LIST, () => HttpResponse.json({ data: [{ ...CREDIT_PACKAGE, campaignPrice: 9000, campaign: CAMPAIGN }] }));
    await rejectsAnswer(() => guest.creditPackages.list(), '$.data[0].campaignPrice', /less than price \(9000\) \(got 9000\)/);
    record(server, 'get', LIST, () => HttpResponse.json({ data: [{ ...CREDIT_PACKAGE, campaignPrice: 12000, campaign: CAMPAIGN }] }));
    await rejectsAnswer(() => guest.creditPackages.list(), '$.data[0].campaignPrice', /less than price \(9000\)/);
    record(server, 'get', LIST, () => HttpResponse.json({ data: [{ ...CREDIT_PACKAGE, campaignPrice: -1, campaign: CAMPAIGN }] }));
    await rejectsAnswer(() => guest.creditPackages.list(), '$.data[0].campaignPrice', /whole number ≥ 0/);
    record(server, 'get', LIST, () => HttpResponse.json({ data: [{ ...CREDIT_PACKAGE, campaignPrice: 8100, campaign: { ...CAMPAIGN, endsAt: 'soon' } }] }));
    await rejectsAnswer(() => guest.creditPackages.list(), '$.data[0].campaign.endsAt', /UTC instant ending in "Z"/);
  });

  it('rejects offers of another market than filtered, or broken ones', async () => {
    record(server, 'get', LIST, () => HttpResponse.json({ data: [{ ...CREDIT_PACKAGE, currency: 'USD' }] }));
    await rejectsAnswer(() => guest.creditPackages.list({ currency: 'EUR' }), '$.data[0].currency', /"EUR" as filtered/);
    record(server, 'get', LIST, () => HttpResponse.json({ data: [{ ...CREDIT_PACKAGE, credits: 0 }] }));
    await rejectsAnswer(() => guest.creditPackages.list(), '$.data[0].credits', /whole number ≥ 1/);
    record(server, 'get', LIST, () => HttpResponse.json({ data: [{ ...CREDIT_PACKAGE, country: 'de' }] }));
    await rejectsAnswer(() => guest.creditPackages.list(), '$.data[0].country', /ISO 3166-1 alpha-2/);
  });

  it('rejects bad filters before sending anything', async () => {
    await assert.rejects(guest.creditPackages.list({ country: 'Germany' }), { name: 'RangeError', message: /^country must be an uppercase ISO code/ });
    await assert.rejects(guest.creditPackages.list({ currency: 'eur' }), { name: 'RangeError', message: /^currency must be an uppercase ISO code/ });
    await assert.rejects(guest.creditPackages.list('EUR' as never), { name: 'TypeError', message: /^creditPackages\.list takes an optional query/ });
  });

  it('gives the amount charged and the campaign of a purchase at the campaign price', async () => {
    record(server, 'post', `${BASE}/v1/credit-purchases`, () => HttpResponse.json(creditReceipt({ amount: 8100, campaignId: 'cmp_spring' }), { status: 201 }));
    const answer = await signedIn.creditPackages.purchase({ creditPackageId: 'cpk_b', paymentMethod: 'pm_card_visa' });
    assert.deepEqual([answer.amount, answer.campaignId], [8100, 'cmp_spring']);
  });

  it('buys credits by card as the signed-in customer, with an Idempotency-Key', async () => {
    const seen = record(server, 'post', `${BASE}/v1/credit-purchases`, () => HttpResponse.json(creditReceipt(), { status: 201 }));
    assert.deepEqual(await signedIn.creditPackages.purchase({ creditPackageId: 'cpk_b', paymentMethod: 'pm_card_visa' }), creditReceipt());
    assert.deepEqual(await seen[0]!.json(), { creditPackageId: 'cpk_b', paymentMethod: 'pm_card_visa' });
    assert.match(seen[0]!.headers.get('idempotency-key')!, UUID);
    assert.equal(seen[0]!.headers.get('apptkit-customer'), 'ct_customer');
  });

  it('returns a pending credit purchase, then confirms it', async () => {
    const pending = creditReceipt({ status: 'pending', paymentStatus: 'requires_action', balance: 40, clientSecret: 'pi_2_secret' });
    record(server, 'post', `${BASE}/v1/credit-purchases`, () => HttpResponse.json(pending, { status: 202 }));
    const answer = await signedIn.creditPackages.purchase({ creditPackageId: 'cpk_b', paymentMethod: 'pm_card_authentication_required' });
    assert.deepEqual([answer.paymentStatus, answer.clientSecret], ['requires_action', 'pi_2_secret']);

    const seen = record(server, 'post', `${BASE}/v1/credit-purchases/cpu_1/confirm`, () => HttpResponse.json(creditReceipt()));
    assert.equal((await signedIn.creditPackages.confirm('cpu_1')).balance, 140);
    assert.equal(seen[0]!.headers.get('apptkit-customer'), 'ct_customer');
  });

  it('is never retried', async () => {
    const seen = record(server, 'post', `${BASE}/v1/credit-purchases`, () => problem(502, { code: 'internal' }));
    assert.ok(isApiError(await rejection(signedIn.creditPackages.purchase({ creditPackageId: 'cpk_b', paymentMethod: 'pm_card_visa' }))));
    assert.equal(seen.length, 1);
  });

  it('rejects a receipt of another package or purchase, or whose status disagrees', async () => {
    record(server, 'post', `${BASE}/v1/credit-purchases`, () => HttpResponse.json(creditReceipt({ creditPackageId: 'cpk_x' }), { status: 201 }));
    await rejectsAnswer(() => signedIn.creditPackages.purchase({ creditPackageId: 'cpk_b', paymentMethod: 'pm_card_visa' }), '$.creditPackageId', /"cpk_b" as asked for/);
    record(server, 'post', `${BASE}/v1/credit-purchases/cpu_1/confirm`, () => HttpResponse.json(creditReceipt({ id: 'cpu_2' })));
    await rejectsAnswer(() => signedIn.creditPackages.confirm('cpu_1'), '$.id', /"cpu_1" as asked for/);
    record(server, 'post', `${BASE}/v1/credit-purchases/cpu_1/confirm`, () => HttpResponse.json(creditReceipt({ status: 'failed' })));
    await rejectsAnswer(() => signedIn.creditPackages.confirm('cpu_1'), '$.status', /"paid" with paymentStatus "succeeded"/);
  });

  it('rejects bad input before sending anything', async () => {
    await rejectsInput(`${BASE}/v1/credit-purchases`, [
      [() => signedIn.creditPackages.purchase({ creditPackageId: '', paymentMethod: 'pm_card_visa' }), 'TypeError', /^creditPackageId must be a non-empty string/],
      [() => signedIn.creditPackages.purchase({ creditPackageId: 'cpk_b' } as never), 'TypeError', /^creditPackages.purchase needs paymentMethod unless a couponCode takes the whole price/],
      [() => signedIn.creditPackages.purchase(undefined as never), 'TypeError', /^creditPackages\.purchase needs \{ creditPackageId, paymentMethod \}/],
      [() => signedIn.creditPackages.confirm(' '), 'TypeError', /^purchaseId must be a non-empty string/],
    ]);
  });
});

describe('signIn', () => {
  const SESSION = { token: 'ctk_new', expiresAt: '2026-10-20T11:00:00Z', customer: CUSTOMER };

  it('asks for a code without the customer token, even when the client has one', async () => {
    const seen = record(server, 'post', `${BASE}/v1/sign-in/codes`, () => HttpResponse.json({ expiresAt: '2026-10-20T10:15:00Z' }, { status: 202 }));
    assert.deepEqual(await signedIn.signIn.requestCode({ email: ' ana@example.com ', name: 'Ana' }), { expiresAt: '2026-10-20T10:15:00Z' });
    assert.deepEqual(await seen[0]!.json(), { email: 'ana@example.com', name: 'Ana' });
    assert.equal(seen[0]!.headers.has('apptkit-customer'), false);
    assert.equal(seen[0]!.headers.get('authorization'), 'Bearer pk_test_demo');
  });

  it('trades the code for a customer session, without the customer token', async () => {
    const seen = record(server, 'post', `${BASE}/v1/sign-in/tokens`, () => HttpResponse.json(SESSION, { status: 201 }));
    assert.deepEqual(await signedIn.signIn.verify({ email: 'Ana@Example.com', code: '042917' }), SESSION);
    assert.deepEqual(await seen[0]!.json(), { email: 'Ana@Example.com', code: '042917' });
    assert.equal(seen[0]!.headers.has('apptkit-customer'), false);
  });

  it('reports a wrong code as the server’s field error', async () => {
    const errors = [{ field: 'code', code: 'invalid_code', message: 'The code is wrong or expired.' }];
    record(server, 'post', `${BASE}/v1/sign-in/tokens`, () => problem(422, { code: 'validation_failed', errors }));
    const error = (await rejection(guest.signIn.verify({ email: 'ana@example.com', code: '000000' }))) as ApiError;
    assert.deepEqual([error.status, error.fieldErrors], [422, errors]);
  });

  it('rejects a session of another customer, or without a token', async () => {
    record(server, 'post', `${BASE}/v1/sign-in/tokens`, () => HttpResponse.json({ ...SESSION, customer: { ...CUSTOMER, email: 'eve@example.com' } }, { status: 201 }));
    await rejectsAnswer(() => guest.signIn.verify({ email: 'ana@example.com', code: '042917' }), '$.customer.email', /the address that signed in/);
    record(server, 'post', `${BASE}/v1/sign-in/tokens`, () => HttpResponse.json({ ...SESSION, token: '' }, { status: 201 }));
    await rejectsAnswer(() => guest.signIn.verify({ email: 'ana@example.com', code: '042917' }), '$.token', /non-empty string/);
    record(server, 'post', `${BASE}/v1/sign-in/codes`, () => HttpResponse.json({}, { status: 202 }));
    await rejectsAnswer(() => guest.signIn.requestCode({ email: 'ana@example.com' }), '$.expiresAt', /UTC instant/);
  });

  it('rejects bad input before sending anything, naming the field', async () => {
    await rejectsInput(`${BASE}/v1/sign-in/codes`, [
      [() => guest.signIn.requestCode({ email: 'ana' }), 'TypeError', /^email must be an e-mail address such as "ana@example\.com" \(got "ana"\)/],
      [() => guest.signIn.requestCode({ email: 'ana@example.com', name: '' }), 'TypeError', /^name must be a non-empty string/],
      [() => guest.signIn.requestCode({ email: 'ana@example.com', name: 'x'.repeat(121) }), 'RangeError', /^name must be at most 120 characters/],
      [() => guest.signIn.requestCode(null as never), 'TypeError', /^signIn\.requestCode needs \{ email, name\? \}/],
    ]);
    await rejectsInput(`${BASE}/v1/sign-in/tokens`, [
      [() => guest.signIn.verify({ email: 'ana@example.com', code: '12345' }), 'TypeError', /^code must be the 6 digits of the sign-in e-mail/],
      [() => guest.signIn.verify({ email: 'ana@example.com', code: 'abcdef' }), 'TypeError', /^code must be the 6 digits/],
      [() => guest.signIn.verify({ email: 'ana @example.com', code: '123456' }), 'TypeError', /^email must be an e-mail address/],
    ]);
  });
});

describe('the checkout part', () => {
  it('is a frozen part of the frozen client', () => {
    assert.ok(Object.isFrozen(guest));
    for (const group of [guest.me, guest.payments, guest.purchases, guest.bookings, guest.creditPackages, guest.signIn]) {
      assert.ok(Object.isFrozen(group));
    }
  });
});
