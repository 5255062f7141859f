import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createAdminClient, isApiError, isResponseValidationError } from '../../src/admin/index.js';
import { useApi } from './helpers.js';

const api = useApi();

describe('admin.settings', () => {
  it("reads the tenant's home country and currency (the reference server's defaults: US, USD)", async () => {
    assert.deepEqual(await api.admin().settings.get(), { defaultCountry: 'US', defaultCurrency: 'USD' });
  });

  it('needs the admin key, and checks the answer at run time', async () => {
    const wrongKey = createAdminClient({ baseUrl: api.url, apiKey: 'sk_test_wrong' });
    await assert.rejects(wrongKey.settings.get(), (error) => isApiError(error) && error.status === 401);
    const odd = createAdminClient({
      baseUrl: api.url,
      apiKey: 'sk_test_any',
      fetch: async () => new Response(JSON.stringify({ defaultCountry: 'de', defaultCurrency: 'EUR' }), { status: 200, headers: { 'content-type': 'application/json' } }),
    });
    const error = await odd.settings.get().catch((caught: unknown) => caught);
    assert.ok(isResponseValidationError(error));
    assert.equal(error.issues[0]?.path, '$.defaultCountry');
  });
});
