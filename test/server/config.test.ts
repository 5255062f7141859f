import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadConfig, resolveConfig } from '../../demo/server/config.js';

describe('server configuration', () => {
  it('reads the documented defaults from an empty environment', () => {
    const options = loadConfig({});
    assert.equal(options.port, 8787);
    assert.equal(options.dataDir, '.data');
    assert.equal(options.databaseUrl, undefined);
    assert.equal(options.adminKey, 'sk_test_demo_admin');
    assert.equal(options.publishableKey, 'pk_test_demo');
    assert.deepEqual(options.allowedOrigins, ['http://127.0.0.1:8080', 'http://localhost:8080']);
    assert.deepEqual(options.adminOrigins, ['http://127.0.0.1:8080', 'http://localhost:8080']);
  });

  it('reads ports, keys, database and comma-separated origin lists', () => {
    const options = loadConfig({
      APPTKIT_API_PORT: '9000',
      APPTKIT_DATA_DIR: '/var/lib/apptkit',
      DATABASE_URL: 'postgres://db/apptkit',
      APPTKIT_ADMIN_KEY: 'sk_live_0123456789',
      APPTKIT_ALLOWED_ORIGINS: 'https://shop.example, https://www.shop.example',
      APPTKIT_ADMIN_ORIGINS: 'https://admin.example',
    });
    assert.equal(options.port, 9000);
    assert.equal(options.databaseUrl, 'postgres://db/apptkit');
    assert.equal(options.adminKey, 'sk_live_0123456789');
    assert.deepEqual(options.allowedOrigins, ['https://shop.example', 'https://www.shop.example']);
    assert.deepEqual(options.adminOrigins, ['https://admin.example']);
  });

  it('names the bad setting', () => {
    assert.throws(() => loadConfig({ APPTKIT_API_PORT: 'eighty' }), /APPTKIT_API_PORT/);
    const base = { adminKey: 'sk_test_demo_admin', allowedOrigins: [], adminOrigins: [] };
    assert.throws(() => resolveConfig({ ...base, allowedOrigins: ['shop.example'] }), /allowedOrigins: "shop.example"/);
    assert.throws(() => resolveConfig({ ...base, adminKey: 'pk_test_demo' }), /adminKey must start with "sk_"/);
    assert.deepEqual(resolveConfig({ ...base, adminOrigins: ['HTTPS://Admin.Example:443/'] }).adminOrigins, ['https://admin.example']);
  });
});
