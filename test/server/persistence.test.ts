import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { AppointmentPackage } from '../../src/core/index.js';
import { loadMigrations } from '../../demo/server/db/migrate.js';
import { assertProblem, createPackage, startTestServer, type TestServer } from './harness.js';

describe('persistence and failures', () => {
  let test: TestServer;
  before(async () => {
    test = await startTestServer({}, { persistent: true });
  });
  after(() => test.close());

  it('keeps created, changed and deleted packages across a restart, without seeding again', async () => {
    const created = await createPackage(test, 'exp_istanbul', { title: 'Survives restarts' });
    const seeded = (await test.call<{ data: AppointmentPackage[] }>('/v1/experts/exp_newyork/packages')).body.data;
    const removed = seeded[0]!;
    const deleted = await test.call(`/v1/admin/packages/${removed.id}`, {
      method: 'DELETE',
      headers: { 'if-match': `"${removed.version}"` },
    });
    assert.equal(deleted.status, 204);

    await test.restart();

    const read = await test.call<AppointmentPackage>(`/v1/admin/packages/${created.id}`);
    assert.deepEqual(read.body, created);
    const after = (await test.call<{ data: AppointmentPackage[] }>('/v1/experts/exp_newyork/packages')).body.data;
    assert.deepEqual(after.map((pkg) => pkg.id), seeded.slice(1).map((pkg) => pkg.id));
    const experts = (await test.call<{ data: unknown[] }>('/v1/experts')).body.data;
    assert.equal(experts.length, 3);
    const { rows } = await test.server.database.query<{ name: string }>('SELECT name FROM schema_migrations ORDER BY name');
    const shipped = (await loadMigrations()).map((migration) => migration.name);
    assert.ok(shipped.length >= 9);
    assert.deepEqual(rows.map((row) => row.name), shipped);
  });

  it('stores API keys only as SHA-256 hashes', async () => {
    const { rows } = await test.server.database.query<{ key_hash: string }>('SELECT key_hash FROM api_keys');
    assert.ok(rows.length >= 2);
    for (const row of rows) assert.match(row.key_hash, /^[0-9a-f]{64}$/);
  });

  it('refuses a package breaking the rules even when written with SQL', async () => {
    await assert.rejects(
      test.server.database.query(
        `INSERT INTO packages (id, expert_id, appointment_type, service, duration_minutes, fee, credits, sessions,
           break_minutes, country, currency, listing_order, end_mode, end_timing, title, description)
         VALUES ('pkg_bad', 'exp_istanbul', 'face_to_face', 'video', 30, 100, NULL, 1, 0, 'TR', 'TRY', 0,
           'automatic', 'scheduled_end', 'Bad', '')`,
      ),
      /packages_service_matches_type/,
    );
  });

  it('answers an unexpected failure with a 500 problem that leaks nothing, and logs it', async () => {
    await test.server.database.exec('ALTER TABLE packages RENAME TO packages_away');
    try {
      const response = await test.call('/v1/admin/packages');
      const problem = assertProblem(response, 500, 'internal');
      const text = JSON.stringify(problem);
      assert.doesNotMatch(text, /packages_away|relation|at .*\.ts/);
      assert.match(problem.detail, new RegExp(problem.requestId));
      const logged = test.logs.find((line) => line.level === 'error' && line.fields?.requestId === problem.requestId);
      assert.ok(logged, 'the error is logged under the request id');
      assert.match(String(logged.fields?.error), /packages/);
    } finally {
      await test.server.database.exec('ALTER TABLE packages_away RENAME TO packages');
    }
  });
});
