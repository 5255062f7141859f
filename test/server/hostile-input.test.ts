/**
 * Hostile input reaches no database unchecked and stalls no request: NUL, unpaired surrogates,
 * huge text, deep nesting, instants outside the stated range, and requests Node's HTTP parser
 * refuses. Each is answered with a problem naming its field, never a 500.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { AppointmentPackage } from '../../src/core/index.js';
import { checkoutPackage, newKey, openExpert } from './checkout-fixtures.js';
import { rawExchange } from './raw-http.js';
import { assertProblem, packageInput, startTestServer, type ApiResponse, type TestServer } from './harness.js';

const NUL = 'a\u0000b';
const LONE_SURROGATE = '\u062d\udc29';
const OUT_OF_RANGE = ['9999-12-31T23:59:59Z', '0000-01-01T00:00:00Z', '+275760-09-13T00:00:00Z', '1969-12-31T23:59:59Z'];

/** Asserts a 422 whose errors name exactly `field` with `code`. */
function assertFieldError(response: ApiResponse, field: string, code: string): void {
  const problem = assertProblem(response, 422, 'validation_failed');
  assert.ok(
    problem.errors?.some((error) => error.field === field && error.code === code),
    `expected ${field}: ${code} in ${JSON.stringify(problem.errors)}`,
  );
}

/** Parses a raw HTTP answer into status, headers and JSON body. */
function parseRaw(raw: string): { status: number; headers: Map<string, string>; body: Record<string, unknown> } {
  const [head = '', body = ''] = raw.split('\r\n\r\n');
  const [statusLine = '', ...lines] = head.split('\r\n');
  const headers = new Map(lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]));
  return { status: Number(statusLine.split(' ')[1]), headers, body: JSON.parse(body) as Record<string, unknown> };
}

describe('hostile input', () => {
  let test: TestServer;
  let pkg: AppointmentPackage;

  before(async () => {
    test = await startTestServer({ clock: () => new Date('2031-05-05T06:00:00Z') });
    await openExpert(test, 'exp_hostile');
    pkg = await checkoutPackage(test, 'exp_hostile');
  });
  after(() => test.close());

  const hold = (body: unknown) => test.call('/v1/holds', { method: 'POST', body, headers: { 'idempotency-key': newKey('hostile') } });

  describe('NUL and unpaired surrogates', () => {
    it('refuses NUL in a public body field, naming it', async () => {
      assertFieldError(await hold({ expertId: NUL, packageId: pkg.id, starts: ['2031-05-06T09:00:00Z'] }), 'expertId', 'invalid_characters');
      const purchase = await test.call('/v1/purchases', {
        method: 'POST',
        body: { packageId: NUL, method: 'card', paymentMethod: 'pm_card_visa', guest: { name: 'Ana', email: `ana${NUL}@example.com` } },
        headers: { 'idempotency-key': newKey() },
      });
      assertFieldError(purchase, 'packageId', 'invalid_characters');
      assertFieldError(purchase, 'guest.email', 'invalid_characters');
      assertFieldError(await test.call('/v1/sign-in/codes', { method: 'POST', body: { email: `ana${NUL}@example.com` } }), 'email', 'invalid_characters');
    });

    it('refuses NUL in an admin body field, in nested arrays, and in a field name', async () => {
      const created = await test.call('/v1/admin/packages', { method: 'POST', body: { expertId: 'exp_hostile', ...packageInput({ title: NUL }) } });
      assertFieldError(created, 'title', 'invalid_characters');
      const nested = await test.call('/v1/admin/packages', { method: 'POST', body: { expertId: 'exp_hostile', ...packageInput(), extra: [[{ deep: NUL }]] } });
      assertFieldError(nested, 'extra[0][0].deep', 'invalid_characters');
      const named = await test.call('/v1/admin/packages', { method: 'POST', body: { expertId: 'exp_hostile', ...packageInput(), [NUL]: 1 } });
      assertFieldError(named, 'a\\u0000b', 'invalid_characters');
    });

    it('refuses NUL in a path or query parameter', async () => {
      assertFieldError(await test.call('/v1/experts/%00'), 'expertId', 'invalid_characters');
      assertFieldError(await test.call(`/v1/experts/exp_hostile/packages?country=D%00E`), 'country', 'invalid_characters');
    });

    it('refuses a lone surrogate anywhere in a body', async () => {
      assertFieldError(await hold({ expertId: LONE_SURROGATE, packageId: pkg.id, starts: ['2031-05-06T09:00:00Z'] }), 'expertId', 'invalid_characters');
      const body = `{"expertId":"exp_hostile","packageId":"${pkg.id}","starts":["\\ud800"]}`;
      assertFieldError(await hold(body), 'starts[0]', 'invalid_characters');
    });

    it('stores nothing from a refused write', async () => {
      const { rows } = await test.server.database.query<{ n: string | number }>(`SELECT count(*) AS n FROM packages WHERE title LIKE 'a%b'`);
      assert.equal(Number(rows[0]?.n), 0);
    });
  });

  describe('size and depth', () => {
    it('refuses a body past the route limit before parsing it', async () => {
      const description = 'x'.repeat(600 * 1024);
      const response = await test.call('/v1/admin/packages', { method: 'POST', body: { expertId: 'exp_hostile', ...packageInput({ description }) } });
      const problem = assertProblem(response, 413, 'payload_too_large');
      assert.match(problem.detail, /131072 bytes/);
      assertProblem(await hold(`{"expertId":"${'x'.repeat(20_000)}"}`), 413, 'payload_too_large');
    });

    it('refuses text longer than any field, and a too-long description by its rule', async () => {
      const huge = await test.call('/v1/admin/packages', { method: 'POST', body: { expertId: 'exp_hostile', ...packageInput({ description: 'y'.repeat(100_000) }) } });
      assertFieldError(huge, 'description', 'too_long');
      const long = await test.call('/v1/admin/packages', { method: 'POST', body: { expertId: 'exp_hostile', ...packageInput({ description: '👍🏽'.repeat(2001) }) } });
      assertFieldError(long, 'description', 'too_long');
      const fits = await test.call('/v1/admin/packages', { method: 'POST', body: { expertId: 'exp_hostile', ...packageInput({ description: '👍🏽'.repeat(2000) }) } });
      assert.equal(fits.status, 201, JSON.stringify(fits.body));
    });

    it('refuses nesting deeper than 32 levels without exhausting the stack', async () => {
      const deep = `${'['.repeat(50_000)}${']'.repeat(50_000)}`;
      const response = await test.call('/v1/admin/packages', { method: 'POST', body: `{"expertId":"exp_hostile","x":${deep}}` });
      const problem = assertProblem(response, 422, 'validation_failed');
      assert.equal(problem.errors?.[0]?.code, 'too_deep');
    });

    it('answers numbers past double range and negative zero as field errors', async () => {
      const response = await test.call('/v1/admin/packages', { method: 'POST', body: `{"expertId":"exp_hostile","durationMinutes":1e309,"fee":-0}` });
      assertFieldError(response, 'durationMinutes', 'not_integer');
    });
  });

  describe('instants outside the stated range', () => {
    for (const instant of OUT_OF_RANGE) {
      it(`refuses ${instant} on holds, slots and the sales report`, async () => {
        assertFieldError(await hold({ expertId: 'exp_hostile', packageId: pkg.id, starts: [instant] }), 'starts[0]', 'out_of_range');
        const query = encodeURIComponent(instant);
        assertFieldError(await test.call(`/v1/experts/exp_hostile/slots?packageId=${pkg.id}&from=${query}&to=2031-05-07T00:00:00Z`), 'from', 'out_of_range');
        assertFieldError(await test.call(`/v1/admin/reports/sales?from=2031-01-01T00:00:00Z&to=${query}`), 'to', 'out_of_range');
      });
    }
  });

  describe("requests Node's parser refuses", () => {
    it('answers Content-Length with chunked Transfer-Encoding as a 400 problem with a Request-Id', async () => {
      const { host } = new URL(test.url);
      const raw = await rawExchange(
        test.url,
        `POST /v1/holds HTTP/1.1\r\nHost: ${host}\r\nContent-Type: application/json\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n`,
      );
      const answer = parseRaw(raw);
      assert.equal(answer.status, 400);
      assert.match(answer.headers.get('content-type') ?? '', /^application\/problem\+json/);
      assert.match(answer.headers.get('request-id') ?? '', /\S/);
      assert.equal(answer.body.requestId, answer.headers.get('request-id'));
      assert.equal(answer.body.code, 'malformed_request');
    });

    it('answers headers past the size limit as a 431 problem', async () => {
      const { host } = new URL(test.url);
      const raw = await rawExchange(test.url, `GET /v1/health HTTP/1.1\r\nHost: ${host}\r\nX-Junk: ${'j'.repeat(20_000)}\r\n\r\n`);
      const answer = parseRaw(raw);
      assert.equal(answer.status, 431);
      assert.equal(answer.body.code, 'headers_too_large');
      assert.equal(answer.body.requestId, answer.headers.get('request-id'));
    });

    it('answers a NUL in a header as a 400 problem', async () => {
      const { host } = new URL(test.url);
      const raw = await rawExchange(test.url, `GET /v1/experts HTTP/1.1\r\nHost: ${host}\r\nAuthorization: Bearer pk\u0000x\r\n\r\n`);
      const answer = parseRaw(raw);
      assert.equal(answer.status, 400);
      assert.equal(answer.body.requestId, answer.headers.get('request-id'));
    });
  });

  it('logged no request as failed', () => {
    assert.deepEqual(test.logs.filter((line) => line.level === 'error'), []);
  });
});
