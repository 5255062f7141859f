import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { http, HttpResponse } from 'msw';
import { ApiError, ResponseValidationError, createClient } from '../../../src/client/index.js';
import { BASE, EXPERT, problem, rejection, useServer } from './helpers.js';
import { resolveOptions } from '../../../src/client/options.js';
import { createTransport, type Parser } from '../../../src/http/transport.js';
import { NetworkError } from '../../../src/http/errors.js';

const server = useServer();

describe('the transport the client and the admin SDK share', () => {
  it('calls the fetch option as a plain function, so a fetch bound to window works', async () => {
    const seen: (string | undefined)[] = [];
    // Like a browser's window.fetch: called as a method of any other object, it refuses.
    function windowFetch(this: unknown, input: RequestInfo | URL): Promise<Response> {
      if (this !== undefined && this !== globalThis) return Promise.reject(new TypeError('Illegal invocation'));
      seen.push(input instanceof Request ? input.headers.get('authorization') ?? undefined : undefined);
      return Promise.resolve(Response.json({ data: [EXPERT] }));
    }
    const client = createClient({ baseUrl: BASE, publishableKey: 'pk_x', fetch: windowFetch, retry: 0 });
    assert.deepEqual(await client.experts.list(), [EXPERT]);
    assert.deepEqual(seen, ['Bearer pk_x']);
  });

  it('asks the customer token again for a retried GET', async () => {
    let attempts = 0;
    const tokens: (string | null)[] = [];
    server.use(
      http.get(`${BASE}/v1/experts`, ({ request }) => {
        tokens.push(request.headers.get('apptkit-customer'));
        return attempts++ === 0 ? problem(503, { code: 'unavailable' }) : HttpResponse.json({ data: [] });
      }),
    );
    let asked = 0;
    const client = createClient({ baseUrl: BASE, publishableKey: 'pk_x', retry: { backoffMs: 1 }, customerToken: () => `ct_${++asked}` });
    await client.experts.list();
    assert.deepEqual(tokens, ['ct_1', 'ct_2']);
  });

  it('leaves no bare "?" on a URL whose query parameters are all unset', async () => {
    const urls: string[] = [];
    server.use(
      http.get(`${BASE}/v1/experts/exp_1/packages`, ({ request }) => {
        urls.push(request.url);
        return HttpResponse.json({ data: [] });
      }),
    );
    await createClient({ baseUrl: BASE, publishableKey: 'pk_x' }).packages.list({ expertId: 'exp_1' });
    assert.deepEqual(urls, [`${BASE}/v1/experts/exp_1/packages`]);
  });

  it('builds the exported error classes, though their code loads only when an answer needs one', async () => {
    server.use(http.get(`${BASE}/v1/experts`, () => problem(404, { code: 'not_found', title: 'No' })));
    const refused = await rejection(createClient({ baseUrl: BASE, publishableKey: 'pk_x' }).experts.list());
    assert.ok(refused instanceof ApiError);

    server.use(http.get(`${BASE}/v1/experts`, () => HttpResponse.json({ data: [{ id: 'exp_1' }] }, { headers: { 'request-id': 'req_7' } })));
    const malformed = await rejection(createClient({ baseUrl: BASE, publishableKey: 'pk_x' }).experts.list());
    assert.ok(malformed instanceof ResponseValidationError);
    assert.equal(malformed.url, `${BASE}/v1/experts`);
    assert.equal(malformed.requestId, 'req_7');
  });

  it('reads an answer with a reader that was still loading when the request went out', async () => {
    server.use(http.get(`${BASE}/v1/experts`, () => HttpResponse.json({ data: [EXPERT] })));
    const transport = createTransport(resolveOptions({ baseUrl: BASE, publishableKey: 'pk_x' }));
    const names: Parser<string[]> = (json) => (json as { data: { name: string }[] }).data.map((expert) => expert.name);
    const loading = new Promise<Parser<string[]>>((resolve) => setTimeout(() => resolve(names), 20));
    assert.deepEqual(await transport.request({ method: 'GET', path: 'v1/experts', parse: loading }), [EXPERT.name]);
  });

  it('rejects with a NetworkError when the reader of an answer fails to load, and with the answer\'s error when that comes first', async () => {
    const transport = createTransport(resolveOptions({ baseUrl: BASE, publishableKey: 'pk_x', retry: 0 }));
    const loadError = new TypeError('Failed to fetch dynamically imported module');
    server.use(http.get(`${BASE}/v1/experts`, () => HttpResponse.json({ data: [] })));
    const lost = await rejection(transport.request({ method: 'GET', path: 'v1/experts', parse: Promise.reject<Parser<unknown>>(loadError) }));
    assert.ok(lost instanceof NetworkError);
    assert.equal(lost.url, `${BASE}/v1/experts`);
    assert.equal(lost.cause, loadError);

    server.use(http.get(`${BASE}/v1/experts`, () => problem(404, { code: 'not_found', title: 'No' })));
    const refused = await rejection(transport.request({ method: 'GET', path: 'v1/experts', parse: Promise.reject<Parser<unknown>>(loadError) }));
    assert.ok(refused instanceof ApiError);
  });
});
