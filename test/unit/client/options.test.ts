import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createClient, type ClientOptions } from '../../../src/client/index.js';

const make = (overrides: Partial<Record<keyof ClientOptions, unknown>>) =>
  createClient({ baseUrl: 'https://api.example.com', publishableKey: 'pk_test_demo', ...overrides } as ClientOptions);

describe('createClient options', () => {
  it('accepts https and loopback http URLs', () => {
    for (const baseUrl of [
      'https://api.example.com',
      'https://example.com/booking/',
      new URL('https://api.example.com'),
      'http://localhost:8080',
      'http://127.0.0.1:3000',
      'http://[::1]:3000/',
    ]) {
      assert.doesNotThrow(() => make({ baseUrl }), String(baseUrl));
    }
  });

  it('rejects plain http elsewhere, and other schemes, with a TypeError naming baseUrl', () => {
    for (const baseUrl of ['http://api.example.com', 'http://localhost.example.com', 'http://127.0.0.2', 'ftp://example.com', 'ws://localhost']) {
      assert.throws(() => make({ baseUrl }), { name: 'TypeError', message: /^baseUrl must use https/ }, baseUrl);
    }
  });

  it('rejects malformed base URLs', () => {
    for (const baseUrl of ['api.example.com', '', '/v1', 42, undefined]) {
      assert.throws(() => make({ baseUrl }), { name: 'TypeError', message: /^baseUrl must be/ }, String(baseUrl));
    }
    assert.throws(() => make({ baseUrl: 'https://user:pw@api.example.com' }), { name: 'TypeError', message: /^baseUrl must not contain credentials/ });
    assert.throws(() => make({ baseUrl: 'https://api.example.com/?x=1' }), { name: 'TypeError', message: /^baseUrl must not have a query/ });
  });

  it('requires a publishable key and refuses a secret one', () => {
    for (const publishableKey of ['', '   ', undefined, 42]) {
      assert.throws(() => make({ publishableKey }), { name: 'TypeError', message: /^publishableKey must be a non-empty string/ });
    }
    assert.throws(() => make({ publishableKey: 'pk_test\ndemo' }), { name: 'TypeError', message: /^publishableKey must not contain/ });
    assert.throws(() => make({ publishableKey: 'sk_test_demo_admin' }), { name: 'TypeError', message: /^publishableKey must be a publishable key/ });
  });

  it('rejects bad timeouts, retry policies, token sources and fetch functions, naming the option', () => {
    const cases: [Partial<Record<keyof ClientOptions, unknown>>, RegExp][] = [
      [{ timeoutMs: 0 }, /^timeoutMs must be an integer from 1/],
      [{ timeoutMs: 1.5 }, /^timeoutMs/],
      [{ timeoutMs: '1000' }, /^timeoutMs/],
      [{ retry: -1 }, /^retry must be an integer from 0 to 10/],
      [{ retry: 11 }, /^retry must be/],
      [{ retry: { limit: 2.5 } }, /^retry\.limit must be/],
      [{ retry: { backoffMs: -1 } }, /^retry\.backoffMs must be/],
      [{ retry: { maxRetryAfterMs: Number.POSITIVE_INFINITY } }, /^retry\.maxRetryAfterMs must be/],
      [{ retry: 'twice' }, /^retry must be a number or an object/],
      [{ customerToken: 42 }, /^customerToken must be a string or a function/],
      [{ fetch: 'fetch' }, /^fetch must be a function/],
    ];
    for (const [overrides, message] of cases) {
      assert.throws(() => make(overrides), { name: 'TypeError', message }, JSON.stringify(overrides));
    }
  });

  it('rejects a missing options object', () => {
    assert.throws(() => createClient(undefined as unknown as ClientOptions), { name: 'TypeError', message: /options must be an object/ });
  });
});
