import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  ADMIN_KEY,
  ADMIN_ORIGIN,
  OTHER_ORIGIN,
  SHOP_ORIGIN,
  assertProblem,
  startTestServer,
  type TestServer,
} from './harness.js';

describe('keys, origins and CORS', () => {
  let test: TestServer;
  before(async () => {
    test = await startTestServer();
  });
  after(() => test.close());

  describe('public routes', () => {
    it('answers 401 missing_key without a key', async () => {
      assertProblem(await test.call('/v1/experts', { key: null }), 401, 'missing_key');
    });

    it('answers 401 invalid_key for an unknown key or another scheme', async () => {
      assertProblem(await test.call('/v1/experts', { key: 'pk_test_unknown' }), 401, 'invalid_key');
      const basic = await test.call('/v1/experts', { key: null, headers: { authorization: 'Basic dXNlcjpwYXNz' } });
      assertProblem(basic, 401, 'invalid_key');
    });

    it('accepts the publishable key from an allowed origin and lets the page read the answer', async () => {
      const response = await test.call('/v1/experts', { origin: SHOP_ORIGIN });
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('access-control-allow-origin'), SHOP_ORIGIN);
      assert.equal(response.headers.get('access-control-expose-headers'), 'Request-Id, ETag, Retry-After');
      assert.match(response.headers.get('vary') ?? '', /Origin/);
    });

    it('refuses another origin with 403 origin_not_allowed that the page can still read', async () => {
      const response = await test.call('/v1/experts', { origin: OTHER_ORIGIN });
      assertProblem(response, 403, 'origin_not_allowed');
      assert.equal(response.headers.get('access-control-allow-origin'), OTHER_ORIGIN);
      assert.match(response.headers.get('access-control-expose-headers') ?? '', /Request-Id/);
    });

    it('accepts the admin key on public routes', async () => {
      const response = await test.call('/v1/experts', { key: 'admin' });
      assert.equal(response.status, 200);
    });

    it('allows a preflight from any origin with the API’s request headers', async () => {
      const response = await test.call('/v1/experts/exp_istanbul/packages', {
        method: 'OPTIONS',
        key: null,
        origin: OTHER_ORIGIN,
        headers: { 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization' },
      });
      assert.equal(response.status, 204);
      assert.equal(response.headers.get('access-control-allow-origin'), OTHER_ORIGIN);
      assert.equal(response.headers.get('access-control-allow-methods'), 'GET');
      const allowed = (response.headers.get('access-control-allow-headers') ?? '').split(', ');
      assert.deepEqual(allowed, ['Authorization', 'Content-Type', 'Idempotency-Key', 'If-Match', 'Apptkit-Customer', 'Apptkit-Hold', 'Apptkit-Join', 'Apptkit-Expert']);
      assert.ok(response.headers.get('request-id'));
    });
  });

  describe('admin routes', () => {
    it('answers 401 without a key and 401 for an unknown key', async () => {
      assertProblem(await test.call('/v1/admin/packages', { key: null }), 401, 'missing_key');
      assertProblem(await test.call('/v1/admin/packages', { key: 'sk_test_wrong_key' }), 401, 'invalid_key');
    });

    it('refuses the publishable key with 403 forbidden', async () => {
      const problem = assertProblem(await test.call('/v1/admin/packages', { key: 'publishable' }), 403, 'forbidden');
      assert.match(problem.detail, /publishable key/);
    });

    it('accepts the admin key from no origin (a server) and from an admin origin', async () => {
      assert.equal((await test.call('/v1/admin/packages')).status, 200);
      const browser = await test.call('/v1/admin/packages', { origin: ADMIN_ORIGIN });
      assert.equal(browser.status, 200);
      assert.equal(browser.headers.get('access-control-allow-origin'), ADMIN_ORIGIN);
    });

    it('refuses a browser from another origin with 403 and no CORS headers', async () => {
      for (const origin of [OTHER_ORIGIN, SHOP_ORIGIN]) {
        const response = await test.call('/v1/admin/packages', { origin });
        assertProblem(response, 403, 'origin_not_allowed');
        assert.equal(response.headers.get('access-control-allow-origin'), null);
      }
    });

    it('answers a preflight from an admin origin and refuses one from elsewhere', async () => {
      const preflight = { 'access-control-request-method': 'PATCH' };
      const allowed = await test.call('/v1/admin/packages/pkg_ist_check_in', {
        method: 'OPTIONS',
        key: null,
        origin: ADMIN_ORIGIN,
        headers: preflight,
      });
      assert.equal(allowed.status, 204);
      assert.equal(allowed.headers.get('access-control-allow-origin'), ADMIN_ORIGIN);
      assert.equal(allowed.headers.get('access-control-allow-methods'), 'GET, PATCH, DELETE');

      const refused = await test.call('/v1/admin/packages/pkg_ist_check_in', {
        method: 'OPTIONS',
        key: null,
        origin: OTHER_ORIGIN,
        headers: preflight,
      });
      assertProblem(refused, 403, 'origin_not_allowed');
      assert.equal(refused.headers.get('access-control-allow-origin'), null);
    });

    it('refuses an unknown admin route from another origin without CORS, and 404s it otherwise', async () => {
      const foreign = await test.call('/v1/admin/nothing', { origin: OTHER_ORIGIN });
      assertProblem(foreign, 403, 'origin_not_allowed');
      assertProblem(await test.call('/v1/admin/nothing'), 404, 'not_found');
    });
  });
});

describe('rate limiting', () => {
  let test: TestServer;
  before(async () => {
    test = await startTestServer({ rateLimit: { limit: 2, windowMs: 3_600_000 }, seed: false });
  });
  after(() => test.close());

  it('answers 429 rate_limited with Retry-After once a key exceeds its limit', async () => {
    assert.equal((await test.call('/v1/experts')).status, 200);
    assert.equal((await test.call('/v1/experts')).status, 200);
    const limited = await test.call('/v1/experts');
    assertProblem(limited, 429, 'rate_limited');
    const retryAfter = Number(limited.headers.get('retry-after'));
    assert.ok(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= 3600, String(retryAfter));
    // Another key has its own budget.
    assert.equal((await test.call('/v1/experts', { key: ADMIN_KEY })).status, 200);
  });
});
