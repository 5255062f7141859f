/**
 * Webhooks over real HTTP: endpoints registered with the admin key, events emitted by the
 * changes that commit (a card purchase with a hold, a credit purchase), delivered by the job
 * runner (ticks driven by hand) to a receiver on 127.0.0.1 that verifies every delivery with the
 * `standardwebhooks` package — once each, whatever runs the ticks; retried with the backoff on the
 * injected clock; resent with the same `webhook-id`; URLs https only.
 */
import assert from 'node:assert/strict';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it, mock } from 'node:test';
import { Webhook, WebhookVerificationError } from 'standardwebhooks';
import type { AppointmentPackage } from '../../src/core/index.js';
import type { Schema } from '../../src/wire/index.js';
import { checkoutPackage, grant, hold, newKey, openExpert, purchase, signIn } from './checkout-fixtures.js';
import { assertProblem, startTestServer, testClock, type TestClock, type TestServer } from './harness.js';

type Endpoint = Schema<'WebhookEndpoint'>;
type Created = Schema<'WebhookEndpointCreated'>;
type Delivery = Schema<'WebhookDelivery'>;
type AnyEvent = Schema<'PurchaseEvent'> | Schema<'BookingEvent'> | Schema<'CreditPurchaseEvent'>;

const T0 = '2031-01-06T08:00:00Z';
const EXPERT = 'exp_webhooks';

/** One request the receiver took, verified with the secret of its path. */
interface Received {
  path: string;
  headers: Record<string, string>;
  body: string;
  event: AnyEvent;
}

/** A receiver of webhooks on 127.0.0.1: verifies each request and answers as told. */
interface Receiver {
  url(path: string): string;
  /** The secret each path verifies with. */
  secrets: Map<string, string>;
  /** Statuses to answer a path with, in turn (200 once they are used up). */
  answers: Map<string, number[]>;
  received: Received[];
  /** Requests whose signature did not verify. */
  refused: string[];
  close(): Promise<void>;
}

/** Runs `verify` with `Date.now` at the server clock: the timestamp tolerance is checked against it. */
function atServerTime<T>(clock: TestClock, verify: () => T): T {
  const now = mock.method(Date, 'now', () => clock.clock().getTime());
  try {
    return verify();
  } finally {
    now.mock.restore();
  }
}

const flatHeaders = (headers: IncomingHttpHeaders): Record<string, string> =>
  Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(', ') : (value ?? '')]));

async function startReceiver(clock: TestClock): Promise<Receiver> {
  const secrets = new Map<string, string>();
  const answers = new Map<string, number[]>();
  const received: Received[] = [];
  const refused: string[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const path = req.url ?? '';
      const body = Buffer.concat(chunks).toString('utf8');
      const headers = flatHeaders(req.headers);
      try {
        const event = atServerTime(clock, () => new Webhook(secrets.get(path) ?? 'whsec_AAAA').verify(body, headers)) as AnyEvent;
        received.push({ path, headers, body, event });
      } catch (error) {
        refused.push(`${path}: ${(error as Error).message}`);
        res.writeHead(400).end();
        return;
      }
      res.writeHead(answers.get(path)?.shift() ?? 200).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    secrets,
    answers,
    received,
    refused,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

describe('webhooks', () => {
  const clock = testClock(T0);
  let test: TestServer;
  let receiver: Receiver;
  let pkg: AppointmentPackage;
  let offer: { id: string };

  /** Registers an endpoint at `path` of the receiver for `events`, and lets the receiver verify with its secret. */
  async function register(path: string, events: string[]): Promise<Created> {
    const created = await test.call<Created>('/v1/admin/webhook-endpoints', { method: 'POST', body: { url: receiver.url(path), events, description: `Receiver ${path}` } });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    receiver.secrets.set(path, created.body.secret);
    return created.body;
  }

  const deliveries = async (endpointId: string, query = ''): Promise<{ data: Delivery[]; nextCursor: string | null }> => {
    const page = await test.call<{ data: Delivery[]; nextCursor: string | null }>(`/v1/admin/webhook-endpoints/${endpointId}/deliveries${query}`);
    assert.equal(page.status, 200, JSON.stringify(page.body));
    return page.body;
  };

  const receivedAt = (path: string) => receiver.received.filter((each) => each.path === path);

  async function buyCredits(email: string): Promise<{ id: string; credits: number }> {
    const customer = await signIn(test, email);
    const bought = await test.call<{ id: string; credits: number; status: string }>('/v1/credit-purchases', {
      method: 'POST',
      body: { creditPackageId: offer.id, paymentMethod: 'pm_card_visa' },
      headers: { 'idempotency-key': newKey('credits'), 'apptkit-customer': customer.token },
    });
    assert.equal(bought.status, 201, JSON.stringify(bought.body));
    return bought.body;
  }

  before(async () => {
    receiver = await startReceiver(clock);
    test = await startTestServer({ clock: clock.clock, jobs: false, allowLoopbackWebhooks: true });
    await openExpert(test, EXPERT);
    pkg = await checkoutPackage(test, EXPERT, { title: 'Webhook coaching' });
    const credits = await test.call<{ id: string }>('/v1/admin/credit-packages', {
      method: 'POST',
      body: { title: '10 credits', credits: 10, price: 4900, currency: 'EUR', country: 'DE', active: true, listingOrder: 1 },
    });
    assert.equal(credits.status, 201, JSON.stringify(credits.body));
    offer = credits.body;
  });
  after(async () => {
    await test.close();
    await receiver.close();
  });

  it('delivers purchase.paid and booking.created of a card purchase once each, signed at the server clock, even with ticks run at once', async () => {
    const endpoint = await register('/crm', ['purchase.paid', 'booking.created']);
    assert.match(endpoint.secret, /^whsec_[A-Za-z0-9+/]{43}=$/);
    assert.deepEqual([endpoint.url, endpoint.events, endpoint.active, endpoint.version], [receiver.url('/crm'), ['purchase.paid', 'booking.created'], true, 1]);
    const shown = await test.call<Endpoint>(`/v1/admin/webhook-endpoints/${endpoint.id}`);
    const { secret: _secret, ...withoutSecret } = endpoint;
    assert.deepEqual(shown.body, withoutSecret, 'the secret is shown once, by the create');
    assert.ok(!JSON.stringify((await test.call('/v1/admin/webhook-endpoints')).body).includes(endpoint.secret));

    // A declined card commits no payment, so no event.
    const declinedHold = await hold(test, pkg, ['2031-01-08T13:00:00Z']);
    const guest = { name: 'Hook Guest', email: 'hook.guest@example.com' };
    const declined = await purchase(test, { packageId: pkg.id, method: 'card', paymentMethod: 'pm_card_declined', holdId: declinedHold.id, holdToken: declinedHold.token, guest });
    assert.equal(declined.status, 402);

    const held = await hold(test, pkg, ['2031-01-08T10:00:00Z']);
    const paid = await purchase(test, { packageId: pkg.id, method: 'card', paymentMethod: 'pm_card_visa', holdId: held.id, holdToken: held.token, guest });
    assert.equal(paid.status, 201, JSON.stringify(paid.body));
    const booking = paid.body.bookings[0];
    assert.ok(booking);

    await Promise.all([test.server.runJobsOnce(), test.server.runJobsOnce()]);
    await test.server.runJobsOnce();
    assert.deepEqual(receiver.refused, []);
    // Two runners may each take one of the two jobs: the order of arrival is not promised.
    const got = receivedAt('/crm').sort((a, b) => b.event.type.localeCompare(a.event.type));
    assert.deepEqual(got.map((each) => each.event.type), ['purchase.paid', 'booking.created']);
    const [paidEvent, bookedEvent] = got;
    assert.ok(paidEvent && bookedEvent);
    for (const each of got) {
      assert.equal(each.headers['webhook-id'], each.event.id);
      assert.match(each.event.id, /^evt_[a-z0-9]{20}$/);
      assert.equal(each.headers['webhook-timestamp'], String(Date.parse(T0) / 1000), 'signed at the server clock');
      assert.equal(each.headers['content-type'], 'application/json');
      assert.equal(each.event.createdAt, T0);
    }
    const { token: _token, paymentStatus: _status, bookings: _bookings, emailSent: _sent, ...purchaseFields } = paid.body;
    assert.deepEqual(paidEvent.event.data, { ...purchaseFields, sessionsUsed: 0 }, 'the purchase as it was when paid, before its hold was booked');
    assert.deepEqual([paidEvent.event.data.status, paidEvent.event.data.amount], ['paid', 12000]);
    const { joinToken, ...publicBooking } = booking as typeof booking & { joinToken?: string };
    assert.ok(joinToken, 'the answer shows the join token');
    assert.deepEqual(bookedEvent.event.data, publicBooking);
    assert.ok(!bookedEvent.body.includes(joinToken), 'the event never carries the join token');

    const log = await deliveries(endpoint.id);
    assert.equal(log.nextCursor, null);
    // Both were created at one instant: the log orders those by id, which is random.
    const byType = [...log.data].sort((a, b) => a.type.localeCompare(b.type));
    assert.deepEqual(
      byType.map((each) => [each.type, each.eventId, each.attempts, each.lastStatusCode, each.lastError, each.nextAttemptAt, each.deliveredAt, each.recentAttempts]),
      [
        ['booking.created', bookedEvent.event.id, 1, 200, null, null, T0, [{ at: T0, statusCode: 200, error: null }]],
        ['purchase.paid', paidEvent.event.id, 1, 200, null, null, T0, [{ at: T0, statusCode: 200, error: null }]],
      ],
    );
    const first = await deliveries(endpoint.id, '?limit=1');
    assert.ok(first.nextCursor);
    const second = await deliveries(endpoint.id, `?limit=1&cursor=${first.nextCursor}`);
    assert.deepEqual([...first.data, ...second.data].map((each) => each.id), log.data.map((each) => each.id));
    assertProblem(await test.call(`/v1/admin/webhook-endpoints/${endpoint.id}/deliveries?cursor=bm9wZQ`), 422, 'validation_failed');
  });

  it('emits purchase.paid when an authenticated card payment is confirmed, not while it waits, and for a purchase with credits', async () => {
    const before = receivedAt('/crm').length;
    const held = await hold(test, pkg, ['2031-01-08T11:00:00Z']);
    const guest = { name: 'Hook Auth', email: 'hook.auth@example.com' };
    const pending = await purchase(test, { packageId: pkg.id, method: 'card', paymentMethod: 'pm_card_authentication_required', holdId: held.id, holdToken: held.token, guest });
    assert.equal(pending.status, 202, JSON.stringify(pending.body));
    await test.server.runJobsOnce();
    assert.equal(receivedAt('/crm').length, before, 'nothing is paid yet');
    const confirmed = await test.call<{ bookings: { id: string }[] }>(`/v1/purchases/${pending.body.id}/confirm`, { method: 'POST', body: { purchaseToken: pending.body.token } });
    assert.equal(confirmed.status, 200, JSON.stringify(confirmed.body));

    const customer = await signIn(test, 'hook.credits.buyer@example.com');
    await grant(test, customer.customerId, 12);
    const withCredits = await purchase(test, { packageId: pkg.id, method: 'credits' }, { customer });
    assert.equal(withCredits.status, 201, JSON.stringify(withCredits.body));
    await test.server.runJobsOnce();
    const got = receivedAt('/crm').slice(before);
    assert.deepEqual(
      got.map((each) => [each.event.type, each.event.data.id]),
      [
        ['purchase.paid', pending.body.id],
        ['booking.created', confirmed.body.bookings[0]?.id],
        ['purchase.paid', withCredits.body.id],
      ],
    );
    const paidWithCredits = got[2]?.event.data as Schema<'Purchase'>;
    assert.deepEqual([paidWithCredits.method, paidWithCredits.credits, paidWithCredits.amount, paidWithCredits.status], ['credits', 12, 0, 'paid']);
  });

  it('tells of a booking moved by its customer and one cancelled by the business', async () => {
    await register('/changes', ['booking.rescheduled', 'booking.cancelled']);
    const held = await hold(test, pkg, ['2031-01-09T10:00:00Z', '2031-01-09T12:00:00Z']);
    const guest = { name: 'Hook Mover', email: 'hook.mover@example.com' };
    const paid = await purchase(test, { packageId: pkg.id, method: 'card', paymentMethod: 'pm_card_visa', holdId: held.id, holdToken: held.token, guest });
    assert.equal(paid.status, 201, JSON.stringify(paid.body));
    const [moved, cancelled] = paid.body.bookings as (typeof paid.body.bookings[number] & { joinToken: string })[];
    assert.ok(moved && cancelled);
    const move = await test.call(`/v1/bookings/${moved.id}/reschedule`, {
      method: 'POST',
      body: { start: '2031-01-09T14:00:00Z' },
      headers: { 'apptkit-join': moved.joinToken, 'idempotency-key': newKey('move') },
    });
    assert.equal(move.status, 200, JSON.stringify(move.body));
    const cancel = await test.call(`/v1/admin/bookings/${cancelled.id}/cancel`, { method: 'POST', body: { notifyCustomer: false }, headers: { 'idempotency-key': newKey('cancel') } });
    assert.equal(cancel.status, 200, JSON.stringify(cancel.body));
    await test.server.runJobsOnce();
    const got = receivedAt('/changes').map((each) => each.event as Schema<'BookingEvent'>);
    assert.deepEqual(
      got.map((each) => [each.type, each.data.id, each.data.start, each.data.rescheduledFrom, each.data.status, each.data.cancelledBy]),
      [
        ['booking.rescheduled', moved.id, '2031-01-09T14:00:00Z', '2031-01-09T10:00:00Z', 'booked', undefined],
        ['booking.cancelled', cancelled.id, '2031-01-09T12:00:00Z', undefined, 'cancelled', 'business'],
      ],
    );
  });

  it('delivers credits.purchased once to each subscribed endpoint, however many runners tick at once', async () => {
    const endpoint = await register('/ledger', ['credits.purchased']);
    const bought = await buyCredits('hook.credits@example.com');
    await Promise.all([test.server.runJobsOnce(), test.server.runJobsOnce(), test.server.runJobsOnce()]);
    await test.server.runJobsOnce();
    assert.deepEqual(receiver.refused, []);
    const got = receivedAt('/ledger');
    assert.equal(got.length, 1);
    assert.equal(got[0]?.event.type, 'credits.purchased');
    assert.deepEqual(
      [got[0]?.event.data.id, got[0]?.event.data.status, got[0]?.event.data.credits, got[0]?.event.data.amount],
      [bought.id, 'paid', 10, 4900],
    );
    assert.equal(receivedAt('/crm').filter((each) => each.event.type === 'credits.purchased').length, 0, 'an endpoint gets only the types it subscribed to');
    assert.equal((await deliveries(endpoint.id)).data.length, 1);
  });

  it('retries a delivery the endpoint answered 500 with the backoff, then delivers it once, the log showing both attempts', async () => {
    const endpoint = await register('/flaky', ['credits.purchased']);
    receiver.answers.set('/flaky', [500]);
    await buyCredits('hook.flaky@example.com');
    await test.server.runJobsOnce();
    let [delivery] = (await deliveries(endpoint.id)).data;
    assert.deepEqual(
      [delivery?.attempts, delivery?.lastStatusCode, delivery?.deliveredAt, delivery?.nextAttemptAt],
      [1, 500, null, '2031-01-06T08:01:00Z'],
    );
    assert.match(delivery?.lastError ?? '', /answered 500/);

    await test.server.runJobsOnce();
    clock.advance(0.5);
    await test.server.runJobsOnce();
    assert.equal(receivedAt('/flaky').length, 1, 'nothing is sent before the backoff has passed');

    clock.set('2031-01-06T08:01:00Z');
    await Promise.all([test.server.runJobsOnce(), test.server.runJobsOnce()]);
    await test.server.runJobsOnce();
    const got = receivedAt('/flaky');
    assert.equal(got.length, 2);
    assert.equal(got[0]?.event.id, got[1]?.event.id, 'the retry carries the same webhook-id');
    assert.equal(got[1]?.headers['webhook-timestamp'], String(Date.parse('2031-01-06T08:01:00Z') / 1000));
    [delivery] = (await deliveries(endpoint.id)).data;
    assert.deepEqual(
      [delivery?.attempts, delivery?.lastStatusCode, delivery?.lastError, delivery?.deliveredAt, delivery?.nextAttemptAt, delivery?.recentAttempts.map((each) => each.statusCode)],
      [2, 200, null, '2031-01-06T08:01:00Z', null, [200, 500]],
    );
    assert.deepEqual(receiver.refused, []);
  });

  it('resends a delivery with the same webhook-id on request', async () => {
    const [endpoint] = (await test.call<{ data: Endpoint[] }>('/v1/admin/webhook-endpoints')).body.data.filter((each) => each.url === receiver.url('/ledger'));
    assert.ok(endpoint);
    const [delivery] = (await deliveries(endpoint.id)).data;
    assert.ok(delivery?.deliveredAt);
    const before = receivedAt('/ledger').length;
    const resend = await test.call<Delivery>(`/v1/admin/webhook-deliveries/${delivery.id}/resend`, { method: 'POST' });
    assert.equal(resend.status, 202, JSON.stringify(resend.body));
    assert.equal(resend.body.nextAttemptAt, clock.now.replace('.000', ''));
    await Promise.all([test.server.runJobsOnce(), test.server.runJobsOnce()]);
    const got = receivedAt('/ledger');
    assert.equal(got.length, before + 1);
    assert.equal(got.at(-1)?.headers['webhook-id'], delivery.eventId);
    const [after] = (await deliveries(endpoint.id)).data;
    assert.deepEqual([after?.attempts, after?.nextAttemptAt, after?.lastStatusCode], [2, null, 200]);
    assertProblem(await test.call('/v1/admin/webhook-deliveries/whd_missing/resend', { method: 'POST' }), 404, 'not_found');
  });

  it('refuses a URL that is not https, each error naming url; changes need the current version', async () => {
    const plain = await test.call('/v1/admin/webhook-endpoints', { method: 'POST', body: { url: 'http://example.com/hook', events: ['purchase.paid'] } });
    assert.deepEqual(assertProblem(plain, 422, 'validation_failed').errors?.map((each) => [each.field, each.code]), [['url', 'https_required']]);
    const bad = await test.call('/v1/admin/webhook-endpoints', { method: 'POST', body: { url: 'https://user:pw@example.com/', events: [] } });
    assert.deepEqual(assertProblem(bad, 422, 'validation_failed').errors?.map((each) => each.field).sort(), ['events', 'url']);
    const unknown = await test.call('/v1/admin/webhook-endpoints', { method: 'POST', body: { url: 'https://crm.example/hook', events: ['purchase.lost'] } });
    assert.deepEqual(assertProblem(unknown, 422, 'validation_failed').errors?.map((each) => each.field), ['events[0]']);

    const created = await register('/patched', ['booking.created']);
    const stale = await test.call(`/v1/admin/webhook-endpoints/${created.id}`, { method: 'PATCH', body: { active: false }, headers: { 'if-match': '"7"' } });
    assertProblem(stale, 412, 'version_conflict');
    const insecure = await test.call(`/v1/admin/webhook-endpoints/${created.id}`, { method: 'PATCH', body: { url: 'http://crm.example/hook' }, headers: { 'if-match': '"1"' } });
    assert.deepEqual(assertProblem(insecure, 422, 'validation_failed').errors?.map((each) => each.field), ['url']);
    const patched = await test.call<Endpoint>(`/v1/admin/webhook-endpoints/${created.id}`, {
      method: 'PATCH',
      body: { active: false, events: ['booking.created', 'credits.purchased'], description: null },
      headers: { 'if-match': '"1"' },
    });
    assert.equal(patched.status, 200, JSON.stringify(patched.body));
    assert.deepEqual([patched.body.active, patched.body.events, patched.body.description, patched.body.version], [false, ['booking.created', 'credits.purchased'], null, 2]);
    await buyCredits('hook.inactive@example.com');
    await test.server.runJobsOnce();
    assert.deepEqual(receivedAt('/patched'), [], 'an inactive endpoint gets no new events');

    assert.equal((await test.call(`/v1/admin/webhook-endpoints/${created.id}`, { method: 'DELETE' })).status, 204);
    assertProblem(await test.call(`/v1/admin/webhook-endpoints/${created.id}`), 404, 'not_found');

    const strict = await startTestServer({ clock: clock.clock });
    try {
      for (const url of ['http://127.0.0.1:9/hook', 'https://localhost/hook']) {
        const loopback = await strict.call('/v1/admin/webhook-endpoints', { method: 'POST', body: { url, events: ['purchase.paid'] } });
        assert.deepEqual(assertProblem(loopback, 422, 'validation_failed').errors?.map((each) => [each.field, each.code]), [['url', 'loopback_not_allowed']]);
      }
    } finally {
      await strict.close();
    }
  });

  it('checks the URL again before sending: a stored one no longer allowed is not contacted', async () => {
    const endpoint = await register('/moved', ['credits.purchased']);
    await test.server.database.query('UPDATE webhook_endpoints SET url = $2 WHERE id = $1', [endpoint.id, 'http://example.com/hook']);
    await buyCredits('hook.moved@example.com');
    await test.server.runJobsOnce();
    const [delivery] = (await deliveries(endpoint.id)).data;
    assert.deepEqual([delivery?.attempts, delivery?.lastStatusCode, delivery?.deliveredAt], [1, null, null]);
    assert.match(delivery?.lastError ?? '', /^Not sent: url must use https/);
    assert.ok(delivery?.nextAttemptAt, 'retried later, in case the URL is fixed');
  });

  it('signs what it sends: a tampered body or another secret fails verification', () => {
    const delivery = receivedAt('/crm').find((each) => each.event.type === 'purchase.paid');
    assert.ok(delivery);
    const secret = receiver.secrets.get('/crm') as string;
    const verify = (body: string, key = secret) => atServerTime(clock, () => new Webhook(key).verify(body, delivery.headers));
    assert.deepEqual(verify(delivery.body), delivery.event);
    const tampered = delivery.body.replace('"amount":12000', '"amount":1');
    assert.notEqual(tampered, delivery.body);
    assert.throws(() => verify(tampered), WebhookVerificationError);
    assert.throws(() => verify(delivery.body, receiver.secrets.get('/ledger')), WebhookVerificationError);
  });
});
