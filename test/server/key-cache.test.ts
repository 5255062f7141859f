/**
 * The authenticator remembers a key it found for a few seconds of monotonic time (the busiest
 * routes then skip a statement) and never remembers a key it did not find.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Queryable } from '../../demo/server/db/database.js';
import { createAuthenticator, hashKey, KEY_CACHE_MS } from '../../demo/server/http/auth.js';

/** A database with one publishable key, counting the lookups. */
function keyTable() {
  const lookups: string[] = [];
  const db: Queryable = {
    async query<Row>(_sql: string, params: readonly unknown[] = []) {
      lookups.push(String(params[0]));
      const rows = params[0] === hashKey('pk_test_known') ? [{ id: 'key_pk', kind: 'publishable', allowed_origins: ['https://shop.example'] }] : [];
      return { rows: rows as Row[], rowCount: rows.length };
    },
    exec: async () => undefined,
  };
  return { db, lookups };
}

describe('createAuthenticator', () => {
  it(`asks the database once per key within ${KEY_CACHE_MS} ms, and again once that has passed`, async () => {
    const { db, lookups } = keyTable();
    let now = 1_000;
    const authenticate = createAuthenticator(db, () => now);
    const expected = { id: 'key_pk', kind: 'publishable', allowedOrigins: ['https://shop.example'] };
    assert.deepEqual(await authenticate('Bearer pk_test_known'), expected);
    now += KEY_CACHE_MS - 1;
    assert.deepEqual(await authenticate('bearer  pk_test_known'), expected);
    assert.equal(lookups.length, 1);
    now += 1;
    assert.deepEqual(await authenticate('Bearer pk_test_known'), expected);
    assert.equal(lookups.length, 2);
  });

  it('looks up an unknown key every time and refuses it with 401 invalid_key', async () => {
    const { db, lookups } = keyTable();
    const authenticate = createAuthenticator(db, () => 0);
    for (let i = 0; i < 2; i++) {
      await assert.rejects(authenticate('Bearer pk_test_unknown'), { status: 401, code: 'invalid_key' });
    }
    assert.equal(lookups.length, 2);
    await assert.rejects(authenticate(undefined), { status: 401, code: 'missing_key' });
    assert.equal(lookups.length, 2, 'no header, no lookup');
  });
});
