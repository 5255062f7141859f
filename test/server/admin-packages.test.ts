import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { AppointmentPackage } from '../../src/core/index.js';
import { assertProblem, createPackage, packageInput, startTestServer, type TestServer } from './harness.js';

const MAX_BODY_BYTES = 8 * 1024;

describe('admin package CRUD', () => {
  let test: TestServer;
  before(async () => {
    test = await startTestServer({ maxBodyBytes: MAX_BODY_BYTES });
  });
  after(() => test.close());

  const get = (id: string) => test.call<AppointmentPackage>(`/v1/admin/packages/${id}`);

  describe('POST /v1/admin/packages', () => {
    it('creates a package that reads back exactly as written, at version 1', async () => {
      const input = packageInput({ appointmentType: 'face_to_face', service: null, credits: null, country: 'JP', currency: 'JPY', fee: 5000 });
      const created = await test.call<AppointmentPackage>('/v1/admin/packages', {
        method: 'POST',
        body: { expertId: 'exp_newyork', ...input },
      });
      assert.equal(created.status, 201);
      assert.match(created.body.id, /^pkg_[a-z2-7]{20}$/);
      assert.deepEqual(created.body, { ...input, id: created.body.id, expertId: 'exp_newyork', version: 1 });
      assert.equal(created.headers.get('etag'), '"1"');
      assert.equal(created.headers.get('location'), `/v1/admin/packages/${created.body.id}`);

      const read = await get(created.body.id);
      assert.equal(read.status, 200);
      assert.deepEqual(read.body, created.body);
      assert.equal(read.headers.get('etag'), '"1"');
    });

    it('stores the title trimmed', async () => {
      const created = await createPackage(test, 'exp_kolkata', { title: '  Salary negotiation  ' });
      assert.equal(created.title, 'Salary negotiation');
    });

    it('rejects every invalid field at once with 422, naming each', async () => {
      const response = await test.call('/v1/admin/packages', {
        method: 'POST',
        body: {
          expertId: 'exp_istanbul',
          appointmentType: 'telepathy',
          service: 'fax',
          durationMinutes: 4,
          fee: -1,
          credits: 0,
          sessions: 101,
          breakMinutes: 241,
          country: 'XX',
          currency: 'EURO',
          listingOrder: -1,
          endMode: 'whenever',
          endTiming: 'later',
          title: '   ',
          description: 'x'.repeat(2001),
        },
      });
      const problem = assertProblem(response, 422, 'validation_failed');
      const fields = problem.errors?.map((error) => error.field).sort();
      assert.deepEqual(fields, [
        'appointmentType', 'breakMinutes', 'country', 'credits', 'currency', 'description', 'durationMinutes',
        'endMode', 'endTiming', 'fee', 'listingOrder', 'service', 'sessions', 'title',
      ]);
      for (const error of problem.errors ?? []) assert.ok(error.message.includes(error.field), error.message);
    });

    it('rejects a missing or unknown expert, unknown and read-only fields', async () => {
      const missing = await test.call('/v1/admin/packages', { method: 'POST', body: packageInput() });
      assert.deepEqual(assertProblem(missing, 422, 'validation_failed').errors?.map((e) => [e.field, e.code]), [['expertId', 'required']]);

      const unknown = await test.call('/v1/admin/packages', {
        method: 'POST',
        body: { expertId: 'exp_nobody', ...packageInput(), id: 'pkg_mine', version: 9, colour: 'red' },
      });
      const codes = assertProblem(unknown, 422, 'validation_failed').errors?.map((e) => [e.field, e.code]);
      assert.deepEqual(codes, [
        ['expertId', 'not_found'],
        ['id', 'read_only'],
        ['version', 'read_only'],
        ['colour', 'unknown_field'],
      ]);
    });

    it('rejects a service on a face-to-face package and none on an online one', async () => {
      const faceToFace = await test.call('/v1/admin/packages', {
        method: 'POST',
        body: { expertId: 'exp_istanbul', ...packageInput({ appointmentType: 'face_to_face', service: 'video' }) },
      });
      assert.deepEqual(assertProblem(faceToFace, 422, 'validation_failed').errors?.map((e) => e.field), ['service']);
      const online = await test.call('/v1/admin/packages', {
        method: 'POST',
        body: { expertId: 'exp_istanbul', ...packageInput({ service: null }) },
      });
      assert.deepEqual(assertProblem(online, 422, 'validation_failed').errors?.map((e) => e.field), ['service']);
    });

    it('keeps the address of a face-to-face package, shows it in the public list, and refuses one on an online package', async () => {
      const online = await test.call('/v1/admin/packages', {
        method: 'POST',
        body: { expertId: 'exp_istanbul', ...packageInput({ location: 'Moda Cad. 12' }) },
      });
      assert.deepEqual(assertProblem(online, 422, 'validation_failed').errors?.map((e) => e.field), ['location']);
      const blank = await test.call('/v1/admin/packages', {
        method: 'POST',
        body: { expertId: 'exp_istanbul', ...packageInput({ appointmentType: 'face_to_face', service: null, location: '   ' }) },
      });
      assert.deepEqual(assertProblem(blank, 422, 'validation_failed').errors?.map((e) => e.field), ['location']);
      const long = await test.call('/v1/admin/packages', {
        method: 'POST',
        body: { expertId: 'exp_istanbul', ...packageInput({ appointmentType: 'face_to_face', service: null, location: 'x'.repeat(301) }) },
      });
      assert.deepEqual(assertProblem(long, 422, 'validation_failed').errors?.map((e) => [e.field, e.code]), [['location', 'too_long']]);

      const meeting = await createPackage(test, 'exp_istanbul', {
        appointmentType: 'face_to_face',
        service: null,
        title: 'Meeting in Moda',
        location: ' Moda Cad. 12\n34710 Kadıköy ',
      });
      assert.equal(meeting.location, 'Moda Cad. 12\n34710 Kadıköy');
      const listed = await test.call<{ data: AppointmentPackage[] }>('/v1/experts/exp_istanbul/packages?country=DE');
      assert.equal(listed.body.data.find((pkg) => pkg.id === meeting.id)?.location, 'Moda Cad. 12\n34710 Kadıköy');

      const ifMatch = { 'if-match': `"${meeting.version}"` };
      const goOnline = await test.call(`/v1/admin/packages/${meeting.id}`, { method: 'PATCH', body: { appointmentType: 'online', service: 'video' }, headers: ifMatch });
      const refused = assertProblem(goOnline, 422, 'validation_failed').errors ?? [];
      assert.deepEqual(refused.map((e) => [e.field, e.code]), [['location', 'not_allowed']]);
      assert.match(refused[0]?.message ?? '', /only for a face_to_face package/);
      const moved = await test.call<AppointmentPackage>(`/v1/admin/packages/${meeting.id}`, {
        method: 'PATCH',
        body: { appointmentType: 'online', service: 'video', location: null },
        headers: ifMatch,
      });
      assert.equal(moved.status, 200, JSON.stringify(moved.body));
      assert.equal('location' in moved.body, false, 'an online package names no place');
    });

    it('answers 400 invalid_json for broken or empty JSON, 415 for another type, 413 when too large', async () => {
      const broken = await test.call('/v1/admin/packages', { method: 'POST', body: '{"expertId": ' });
      assert.match(assertProblem(broken, 400, 'invalid_json').detail, /not valid JSON/);
      const empty = await test.call('/v1/admin/packages', { method: 'POST', body: '', headers: { 'content-type': 'application/json' } });
      assert.match(assertProblem(empty, 400, 'invalid_json').detail, /empty/);
      const text = await test.call('/v1/admin/packages', { method: 'POST', body: 'hello', headers: { 'content-type': 'text/plain' } });
      assertProblem(text, 415, 'unsupported_media_type');
      const large = await test.call('/v1/admin/packages', {
        method: 'POST',
        body: { expertId: 'exp_istanbul', ...packageInput({ description: 'x'.repeat(MAX_BODY_BYTES) }) },
      });
      assertProblem(large, 413, 'payload_too_large');
      assertProblem(await test.call('/v1/admin/packages', { method: 'POST', body: [1, 2] }), 422, 'validation_failed');
    });

    it('replays a create retried with the same Idempotency-Key instead of creating twice', async () => {
      const body = { expertId: 'exp_kolkata', ...packageInput({ title: 'Idempotent workshop' }) };
      const headers = { 'idempotency-key': 'create-workshop-0001' };
      const first = await test.call<AppointmentPackage>('/v1/admin/packages', { method: 'POST', body, headers });
      const retry = await test.call<AppointmentPackage>('/v1/admin/packages', { method: 'POST', body, headers });
      assert.equal(first.status, 201);
      assert.equal(retry.status, 201);
      assert.deepEqual(retry.body, first.body);
      assert.equal(retry.headers.get('idempotent-replayed'), 'true');
      assert.equal(retry.headers.get('etag'), '"1"');

      const listed = await test.call<{ data: AppointmentPackage[] }>('/v1/admin/packages?expertId=exp_kolkata&limit=200');
      assert.equal(listed.body.data.filter((pkg) => pkg.title === 'Idempotent workshop').length, 1);

      const reused = await test.call('/v1/admin/packages', {
        method: 'POST',
        body: { ...body, title: 'Something else' },
        headers,
      });
      const problem = assertProblem(reused, 422, 'validation_failed');
      assert.deepEqual(problem.errors?.map((e) => [e.field, e.code]), [['Idempotency-Key', 'reused']]);
    });
  });

  describe('GET /v1/admin/packages/{id}', () => {
    it('answers 404 for an unknown package', async () => {
      assertProblem(await get('pkg_nothing'), 404, 'not_found');
    });
  });

  describe('PATCH /v1/admin/packages/{id}', () => {
    it('requires If-Match (428)', async () => {
      const pkg = await createPackage(test, 'exp_istanbul');
      const response = await test.call(`/v1/admin/packages/${pkg.id}`, { method: 'PATCH', body: { fee: 1 } });
      assertProblem(response, 428, 'precondition_required');
      assert.equal((await get(pkg.id)).body.fee, pkg.fee);
    });

    it('changes only the sent fields and bumps the version', async () => {
      const pkg = await createPackage(test, 'exp_istanbul');
      const response = await test.call<AppointmentPackage>(`/v1/admin/packages/${pkg.id}`, {
        method: 'PATCH',
        body: { fee: 99900, title: 'Renamed' },
        headers: { 'if-match': '"1"' },
      });
      assert.equal(response.status, 200);
      assert.deepEqual(response.body, { ...pkg, fee: 99900, title: 'Renamed', version: 2 });
      assert.equal(response.headers.get('etag'), '"2"');
      assert.deepEqual((await get(pkg.id)).body, response.body);
    });

    it('accepts a weak ETag', async () => {
      const pkg = await createPackage(test, 'exp_istanbul');
      const response = await test.call<AppointmentPackage>(`/v1/admin/packages/${pkg.id}`, {
        method: 'PATCH',
        body: { sessions: 2 },
        headers: { 'if-match': 'W/"1"' },
      });
      assert.equal(response.status, 200);
      assert.equal(response.body.version, 2);
    });

    it('refuses a stale version with 412 and the current version, changing nothing', async () => {
      const pkg = await createPackage(test, 'exp_istanbul');
      await test.call(`/v1/admin/packages/${pkg.id}`, { method: 'PATCH', body: { fee: 1 }, headers: { 'if-match': '"1"' } });
      const stale = await test.call(`/v1/admin/packages/${pkg.id}`, {
        method: 'PATCH',
        body: { fee: 2 },
        headers: { 'if-match': '"1"' },
      });
      const problem = assertProblem(stale, 412, 'version_conflict');
      assert.equal(problem.currentVersion, 2);
      const stored = (await get(pkg.id)).body;
      assert.equal(stored.fee, 1);
      assert.equal(stored.version, 2);
    });

    it('checks per-field rules, rejects read-only fields, and checks the merged package', async () => {
      const pkg = await createPackage(test, 'exp_istanbul');
      const ifMatch = { 'if-match': '"1"' };
      const invalid = await test.call(`/v1/admin/packages/${pkg.id}`, {
        method: 'PATCH',
        body: { durationMinutes: 481, id: 'pkg_other', expertId: 'exp_kolkata' },
        headers: ifMatch,
      });
      assert.deepEqual(assertProblem(invalid, 422, 'validation_failed').errors?.map((e) => [e.field, e.code]), [
        ['durationMinutes', 'too_large'],
        ['id', 'read_only'],
        ['expertId', 'read_only'],
      ]);
      // The stored package is online with a video service: face-to-face alone breaks the pair.
      const crossField = await test.call(`/v1/admin/packages/${pkg.id}`, {
        method: 'PATCH',
        body: { appointmentType: 'face_to_face' },
        headers: ifMatch,
      });
      assert.deepEqual(assertProblem(crossField, 422, 'validation_failed').errors?.map((e) => e.field), ['service']);
      const both = await test.call<AppointmentPackage>(`/v1/admin/packages/${pkg.id}`, {
        method: 'PATCH',
        body: { appointmentType: 'face_to_face', service: null },
        headers: ifMatch,
      });
      assert.equal(both.status, 200);
      assert.equal(both.body.service, null);
    });

    it('answers 404 for an unknown package', async () => {
      const response = await test.call('/v1/admin/packages/pkg_nothing', { method: 'PATCH', body: {}, headers: { 'if-match': '"1"' } });
      assertProblem(response, 404, 'not_found');
    });
  });

  describe('DELETE /v1/admin/packages/{id}', () => {
    it('requires If-Match, refuses a stale one, then deletes', async () => {
      const pkg = await createPackage(test, 'exp_newyork');
      assertProblem(await test.call(`/v1/admin/packages/${pkg.id}`, { method: 'DELETE' }), 428, 'precondition_required');
      const stale = await test.call(`/v1/admin/packages/${pkg.id}`, { method: 'DELETE', headers: { 'if-match': '"7"' } });
      assert.equal(assertProblem(stale, 412, 'version_conflict').currentVersion, 1);
      assert.equal((await get(pkg.id)).status, 200);

      const deleted = await test.call(`/v1/admin/packages/${pkg.id}`, { method: 'DELETE', headers: { 'if-match': '"1"' } });
      assert.equal(deleted.status, 204);
      assert.equal(deleted.body, undefined);
      assert.ok(deleted.headers.get('request-id'));
      assertProblem(await get(pkg.id), 404, 'not_found');
      const again = await test.call(`/v1/admin/packages/${pkg.id}`, { method: 'DELETE', headers: { 'if-match': '"1"' } });
      assertProblem(again, 404, 'not_found');
    });
  });
});
