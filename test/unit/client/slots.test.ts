import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { http, HttpResponse } from 'msw';
import { createClient, isApiError, isResponseValidationError, type ApiError, type ResponseValidationError } from '../../../src/client/index.js';
import { BASE, problem, useServer } from './helpers.js';

const server = useServer();
const client = createClient({ baseUrl: BASE, publishableKey: 'pk_test_demo', retry: { backoffMs: 1 } });
const SLOTS = `${BASE}/v1/experts/exp_1/slots`;
const HOLDS = `${BASE}/v1/holds`;

const QUERY = { expertId: 'exp_1', packageId: 'pkg_1', from: '2026-10-01T00:00:00Z', to: '2026-11-01T00:00:00Z' };
const SLOT_A = { start: '2026-10-24T08:00:00Z', end: '2026-10-24T08:50:00Z' };
const SLOT_B = { start: '2026-10-25T09:00:00Z', end: '2026-10-25T09:50:00Z' };

const slotAnswer = (overrides: Record<string, unknown> = {}) => ({
  expertId: 'exp_1',
  packageId: 'pkg_1',
  timeZone: 'Europe/Berlin',
  from: QUERY.from,
  to: QUERY.to,
  data: [SLOT_A, SLOT_B],
  ...overrides,
});

const HOLD = {
  id: 'hold_1',
  token: 'hold_secret',
  expertId: 'exp_1',
  packageId: 'pkg_1',
  slots: [SLOT_A, SLOT_B],
  expiresAt: '2026-10-20T10:10:00Z',
};

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  return assert.fail('expected the call to reject');
}

describe('slots.list', () => {
  it('asks for the package and range, and returns the expert zone and the slots', async () => {
    let search = '';
    server.use(
      http.get(SLOTS, ({ request }) => {
        search = new URL(request.url).search;
        return HttpResponse.json(slotAnswer());
      }),
    );
    const list = await client.slots.list(QUERY);
    assert.deepEqual(list, { timeZone: 'Europe/Berlin', slots: [SLOT_A, SLOT_B] });
    const params = new URLSearchParams(search);
    assert.equal(params.get('packageId'), 'pkg_1');
    assert.equal(Date.parse(params.get('from')!), Date.parse(QUERY.from));
    assert.equal(Date.parse(params.get('to')!), Date.parse(QUERY.to));
  });

  it('sends Dates and offset instants as UTC instants', async () => {
    const seen: string[] = [];
    server.use(
      http.get(SLOTS, ({ request }) => {
        const params = new URL(request.url).searchParams;
        seen.push(params.get('from')!, params.get('to')!);
        return HttpResponse.json(slotAnswer({ data: [] }));
      }),
    );
    await client.slots.list({ ...QUERY, from: new Date('2026-10-01T00:00:00Z'), to: '2026-10-02T02:00:00+02:00' });
    assert.deepEqual(seen, ['2026-10-01T00:00:00.000Z', '2026-10-02T00:00:00.000Z']);
  });

  it('rejects a bad query before sending anything, naming the field', async () => {
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ expertId: '' }, 'TypeError', /^expertId must be a non-empty string/],
      [{ packageId: undefined }, 'TypeError', /^packageId must be a non-empty string/],
      [{ from: '2026-10-01' }, 'TypeError', /^from must be a Date or an ISO-8601 instant/],
      [{ to: '2026-10-01T10:00:00' }, 'TypeError', /^to must be a Date or an ISO-8601 instant/],
      [{ from: new Date('nope') }, 'RangeError', /^from must be a valid Date/],
      [{ to: QUERY.from }, 'RangeError', /^to must be after from/],
      [{ to: '2026-12-03T00:00:00Z' }, 'RangeError', /^to must be at most 62 days after from \(got 63\.0 days\)/],
    ];
    for (const [overrides, name, message] of cases) {
      await assert.rejects(client.slots.list({ ...QUERY, ...overrides } as typeof QUERY), { name, message }, JSON.stringify(overrides));
    }
  });

  it('rejects slots that are not UTC instants, out of order, or of another package, naming the path', async () => {
    const cases: [Record<string, unknown>, string[]][] = [
      [{ data: [{ start: '2026-10-24T10:00:00+02:00', end: SLOT_A.end }] }, ['$.data[0].start']],
      [{ data: [{ start: SLOT_A.start, end: SLOT_A.start }] }, ['$.data[0].end']],
      [{ data: [SLOT_B, SLOT_A] }, ['$.data[1].start']],
      [{ data: [{ start: SLOT_A.start }] }, ['$.data[0].end']],
      [{ packageId: 'pkg_2' }, ['$.packageId']],
      [{ timeZone: 'Mars/Olympus' }, ['$.timeZone']],
      [{ data: 'none' }, ['$.data']],
    ];
    for (const [overrides, paths] of cases) {
      server.use(http.get(SLOTS, () => HttpResponse.json(slotAnswer(overrides))));
      const error = (await rejection(client.slots.list(QUERY))) as ResponseValidationError;
      assert.ok(isResponseValidationError(error), JSON.stringify(overrides));
      assert.deepEqual(error.issues.map((i) => i.path), paths, JSON.stringify(overrides));
    }
  });

  it('reports a range error of the server with its field errors', async () => {
    const errors = [{ field: 'to', code: 'range_too_long', message: 'to must be at most 62 days after from.' }];
    server.use(http.get(SLOTS, () => problem(422, { code: 'validation_failed', title: 'Validation failed', errors })));
    const error = (await rejection(client.slots.list(QUERY))) as ApiError;
    assert.ok(isApiError(error));
    assert.deepEqual([error.status, error.code, error.fieldErrors], [422, 'validation_failed', errors]);
  });

  it('rejects with the abort reason when the caller aborts', async () => {
    let arrive!: () => void;
    const arrived = new Promise<void>((resolve) => (arrive = resolve));
    server.use(
      http.get(SLOTS, () => {
        arrive();
        return new Promise<Response>(() => {});
      }),
    );
    const controller = new AbortController();
    const reason = new Error('month changed');
    const call = client.slots.list(QUERY, { signal: controller.signal });
    await arrived;
    controller.abort(reason);
    await assert.rejects(call, (error) => error === reason);
  });
});

describe('holds.create', () => {
  function recordHolds(answer: () => Response = () => HttpResponse.json(HOLD, { status: 201 })) {
    const seen: { key: string | null; body: unknown }[] = [];
    server.use(
      http.post(HOLDS, async ({ request }) => {
        seen.push({ key: request.headers.get('idempotency-key'), body: await request.json() });
        return answer();
      }),
    );
    return seen;
  }

  it('posts the starts with a fresh Idempotency-Key and returns the hold', async () => {
    const seen = recordHolds();
    const input = { expertId: 'exp_1', packageId: 'pkg_1', starts: [SLOT_A.start, SLOT_B.start] };
    assert.deepEqual(await client.holds.create(input), HOLD);
    await client.holds.create(input);
    assert.deepEqual(seen[0]!.body, input);
    assert.match(seen[0]!.key!, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.notEqual(seen[0]!.key, seen[1]!.key);
  });

  it('sends the Idempotency-Key it is given, so a caller can retry the same reservation', async () => {
    const seen = recordHolds();
    const input = { expertId: 'exp_1', packageId: 'pkg_1', starts: [SLOT_A.start] };
    await client.holds.create(input, { idempotencyKey: 'checkout-42' });
    await client.holds.create(input, { idempotencyKey: 'checkout-42' });
    assert.deepEqual(seen.map((s) => s.key), ['checkout-42', 'checkout-42']);
  });

  it('never retries, even on a 503', async () => {
    const seen = recordHolds(() => problem(503, { code: 'unavailable', title: 'Unavailable' }));
    await assert.rejects(client.holds.create({ expertId: 'exp_1', packageId: 'pkg_1', starts: [SLOT_A.start] }), {
      name: 'ApiError',
      status: 503,
    });
    assert.equal(seen.length, 1);
  });

  it('reports a taken slot as an ApiError slot_taken', async () => {
    recordHolds(() => problem(409, { code: 'slot_taken', title: 'Slot taken', detail: 'Someone else holds 2026-10-24T08:00:00Z.' }));
    const error = (await rejection(client.holds.create({ expertId: 'exp_1', packageId: 'pkg_1', starts: [SLOT_A.start] }))) as ApiError;
    assert.deepEqual([error.status, error.code], [409, 'slot_taken']);
  });

  it('rejects bad input before sending anything, naming the field', async () => {
    const seen = recordHolds();
    const base = { expertId: 'exp_1', packageId: 'pkg_1', starts: [SLOT_A.start] };
    const cases: [Record<string, unknown>, Record<string, unknown>, string, RegExp][] = [
      [{ starts: [] }, {}, 'TypeError', /^starts must be a non-empty array of slot starts \(got an empty array\)/],
      [{ starts: SLOT_A.start }, {}, 'TypeError', /^starts must be a non-empty array/],
      [{ starts: [SLOT_A.start, '2026-10-25T11:00:00+02:00'] }, {}, 'TypeError', /^starts\[1\] must be a slot start/],
      [{ starts: [SLOT_A.start, SLOT_B.start, SLOT_A.start] }, {}, 'RangeError', /^starts\[2\] repeats starts\[0\]/],
      [{ packageId: '' }, {}, 'TypeError', /^packageId must be a non-empty string/],
      [{}, { idempotencyKey: 'has space' }, 'TypeError', /^idempotencyKey must be 1–255 visible ASCII/],
      [{}, { idempotencyKey: '' }, 'TypeError', /^idempotencyKey/],
    ];
    for (const [input, options, name, message] of cases) {
      await assert.rejects(client.holds.create({ ...base, ...input } as typeof base, options), { name, message }, JSON.stringify(input));
    }
    assert.equal(seen.length, 0);
  });

  it('rejects a hold answer that breaks the contract', async () => {
    recordHolds(() => HttpResponse.json({ ...HOLD, token: '', expiresAt: 'soon' }, { status: 201 }));
    const error = (await rejection(client.holds.create({ expertId: 'exp_1', packageId: 'pkg_1', starts: [SLOT_A.start] }))) as ResponseValidationError;
    assert.ok(isResponseValidationError(error));
    assert.deepEqual(error.issues.map((i) => i.path), ['$.token', '$.expiresAt']);
    // Whether the answer is about what was asked is checked once its shape is right.
    recordHolds(() => HttpResponse.json({ ...HOLD, packageId: 'pkg_9' }, { status: 201 }));
    const other = (await rejection(client.holds.create({ expertId: 'exp_1', packageId: 'pkg_1', starts: [SLOT_A.start] }))) as ResponseValidationError;
    assert.deepEqual(other.issues.map((i) => [i.path, i.message]), [['$.packageId', 'expected "pkg_1" as asked for (got "pkg_9").']]);
  });
});

describe('holds.get and holds.release', () => {
  it('reads a hold with its token in Apptkit-Hold', async () => {
    let token: string | null = null;
    server.use(
      http.get(`${HOLDS}/hold_1`, ({ request }) => {
        token = request.headers.get('apptkit-hold');
        return HttpResponse.json(HOLD);
      }),
    );
    assert.deepEqual(await client.holds.get(HOLD), HOLD);
    assert.equal(token, 'hold_secret');
  });

  it('releases a hold: DELETE with its token, resolving on 204', async () => {
    const seen: { method: string; path: string; token: string | null }[] = [];
    server.use(
      http.delete(`${HOLDS}/:id`, ({ request }) => {
        const url = new URL(request.url);
        seen.push({ method: request.method, path: url.pathname, token: request.headers.get('apptkit-hold') });
        return new HttpResponse(null, { status: 204 });
      }),
    );
    assert.equal(await client.holds.release({ id: 'hold/1', token: 'hold_secret' }), undefined);
    assert.deepEqual(seen, [{ method: 'DELETE', path: '/v1/holds/hold%2F1', token: 'hold_secret' }]);
  });

  it('reports an expired hold as not_found, without retrying the DELETE', async () => {
    let attempts = 0;
    server.use(
      http.delete(`${HOLDS}/hold_1`, () => {
        attempts++;
        return problem(404, { code: 'not_found', title: 'Not found' });
      }),
    );
    await assert.rejects(client.holds.release(HOLD), { name: 'ApiError', code: 'not_found' });
    assert.equal(attempts, 1);
  });

  it('needs the hold id and token', async () => {
    await assert.rejects(client.holds.release({ id: 'hold_1', token: '' }), { name: 'TypeError', message: /^hold\.token must be a non-empty string/ });
    await assert.rejects(client.holds.get({ id: '', token: 't' }), { name: 'TypeError', message: /^hold\.id must be a non-empty string/ });
  });
});

describe('instance', () => {
  it('keeps the new namespaces immutable', () => {
    assert.ok(Object.isFrozen(client.slots));
    assert.ok(Object.isFrozen(client.holds));
  });
});
