import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { AppointmentPackage } from '../../src/core/index.js';
import { createAdminClient } from '../../src/admin/index.js';
import { testPaymentProvider, type PaymentProvider, type RefundResult } from '../../demo/server/payments/provider.js';
import { stripePaymentProvider } from '../../demo/server/payments/stripe.js';
import { bookSession, join } from './call-fixtures.js';
import { book, checkoutPackage, grant, newKey, offeredOn, openExpert, purchase, signIn, type Purchase, type Receipt } from './checkout-fixtures.js';
import { ADMIN_KEY, assertProblem, createPackage, startTestServer, testClock, type Problem, type TestServer } from './harness.js';
import { outbox } from './mail-fixtures.js';

const T0 = '2026-03-02T06:00:00Z'; // a Monday
const EXPERT = 'exp_refund_tests';
/** An odd price: a third of it is 4000.33…, two thirds 8000.66… */
const FEE = 12001;

interface Booking {
  id: string;
  purchaseId: string;
  start: string;
  end: string;
  status: 'booked' | 'cancelled';
  cancelledBy?: 'customer' | 'business';
  sessionReturned?: boolean;
  noShowAt?: string;
  joinToken?: string;
}

type RefundedPurchase = Purchase & { status: Purchase['status'] | 'refunded'; sessionsRefunded: number };

interface Refund {
  id: string;
  purchaseId: string;
  scope: 'full' | 'unused_sessions';
  status: string;
  amount: number;
  currency: string;
  credits: number | null;
  sessions: number;
  cancelledBookingIds: string[];
  provider: string;
  providerRefundId: string | null;
  reason: string | null;
  createdAt: string;
}

interface RefundAnswer {
  refund: Refund;
  purchase: RefundedPurchase;
}

interface SaleRow {
  id: string;
  kind: string;
  purchaseId: string;
  createdAt: string;
  customerEmail: string;
  packageTitle: string | null;
  method: string;
  provider: string;
  amount: number;
  currency: string;
  credits: number | null;
  status: string;
}

/**
 * The offline test provider, recording each refund it was asked for; `failNextRefund` fails the
 * next like a network, `refuseNextRefund` has the provider refuse it.
 */
function recordingProvider() {
  const inner = testPaymentProvider();
  const refunds: { paymentId: string; amount: number; key: string; result: RefundResult }[] = [];
  let next: 'fail' | 'refuse' | null = null;
  const provider: PaymentProvider = {
    ...inner,
    async refund(paymentId, amount, key) {
      const trouble = next;
      next = null;
      if (trouble === 'fail') throw new Error('connect ECONNRESET (simulated network failure)');
      const result: RefundResult = trouble === 'refuse' ? { provider: 'test', refundId: 're_test_refused', status: 'failed', failureCode: 'charge_disputed' } : await inner.refund(paymentId, amount, key);
      refunds.push({ paymentId, amount, key, result });
      return result;
    },
  };
  return { provider, refunds, failNextRefund: () => (next = 'fail'), refuseNextRefund: () => (next = 'refuse') };
}

describe('refunds and no-shows', () => {
  let test: TestServer;
  let pkg: AppointmentPackage;
  const clock = testClock(T0);
  const payments = recordingProvider();
  let guests = 0;

  const refund = (purchaseId: string, body: unknown, key: string | null = newKey('refund')) =>
    test.call<RefundAnswer>(`/v1/admin/purchases/${purchaseId}/refunds`, { method: 'POST', body, headers: key === null ? {} : { 'idempotency-key': key } });
  const noShow = (bookingId: string, key = newKey('no-show')) =>
    test.call<Booking>(`/v1/admin/bookings/${bookingId}/no-show`, { method: 'POST', headers: { 'idempotency-key': key } });
  const bookingOf = async (id: string, joinToken: string) =>
    (await test.call<{ booking: Booking }>(`/v1/bookings/${id}`, { headers: { 'apptkit-join': joinToken } })).body.booking;

  /** A new guest who buys `of` by card (in German, in Berlin) and books `starts`; the bookings carry their join tokens. */
  async function guestWith(starts: string[], of: AppointmentPackage = pkg): Promise<{ email: string; receipt: Receipt; bookings: Booking[] }> {
    const email = `refund.guest${++guests}@example.com`;
    const bought = await purchase(test, { packageId: of.id, method: 'card', paymentMethod: 'pm_card_visa', guest: { name: `Gast ${guests}`, email }, locale: 'de-DE', timeZone: 'Europe/Berlin' });
    assert.equal(bought.status, 201, JSON.stringify(bought.body));
    if (starts.length === 0) return { email, receipt: bought.body, bookings: [] };
    const booked = await book<{ bookings: Booking[] }>(test, { purchaseId: bought.body.id, purchaseToken: bought.body.token, starts });
    assert.equal(booked.status, 201, JSON.stringify(booked.body));
    return { email, receipt: bought.body, bookings: booked.body.bookings };
  }

  before(async () => {
    test = await startTestServer({ clock: clock.clock, paymentProvider: payments.provider, joinPageUrl: 'https://shop.example/call' });
    await openExpert(test, EXPERT);
    pkg = await checkoutPackage(test, EXPERT, { title: 'Refund coaching', fee: FEE, credits: 12 });
  });
  after(() => test.close());

  it('refunds the unused session of a partly used package, a third of an odd amount rounded half up, then its upcoming one', async () => {
    clock.set(T0);
    const { email, receipt, bookings } = await guestWith(['2026-03-03T10:00:00Z', '2026-03-07T10:00:00Z']);
    const upcoming = bookings[1] as Booking;
    clock.set('2026-03-04T06:00:00Z'); // the first session is past (used), the second upcoming, the third never booked

    const first = await refund(receipt.id, { scope: 'unused_sessions', reason: '  Umzug ins Ausland  ' });
    assert.equal(first.status, 201, JSON.stringify(first.body));
    const { refund: one, purchase: after } = first.body;
    assert.match(one.id, /^rfd_/);
    assert.deepEqual(
      { ...one, id: undefined, providerRefundId: undefined },
      { id: undefined, purchaseId: receipt.id, scope: 'unused_sessions', status: 'succeeded', amount: 4000, currency: 'EUR', credits: null, sessions: 1, cancelledBookingIds: [], provider: 'test', providerRefundId: undefined, reason: 'Umzug ins Ausland', createdAt: '2026-03-04T06:00:00Z' },
    );
    assert.match(one.providerRefundId ?? '', /^re_test_/);
    assert.deepEqual([after.status, after.sessionsUsed, after.sessionsRefunded], ['paid', 2, 1]);
    assert.equal((await bookingOf(upcoming.id, upcoming.joinToken as string)).status, 'booked', 'without cancelUpcoming the upcoming booking stays');

    // Nothing more can be booked, and nothing more is unused.
    const more = await book(test, { purchaseId: receipt.id, purchaseToken: receipt.token, starts: ['2026-03-09T10:00:00Z'] });
    assert.equal(assertProblem(more, 422, 'validation_failed').errors?.[0]?.code, 'too_many_sessions');
    assertProblem(await refund(receipt.id, { scope: 'unused_sessions' }), 409, 'nothing_to_refund');

    // With cancelUpcoming the upcoming session goes too: the refunds add up to two thirds, 8001.
    const second = await refund(receipt.id, { scope: 'unused_sessions', cancelUpcoming: true });
    assert.equal(second.status, 201, JSON.stringify(second.body));
    assert.deepEqual([second.body.refund.amount, second.body.refund.sessions, second.body.refund.cancelledBookingIds], [4001, 1, [upcoming.id]]);
    assert.deepEqual([second.body.purchase.sessionsUsed, second.body.purchase.sessionsRefunded], [1, 2]);
    const cancelled = await bookingOf(upcoming.id, upcoming.joinToken as string);
    assert.deepEqual([cancelled.status, cancelled.cancelledBy, cancelled.sessionReturned], ['cancelled', 'business', false]);
    assert.deepEqual(payments.refunds.filter((r) => r.amount === 4000 || r.amount === 4001).map((r) => r.amount), [4000, 4001]);

    // The customer is told in German, in Berlin time, with the order number.
    const mails = (await outbox(test, email)).filter((mail) => mail.subject === 'Erstattung: Refund coaching');
    assert.equal(mails.length, 2);
    const text = mails.find((mail) => mail.text.includes('Diese gebuchte Sitzung'))?.text ?? '';
    assert.ok(text.includes('Die nicht genutzten Sitzungen Ihres Kaufs von „Refund coaching“ bei Test expert exp_refund_tests wurden erstattet.'), text);
    assert.ok(text.includes(`Bestellnummer: ${receipt.id}\n`), text);
    assert.ok(/Erstattet: 40,01\s€\n/.test(text), text);
    assert.ok(text.includes('Erstattet auf: Die Karte, mit der Sie bezahlt haben'), text);
    assert.ok(text.includes('Datum: Mi., 4. März 2026, 07:00') && text.includes('(Europe/Berlin)'), text);
    assert.ok(text.includes('11:00–11:50'), 'the cancelled session in Berlin time');
    const firstText = mails.find((mail) => !mail.text.includes('Diese gebuchte Sitzung'))?.text ?? '';
    assert.ok(firstText.includes('Grund: Umzug ins Ausland\n') && /Erstattet: 40,00\s€\n/.test(firstText), firstText);
  });

  it('refunds two thirds with cancelUpcoming at once, cancelling the upcoming booking and freeing its slot', async () => {
    clock.set(T0);
    const { receipt, bookings } = await guestWith(['2026-03-03T11:00:00Z', '2026-03-08T11:00:00Z']);
    const upcoming = bookings[1] as Booking;
    clock.set('2026-03-04T06:00:00Z');
    assert.ok(!(await offeredOn(test, pkg, '2026-03-08')).includes('11:00'), 'booked: not offered');

    const refunded = await refund(receipt.id, { scope: 'unused_sessions', cancelUpcoming: true });
    assert.equal(refunded.status, 201, JSON.stringify(refunded.body));
    assert.deepEqual([refunded.body.refund.amount, refunded.body.refund.sessions, refunded.body.refund.cancelledBookingIds], [8001, 2, [upcoming.id]]);
    assert.deepEqual([refunded.body.purchase.status, refunded.body.purchase.sessionsUsed, refunded.body.purchase.sessionsRefunded], ['paid', 1, 2]);
    assert.ok((await offeredOn(test, pkg, '2026-03-08')).includes('11:00'), 'the slot is free again');
    assert.equal((await bookingOf(upcoming.id, upcoming.joinToken as string)).status, 'cancelled');
  });

  it('refunds a card purchase in full once, even on a retried Idempotency-Key, and finishes a refund cut off by a network failure', async () => {
    clock.set(T0);
    const { receipt, bookings } = await guestWith(['2026-03-09T10:00:00Z']);
    const before = payments.refunds.length;
    const key = newKey('full');
    const full = await refund(receipt.id, { scope: 'full', reason: 'Expert unavailable' }, key);
    assert.equal(full.status, 201, JSON.stringify(full.body));
    assert.deepEqual([full.body.refund.amount, full.body.refund.sessions, full.body.refund.cancelledBookingIds], [FEE, 3, [bookings[0]?.id]]);
    assert.deepEqual([full.body.purchase.status, full.body.purchase.sessionsUsed, full.body.purchase.sessionsRefunded], ['refunded', 0, 3]);
    const replay = await refund(receipt.id, { scope: 'full', reason: 'Expert unavailable' }, key);
    assert.equal(replay.status, 201);
    assert.equal(replay.headers.get('idempotent-replayed'), 'true');
    assert.deepEqual(replay.body, full.body);
    assert.equal(payments.refunds.length, before + 1, 'the provider refunded once');
    const asked = payments.refunds.at(-1);
    assert.deepEqual([asked?.amount, asked?.result.refundId], [FEE, full.body.refund.providerRefundId]);
    assert.equal(asked?.paymentId.startsWith('pi_test_'), true);
    assertProblem(await refund(receipt.id, { scope: 'full' }), 409, 'nothing_to_refund');
    assertProblem(await refund(receipt.id, { scope: 'full', reason: 'other' }, key), 422, 'validation_failed');

    // The provider call fails: the refund waits (another one is refused) until the same key finishes it.
    const second = await guestWith([]);
    const cutKey = newKey('cut');
    payments.failNextRefund();
    assertProblem(await refund(second.receipt.id, { scope: 'full' }, cutKey), 500, 'internal');
    assertProblem(await refund(second.receipt.id, { scope: 'unused_sessions' }), 409, 'refund_in_progress');
    const count = payments.refunds.length;
    const finished = await refund(second.receipt.id, { scope: 'full' }, cutKey);
    assert.equal(finished.status, 201, JSON.stringify(finished.body));
    assert.deepEqual([finished.body.refund.amount, finished.body.purchase.status], [FEE, 'refunded']);
    assert.equal(payments.refunds.length, count + 1);
  });

  it('gives the sessions back when the provider refuses: 502, the cancelled booking’s session returned, and a new refund works', async () => {
    clock.set(T0);
    const { receipt, bookings } = await guestWith(['2026-03-10T10:00:00Z']);
    const booking = bookings[0] as Booking;
    payments.refuseNextRefund();
    const refused = assertProblem(await refund(receipt.id, { scope: 'full' }), 502, 'refund_failed');
    assert.match(refused.detail, /charge_disputed/);
    const cancelled = await bookingOf(booking.id, booking.joinToken as string);
    assert.deepEqual([cancelled.status, cancelled.sessionReturned], ['cancelled', true]);
    const again = await refund(receipt.id, { scope: 'unused_sessions' });
    assert.equal(again.status, 201, JSON.stringify(again.body));
    assert.deepEqual([again.body.refund.sessions, again.body.refund.amount, again.body.purchase.status, again.body.purchase.sessionsRefunded], [3, FEE, 'paid', 3]);
  });

  it('gives a credits purchase back to the ledger, naming the refund and its reason', async () => {
    clock.set(T0);
    const customer = await signIn(test, 'refund.credits@example.com', 'Cora');
    await grant(test, customer.customerId, 12);
    const bought = await purchase(test, { packageId: pkg.id, method: 'credits' }, { customer });
    assert.equal(bought.status, 201, JSON.stringify(bought.body));
    const booked = await book(test, { purchaseId: bought.body.id, starts: ['2026-03-03T12:00:00Z'] }, { customer });
    assert.equal(booked.status, 201, JSON.stringify(booked.body));
    clock.set('2026-03-04T06:00:00Z');

    const refunded = await refund(bought.body.id, { scope: 'unused_sessions', reason: 'Goodwill' });
    assert.equal(refunded.status, 201, JSON.stringify(refunded.body));
    assert.deepEqual([refunded.body.refund.amount, refunded.body.refund.credits, refunded.body.refund.provider, refunded.body.refund.providerRefundId], [0, 8, 'credits', null]);
    const detail = await test.call<{ customer: { credits: number }; ledger: { amount: number; reason: string }[] }>(`/v1/admin/customers/${customer.customerId}`);
    assert.equal(detail.status, 200, JSON.stringify(detail.body));
    assert.equal(detail.body.customer.credits, 8);
    assert.deepEqual(detail.body.ledger[0], { ...detail.body.ledger[0], amount: 8, reason: `Refund ${refunded.body.refund.id} of purchase ${bought.body.id}: Goodwill` });
    assertProblem(await refund(bought.body.id, { scope: 'unused_sessions' }), 409, 'nothing_to_refund');
    // The rest of the credits, for the session already used.
    const full = await refund(bought.body.id, { scope: 'full' });
    assert.deepEqual([full.body.refund.credits, full.body.purchase.status], [4, 'refunded']);
  });

  it('refunds a purchase nothing was paid for without the provider', async () => {
    clock.set(T0);
    const free = await createPackage(test, EXPERT, { title: 'Free intro', fee: 0, credits: null, sessions: 1 });
    const bought = await purchase(test, { packageId: free.id, method: 'free', guest: { name: 'Fay', email: 'refund.free@example.com' } });
    assert.equal(bought.status, 201, JSON.stringify(bought.body));
    const count = payments.refunds.length;
    const refunded = await refund(bought.body.id, { scope: 'full' });
    assert.equal(refunded.status, 201, JSON.stringify(refunded.body));
    assert.deepEqual([refunded.body.refund.amount, refunded.body.refund.provider, refunded.body.purchase.status], [0, 'none', 'refunded']);
    assert.equal(payments.refunds.length, count);
  });

  it('names the field of a bad request, and answers 404 for an unknown purchase', async () => {
    const { receipt } = await guestWith([]);
    const badScope = assertProblem(await refund(receipt.id, { scope: 'half' }), 422, 'validation_failed');
    assert.deepEqual(badScope.errors?.map((error) => error.field), ['scope']);
    const noScope = assertProblem(await refund(receipt.id, {}), 422, 'validation_failed');
    assert.deepEqual(noScope.errors?.map((error) => error.field), ['scope']);
    const conflict = assertProblem(await refund(receipt.id, { scope: 'full', cancelUpcoming: false }), 422, 'validation_failed');
    assert.deepEqual(conflict.errors?.map((error) => `${error.field}:${error.code}`), ['cancelUpcoming:conflicts_with_scope']);
    assertProblem(await refund(receipt.id, { scope: 'full', reason: 'x'.repeat(501) }), 422, 'validation_failed');
    assertProblem(await refund(receipt.id, { scope: 'full' }, null), 400, 'idempotency_key_required');
    assertProblem(await refund('pur_nothing', { scope: 'full' }), 404, 'not_found');
    const pending = await purchase(test, { packageId: pkg.id, method: 'card', paymentMethod: 'pm_card_authentication_required', guest: { name: 'Pat', email: 'refund.pending@example.com' } });
    assert.equal(pending.status, 202, JSON.stringify(pending.body));
    assertProblem(await refund(pending.body.id, { scope: 'full' }), 409, 'nothing_to_refund');
  });

  it('lists each refund in the sales report and its CSV as a negative row dated at the refund', async () => {
    clock.set('2026-04-01T08:00:00Z');
    const { email, receipt } = await guestWith([]);
    clock.set('2026-04-02T09:30:00Z');
    const refunded = await refund(receipt.id, { scope: 'unused_sessions' });
    assert.equal(refunded.status, 201, JSON.stringify(refunded.body));
    const range = 'from=2026-04-01T00:00:00Z&to=2026-04-03T00:00:00Z';
    const report = await test.call<{ data: SaleRow[]; totals: { currency: string; succeeded: number; count: number }[] }>(`/v1/admin/reports/sales?${range}`);
    assert.equal(report.status, 200, JSON.stringify(report.body));
    const [row, sale] = report.body.data;
    assert.deepEqual(
      [row?.id, row?.kind, row?.purchaseId, row?.createdAt, row?.customerEmail, row?.packageTitle, row?.method, row?.provider, row?.amount, row?.currency, row?.status],
      [refunded.body.refund.id, 'refund', receipt.id, '2026-04-02T09:30:00Z', email, 'Refund coaching', 'card', 'test', -FEE, 'EUR', 'succeeded'],
    );
    assert.deepEqual([sale?.kind, sale?.amount], ['package', FEE]);
    assert.deepEqual(report.body.totals, [{ currency: 'EUR', succeeded: 0, failed: 0, count: 2, credits: 0 }]);
    const refundsOnly = await test.call<{ data: SaleRow[] }>(`/v1/admin/reports/sales?from=2026-04-02T00:00:00Z&to=2026-04-03T00:00:00Z`);
    assert.deepEqual(refundsOnly.body.data.map((r) => [r.kind, r.amount]), [['refund', -FEE]]);

    const admin = createAdminClient({ baseUrl: test.url, apiKey: ADMIN_KEY });
    const csv = await admin.reports.salesCsv({ from: '2026-04-01T00:00:00Z', to: '2026-04-03T00:00:00Z', timeZone: 'Europe/Berlin' });
    const line = csv.split('\r\n').find((text) => text.includes(refunded.body.refund.id)) ?? '';
    assert.ok(line.startsWith(`2026-04-02 11:30:00,2026-04-02T09:30:00Z,${refunded.body.refund.id},refund,${receipt.id},`), line);
    assert.ok(line.includes(`,card,test,-${FEE},EUR,,succeeded,`), line);
  });

  it('marks a no-show only after the end and only when the client never joined', async () => {
    clock.set(T0);
    const absent = await bookSession(test, pkg, '2026-03-05T10:00:00Z');
    const present = await bookSession(test, pkg, '2026-03-05T11:00:00Z');
    clock.set('2026-03-05T10:49:59Z');
    const early = assertProblem(await noShow(absent.id), 409, 'not_ended_yet') as Problem & { endsAt?: string };
    assert.equal(early.endsAt, '2026-03-05T10:50:00Z');
    clock.set('2026-03-05T11:05:00Z');
    assert.equal((await join(test, present.id, 'client', { join: present.joinToken })).status, 200);

    clock.set('2026-03-05T12:00:00Z');
    const joined = assertProblem(await noShow(present.id), 409, 'client_joined') as Problem & { joinedAt?: string };
    assert.equal(joined.joinedAt, '2026-03-05T11:05:00Z');
    const marked = await noShow(absent.id);
    assert.equal(marked.status, 200, JSON.stringify(marked.body));
    assert.deepEqual([marked.body.id, marked.body.status, marked.body.noShowAt], [absent.id, 'booked', '2026-03-05T12:00:00Z']);
    clock.set('2026-03-05T13:00:00Z');
    const again = await noShow(absent.id);
    assert.equal(again.body.noShowAt, '2026-03-05T12:00:00Z', 'the first mark stays');
    assert.equal((await bookingOf(absent.id, absent.joinToken)).noShowAt, '2026-03-05T12:00:00Z');
    assertProblem(await noShow('bkg_nothing'), 404, 'not_found');

    const meeting = await createPackage(test, EXPERT, { title: 'Meet in person', appointmentType: 'face_to_face', service: null, sessions: 1 });
    clock.set(T0);
    const inPerson = await bookSession(test, meeting, '2026-03-06T10:00:00Z');
    clock.set('2026-03-06T10:50:00Z');
    const word = await noShow(inPerson.id);
    assert.equal(word.status, 200, JSON.stringify(word.body));
    assert.equal(word.body.noShowAt, '2026-03-06T10:50:00Z');
  });
});

describe('Stripe refunds', () => {
  /** A fake fetch answering one canned Stripe response and recording what was sent. */
  function fakeStripe(status: number, body: unknown) {
    const sent: { url: string; init: RequestInit }[] = [];
    const fetch = (async (url: string | URL | Request, init?: RequestInit) => {
      sent.push({ url: String(url), init: init ?? {} });
      return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
    }) as typeof globalThis.fetch;
    return { sent, fetch };
  }

  it('refunds through the Refunds API with the payment intent, the amount and the idempotency key', async () => {
    const stripe = fakeStripe(200, { id: 're_1', object: 'refund', status: 'succeeded', amount: 4000 });
    const result = await stripePaymentProvider({ secretKey: 'sk_test_x', fetch: stripe.fetch }).refund('pi_1', 4000, 'refund_abc');
    assert.deepEqual(result, { provider: 'stripe', refundId: 're_1', status: 'succeeded', failureCode: null });
    const [call] = stripe.sent;
    assert.equal(call?.url, 'https://api.stripe.com/v1/refunds');
    assert.equal(call?.init.method, 'POST');
    const headers = call?.init.headers as Record<string, string>;
    assert.equal(headers.Authorization, 'Bearer sk_test_x');
    assert.equal(headers['Idempotency-Key'], 'refund_abc');
    assert.equal(headers['Content-Type'], 'application/x-www-form-urlencoded');
    assert.deepEqual(Object.fromEntries(new URLSearchParams(String(call?.init.body))), { payment_intent: 'pi_1', amount: '4000' });
  });

  it('takes a pending refund as made, a refused one as failed, and throws on anything else', async () => {
    const pending = await stripePaymentProvider({ secretKey: 'sk_test_x', fetch: fakeStripe(200, { id: 're_2', status: 'pending' }).fetch }).refund('pi_1', 1, 'k');
    assert.equal(pending.status, 'succeeded');
    const failed = await stripePaymentProvider({ secretKey: 'sk_test_x', fetch: fakeStripe(200, { id: 're_3', status: 'failed', failure_reason: 'expired_or_canceled_card' }).fetch }).refund('pi_1', 1, 'k');
    assert.deepEqual([failed.status, failed.failureCode], ['failed', 'expired_or_canceled_card']);
    const refused = fakeStripe(400, { error: { type: 'invalid_request_error', code: 'charge_already_refunded', message: 'Charge has already been refunded.' } });
    assert.deepEqual(await stripePaymentProvider({ secretKey: 'sk_test_x', fetch: refused.fetch }).refund('pi_1', 1, 'k'), {
      provider: 'stripe',
      refundId: '',
      status: 'failed',
      failureCode: 'charge_already_refunded',
    });
    const broken = fakeStripe(401, { error: { type: 'invalid_request_error', message: 'Invalid API Key provided' } });
    await assert.rejects(stripePaymentProvider({ secretKey: 'sk_test_bad', fetch: broken.fetch }).refund('pi_1', 1, 'k'), /401.*Invalid API Key/);
  });
});
