import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  DEFAULT_BOOKING_POLICY,
  createAdminClient,
  isApiError,
  isResponseValidationError,
  isValidationError,
  isVersionConflict,
  type TenantSettingsPatch,
} from '../../src/admin/index.js';
import { recordingFetch, useApi } from './helpers.js';

const api = useApi();

describe('admin.settings', () => {
  it("reads the tenant's home country and currency, its booking policy and reminder times (the reference server's defaults)", async () => {
    assert.deepEqual(await api.admin().settings.get(), {
      defaultCountry: 'US',
      defaultCurrency: 'USD',
      bookingPolicy: { cancelCutoffHours: 24, rescheduleCutoffHours: 24, cancelReturnsSession: true },
      reminderMinutes: [1440, 60],
      version: 1,
    });
    assert.deepEqual(DEFAULT_BOOKING_POLICY, { cancelCutoffHours: 24, rescheduleCutoffHours: 24, cancelReturnsSession: true });
  });

  it('changes the booking policy and the reminder times at the version read, sent as If-Match; a stale version is a VersionConflictError', async () => {
    const recorder = recordingFetch();
    const admin = api.admin(recorder.fetch);
    const before = await admin.settings.get();
    const policy = { cancelCutoffHours: 48, rescheduleCutoffHours: 12, cancelReturnsSession: false };
    const changed = await admin.settings.update({ bookingPolicy: policy }, { version: before.version });
    assert.deepEqual([changed.bookingPolicy, changed.reminderMinutes, changed.version], [policy, [1440, 60], before.version + 1]);
    const patch = recorder.requests.at(-1)!;
    assert.deepEqual([patch.method, patch.headers.get('if-match'), await patch.json()], ['PATCH', `"${before.version}"`, { bookingPolicy: policy }]);

    const reminders = await admin.settings.update({ reminderMinutes: [2880, 30] }, { version: changed.version });
    assert.deepEqual([reminders.reminderMinutes, reminders.bookingPolicy, reminders.version], [[2880, 30], policy, changed.version + 1]);
    assert.deepEqual(await admin.settings.get(), reminders);

    const stale = await admin.settings.update({ reminderMinutes: [] }, { version: before.version }).catch((caught: unknown) => caught);
    assert.ok(isVersionConflict(stale), String(stale));
    assert.equal(stale.currentVersion, reminders.version);
    assert.deepEqual((await admin.settings.get()).reminderMinutes, [2880, 30]);
  });

  it('names every problem of a patch before sending it', async () => {
    const recorder = recordingFetch();
    const admin = api.admin(recorder.fetch);
    const cases: [unknown, string[]][] = [
      [{ bookingPolicy: { cancelCutoffHours: 721, rescheduleCutoffHours: 0, cancelReturnsSession: true } }, ['bookingPolicy.cancelCutoffHours:too_large']],
      [{ bookingPolicy: { cancelCutoffHours: 24, rescheduleCutoffHours: 24 } }, ['bookingPolicy.cancelReturnsSession:required']],
      [{ reminderMinutes: [60, 4, 60, 1.5] }, ['reminderMinutes[1]:out_of_range', 'reminderMinutes[2]:duplicate', 'reminderMinutes[3]:out_of_range']],
      [{ reminderMinutes: [5, 10, 15, 20, 25, 30] }, ['reminderMinutes:too_long']],
      [{ defaultCurrency: 'EUR' }, ['defaultCurrency:unknown_field', ':required']],
      [{}, [':required']],
    ];
    for (const [patch, expected] of cases) {
      const error = await admin.settings.update(patch as TenantSettingsPatch, { version: 1 }).catch((caught: unknown) => caught);
      assert.ok(isValidationError(error), String(error));
      assert.deepEqual(error.fieldErrors.map((e) => `${e.field}:${e.code}`), expected, JSON.stringify(patch));
    }
    await assert.rejects(admin.settings.update({ reminderMinutes: [] }, {} as { version: number }), { name: 'TypeError', message: /options.version must be the settings' version/ });
    assert.equal(recorder.requests.length, 0);
  });

  it('needs the admin key, and checks the answer at run time', async () => {
    const wrongKey = createAdminClient({ baseUrl: api.url, apiKey: 'sk_test_wrong' });
    await assert.rejects(wrongKey.settings.get(), (error) => isApiError(error) && error.status === 401);
    const odd = createAdminClient({
      baseUrl: api.url,
      apiKey: 'sk_test_any',
      fetch: async () =>
        new Response(JSON.stringify({ defaultCountry: 'DE', defaultCurrency: 'EUR', bookingPolicy: { ...DEFAULT_BOOKING_POLICY, rescheduleCutoffHours: -1 }, reminderMinutes: [60], version: 1 }), {
          status: 200,
          headers: { 'content-type': 'application/json' },
        }),
    });
    const error = await odd.settings.get().catch((caught: unknown) => caught);
    assert.ok(isResponseValidationError(error));
    assert.equal(error.issues[0]?.path, '$.bookingPolicy.rescheduleCutoffHours');
  });
});
