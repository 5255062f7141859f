/**
 * `admin.webhooks` against the reference server over real HTTP (its job runner never ticks here,
 * so deliveries stay as the test leaves them): endpoints created with their secret once, listed,
 * read, updated at a version and deleted; a delivery log paged; a resend queued; inputs checked
 * before anything is sent.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  WEBHOOK_EVENT_TYPES,
  createAdminClient,
  fieldErrorsOf,
  isApiError,
  isValidationError,
  isVersionConflict,
  type AdminClient,
  type WebhookEndpointInput,
} from '../../src/admin/index.js';
import { startServer, type RunningServer } from '../../demo/server/server.js';
import { emitEvent } from '../../demo/server/webhooks/events.js';
import { TEST_NOW } from '../server/harness.js';
import { ADMIN_KEY, ADMIN_ORIGIN, PUBLISHABLE_KEY, SHOP_ORIGIN, recordingFetch } from './helpers.js';

const fields = (error: unknown) => fieldErrorsOf(error).map((each) => `${each.field}:${each.code}`);

describe('admin.webhooks', () => {
  const nowMs = Date.parse(TEST_NOW);
  let server: RunningServer;
  const admin = (fetch?: typeof globalThis.fetch): AdminClient => createAdminClient({ baseUrl: server.url, apiKey: ADMIN_KEY, ...(fetch ? { fetch } : {}) });

  before(async () => {
    server = await startServer({
      clock: () => new Date(nowMs),
      port: 0,
      dataDir: 'memory',
      adminKey: ADMIN_KEY,
      publishableKey: PUBLISHABLE_KEY,
      allowedOrigins: [SHOP_ORIGIN],
      adminOrigins: [ADMIN_ORIGIN],
      rateLimit: false,
      jobs: false,
    });
  });
  after(() => server.close());

  it('creates an endpoint with its secret shown once, then lists, reads, updates at a version and deletes it', async () => {
    const client = admin();
    const created = await client.webhooks.endpoints.create({ url: 'https://crm.example/hooks', events: ['purchase.paid', 'booking.created'], description: 'CRM' });
    assert.match(created.id, /^whe_/);
    assert.match(created.secret, /^whsec_/);
    assert.deepEqual([created.url, created.events, created.description, created.active, created.version], ['https://crm.example/hooks', ['purchase.paid', 'booking.created'], 'CRM', true, 1]);
    const { secret: _secret, ...endpoint } = created;
    assert.deepEqual(await client.webhooks.endpoints.get(created.id), endpoint);
    assert.deepEqual(await client.webhooks.endpoints.list(), [endpoint]);

    const updated = await client.webhooks.endpoints.update(created.id, { active: false, description: null }, { version: 1 });
    assert.deepEqual([updated.active, updated.description, updated.version], [false, null, 2]);
    await assert.rejects(client.webhooks.endpoints.update(created.id, { active: true }, { version: 1 }), (error) => isVersionConflict(error) && error.currentVersion === 2);
    await assert.rejects(
      client.webhooks.endpoints.update(created.id, { url: 'http://crm.example/hooks' }, { version: 2 }),
      (error) => isValidationError(error) && fields(error).includes('url:https_required'),
    );

    await client.webhooks.endpoints.delete(created.id);
    await assert.rejects(client.webhooks.endpoints.get(created.id), (error) => isApiError(error) && error.code === 'not_found');
    assert.deepEqual(await client.webhooks.endpoints.list(), []);
  });

  it("pages an endpoint's delivery log and queues a resend", async () => {
    const client = admin();
    const endpoint = await client.webhooks.endpoints.create({ url: 'https://ledger.example/in', events: ['credits.purchased'] });
    const data = { id: 'cpu_sdk', customerId: 'cus_sdk', creditPackageId: 'cpk_sdk', status: 'paid' as const, amount: 4900, currency: 'EUR', credits: 10, provider: 'test', createdAt: TEST_NOW };
    const eventIds: string[] = [];
    for (let i = 0; i < 3; i++) eventIds.push(await server.database.transaction((tx) => emitEvent(tx, 'credits.purchased', { ...data, id: `cpu_sdk${i}` }, nowMs + i)));

    const first = await client.webhooks.deliveries(endpoint.id, { limit: 2 });
    assert.ok(first.nextCursor);
    const second = await client.webhooks.deliveries(endpoint.id, { limit: 2, cursor: first.nextCursor });
    assert.equal(second.nextCursor, null);
    const log = [...first.data, ...second.data];
    assert.deepEqual(log.map((each) => each.eventId), [...eventIds].reverse(), 'newest first');
    assert.ok(log.every((each) => each.type === 'credits.purchased' && each.attempts === 0 && each.deliveredAt === null && each.endpointId === endpoint.id));

    const resent = await client.webhooks.resend(log[0]!.id);
    assert.deepEqual([resent.id, resent.eventId, resent.nextAttemptAt], [log[0]!.id, eventIds[2], TEST_NOW]);
    await assert.rejects(client.webhooks.resend('whd_missing'), (error) => isApiError(error) && error.status === 404);
    await assert.rejects(client.webhooks.deliveries('whe_missing'), (error) => isApiError(error) && error.code === 'not_found');
  });

  it('checks inputs before sending, each error naming its field', async () => {
    const recorder = recordingFetch();
    const client = admin(recorder.fetch);
    const bad = { url: 'http://crm.example/hooks', events: ['purchase.paid', 'purchase.lost', 'purchase.paid'], description: 'x'.repeat(501), secret: 'mine' };
    await assert.rejects(client.webhooks.endpoints.create(bad as unknown as WebhookEndpointInput), (error) => {
      assert.ok(isValidationError(error));
      assert.deepEqual(fields(error).sort(), ['description:invalid_value', 'events[1]:invalid_value', 'events[2]:duplicate', 'secret:unknown_field', 'url:https_required']);
      return true;
    });
    await assert.rejects(client.webhooks.endpoints.create({ url: 'https://user:pw@crm.example/', events: [] }), (error) => isValidationError(error) && fields(error).join() === 'url:invalid_url,events:too_short');
    await assert.rejects(client.webhooks.endpoints.update('whe_1', {}, { version: 1 }), (error) => isValidationError(error) && fields(error).join() === ':required');
    await assert.rejects(client.webhooks.endpoints.update('whe_1', { active: true }, { version: 0 }), TypeError);
    await assert.rejects(client.webhooks.deliveries('whe_1', { limit: 201 }), (error) => isValidationError(error) && fields(error).join() === 'limit:out_of_range');
    await assert.rejects(client.webhooks.resend(''), TypeError);
    assert.equal(recorder.requests.length, 0);
    assert.deepEqual(WEBHOOK_EVENT_TYPES, ['purchase.paid', 'purchase.refunded', 'booking.created', 'booking.rescheduled', 'booking.cancelled', 'credits.purchased']);
  });
});
