import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { AppointmentPackage } from '../../src/core/index.js';
import { assertProblem, startTestServer, type TestServer } from './harness.js';

interface Expert {
  id: string;
  name: string;
  headline: string;
  timeZone: string;
}

describe('public routes', () => {
  let test: TestServer;
  before(async () => {
    test = await startTestServer();
  });
  after(() => test.close());

  it('GET /v1/health answers ok without a key, with a Request-Id', async () => {
    const response = await test.call('/v1/health', { key: null });
    assert.equal(response.status, 200);
    assert.deepEqual(response.body, { status: 'ok' });
    assert.match(response.headers.get('request-id') ?? '', /^req_[0-9a-f]{24}$/);
  });

  it('gives every response its own Request-Id', async () => {
    const first = await test.call('/v1/health', { key: null });
    const second = await test.call('/v1/health', { key: null });
    assert.notEqual(first.headers.get('request-id'), second.headers.get('request-id'));
  });

  it('GET /v1/experts lists the three demo experts with IANA time zones', async () => {
    const response = await test.call<{ data: Expert[] }>('/v1/experts');
    assert.equal(response.status, 200);
    const zones = Object.fromEntries(response.body.data.map((expert) => [expert.id, expert.timeZone]));
    assert.deepEqual(zones, {
      exp_istanbul: 'Europe/Istanbul',
      exp_kolkata: 'Asia/Kolkata',
      exp_newyork: 'America/New_York',
    });
  });

  it('GET /v1/experts/{id} returns one expert and 404 for an unknown one', async () => {
    const found = await test.call<Expert>('/v1/experts/exp_kolkata');
    assert.equal(found.status, 200);
    assert.equal(found.body.id, 'exp_kolkata');
    assert.equal(found.body.timeZone, 'Asia/Kolkata');

    const missing = await test.call('/v1/experts/exp_nobody');
    const problem = assertProblem(missing, 404, 'not_found');
    assert.match(problem.detail, /exp_nobody/);
  });

  it('lists an expert’s packages in listingOrder, only theirs', async () => {
    const response = await test.call<{ data: AppointmentPackage[] }>('/v1/experts/exp_istanbul/packages');
    assert.equal(response.status, 200);
    const packages = response.body.data;
    assert.ok(packages.length >= 3);
    assert.ok(packages.every((pkg) => pkg.expertId === 'exp_istanbul'));
    const orders = packages.map((pkg) => pkg.listingOrder);
    assert.deepEqual(orders, [...orders].sort((a, b) => a - b));
  });

  it('the demo tenant covers every service, both end modes and timings, and several currencies', async () => {
    // Every country's packages: the public list shows one country's, the admin list all of them.
    const all = (await test.call<{ data: AppointmentPackage[] }>('/v1/admin/packages?limit=200')).body.data;
    assert.ok(all.length >= 10);
    const kinds = new Set(all.map((pkg) => pkg.service ?? pkg.appointmentType));
    assert.deepEqual([...kinds].sort(), ['audio', 'face_to_face', 'phone', 'video']);
    assert.deepEqual(new Set(all.map((pkg) => pkg.endMode)), new Set(['automatic', 'by_expert']));
    assert.deepEqual(new Set(all.map((pkg) => pkg.endTiming)), new Set(['scheduled_end', 'full_duration']));
    const currencies = new Set(all.map((pkg) => pkg.currency));
    for (const currency of ['TRY', 'USD', 'INR', 'JPY', 'KWD']) assert.ok(currencies.has(currency), currency);
    assert.ok(all.some((pkg) => pkg.sessions > 1 && pkg.breakMinutes > 0));
    assert.ok(all.some((pkg) => pkg.credits === null));
  });

  it('filters an expert’s packages by country and currency', async () => {
    // `currency` picks within the visitor's country (here asked for): a list never mixes countries.
    const byCurrency = await test.call<{ data: AppointmentPackage[] }>('/v1/experts/exp_newyork/packages?country=JP&currency=JPY');
    assert.equal(byCurrency.status, 200);
    assert.ok(byCurrency.body.data.length > 0);
    assert.ok(byCurrency.body.data.every((pkg) => pkg.currency === 'JPY'));

    const byBoth = await test.call<{ data: AppointmentPackage[] }>('/v1/experts/exp_newyork/packages?country=US&currency=USD');
    assert.ok(byBoth.body.data.length > 0);
    assert.ok(byBoth.body.data.every((pkg) => pkg.country === 'US' && pkg.currency === 'USD'));

    const none = await test.call<{ data: AppointmentPackage[] }>('/v1/experts/exp_newyork/packages?country=FR');
    assert.deepEqual(none.body.data, []);
  });

  it('rejects a bad country or currency filter with 422 naming each field', async () => {
    const response = await test.call('/v1/experts/exp_newyork/packages?country=usa&currency=dollars');
    const problem = assertProblem(response, 422, 'validation_failed');
    assert.deepEqual(problem.errors?.map((error) => error.field), ['country', 'currency']);
  });

  it('answers 404 for packages of an unknown expert', async () => {
    assertProblem(await test.call('/v1/experts/exp_nobody/packages'), 404, 'not_found');
  });

  it('answers unknown routes with a 404 problem carrying a Request-Id', async () => {
    const response = await test.call('/v1/nothing-here');
    assertProblem(response, 404, 'not_found');
    assertProblem(await test.call('/', { key: null }), 404, 'not_found');
  });

  it('answers a wrong method with 405 and Allow', async () => {
    const response = await test.call('/v1/experts', { method: 'DELETE' });
    assertProblem(response, 405, 'method_not_allowed');
    assert.equal(response.headers.get('allow'), 'GET, OPTIONS');
  });
});
