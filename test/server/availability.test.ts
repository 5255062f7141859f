import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Availability } from '../../demo/server/db/availability.js';
import { assertProblem, putAvailability, startTestServer, testClock, type TestServer } from './harness.js';

const path = (expertId: string) => `/v1/admin/experts/${expertId}/availability`;

describe('expert availability (admin)', () => {
  let test: TestServer;
  const clock = testClock('2026-03-02T06:00:00Z');
  before(async () => {
    test = await startTestServer({ clock: clock.clock }, { persistent: true });
  });
  after(() => test.close());

  const get = (expertId: string) => test.call<Availability>(path(expertId));

  it('seeds the demo experts in their own zones: weekly rules, overrides and a block', async () => {
    const istanbul = (await get('exp_istanbul')).body;
    assert.equal(istanbul.timeZone, 'Europe/Istanbul');
    const monday = istanbul.weekly.filter((rule) => rule.weekday === 1).map(({ start, end }) => `${start}-${end}`).sort();
    assert.deepEqual(monday, ['10:00-13:00', '14:00-18:00'], 'weekdays 10–18 with a lunch gap');
    assert.ok(!istanbul.weekly.some((rule) => rule.weekday >= 6), 'no weekend');

    const newYork = (await get('exp_newyork')).body;
    assert.equal(newYork.timeZone, 'America/New_York');
    assert.deepEqual([...new Set(newYork.weekly.map((rule) => rule.weekday))].sort(), [1, 2, 3, 4, 6]);

    const kolkata = (await get('exp_kolkata')).body;
    assert.equal(kolkata.timeZone, 'Asia/Kolkata');
    assert.equal(kolkata.weekly.filter((rule) => rule.weekday === 3).length, 2, 'split shifts');

    const all = [istanbul, newYork, kolkata];
    assert.ok(all.reduce((n, a) => n + a.overrides.length, 0) >= 2, 'a couple of overrides');
    assert.ok(all.some((a) => a.blocks.length > 0), 'a block');
    // Override dates and blocks count from the server clock at seeding time.
    for (const a of all) for (const o of a.overrides) assert.ok(o.date > '2026-03-02', o.date);
    for (const block of istanbul.blocks) assert.ok(block.start > clock.now.replace('.000Z', 'Z'), block.start);
  });

  it('answers with the version as ETag and 404 for an unknown expert', async () => {
    const response = await get('exp_kolkata');
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('etag'), `"${response.body.version}"`);
    assertProblem(await get('exp_nobody'), 404, 'not_found');
    assertProblem(await test.call(path('exp_kolkata'), { key: 'publishable' }), 403, 'forbidden');
  });

  it('replaces the availability with If-Match, bumping the version, and reads it back', async () => {
    const before = (await get('exp_kolkata')).body;
    const body = {
      timeZone: 'Asia/Kathmandu',
      weekly: [{ weekday: 2, start: '09:00', end: '24:00' }],
      overrides: [{ date: '2026-04-01', intervals: [] }, { date: '2026-04-02', intervals: [{ start: '10:00', end: '11:30' }] }],
      blocks: [{ start: '2026-04-03T10:00:00+05:45', end: '2026-04-03T12:00:00+05:45', reason: '  Conference ' }],
    };
    const response = await test.call<Availability>(path('exp_kolkata'), {
      method: 'PUT',
      body,
      headers: { 'if-match': `"${before.version}"` },
    });
    assert.equal(response.status, 200, JSON.stringify(response.body));
    assert.equal(response.body.version, before.version + 1);
    assert.equal(response.headers.get('etag'), `"${before.version + 1}"`);
    const { blocks, ...rest } = response.body;
    assert.deepEqual(rest, {
      expertId: 'exp_kolkata',
      timeZone: 'Asia/Kathmandu',
      version: before.version + 1,
      weekly: body.weekly,
      overrides: body.overrides,
    });
    assert.equal(blocks.length, 1);
    assert.match(blocks[0]!.id, /^blk_[a-z2-7]{20}$/);
    assert.deepEqual({ ...blocks[0], id: '' }, { id: '', start: '2026-04-03T04:15:00Z', end: '2026-04-03T06:15:00Z', reason: 'Conference' });
    assert.deepEqual((await get('exp_kolkata')).body, response.body);
    const expert = await test.call<{ timeZone: string }>('/v1/experts/exp_kolkata');
    assert.equal(expert.body.timeZone, 'Asia/Kathmandu', 'the expert carries the new zone');
  });

  it('needs If-Match (428) and refuses a stale version with 412 and the current one', async () => {
    const current = (await get('exp_newyork')).body;
    const body = { weekly: [], overrides: [], blocks: [] };
    assertProblem(await test.call(path('exp_newyork'), { method: 'PUT', body }), 428, 'precondition_required');
    const stale = await test.call(path('exp_newyork'), { method: 'PUT', body, headers: { 'if-match': `"${current.version + 5}"` } });
    assert.equal(assertProblem(stale, 412, 'version_conflict').currentVersion, current.version);
    assert.deepEqual((await get('exp_newyork')).body, current, 'nothing changed');
    assertProblem(await test.call(path('exp_nobody'), { method: 'PUT', body, headers: { 'if-match': '"1"' } }), 404, 'not_found');
  });

  it('names the invalid field with the slot rules: weekly[0].end before its start', async () => {
    const before = (await get('exp_newyork')).body;
    const response = await putAvailability(test, 'exp_newyork', {
      weekly: [{ weekday: 1, start: '17:00', end: '09:00' }],
      overrides: [],
      blocks: [],
    });
    const problem = assertProblem(response, 422, 'validation_failed');
    assert.deepEqual(problem.errors?.map((e) => e.field), ['weekly[0].end']);
    assert.match(problem.errors?.[0]?.message ?? '', /^weekly\[0\]\.end must be after weekly\[0\]\.start/);
    assert.deepEqual((await get('exp_newyork')).body, before, 'nothing changed');
  });

  it('reports the first problem of every part at once, and unknown or missing fields', async () => {
    const response = await putAvailability(test, 'exp_newyork', {
      timeZone: 'Mars/Olympus_Mons',
      weekly: [{ weekday: 1, start: '09:00', end: '12:00' }, { weekday: 8, start: '09:00', end: '12:00' }],
      overrides: [{ date: '2026-02-30', intervals: [] }],
      blocks: [{ start: '2026-05-01T12:00:00Z', end: '2026-05-01T11:00:00Z' }, { start: 'soon', end: '2026-05-01T11:00:00Z', colour: 'red' }],
      notes: 'x',
    });
    const problem = assertProblem(response, 422, 'validation_failed');
    assert.deepEqual(problem.errors?.map((e) => e.field).sort(), [
      'blocks[1].colour',
      'blocks[1].start',
      'notes',
      'overrides[0].date',
      'timeZone',
      'weekly[1].weekday',
    ]);
    for (const error of problem.errors ?? []) assert.ok(error.message.includes(error.field), error.message);

    const reversed = await putAvailability(test, 'exp_newyork', {
      weekly: [],
      overrides: [{ date: '2026-05-02', intervals: [{ start: '10:00', end: '25:00' }] }],
      blocks: [{ start: '2026-05-01T12:00:00Z', end: '2026-05-01T11:00:00Z' }],
    });
    const fields = assertProblem(reversed, 422, 'validation_failed').errors?.map((e) => e.field);
    assert.deepEqual(fields, ['overrides[0].intervals[0].end', 'blocks[0].end']);

    const missing = await putAvailability(test, 'exp_newyork', { weekly: [] });
    assert.deepEqual(
      assertProblem(missing, 422, 'validation_failed').errors?.map((e) => [e.field, e.code]),
      [['overrides', 'required'], ['blocks', 'required']],
    );
  });

  it('seeds only once: edits and the seeded availability survive a restart unchanged', async () => {
    const before = await Promise.all(['exp_istanbul', 'exp_newyork', 'exp_kolkata'].map(async (id) => (await get(id)).body));
    clock.advance(60 * 24 * 30);
    await test.restart();
    const after = await Promise.all(['exp_istanbul', 'exp_newyork', 'exp_kolkata'].map(async (id) => (await get(id)).body));
    assert.deepEqual(after, before);
  });
});
