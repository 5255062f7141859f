import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { http, HttpResponse } from 'msw';
import {
  createClient,
  isApiError,
  isNetworkError,
  isResponseValidationError,
  isTimeoutError,
  type ApiError,
  type ResponseValidationError,
} from '../../../src/client/index.js';
import { BASE, EXPERT, pkg, problem, useServer } from './helpers.js';

const server = useServer();
const client = createClient({ baseUrl: BASE, publishableKey: 'pk_test_demo', retry: { backoffMs: 1 } });

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  return assert.fail('expected the call to reject');
}

describe('experts', () => {
  it('lists experts', async () => {
    server.use(http.get(`${BASE}/v1/experts`, () => HttpResponse.json({ data: [EXPERT, { ...EXPERT, id: 'exp_2' }] })));
    const experts = await client.experts.list();
    assert.deepEqual(experts.map((e) => e.id), ['exp_1', 'exp_2']);
    assert.deepEqual(experts[0], EXPERT);
  });

  it('drops fields the contract does not know', async () => {
    server.use(http.get(`${BASE}/v1/experts/exp_1`, () => HttpResponse.json({ ...EXPERT, avatarUrl: 'https://x/y.png' })));
    assert.deepEqual(await client.experts.get('exp_1'), EXPERT);
  });

  it('encodes the expert id into the path', async () => {
    let seenPath = '';
    server.use(
      http.get(`${BASE}/v1/experts/:id`, ({ request }) => {
        seenPath = new URL(request.url).pathname;
        return HttpResponse.json(EXPERT);
      }),
    );
    await client.experts.get('a/b c');
    assert.equal(seenPath, '/v1/experts/a%2Fb%20c');
  });

  it('rejects an empty expert id before sending anything', async () => {
    await assert.rejects(client.experts.get(''), { name: 'TypeError', message: /^expertId must be a non-empty string/ });
  });

  it('turns a 404 problem into an ApiError', async () => {
    server.use(
      http.get(`${BASE}/v1/experts/nobody`, () =>
        problem(404, { code: 'not_found', title: 'Not found', detail: 'No expert nobody.', requestId: 'req_404' }),
      ),
    );
    const error = (await rejection(client.experts.get('nobody'))) as ApiError;
    assert.ok(isApiError(error));
    assert.deepEqual([error.status, error.code, error.message, error.requestId], [404, 'not_found', 'No expert nobody.', 'req_404']);
  });
});

describe('packages', () => {
  it('sorts by listingOrder, then id, even when the server does not', async () => {
    server.use(
      http.get(`${BASE}/v1/experts/exp_1/packages`, () =>
        HttpResponse.json({
          data: [
            pkg({ id: 'p_c', listingOrder: 2 }),
            pkg({ id: 'p_b', listingOrder: 0 }),
            pkg({ id: 'p_a', listingOrder: 0 }),
            pkg({ id: 'p_d', listingOrder: 1 }),
          ],
        }),
      ),
    );
    const list = await client.packages.list({ expertId: 'exp_1' });
    assert.deepEqual(list.map((p) => p.id), ['p_a', 'p_b', 'p_d', 'p_c']);
    assert.deepEqual(list[0], pkg({ id: 'p_a', listingOrder: 0 }));
  });

  it('sends the country and currency filters, and only those given', async () => {
    const seen: string[] = [];
    server.use(
      http.get(`${BASE}/v1/experts/exp_1/packages`, ({ request }) => {
        seen.push(new URL(request.url).search);
        return HttpResponse.json({ data: [] });
      }),
    );
    await client.packages.list({ expertId: 'exp_1', country: 'DE', currency: 'EUR' });
    await client.packages.list({ expertId: 'exp_1', currency: 'EUR' });
    await client.packages.list({ expertId: 'exp_1' });
    assert.deepEqual(seen, ['?country=DE&currency=EUR', '?currency=EUR', '']);
  });

  it('rejects bad filter codes before sending anything', async () => {
    await assert.rejects(client.packages.list({ expertId: 'exp_1', country: 'de' }), {
      name: 'RangeError',
      message: /^country must be an uppercase ISO code such as "DE" \(got "de"\)/,
    });
    await assert.rejects(client.packages.list({ expertId: 'exp_1', currency: 'EURO' }), { name: 'RangeError', message: /^currency/ });
    await assert.rejects(client.packages.list({ expertId: '' }), { name: 'TypeError', message: /^expertId/ });
  });

  it('reports a problem answer as an ApiError with its field errors and request id', async () => {
    const body = {
      type: 'https://apptkit.dev/problems/validation_failed',
      title: 'Validation failed',
      detail: 'The query has 1 invalid field.',
      code: 'validation_failed',
      requestId: 'req_123',
      errors: [{ field: 'currency', code: 'invalid_currency', message: 'currency must be an active ISO 4217 currency code.' }],
    };
    server.use(http.get(`${BASE}/v1/experts/exp_1/packages`, () => problem(422, body, { 'request-id': 'req_123' })));
    const error = (await rejection(client.packages.list({ expertId: 'exp_1' }))) as ApiError;
    assert.ok(isApiError(error));
    assert.equal(error.name, 'ApiError');
    assert.equal(error.status, 422);
    assert.equal(error.code, 'validation_failed');
    assert.equal(error.message, 'The query has 1 invalid field.');
    assert.equal(error.requestId, 'req_123');
    assert.deepEqual(error.fieldErrors, body.errors);
    assert.deepEqual(error.problem, { status: 422, ...body });
  });

  it('uses the title when a problem has no detail, and the Request-Id header when the body has none', async () => {
    server.use(
      http.get(`${BASE}/v1/experts/exp_1/packages`, () =>
        problem(403, { code: 'origin_not_allowed', title: 'Origin not allowed' }, { 'request-id': 'req_hdr' }),
      ),
    );
    const error = (await rejection(client.packages.list({ expertId: 'exp_1' }))) as ApiError;
    assert.deepEqual([error.code, error.message, error.requestId, error.fieldErrors], ['origin_not_allowed', 'Origin not allowed', 'req_hdr', []]);
  });

  it('turns a non-problem error body into an ApiError with code http_<status>', async () => {
    server.use(
      http.get(`${BASE}/v1/experts/exp_1/packages`, () =>
        new HttpResponse('<h1>Bad gateway</h1>', { status: 404, headers: { 'content-type': 'text/html', 'request-id': 'req_html' } }),
      ),
    );
    const error = (await rejection(client.packages.list({ expertId: 'exp_1' }))) as ApiError;
    assert.ok(isApiError(error));
    assert.deepEqual([error.status, error.code, error.requestId, error.problem], [404, 'http_404', 'req_html', undefined]);
    assert.match(error.message, /404/);
  });

  it('rejects a package that breaks the contract, naming the path', async () => {
    server.use(
      http.get(`${BASE}/v1/experts/exp_1/packages`, () =>
        HttpResponse.json({ data: [pkg({ id: 'p_1' }), pkg({ id: 'p_2', durationMinutes: '50' })] }, { headers: { 'request-id': 'req_bad' } }),
      ),
    );
    const error = (await rejection(client.packages.list({ expertId: 'exp_1' }))) as ResponseValidationError;
    assert.ok(isResponseValidationError(error));
    assert.deepEqual(error.issues.map((i) => i.path), ['$.data[1].durationMinutes']);
    assert.match(error.message, /at \$\.data\[1\]\.durationMinutes: durationMinutes must be a whole number ≥ 1 \(got "50"\)/);
    assert.equal(error.requestId, 'req_bad');
  });

  it('rejects packages that do not match the filter asked for', async () => {
    server.use(http.get(`${BASE}/v1/experts/exp_1/packages`, () => HttpResponse.json({ data: [pkg({ currency: 'USD' })] })));
    const error = (await rejection(client.packages.list({ expertId: 'exp_1', currency: 'EUR' }))) as ResponseValidationError;
    assert.ok(isResponseValidationError(error));
    assert.deepEqual(error.issues.map((i) => i.path), ['$.data[0].currency']);
  });

  it('rejects a body without the data envelope, or not JSON at all', async () => {
    server.use(http.get(`${BASE}/v1/experts/exp_1/packages`, () => HttpResponse.json([pkg()])));
    const notEnveloped = (await rejection(client.packages.list({ expertId: 'exp_1' }))) as ResponseValidationError;
    assert.deepEqual(notEnveloped.issues.map((i) => i.path), ['$']);

    server.use(http.get(`${BASE}/v1/experts/exp_1/packages`, () => HttpResponse.text('{"data": [', { headers: { 'content-type': 'application/json' } })));
    const notJson = (await rejection(client.packages.list({ expertId: 'exp_1' }))) as ResponseValidationError;
    assert.ok(isResponseValidationError(notJson));
    assert.match(notJson.message, /at \$: the body is not valid JSON/);
  });

  it('rejects an expert list whose items break the contract', async () => {
    server.use(
      http.get(`${BASE}/v1/experts`, () =>
        HttpResponse.json({ data: [EXPERT, { ...EXPERT, timeZone: 'Mars/Olympus' }, { ...EXPERT, name: '' }] }),
      ),
    );
    const error = (await rejection(client.experts.list())) as ResponseValidationError;
    assert.deepEqual(error.issues.map((i) => i.path), ['$.data[1].timeZone', '$.data[2].name']);
    assert.match(error.message, /\(and 1 more\)$/);
  });
});

describe('headers', () => {
  function recordHeaders(): Headers[] {
    const seen: Headers[] = [];
    server.use(
      http.get(`${BASE}/v1/experts`, ({ request }) => {
        seen.push(request.headers);
        return HttpResponse.json({ data: [] });
      }),
    );
    return seen;
  }

  it('sends the publishable key as a bearer token and no customer header without a token', async () => {
    const seen = recordHeaders();
    await client.experts.list();
    assert.equal(seen[0]!.get('authorization'), 'Bearer pk_test_demo');
    assert.equal(seen[0]!.get('accept'), 'application/json');
    assert.equal(seen[0]!.has('apptkit-customer'), false);
  });

  it('sends a fixed customer token', async () => {
    const seen = recordHeaders();
    await createClient({ baseUrl: BASE, publishableKey: 'pk_test_demo', customerToken: 'ct_fixed' }).experts.list();
    assert.equal(seen[0]!.get('apptkit-customer'), 'ct_fixed');
  });

  it('asks a token function before every call, so a refreshed token is used', async () => {
    const seen = recordHeaders();
    const tokens = ['ct_1', undefined, 'ct_2'];
    let calls = 0;
    const tokenClient = createClient({
      baseUrl: BASE,
      publishableKey: 'pk_test_demo',
      customerToken: async () => tokens[calls++],
    });
    for (let i = 0; i < 3; i++) await tokenClient.experts.list();
    assert.deepEqual(seen.map((h) => h.get('apptkit-customer')), ['ct_1', null, 'ct_2']);
  });

  it('rejects with the token function’s own error when it fails', async () => {
    recordHeaders();
    const failure = new Error('session expired');
    const tokenClient = createClient({ baseUrl: BASE, publishableKey: 'pk_x', customerToken: () => Promise.reject(failure) });
    assert.equal(await rejection(tokenClient.experts.list()), failure);
  });

  it('uses the fetch it was given', async () => {
    const urls: string[] = [];
    const fetchSpy: typeof fetch = async (input) => {
      urls.push(input instanceof Request ? input.url : String(input));
      return Response.json({ data: [] });
    };
    await createClient({ baseUrl: 'https://other.test/booking', publishableKey: 'pk_x', fetch: fetchSpy }).experts.list();
    assert.deepEqual(urls, ['https://other.test/booking/v1/experts']);
  });
});

describe('failures', () => {
  it('reports an unreachable server as a NetworkError', async () => {
    server.use(http.get(`${BASE}/v1/experts`, () => HttpResponse.error()));
    const error = await rejection(createClient({ baseUrl: BASE, publishableKey: 'pk_x', retry: 0 }).experts.list());
    assert.ok(isNetworkError(error));
    assert.equal(error.url, `${BASE}/v1/experts`);
    assert.ok(error.cause instanceof Error);
    assert.equal(isApiError(error), false);
  });

  it('reports a server that does not answer in time as a TimeoutError, without retrying', async () => {
    let attempts = 0;
    server.use(
      http.get(`${BASE}/v1/experts`, () => {
        attempts++;
        return new Promise<Response>(() => {}); // never answers
      }),
    );
    const error = await rejection(createClient({ baseUrl: BASE, publishableKey: 'pk_x', timeoutMs: 20 }).experts.list());
    assert.ok(isTimeoutError(error));
    assert.equal(error.timeoutMs, 20);
    assert.equal(attempts, 1);
  });
});

describe('error guards', () => {
  it('recognise errors from another realm by name and shape', () => {
    assert.equal(isApiError({ name: 'ApiError', status: 500, code: 'internal' }), true);
    assert.equal(isNetworkError({ name: 'NetworkError', url: 'https://x' }), true);
    assert.equal(isResponseValidationError({ name: 'ResponseValidationError', issues: [] }), true);
    assert.equal(isTimeoutError({ name: 'TimeoutError', timeoutMs: 5 }), true);
  });

  it('reject look-alikes and foreign values', () => {
    assert.equal(isApiError(new Error('ApiError')), false);
    assert.equal(isApiError({ name: 'ApiError' }), false);
    assert.equal(isApiError(null), false);
    assert.equal(isTimeoutError(new DOMException('signal timed out', 'TimeoutError')), false);
    assert.equal(isNetworkError(new TypeError('fetch failed')), false);
  });
});

describe('instance', () => {
  it('is immutable', () => {
    assert.ok(Object.isFrozen(client));
    assert.ok(Object.isFrozen(client.experts));
    assert.ok(Object.isFrozen(client.packages));
  });
});
