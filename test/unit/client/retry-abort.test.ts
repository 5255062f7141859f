import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { http, HttpResponse } from 'msw';
import { createClient, isApiError, isNetworkError, type ApiError, type ClientOptions } from '../../../src/client/index.js';
import { resolveOptions } from '../../../src/client/options.js';
import { createTransport } from '../../../src/http/transport.js';
import { BASE, EXPERT, problem, useServer } from './helpers.js';

const server = useServer();
const URL_EXPERTS = `${BASE}/v1/experts`;

/** Answers with `failures` in turn, then a good expert list; counts the attempts. */
function answerAfter(failures: (() => Response)[]): { attempts: () => number } {
  let attempts = 0;
  server.use(
    http.all(URL_EXPERTS, () => {
      const failure = failures[attempts++];
      return failure ? failure() : HttpResponse.json({ data: [EXPERT] });
    }),
  );
  return { attempts: () => attempts };
}

const unavailable = (headers: Record<string, string> = {}) => () =>
  problem(503, { code: 'unavailable', title: 'Service unavailable' }, headers);

const fastRetry = (retry: ClientOptions['retry'] = { backoffMs: 1 }) =>
  createClient({ baseUrl: BASE, publishableKey: 'pk_x', retry });

describe('retries of GET requests', () => {
  it('retries a 503 and returns the later success', async () => {
    const server = answerAfter([unavailable()]);
    assert.deepEqual(await fastRetry().experts.list(), [EXPERT]);
    assert.equal(server.attempts(), 2);
  });

  it('retries 408, 429, 500 and 504', async () => {
    for (const status of [408, 429, 500, 504]) {
      const server = answerAfter([() => new HttpResponse(null, { status })]);
      assert.deepEqual(await fastRetry().experts.list(), [EXPERT]);
      assert.equal(server.attempts(), 2, `status ${status}`);
    }
  });

  it('gives up after the limit (2 by default) with the last ApiError', async () => {
    const server = answerAfter([unavailable(), unavailable(), unavailable(), unavailable()]);
    const error = (await fastRetry().experts.list().catch((e: unknown) => e)) as ApiError;
    assert.ok(isApiError(error));
    assert.deepEqual([error.status, error.code], [503, 'unavailable']);
    assert.equal(server.attempts(), 3);
  });

  it('honours a custom limit, including 0', async () => {
    const once = answerAfter([unavailable(), unavailable()]);
    await assert.rejects(fastRetry({ limit: 0 }).experts.list(), { name: 'ApiError' });
    assert.equal(once.attempts(), 1);
    const twice = answerAfter([unavailable(), unavailable()]);
    await assert.rejects(fastRetry(1).experts.list(), { name: 'ApiError' });
    assert.equal(twice.attempts(), 2);
  });

  it('does not retry a 400', async () => {
    const server = answerAfter([() => problem(400, { code: 'invalid_json', title: 'Invalid JSON' })]);
    await assert.rejects(fastRetry().experts.list(), { name: 'ApiError', code: 'invalid_json', status: 400 });
    assert.equal(server.attempts(), 1);
  });

  it('retries network failures too', async () => {
    const server = answerAfter([() => HttpResponse.error()]);
    assert.deepEqual(await fastRetry().experts.list(), [EXPERT]);
    assert.equal(server.attempts(), 2);
  });

  it('reports a NetworkError once the retries are spent', async () => {
    const server = answerAfter([() => HttpResponse.error(), () => HttpResponse.error(), () => HttpResponse.error()]);
    const error = await fastRetry().experts.list().catch((e: unknown) => e);
    assert.ok(isNetworkError(error));
    assert.equal(server.attempts(), 3);
  });

  // With a one-minute backoff, these only finish (well within the test timeout) if Retry-After wins.
  const slowBackoff = { backoffMs: 60_000, maxRetryAfterMs: 60_000 };

  it('waits as long as Retry-After in seconds says, instead of the backoff', { timeout: 10_000 }, async () => {
    const server = answerAfter([unavailable({ 'retry-after': '0' }), unavailable({ 'retry-after': '0' })]);
    assert.deepEqual(await fastRetry(slowBackoff).experts.list(), [EXPERT]);
    assert.equal(server.attempts(), 3);
  });

  it('understands Retry-After as an HTTP date', { timeout: 10_000 }, async () => {
    const past = new Date(Date.now() - 5_000).toUTCString();
    const server = answerAfter([() => problem(429, { code: 'rate_limited', title: 'Slow down' }, { 'retry-after': past })]);
    assert.deepEqual(await fastRetry(slowBackoff).experts.list(), [EXPERT]);
    assert.equal(server.attempts(), 2);
  });

  it('tells how long a refusal asked to wait once retries are spent', async () => {
    answerAfter([0, 1, 2].map(() => () => problem(429, { code: 'rate_limited', title: 'Slow down' }, { 'retry-after': '0' })));
    const error = await fastRetry({ limit: 2, backoffMs: 1 }).experts.list().catch((e: unknown) => e as ApiError);
    assert.ok(isApiError(error));
    assert.equal(error.code, 'rate_limited');
    assert.equal(error.retryAfterMs, 0);
    answerAfter([() => problem(404, { code: 'not_found', title: 'No' })]);
    const plain = await fastRetry().experts.list().catch((e: unknown) => e);
    assert.ok(isApiError(plain));
    assert.equal(plain.retryAfterMs, undefined);
  });

  it('caps a long Retry-After at maxRetryAfterMs', { timeout: 10_000 }, async () => {
    const server = answerAfter([unavailable({ 'retry-after': '3600' })]);
    assert.deepEqual(await fastRetry({ backoffMs: 1, maxRetryAfterMs: 5 }).experts.list(), [EXPERT]);
    assert.equal(server.attempts(), 2);
  });

  it('never retries a non-GET request', async () => {
    const server = answerAfter([unavailable(), unavailable()]);
    const transport = createTransport(resolveOptions({ baseUrl: BASE, publishableKey: 'pk_x', retry: { backoffMs: 1 } }));
    await assert.rejects(
      transport.request({ method: 'POST', path: 'v1/experts', json: { a: 1 }, parse: (json) => json }),
      { name: 'ApiError', status: 503 },
    );
    assert.equal(server.attempts(), 1);
  });
});

describe('abort', () => {
  function hangingServer(): { arrived: Promise<void> } {
    let arrive!: () => void;
    const arrived = new Promise<void>((resolve) => (arrive = resolve));
    server.use(
      http.get(URL_EXPERTS, () => {
        arrive();
        return new Promise<Response>(() => {}); // never answers
      }),
    );
    return { arrived };
  }

  it('rejects with the signal’s reason, untouched', async () => {
    const { arrived } = hangingServer();
    const controller = new AbortController();
    const reason = new Error('the user closed the widget');
    const call = fastRetry().experts.list({ signal: controller.signal });
    await arrived;
    controller.abort(reason);
    await assert.rejects(call, (error) => error === reason);
  });

  it('follows the caller\'s signal in browsers without AbortSignal.any (Safari before 17.4)', async (t) => {
    const original = AbortSignal.any;
    t.after(() => void (AbortSignal.any = original));
    // @ts-expect-error: an older engine's AbortSignal has no any()
    delete AbortSignal.any;
    assert.equal(typeof AbortSignal.any, 'undefined');
    const { arrived } = hangingServer();
    const controller = new AbortController();
    const reason = new Error('closed on an older Safari');
    const call = fastRetry().experts.list({ signal: controller.signal });
    await arrived;
    controller.abort(reason);
    await assert.rejects(call, (error) => error === reason);
  });

  it('rejects with an AbortError when aborted without a reason', async () => {
    const { arrived } = hangingServer();
    const controller = new AbortController();
    const call = fastRetry().experts.list({ signal: controller.signal });
    await arrived;
    controller.abort();
    await assert.rejects(call, (error) => error === controller.signal.reason && (error as DOMException).name === 'AbortError');
  });

  it('sends nothing when the signal is already aborted', async () => {
    const server = answerAfter([]);
    const reason = new Error('too late');
    await assert.rejects(fastRetry().experts.list({ signal: AbortSignal.abort(reason) }), (error) => error === reason);
    assert.equal(server.attempts(), 0);
  });

  it('stops waiting between retries when aborted', async () => {
    const controller = new AbortController();
    const reason = new Error('navigated away');
    let attempts = 0;
    server.use(
      http.get(URL_EXPERTS, () => {
        attempts++;
        setTimeout(() => controller.abort(reason), 5); // abort during the one-minute backoff
        return problem(503, { code: 'unavailable' });
      }),
    );
    const call = fastRetry({ backoffMs: 60_000, maxRetryAfterMs: 60_000 }).experts.list({ signal: controller.signal });
    await assert.rejects(call, (error) => error === reason);
    assert.equal(attempts, 1);
  });
});
