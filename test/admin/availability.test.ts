import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  VersionConflictError,
  fieldErrorsOf,
  isApiError,
  isResponseValidationError,
  isValidationError,
  isVersionConflict,
  type AvailabilityInput,
} from '../../src/admin/index.js';
import { DEMO_AVAILABILITY } from '../../demo/server/seed.js';
import { recordingFetch, useApi } from './helpers.js';

const api = useApi();

const ruleKey = ({ weekday, start, end }: { weekday: number; start: string; end: string }) => `${weekday} ${start}-${end}`;

/** A complete availability that the slot engine accepts. */
const VALID: AvailabilityInput = {
  weekly: [
    { weekday: 1, start: '09:00', end: '12:30' },
    { weekday: 3, start: '13:00', end: '24:00' },
  ],
  overrides: [
    { date: '2031-05-01', intervals: [] },
    { date: '2031-05-02', intervals: [{ start: '08:00', end: '10:00' }, { start: '15:00', end: '16:00' }] },
  ],
  blocks: [{ start: '2031-05-05T10:00:00+02:00', end: '2031-05-05T12:00:00+02:00', reason: 'Conference' }],
};

describe('admin availability: read', () => {
  it('gets the seeded availability of a demo expert, in the expert time zone', async () => {
    const admin = api.admin();
    const expert = (await admin.experts.list()).find((e) => e.id === 'exp_istanbul');
    const availability = await admin.availability.get('exp_istanbul');
    const seed = DEMO_AVAILABILITY.exp_istanbul!;
    assert.equal(availability.expertId, 'exp_istanbul');
    assert.equal(availability.timeZone, expert?.timeZone);
    assert.ok(Number.isInteger(availability.version) && availability.version >= 1, String(availability.version));
    assert.deepEqual(availability.weekly.map(ruleKey).sort(), seed.weekly.map(ruleKey).sort());
    assert.equal(availability.overrides.length, seed.overrides.length);
    assert.equal(availability.blocks.length, seed.blocks.length);
    for (const block of availability.blocks) {
      assert.match(block.id, /\S/);
      assert.match(block.start, /Z$/);
      assert.ok(Date.parse(block.end) > Date.parse(block.start), `${block.start} → ${block.end}`);
    }
  });

  it('rejects an unknown expert with an ApiError not_found, on get and on set', async () => {
    const admin = api.admin();
    const notFound = (error: unknown) => isApiError(error) && error.status === 404 && error.code === 'not_found';
    await assert.rejects(admin.availability.get('exp_nobody'), notFound);
    await assert.rejects(admin.availability.set('exp_nobody', VALID, { version: 1 }), notFound);
  });

  it('refuses an answer that breaks the contract with a ResponseValidationError naming the path', async () => {
    const tampering: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      const body = (await response.json()) as { weekly: { end: string }[] };
      body.weekly[0]!.end = '25:00';
      return new Response(JSON.stringify(body), { status: response.status, headers: response.headers });
    };
    await assert.rejects(api.admin(tampering).availability.get('exp_istanbul'), (error) => {
      assert.ok(isResponseValidationError(error), String(error));
      assert.ok(error.issues.some((issue) => issue.path === '$.weekly[0].end'), JSON.stringify(error.issues));
      return true;
    });
  });
});

describe('admin availability: write', () => {
  it('sets an availability with If-Match and reads it back equal, at version + 1', async () => {
    const expertId = await api.addExpert('exp_availability_round_trip');
    const recorder = recordingFetch();
    const admin = api.admin(recorder.fetch);
    const before = await admin.availability.get(expertId);
    const saved = await admin.availability.set(expertId, VALID, { version: before.version });

    const put = recorder.requests.find((request) => request.method === 'PUT');
    assert.equal(put?.headers.get('if-match'), `"${before.version}"`);
    assert.equal(saved.version, before.version + 1);
    assert.equal(saved.timeZone, before.timeZone);
    assert.deepEqual(saved.weekly, VALID.weekly);
    assert.deepEqual(saved.overrides, VALID.overrides);
    assert.deepEqual(
      saved.blocks.map(({ start, end, reason }) => ({ start, end, reason })),
      [{ start: '2031-05-05T08:00:00Z', end: '2031-05-05T10:00:00Z', reason: 'Conference' }],
    );
    assert.deepEqual(await admin.availability.get(expertId), saved);
  });

  it('accepts a read availability sent back as is (expertId, version and block ids are left out)', async () => {
    const expertId = await api.addExpert('exp_availability_send_back');
    const admin = api.admin();
    const first = await admin.availability.set(expertId, VALID, { version: (await admin.availability.get(expertId)).version });
    const again = await admin.availability.set(expertId, { ...first, timeZone: 'Asia/Tokyo' }, { version: first.version });
    assert.equal(again.version, first.version + 1);
    assert.equal(again.timeZone, 'Asia/Tokyo');
    assert.deepEqual(again.weekly, first.weekly);
    assert.deepEqual(
      again.blocks.map(({ start, end, reason }) => ({ start, end, reason })),
      first.blocks.map(({ start, end, reason }) => ({ start, end, reason })),
    );
  });

  it('rejects a stale version with a VersionConflictError carrying currentVersion, and keeps the stored one', async () => {
    const expertId = await api.addExpert('exp_availability_conflict');
    const admin = api.admin();
    const read = await admin.availability.get(expertId);
    const winner = await admin.availability.set(expertId, VALID, { version: read.version });
    const loser = { ...VALID, weekly: [{ weekday: 7, start: '10:00', end: '11:00' }] } satisfies AvailabilityInput;
    await assert.rejects(admin.availability.set(expertId, loser, { version: read.version }), (error) => {
      assert.ok(error instanceof VersionConflictError, String(error));
      assert.ok(isVersionConflict(error));
      assert.equal(error.status, 412);
      assert.equal(error.currentVersion, winner.version);
      return true;
    });
    assert.deepEqual(await admin.availability.get(expertId), winner);
  });

  it('rejects a weekly end before its start with a 422 naming weekly[0].end, and changes nothing', async () => {
    const expertId = await api.addExpert('exp_availability_invalid');
    const admin = api.admin();
    const read = await admin.availability.get(expertId);
    const invalid = { ...VALID, weekly: [{ weekday: 2, start: '14:00', end: '09:00' }] } satisfies AvailabilityInput;
    await assert.rejects(admin.availability.set(expertId, invalid, { version: read.version }), (error) => {
      assert.ok(isApiError(error), String(error));
      assert.equal(error.status, 422);
      assert.equal(error.code, 'validation_failed');
      const endError = fieldErrorsOf(error).find((e) => e.field === 'weekly[0].end');
      assert.ok(endError, JSON.stringify(fieldErrorsOf(error)));
      assert.match(endError.message, /after/);
      return true;
    });
    assert.deepEqual(await admin.availability.get(expertId), read);
  });

  it('names an override date and a block instant the engine refuses, in one answer', async () => {
    const expertId = await api.addExpert('exp_availability_two_errors');
    const admin = api.admin();
    const read = await admin.availability.get(expertId);
    const invalid = {
      weekly: [],
      overrides: [{ date: '2031-02-30', intervals: [] }],
      blocks: [{ start: 'tomorrow', end: '2031-05-05T12:00:00Z' }],
    } satisfies AvailabilityInput;
    await assert.rejects(admin.availability.set(expertId, invalid, { version: read.version }), (error) => {
      const fields = fieldErrorsOf(error).map((e) => e.field);
      assert.ok(fields.includes('overrides[0].date') && fields.includes('blocks[0].start'), JSON.stringify(fields));
      return true;
    });
  });

  it('refuses a body without its lists, or a call without a version, before sending anything', async () => {
    const recorder = recordingFetch();
    const admin = api.admin(recorder.fetch);
    await assert.rejects(admin.availability.set('exp_istanbul', { weekly: [] } as never, { version: 1 }), (error) => {
      assert.ok(isValidationError(error), String(error));
      assert.deepEqual(error.fieldErrors.map((e) => [e.field, e.code]), [['overrides', 'required'], ['blocks', 'required']]);
      return true;
    });
    await assert.rejects(admin.availability.set('exp_istanbul', VALID, {} as never), (error) => {
      assert.ok(error instanceof TypeError);
      assert.match(error.message, /options\.version/);
      return true;
    });
    await assert.rejects(admin.availability.get(''), TypeError);
    assert.equal(recorder.requests.length, 0);
  });
});
