import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { resolveConfig } from '../../demo/server/config.js';
import { allRoutes } from '../../demo/server/routes/index.js';
import type { AppointmentPackage } from '../../src/core/index.js';
import { ADMIN_KEY, createPackage, startTestServer, type TestServer } from './harness.js';
import { contractViolations, spec } from './openapi-contract.js';

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

describe('openapi.yaml matches the server', () => {
  let test: TestServer;
  before(async () => {
    test = await startTestServer();
  });
  after(() => test.close());

  it('documents exactly the routes the server mounts', () => {
    const config = resolveConfig({ adminKey: ADMIN_KEY, allowedOrigins: [], adminOrigins: [] });
    const mounted = allRoutes({ db: test.server.database, config })
      .map((route) => `${route.method} ${route.path.replace(/:(\w+)/g, '{$1}')}`)
      .sort();
    const documented = Object.entries(spec.paths)
      .flatMap(([path, item]) => Object.keys(item).filter((key) => METHODS.includes(key)).map((method) => `${method.toUpperCase()} ${path}`))
      .sort();
    assert.deepEqual(documented, mounted);
  });

  it('the checker reports a body or header that breaks the schema', () => {
    const headers = new Headers({ 'content-type': 'application/json', 'request-id': 'req_1', etag: '"1"' });
    const pkg = { id: 'pkg_x', expertId: 'exp_x', version: 1 };
    const extra = contractViolations('GET', '/v1/admin/packages/pkg_x', { status: 200, headers, body: { ...pkg, secret: 1 } });
    assert.equal(extra.length, 1);
    const undeclared = contractViolations('GET', '/v1/health', { status: 418, headers, body: {} });
    assert.deepEqual(undeclared, ['GET /v1/health → 418: status not declared']);
    const noEtag = new Headers({ 'content-type': 'application/json', 'request-id': 'req_1' });
    const missing = contractViolations('GET', '/v1/experts/exp_x', { status: 200, headers: noEtag, body: { id: 'exp_x', name: 'A', headline: '', timeZone: 'UTC' } });
    assert.deepEqual(missing, []);
    const badEtag = new Headers({ 'content-type': 'application/json', 'request-id': 'req_1', etag: 'W/"1"' });
    const full = { ...pkg, appointmentType: 'online', service: 'audio', durationMinutes: 30, fee: 0, credits: null, sessions: 1, breakMinutes: 0, country: 'US', currency: 'USD', listingOrder: 0, endMode: 'automatic', endTiming: 'scheduled_end', title: 'T', description: '' };
    assert.deepEqual(contractViolations('GET', '/v1/admin/packages/pkg_x', { status: 200, headers, body: full }), []);
    assert.match(contractViolations('GET', '/v1/admin/packages/pkg_x', { status: 200, headers: badEtag, body: full }).join(), /header ETag/);
    const mixed = { ...full, appointmentType: 'face_to_face' };
    assert.equal(contractViolations('GET', '/v1/admin/packages/pkg_x', { status: 200, headers, body: mixed }).length, 1);
  });

  it('every documented operation answers as documented, success and failure', async () => {
    // Each call is checked against openapi.yaml by the harness; this walks one success per operation.
    assert.equal((await test.call('/v1/health', { key: null })).status, 200);
    assert.equal((await test.call('/v1/experts')).status, 200);
    assert.equal((await test.call('/v1/experts/exp_istanbul')).status, 200);
    assert.equal((await test.call('/v1/experts/exp_istanbul/packages?country=TR&currency=TRY')).status, 200);
    assert.equal((await test.call('/v1/admin/packages?limit=3')).status, 200);
    const pkg: AppointmentPackage = await createPackage(test, 'exp_kolkata');
    assert.equal((await test.call(`/v1/admin/packages/${pkg.id}`)).status, 200);
    const patched = await test.call(`/v1/admin/packages/${pkg.id}`, { method: 'PATCH', body: { credits: null }, headers: { 'if-match': '"1"' } });
    assert.equal(patched.status, 200);
    // The order covers every package of the expert, in all the countries it sells in (the admin list).
    const order = (await test.call<{ data: AppointmentPackage[] }>('/v1/admin/packages?expertId=exp_kolkata&limit=200')).body.data.map((p) => p.id).reverse();
    assert.equal((await test.call('/v1/admin/experts/exp_kolkata/package-order', { method: 'PUT', body: { ids: order } })).status, 200);
    const etag = (await test.call(`/v1/admin/packages/${pkg.id}`)).headers.get('etag') ?? '';
    assert.equal((await test.call(`/v1/admin/packages/${pkg.id}`, { method: 'DELETE', headers: { 'if-match': etag } })).status, 204);
    // And the documented problems.
    assert.equal((await test.call('/v1/experts', { key: null })).status, 401);
    assert.equal((await test.call('/v1/admin/packages', { key: 'publishable' })).status, 403);
    assert.equal((await test.call('/v1/admin/packages/pkg_nothing')).status, 404);
    assert.equal((await test.call('/v1/admin/packages', { method: 'POST', body: '{' })).status, 400);
    assert.equal((await test.call('/v1/admin/packages', { method: 'POST', body: {} })).status, 422);
  });
});
