import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  createAdminClient,
  fieldErrorsOf,
  isApiError,
  isValidationError,
  isVersionConflict,
  type AppointmentPackageInput,
} from '../../src/admin/index.js';
import { ADMIN_KEY, ADMIN_ORIGIN, PUBLISHABLE_KEY, SHOP_ORIGIN, packageInput, rawRequest, recordingFetch, useApi } from './helpers.js';

const api = useApi();

/** One invalid value per field, and the field the error must name. */
const INVALID: [string, Partial<Record<keyof AppointmentPackageInput, unknown>>][] = [
  ['appointmentType', { appointmentType: 'remote' }],
  ['service', { service: 'fax' }],
  ['service', { appointmentType: 'face_to_face', service: 'video' }],
  ['service', { appointmentType: 'online', service: null }],
  ['durationMinutes', { durationMinutes: 4 }],
  ['durationMinutes', { durationMinutes: 481 }],
  ['durationMinutes', { durationMinutes: 50.5 }],
  ['fee', { fee: -1 }],
  ['fee', { fee: '100' }],
  ['credits', { credits: 0 }],
  ['sessions', { sessions: 0 }],
  ['sessions', { sessions: 101 }],
  ['breakMinutes', { breakMinutes: 241 }],
  ['country', { country: 'XX' }],
  ['country', { country: 'de' }],
  ['currency', { currency: 'EURO' }],
  ['listingOrder', { listingOrder: -1 }],
  ['endMode', { endMode: 'manual' }],
  ['endTiming', { endTiming: 'later' }],
  ['title', { title: '   ' }],
  ['title', { title: 'x'.repeat(121) }],
  ['description', { description: 'x'.repeat(2001) }],
];

describe('admin client: create and get', () => {
  it('creates a package that reads back equal to the input, at version 1', async () => {
    const admin = api.admin();
    const input = packageInput({ title: 'Round trip', credits: null, appointmentType: 'face_to_face', service: null });
    const created = await admin.packages.create({ expertId: 'exp_istanbul', ...input });
    assert.equal(created.version, 1);
    assert.equal(created.expertId, 'exp_istanbul');
    const { id, expertId, version, ...stored } = await admin.packages.get(created.id);
    assert.deepEqual({ id, expertId, version }, { id: created.id, expertId: 'exp_istanbul', version: 1 });
    assert.deepEqual(stored, input);
  });

  it('sends an Idempotency-Key; the same key replays the first package instead of creating a second', async () => {
    const recorder = recordingFetch();
    const admin = api.admin(recorder.fetch);
    const body = { expertId: 'exp_newyork', ...packageInput({ title: 'Idempotent' }) };
    const first = await admin.packages.create(body, { idempotencyKey: 'idem_admin_test_1' });
    const again = await admin.packages.create(body, { idempotencyKey: 'idem_admin_test_1' });
    assert.equal(again.id, first.id);
    const auto = await admin.packages.create(body);
    assert.notEqual(auto.id, first.id);
    const keys = recorder.requests.map((request) => request.headers.get('idempotency-key'));
    assert.deepEqual(keys.slice(0, 2), ['idem_admin_test_1', 'idem_admin_test_1']);
    assert.match(keys[2] ?? '', /^idem_[0-9a-f]{32}$/);
  });

  it('rejects a missing package with an ApiError not_found', async () => {
    await assert.rejects(api.admin().packages.get('pkg_does_not_exist'), (error) => isApiError(error) && error.status === 404 && error.code === 'not_found');
  });
});

describe('admin client: validation', () => {
  for (const [field, override] of INVALID) {
    it(`refuses ${JSON.stringify(override)} naming ${field}, sending nothing; the server's 422 names it too`, async () => {
      const recorder = recordingFetch();
      const body = { expertId: 'exp_istanbul', ...packageInput(), ...override };
      await assert.rejects(api.admin(recorder.fetch).packages.create(body as never), (error) => {
        assert.ok(isValidationError(error), String(error));
        assert.equal(error.code, 'validation_failed');
        assert.ok(error.fieldErrors.some((e) => e.field === field), JSON.stringify(error.fieldErrors));
        return true;
      });
      assert.equal(recorder.requests.length, 0);

      const raw = await rawRequest(`${api.url}/v1/admin/packages`, { method: 'POST', body });
      assert.equal(raw.status, 422);
      assert.equal(raw.body?.code, 'validation_failed');
      const errors = raw.body?.errors as { field: string }[];
      assert.ok(errors.some((e) => e.field === field), JSON.stringify(errors));
    });
  }

  it('names expertId when it is missing, and maps the server 422 for an unknown expert to an ApiError with field errors', async () => {
    const admin = api.admin();
    await assert.rejects(admin.packages.create(packageInput() as never), (error) => isValidationError(error) && error.fieldErrors.some((e) => e.field === 'expertId'));
    await assert.rejects(admin.packages.create({ expertId: 'exp_nobody', ...packageInput() }), (error) => {
      assert.ok(isApiError(error));
      assert.equal(error.status, 422);
      assert.deepEqual(fieldErrorsOf(error).map((e) => e.field), ['expertId']);
      return true;
    });
  });

  it('refuses an invalid patch before sending; the server names the cross-field problem of a valid-looking one', async () => {
    const recorder = recordingFetch();
    const admin = api.admin(recorder.fetch);
    const created = await admin.packages.create({ expertId: 'exp_istanbul', ...packageInput() });
    const sent = recorder.requests.length;
    await assert.rejects(admin.packages.update(created.id, { sessions: 0, version: 3 } as never, { version: 1 }), (error) => {
      assert.ok(isValidationError(error));
      assert.deepEqual(error.fieldErrors.map((e) => e.field).sort(), ['sessions', 'version']);
      return true;
    });
    assert.equal(recorder.requests.length, sent);
    // face_to_face with the stored service "video": only the server knows the stored value.
    await assert.rejects(admin.packages.update(created.id, { appointmentType: 'face_to_face' }, { version: 1 }), (error) => {
      assert.ok(isApiError(error));
      assert.equal(error.status, 422);
      assert.deepEqual(error.fieldErrors.map((e) => e.field), ['service']);
      return true;
    });
  });

  it('refuses bad listing filters naming each, sending nothing', async () => {
    const recorder = recordingFetch();
    await assert.rejects(api.admin(recorder.fetch).packages.list({ country: 'Germany', currency: 'eur', limit: 500 }), (error) => {
      assert.ok(isValidationError(error));
      assert.deepEqual(error.fieldErrors.map((e) => e.field), ['country', 'currency', 'limit']);
      return true;
    });
    assert.equal(recorder.requests.length, 0);
  });
});

describe('admin client: versions and delete', () => {
  it('of two updates at the same version, one succeeds and the other gets 412 with the current version', async () => {
    const admin = api.admin();
    const created = await admin.packages.create({ expertId: 'exp_istanbul', ...packageInput() });
    const results = await Promise.allSettled([
      admin.packages.update(created.id, { fee: 1000 }, { version: 1 }),
      admin.packages.update(created.id, { fee: 2000 }, { version: 1 }),
    ]);
    const ok = results.filter((r) => r.status === 'fulfilled');
    const failed = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    assert.equal(ok.length, 1);
    assert.equal(failed.length, 1);
    const error: unknown = failed[0]?.reason;
    assert.ok(isVersionConflict(error), String(error));
    assert.equal(error.status, 412);
    assert.equal(error.currentVersion, 2);
    const current = await admin.packages.get(created.id);
    assert.equal(current.version, 2);
    assert.equal(current.fee, (ok[0] as PromiseFulfilledResult<{ fee: number }>).value.fee);
  });

  it('sends If-Match with the version', async () => {
    const recorder = recordingFetch();
    const admin = api.admin(recorder.fetch);
    const created = await admin.packages.create({ expertId: 'exp_istanbul', ...packageInput() });
    const updated = await admin.packages.update(created.id, { title: '  Renamed  ' }, { version: 1 });
    assert.equal(updated.title, 'Renamed');
    assert.equal(updated.version, 2);
    assert.equal(recorder.requests.at(-1)?.headers.get('if-match'), '"1"');
  });

  it('deletes at the current version; a stale version is a conflict and keeps the package', async () => {
    const admin = api.admin();
    const created = await admin.packages.create({ expertId: 'exp_istanbul', ...packageInput() });
    await admin.packages.update(created.id, { fee: 1 }, { version: 1 });
    await assert.rejects(admin.packages.delete(created.id, { version: 1 }), (error) => isVersionConflict(error) && error.currentVersion === 2);
    assert.equal((await admin.packages.get(created.id)).version, 2);
    await admin.packages.delete(created.id, { version: 2 });
    await assert.rejects(admin.packages.get(created.id), (error) => isApiError(error) && error.code === 'not_found');
  });

  it('refuses a write without a valid version as a TypeError, sending nothing', async () => {
    const recorder = recordingFetch();
    const admin = api.admin(recorder.fetch);
    await assert.rejects(admin.packages.delete('pkg_x', {} as never), { name: 'TypeError', message: /options\.version/ });
    await assert.rejects(admin.packages.update('pkg_x', { fee: 1 }, { version: 0 }), { name: 'TypeError', message: /options\.version/ });
    assert.equal(recorder.requests.length, 0);
  });
});

describe('admin client: keys and origins', () => {
  it('refuses a publishable key at creation, naming apiKey', () => {
    assert.throws(() => createAdminClient({ baseUrl: api.url, apiKey: PUBLISHABLE_KEY }), { name: 'TypeError', message: /^apiKey must be an admin \(secret\) key/ });
    assert.throws(() => createAdminClient({ baseUrl: api.url, apiKey: '' }), { name: 'TypeError', message: /^apiKey must be a non-empty string/ });
  });

  it('an admin key from a browser origin not on the admin allow-list is refused without CORS headers', async () => {
    const refused = await rawRequest(`${api.url}/v1/admin/packages?limit=1`, { origin: SHOP_ORIGIN, key: ADMIN_KEY });
    assert.equal(refused.status, 403);
    assert.equal(refused.body?.code, 'origin_not_allowed');
    assert.equal(refused.headers.get('access-control-allow-origin'), null);
    const allowed = await rawRequest(`${api.url}/v1/admin/packages?limit=1`, { origin: ADMIN_ORIGIN, key: ADMIN_KEY });
    assert.equal(allowed.status, 200);
    assert.equal(allowed.headers.get('access-control-allow-origin'), ADMIN_ORIGIN);
  });

  it('the SDK surfaces the refusal as an ApiError origin_not_allowed', async () => {
    const withOrigin: typeof fetch = (input, init) => {
      const request = new Request(input, init);
      request.headers.set('origin', 'https://evil.example');
      return fetch(request);
    };
    await assert.rejects(api.admin(withOrigin).packages.list(), (error) => isApiError(error) && error.status === 403 && error.code === 'origin_not_allowed');
  });
});
