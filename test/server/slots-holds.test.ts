import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Availability } from '../../demo/server/db/availability.js';
import type { AppointmentPackage } from '../../src/core/index.js';
import { generateSlots, getTemporal, type Slot } from '../../src/core/node.js';
import {
  assertProblem,
  createExpert,
  createPackage,
  putAvailability,
  startTestServer,
  testClock,
  type ApiResponse,
  type TestServer,
} from './harness.js';

interface SlotList {
  expertId: string;
  packageId: string;
  timeZone: string;
  from: string;
  to: string;
  data: Slot[];
}

interface Hold {
  id: string;
  token: string;
  expertId: string;
  packageId: string;
  slots: Slot[];
  expiresAt: string;
}

const T0 = '2026-03-02T06:00:00Z'; // a Monday
const MIN_NOTICE = 60;
const EXPERT = 'exp_test_utc';
const BERLIN = 'exp_test_berlin';

describe('slots and holds', () => {
  let test: TestServer;
  let main: AppointmentPackage; // 50 min + 10 min break, 3 sessions
  let short: AppointmentPackage; // 10 min, no break
  let berlinPkg: AppointmentPackage;
  let keyCount = 0;
  const clock = testClock(T0);

  before(async () => {
    test = await startTestServer({ clock: clock.clock, minNoticeMinutes: MIN_NOTICE });
    await createExpert(test, EXPERT, 'UTC');
    await createExpert(test, BERLIN, 'Europe/Berlin');
    main = await createPackage(test, EXPERT, { durationMinutes: 50, breakMinutes: 10, sessions: 3 });
    short = await createPackage(test, EXPERT, { durationMinutes: 10, breakMinutes: 0, sessions: 1 });
    berlinPkg = await createPackage(test, BERLIN, { durationMinutes: 50, breakMinutes: 10, sessions: 3 });
    const weekly = [1, 2, 3, 4, 5, 6, 7].flatMap((weekday) => [
      { weekday, start: '09:00', end: '12:00' },
      { weekday, start: '13:00', end: '17:00' },
    ]);
    const set = await putAvailability(test, EXPERT, {
      weekly,
      overrides: [],
      blocks: [{ start: '2026-03-03T10:55:00Z', end: '2026-03-03T11:00:00Z', reason: 'Phone call' }],
    });
    assert.equal(set.status, 200, JSON.stringify(set.body));
  });
  after(() => test.close());

  const slots = (expertId: string, packageId: string, from: string, to: string, key?: 'admin' | 'publishable') =>
    test.call<SlotList>(`/v1/experts/${expertId}/slots?packageId=${packageId}&from=${from}&to=${to}`, key ? { key } : {});
  const startsOn = async (pkg: AppointmentPackage, day: string, key?: 'admin' | 'publishable') => {
    const response = await slots(pkg.expertId, pkg.id, `${day}T00:00:00Z`, `${day}T23:59:00Z`, key);
    assert.equal(response.status, 200, JSON.stringify(response.body));
    return response.body.data.map((slot) => slot.start.slice(11, 16));
  };
  const hold = (body: unknown, key = `key-${++keyCount}`) =>
    test.call<Hold>('/v1/holds', { method: 'POST', body, headers: { 'idempotency-key': key } });
  const holdOf = (pkg: AppointmentPackage, starts: string[], key?: string) => hold({ expertId: pkg.expertId, packageId: pkg.id, starts }, key);
  const created = (response: ApiResponse<Hold>) => {
    assert.equal(response.status, 201, JSON.stringify(response.body));
    return response.body;
  };

  describe('GET /v1/experts/{expertId}/slots', () => {
    it("lists exactly what generateSlots computes from the expert's stored availability", async () => {
      const from = '2026-03-02T00:00:00Z';
      const to = '2026-03-16T00:00:00Z';
      const response = await slots('exp_istanbul', 'pkg_ist_first_consultation', from, to);
      assert.equal(response.status, 200);
      const availability = (await test.call<Availability>('/v1/admin/experts/exp_istanbul/availability')).body;
      const expected = generateSlots({
        timeZone: availability.timeZone,
        weekly: availability.weekly,
        overrides: availability.overrides,
        busy: availability.blocks.map(({ start, end }) => ({ start, end })),
        durationMinutes: 50,
        breakMinutes: 10,
        from,
        to,
        now: T0,
        minNoticeMinutes: MIN_NOTICE,
      });
      assert.ok(expected.length > 50);
      assert.deepEqual(response.body, { expertId: 'exp_istanbul', packageId: 'pkg_ist_first_consultation', timeZone: 'Europe/Istanbul', from, to, data: expected });
      for (const slot of response.body.data) {
        const local = getTemporal().Instant.from(slot.start).toZonedDateTimeISO('Europe/Istanbul');
        assert.ok(local.dayOfWeek <= 5 && local.hour >= 10 && local.hour !== 13 && local.hour < 18, slot.start);
      }
    });

    it('leaves out a slot whose break, not only its session, would overlap a block', async () => {
      // Block 10:55–11:00: the 10:00 session ends at 10:50 but its break runs to 11:00.
      assert.deepEqual(await startsOn(main, '2026-03-03'), ['09:00', '11:00', '13:00', '14:00', '15:00', '16:00']);
      assert.deepEqual(await startsOn(main, '2026-03-10'), ['09:00', '10:00', '11:00', '13:00', '14:00', '15:00', '16:00']);
    });

    it('starts no earlier than the minimum notice after the server clock', async () => {
      clock.set('2026-03-02T08:30:00Z');
      try {
        assert.deepEqual(await startsOn(main, '2026-03-02'), ['10:00', '11:00', '13:00', '14:00', '15:00', '16:00']);
      } finally {
        clock.set(T0);
      }
      assert.deepEqual(await startsOn(main, '2026-03-02'), ['09:00', '10:00', '11:00', '13:00', '14:00', '15:00', '16:00']);
    });

    it('refuses ranges that are empty, reversed, longer than 62 days or unreadable', async () => {
      const fieldsOf = async (query: string) =>
        assertProblem(await test.call(`/v1/experts/${EXPERT}/slots?${query}`), 422, 'validation_failed').errors?.map((e) => e.field);
      const pkg = `packageId=${main.id}`;
      assert.deepEqual(await fieldsOf(`${pkg}&from=2026-03-02T00:00:00Z&to=2026-03-02T00:00:00Z`), ['to']);
      assert.deepEqual(await fieldsOf(`${pkg}&from=2026-03-02T00:00:00Z&to=2026-03-01T00:00:00Z`), ['to']);
      assert.deepEqual(await fieldsOf(`${pkg}&from=2026-03-02T00:00:00Z&to=2026-05-03T00:00:01Z`), ['to']);
      assert.deepEqual(await fieldsOf(`${pkg}&from=tomorrow&to=2026-03-03T00:00:00Z`), ['from']);
      assert.deepEqual(await fieldsOf(`${pkg}&to=2026-03-03T00:00:00Z`), ['from']);
      assert.deepEqual(await fieldsOf('from=2026-03-02T00:00:00Z&to=2026-03-03T00:00:00Z'), ['packageId']);
      const longest = await slots(EXPERT, main.id, '2026-03-02T00:00:00Z', '2026-05-03T00:00:00Z');
      assert.equal(longest.status, 200, '62 days is allowed');
      const offset = await slots(EXPERT, main.id, '2026-03-02T01:00:00%2B01:00', '2026-03-03T00:00:00Z');
      assert.equal(offset.body.from, '2026-03-02T00:00:00Z', 'offsets are accepted and answered in UTC');
    });

    it('answers 404 for an unknown expert, an unknown package, or a package of another expert', async () => {
      const range = 'from=2026-03-02T00:00:00Z&to=2026-03-03T00:00:00Z';
      assertProblem(await test.call(`/v1/experts/exp_nobody/slots?packageId=${main.id}&${range}`), 404, 'not_found');
      assertProblem(await test.call(`/v1/experts/${EXPERT}/slots?packageId=pkg_nothing&${range}`), 404, 'not_found');
      assertProblem(await test.call(`/v1/experts/${EXPERT}/slots?packageId=pkg_ist_first_consultation&${range}`), 404, 'not_found');
    });
  });

  describe('holds', () => {
    it('takes its slots, and the break after each, out of every listing at once', async () => {
      const day = '2026-03-04';
      const before = await startsOn(short, day);
      const taken = created(await holdOf(main, [`${day}T09:00:00Z`, `${day}T13:00:00+00:00`]));
      assert.match(taken.id, /^hold_[a-z2-7]{20}$/);
      assert.ok(taken.token.length >= 32);
      assert.deepEqual(taken.slots, [
        { start: `${day}T09:00:00Z`, end: `${day}T09:50:00Z` },
        { start: `${day}T13:00:00Z`, end: `${day}T13:50:00Z` },
      ]);
      assert.equal(taken.expiresAt, '2026-03-02T06:10:00Z', '10 minutes on the server clock');

      assert.deepEqual(await startsOn(main, day, 'publishable'), ['10:00', '11:00', '14:00', '15:00', '16:00']);
      // A 10-minute package of the same expert loses 09:00–10:00 and 13:00–14:00: the sessions
      // and their breaks (09:50 would overlap the break after the held 09:00 session).
      const expected = before.filter((start) => !/^(09|13):/.test(start));
      assert.deepEqual(await startsOn(short, day, 'admin'), expected);
      assert.ok(before.includes('09:50') && !expected.includes('09:50') && expected.includes('10:00'));
    });

    it('holds at most `sessions` starts, none overlapping another with its break', async () => {
      const day = '2026-03-05';
      const four = ['09:00', '10:00', '11:00', '13:00'].map((time) => `${day}T${time}:00Z`);
      const tooMany = assertProblem(await holdOf(main, four), 422, 'validation_failed');
      assert.deepEqual(tooMany.errors?.map((e) => [e.field, e.code]), [['starts', 'too_long']]);
      assert.match(tooMany.errors?.[0]?.message ?? '', /at most 3/);

      // 09:00 + 50 min + 10 min break reaches 10:00; a start at 09:50 overlaps it. The later entry
      // of the list is the one named.
      const overlap = assertProblem(await holdOf(main, [`${day}T09:50:00Z`, `${day}T09:00:00Z`]), 422, 'validation_failed');
      assert.deepEqual(overlap.errors?.map((e) => [e.field, e.code]), [['starts[1]', 'overlaps']]);
      assert.match(overlap.errors?.[0]?.message ?? '', /starts\[1\] overlaps starts\[0\]/);
      const same = assertProblem(await holdOf(main, [`${day}T09:00:00Z`, `${day}T09:00:00Z`]), 422, 'validation_failed');
      assert.deepEqual(same.errors?.map((e) => e.field), ['starts[1]']);
      assert.deepEqual(await startsOn(main, day), ['09:00', '10:00', '11:00', '13:00', '14:00', '15:00', '16:00'], 'nothing held');
    });

    it('refuses a start that is not an offered slot with 409 slot_unavailable naming it', async () => {
      const cases = [
        ['2026-03-05T09:15:00Z', 'off the slot grid'],
        ['2026-03-03T10:00:00Z', 'its break overlaps a block'],
        ['2026-03-05T12:00:00Z', 'outside availability'],
        ['2026-03-02T06:30:00Z', 'inside the minimum notice'],
      ];
      for (const [start, why] of cases) {
        const problem = assertProblem(await holdOf(main, ['2026-03-05T16:00:00Z', start as string]), 409, 'slot_unavailable');
        assert.deepEqual(problem.errors?.map((e) => e.field), ['starts[1]'], why);
      }
      assert.ok((await startsOn(main, '2026-03-05')).includes('16:00'), 'the valid start was not held either');
    });

    it('checks the body and the Idempotency-Key', async () => {
      assertProblem(await test.call('/v1/holds', { method: 'POST', body: { expertId: EXPERT, packageId: main.id, starts: [] } }), 400, 'idempotency_key_required');
      const bad = assertProblem(await hold({ expertId: EXPERT, packageId: 'pkg_ist_first_consultation', starts: ['x'], extra: 1 }), 422, 'validation_failed');
      assert.deepEqual(bad.errors?.map((e) => e.field), ['extra', 'starts[0]']);
      const foreign = assertProblem(await hold({ expertId: EXPERT, packageId: 'pkg_ist_first_consultation', starts: ['2026-03-05T09:00:00Z'] }), 422, 'validation_failed');
      assert.deepEqual(foreign.errors?.map((e) => e.field), ['packageId']);
      const empty = assertProblem(await hold({ expertId: 'exp_nobody', packageId: main.id, starts: [] }), 422, 'validation_failed');
      assert.deepEqual(empty.errors?.map((e) => e.field), ['starts']);
    });

    it('lets exactly one of 20 concurrent holds on one slot win; the rest get 409 slot_taken', async () => {
      const start = '2026-03-06T10:00:00Z';
      const responses = await Promise.all(Array.from({ length: 20 }, () => holdOf(main, [start])));
      const statuses = responses.map((response) => response.status).sort();
      assert.deepEqual(statuses, [201, ...Array<number>(19).fill(409)]);
      for (const response of responses.filter((r) => r.status === 409)) {
        const problem = assertProblem(response, 409, 'slot_taken');
        assert.deepEqual(problem.errors?.map((e) => e.field), ['starts[0]']);
      }
      assert.ok(!(await startsOn(main, '2026-03-06')).includes('10:00'));
      const { rows } = await test.server.database.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM reservations WHERE expert_id = $1 AND starts_at = '2026-03-06T10:00:00Z'",
        [EXPERT],
      );
      assert.equal(rows[0]?.n, 1);
    });

    it('replays the same hold for the same Idempotency-Key and body, refuses another body', async () => {
      const body = { expertId: EXPERT, packageId: main.id, starts: ['2026-03-06T14:00:00Z'] };
      const first = created(await hold(body, 'replay-key'));
      const again = await hold(body, 'replay-key');
      assert.equal(again.status, 201);
      assert.deepEqual(again.body, first);
      assert.equal(again.headers.get('idempotent-replayed'), 'true');
      const other = await hold({ ...body, starts: ['2026-03-06T15:00:00Z'] }, 'replay-key');
      assert.deepEqual(assertProblem(other, 422, 'validation_failed').errors?.map((e) => e.field), ['Idempotency-Key']);
      assert.ok((await startsOn(main, '2026-03-06')).includes('15:00'));
    });

    it('reads a hold with its token; a wrong or missing token is a 404; DELETE frees the slots at once', async () => {
      const day = '2026-03-07';
      const taken = created(await holdOf(main, [`${day}T11:00:00Z`]));
      const read = await test.call<Hold>(`/v1/holds/${taken.id}`, { headers: { 'apptkit-hold': taken.token } });
      assert.equal(read.status, 200);
      assert.deepEqual(read.body, taken);
      assertProblem(await test.call(`/v1/holds/${taken.id}`, { headers: { 'apptkit-hold': `${taken.token}x` } }), 404, 'not_found');
      assertProblem(await test.call(`/v1/holds/${taken.id}`), 404, 'not_found');
      assertProblem(await test.call(`/v1/holds/${taken.id}`, { method: 'DELETE', headers: { 'apptkit-hold': 'hlt_guess' } }), 404, 'not_found');
      assert.ok(!(await startsOn(main, day)).includes('11:00'));

      const released = await test.call(`/v1/holds/${taken.id}`, { method: 'DELETE', headers: { 'apptkit-hold': taken.token } });
      assert.equal(released.status, 204);
      assert.ok((await startsOn(main, day)).includes('11:00'));
      assertProblem(await test.call(`/v1/holds/${taken.id}`, { headers: { 'apptkit-hold': taken.token } }), 404, 'not_found');
      created(await holdOf(main, [`${day}T11:00:00Z`]));
    });

    it('frees the slots of an expired hold by itself, with no cleanup job', async () => {
      const day = '2026-03-08';
      const taken = created(await holdOf(main, [`${day}T15:00:00Z`]));
      assert.ok(!(await startsOn(main, day)).includes('15:00'));
      clock.advance(9);
      try {
        assert.ok(!(await startsOn(main, day)).includes('15:00'), 'still held after 9 minutes');
        clock.advance(1);
        assert.ok((await startsOn(main, day)).includes('15:00'), 'free again after 10 minutes');
        assertProblem(await test.call(`/v1/holds/${taken.id}`, { headers: { 'apptkit-hold': taken.token } }), 404, 'not_found');
        const next = created(await holdOf(main, [`${day}T15:00:00Z`]));
        assert.deepEqual(next.slots, taken.slots);
        const { rows } = await test.server.database.query('SELECT id FROM holds WHERE id = $1', [taken.id]);
        assert.equal(rows.length, 0, 'the expired hold was deleted by the insert that needed its time');
      } finally {
        clock.set(T0);
      }
    });

    it('cannot be double-booked even by SQL: the exclusion constraint refuses overlapping spans', async () => {
      created(await holdOf(main, ['2026-03-09T09:00:00Z']));
      await assert.rejects(
        test.server.database.query(
          `INSERT INTO reservations (expert_id, kind, starts_at, ends_at, span)
           VALUES ($1, 'booking', '2026-03-09T09:55:00Z', '2026-03-09T10:05:00Z', tstzrange('2026-03-09T09:55:00Z', '2026-03-09T10:05:00Z', '[)'))`,
          [EXPERT],
        ),
        /reservations_no_overlap/,
      );
    });

    it("holds a 3-session package across Berlin's 2026-10-25 DST change at the exact instants", async () => {
      const set = await putAvailability(test, BERLIN, {
        weekly: [],
        overrides: [{ date: '2026-10-25', intervals: [{ start: '00:00', end: '06:00' }] }],
        blocks: [],
      });
      assert.equal(set.status, 200, JSON.stringify(set.body));
      // 00:00 CEST (UTC+2) is 22:00Z; 06:00 CET (UTC+1) is 05:00Z: seven hours, so seven hourly slots,
      // and the wall time 02:00 comes twice (00:00Z and 01:00Z).
      const listed = await slots(BERLIN, berlinPkg.id, '2026-10-24T12:00:00Z', '2026-10-25T12:00:00Z');
      const expectedStarts = ['2026-10-24T22:00:00Z', '2026-10-24T23:00:00Z', '2026-10-25T00:00:00Z', '2026-10-25T01:00:00Z', '2026-10-25T02:00:00Z', '2026-10-25T03:00:00Z', '2026-10-25T04:00:00Z'];
      assert.deepEqual(listed.body.data.map((slot) => slot.start), expectedStarts);
      assert.equal(listed.body.timeZone, 'Europe/Berlin');

      const taken = created(await holdOf(berlinPkg, ['2026-10-25T02:00:00+01:00', '2026-10-25T02:00:00+02:00', '2026-10-25T03:00:00+01:00']));
      assert.deepEqual(taken.slots, [
        { start: '2026-10-25T00:00:00Z', end: '2026-10-25T00:50:00Z' },
        { start: '2026-10-25T01:00:00Z', end: '2026-10-25T01:50:00Z' },
        { start: '2026-10-25T02:00:00Z', end: '2026-10-25T02:50:00Z' },
      ]);
      const wall = taken.slots.map((slot) => getTemporal().Instant.from(slot.start).toZonedDateTimeISO('Europe/Berlin').toString());
      assert.deepEqual(wall, [
        '2026-10-25T02:00:00+02:00[Europe/Berlin]',
        '2026-10-25T02:00:00+01:00[Europe/Berlin]',
        '2026-10-25T03:00:00+01:00[Europe/Berlin]',
      ]);
      const after = await slots(BERLIN, berlinPkg.id, '2026-10-24T12:00:00Z', '2026-10-25T12:00:00Z');
      assert.deepEqual(after.body.data.map((slot) => slot.start), [expectedStarts[0], expectedStarts[1], expectedStarts[5], expectedStarts[6]]);
    });
  });
});
