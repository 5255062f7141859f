import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadConfig, resolveConfig } from '../../demo/server/config.js';
import { testPaymentProvider } from '../../demo/server/payments/provider.js';
import { stripePaymentProvider } from '../../demo/server/payments/stripe.js';

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

  it('allow-lists the demo host site on whatever APPTKIT_DEMO_PORT it runs, and refuses a bad port by name', () => {
    const options = loadConfig({ APPTKIT_DEMO_PORT: '9191', APPTKIT_API_PORT: '9192' });
    assert.deepEqual(options.allowedOrigins, ['http://127.0.0.1:9191', 'http://localhost:9191']);
    assert.deepEqual(options.adminOrigins, ['http://127.0.0.1:9191', 'http://localhost:9191']);
    assert.throws(() => loadConfig({ APPTKIT_DEMO_PORT: 'eighty' }), /^TypeError: APPTKIT_DEMO_PORT must be a port number \(got "eighty"\)\.$/);
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

  it('takes Stripe only with both keys, the publishable one starting with pk_', () => {
    const both = loadConfig({ STRIPE_SECRET_KEY: 'sk_test_secret', STRIPE_PUBLISHABLE_KEY: 'pk_test_public' });
    assert.equal(both.paymentProvider?.name, 'stripe');
    assert.equal(both.stripePublishableKey, 'pk_test_public');
    assert.equal(loadConfig({}).paymentProvider, undefined);
    assert.throws(() => loadConfig({ STRIPE_SECRET_KEY: 'sk_test_secret' }), /STRIPE_SECRET_KEY is set but STRIPE_PUBLISHABLE_KEY is not/);
    assert.throws(() => loadConfig({ STRIPE_PUBLISHABLE_KEY: 'pk_test_public' }), /STRIPE_PUBLISHABLE_KEY is set but STRIPE_SECRET_KEY is not/);
    assert.throws(() => loadConfig({ STRIPE_SECRET_KEY: 'sk_test_secret', STRIPE_PUBLISHABLE_KEY: 'sk_test_oops' }), /STRIPE_PUBLISHABLE_KEY must .*"pk_"/);
    const base = { adminKey: 'sk_test_demo_admin', allowedOrigins: [], adminOrigins: [] };
    const stripe = stripePaymentProvider({ secretKey: 'sk_test_secret' });
    assert.throws(() => resolveConfig({ ...base, paymentProvider: stripe }), /stripePublishableKey \(pk_…\) is required/);
    assert.throws(() => resolveConfig({ ...base, paymentProvider: testPaymentProvider(), stripePublishableKey: 'pk_test_public' }), /only for the Stripe payment provider/);
    assert.equal(resolveConfig({ ...base, paymentProvider: stripe, stripePublishableKey: 'pk_test_public' }).stripePublishableKey, 'pk_test_public');
  });

  it('takes a join page on https, or http on a loopback host only', () => {
    assert.equal(loadConfig({ JOIN_PAGE_URL: 'https://shop.example/call' }).joinPageUrl, 'https://shop.example/call');
    assert.equal(loadConfig({ JOIN_PAGE_URL: 'http://localhost:8080/call.html' }).joinPageUrl, 'http://localhost:8080/call.html');
    assert.equal(loadConfig({ JOIN_PAGE_URL: 'http://127.0.0.1:8080/' }).joinPageUrl, 'http://127.0.0.1:8080/');
    assert.equal(loadConfig({}).joinPageUrl, undefined);
    for (const bad of ['http://shop.example/call', 'ftp://shop.example/', 'shop.example/call', 'https://shop.example/call#x', 'https://user:pw@shop.example/']) {
      assert.throws(() => loadConfig({ JOIN_PAGE_URL: bad }), /^TypeError: JOIN_PAGE_URL: must be an https URL/, bad);
    }
    const base = { adminKey: 'sk_test_demo_admin', allowedOrigins: [], adminOrigins: [] };
    assert.throws(() => resolveConfig({ ...base, joinPageUrl: 'http://shop.example/' }), /joinPageUrl must be an https URL/);
  });

  it('lists the credit offers of a default country, US unless set, refusing anything but an uppercase ISO code', () => {
    const base = { adminKey: 'sk_test_demo_admin', allowedOrigins: [], adminOrigins: [] };
    assert.equal(resolveConfig(base).defaultCountry, 'US');
    assert.equal(resolveConfig({ ...base, ...loadConfig({ APPTKIT_DEFAULT_COUNTRY: 'TR' }) }).defaultCountry, 'TR');
    for (const bad of ['tr', 'TUR', '']) {
      assert.throws(() => resolveConfig({ ...base, defaultCountry: bad }), /^TypeError: defaultCountry must be an ISO 3166-1 alpha-2 code/, bad);
    }
  });
});
