import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { AppointmentPackage } from '../../src/core/index.js';
import { assertProblem, createPackage, startTestServer, type TestServer } from './harness.js';

type Page = { data: AppointmentPackage[]; nextCursor: string | null };

describe('reordering and pagination', () => {
  let test: TestServer;
  before(async () => {
    test = await startTestServer();
  });
  after(() => test.close());

  // Every package of the expert, in all the countries it sells in (a visitor sees one market only).
  const listOf = async (expertId: string) =>
    (await test.call<{ data: AppointmentPackage[] }>(`/v1/admin/packages?expertId=${expertId}&limit=200`)).body.data;

  describe('PUT /v1/admin/experts/{expertId}/package-order', () => {
    it('applies an exact permutation and bumps only the moved packages', async () => {
      const before = await listOf('exp_newyork');
      assert.ok(before.length >= 4);
      // Swap the first two; keep the rest where they are.
      const ids = [before[1]!.id, before[0]!.id, ...before.slice(2).map((pkg) => pkg.id)];
      const response = await test.call<{ data: AppointmentPackage[] }>('/v1/admin/experts/exp_newyork/package-order', {
        method: 'PUT',
        body: { ids },
      });
      assert.equal(response.status, 200);
      assert.deepEqual(response.body.data.map((pkg) => pkg.id), ids);
      assert.deepEqual(response.body.data.map((pkg) => pkg.listingOrder), ids.map((_, index) => index));
      const versions = new Map(before.map((pkg) => [pkg.id, pkg.version]));
      for (const pkg of response.body.data) {
        const moved = pkg.listingOrder !== before.find((old) => old.id === pkg.id)!.listingOrder;
        assert.equal(pkg.version, versions.get(pkg.id)! + (moved ? 1 : 0), pkg.id);
      }
      assert.deepEqual(await listOf('exp_newyork'), response.body.data);
    });

    it('refuses a wrong id set with 422 and changes nothing', async () => {
      const before = await listOf('exp_kolkata');
      const ids = before.map((pkg) => pkg.id);
      const foreign = (await listOf('exp_istanbul'))[0]!.id;
      const attempts: [unknown, string[]][] = [
        [{ ids: ids.slice(1) }, ['ids']],
        [{ ids: [...ids, ids[0]] }, [`ids[${ids.length}]`]],
        [{ ids: [...ids.slice(0, -1), foreign] }, [`ids[${ids.length - 1}]`, 'ids']],
        [{ ids: [...ids, 'pkg_nothing'] }, [`ids[${ids.length}]`]],
        [{ ids: 'all' }, ['ids']],
        [{ ids, extra: true }, ['extra']],
      ];
      for (const [body, fields] of attempts) {
        const response = await test.call('/v1/admin/experts/exp_kolkata/package-order', { method: 'PUT', body });
        const problem = assertProblem(response, 422, 'validation_failed');
        assert.deepEqual(problem.errors?.map((error) => error.field), fields, JSON.stringify(body));
      }
      assert.deepEqual(await listOf('exp_kolkata'), before);
      assert.deepEqual(await listOf('exp_istanbul').then((list) => list[0]!.id), foreign);
    });

    it('answers 404 for an unknown expert', async () => {
      const response = await test.call('/v1/admin/experts/exp_nobody/package-order', { method: 'PUT', body: { ids: [] } });
      assertProblem(response, 404, 'not_found');
    });
  });

  describe('GET /v1/admin/packages', () => {
    it('pages through more than 1000 packages, yielding each id exactly once in keyset order', async () => {
      await test.server.database.transaction(async (tx) => {
        await tx.query(`INSERT INTO experts (id, name, headline, time_zone) VALUES ('exp_bulk', 'Bulk Expert', '', 'UTC')`);
        // Listing orders repeat (i % 7) so that ties are broken by id across page boundaries.
        await tx.query(
          `INSERT INTO packages (id, expert_id, appointment_type, service, duration_minutes, fee, credits, sessions,
             break_minutes, country, currency, listing_order, end_mode, end_timing, title, description)
           SELECT 'pkg_bulk_' || lpad(i::text, 5, '0'), 'exp_bulk', 'online', 'audio', 30, 1000 + i, NULL, 1,
             0, 'US', 'USD', i % 7, 'automatic', 'scheduled_end', 'Bulk package ' || i, ''
           FROM generate_series(1, 1100) AS i`,
        );
      });
      const seen: AppointmentPackage[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const query: string = `/v1/admin/packages?expertId=exp_bulk&limit=150${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
        const page: { status: number; body: Page } = await test.call<Page>(query);
        assert.equal(page.status, 200);
        assert.ok(page.body.data.length <= 150);
        seen.push(...page.body.data);
        cursor = page.body.nextCursor;
        pages += 1;
      } while (cursor !== null && pages < 100);
      assert.equal(pages, Math.ceil(1100 / 150));
      const ids = seen.map((pkg) => pkg.id);
      assert.equal(new Set(ids).size, 1100);
      assert.equal(ids.length, 1100);
      const keys = seen.map((pkg) => [pkg.listingOrder, pkg.id] as const);
      const sorted = [...keys].sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : 1));
      assert.deepEqual(keys, sorted);
    });

    it('pages across experts with filters and the default limit', async () => {
      const first = await test.call<Page>('/v1/admin/packages?currency=INR');
      assert.equal(first.status, 200);
      assert.ok(first.body.data.length > 0);
      assert.ok(first.body.data.every((pkg) => pkg.currency === 'INR'));
      assert.equal(first.body.nextCursor, null);

      const all = await test.call<Page>('/v1/admin/packages');
      assert.equal(all.body.data.length, 50);
      assert.notEqual(all.body.nextCursor, null);
    });

    it('rejects a bad cursor, limit or filter with 422 on each field', async () => {
      const response = await test.call('/v1/admin/packages?cursor=not-a-cursor&limit=201&country=de');
      const problem = assertProblem(response, 422, 'validation_failed');
      assert.deepEqual(problem.errors?.map((error) => error.field).sort(), ['country', 'cursor', 'limit']);
      for (const limit of ['0', '-1', '1.5', 'ten']) {
        const bad = await test.call(`/v1/admin/packages?limit=${limit}`);
        assert.deepEqual(assertProblem(bad, 422, 'validation_failed').errors?.map((error) => error.field), ['limit']);
      }
      const tampered = Buffer.from(JSON.stringify(['exp_bulk', 'x', 3])).toString('base64url');
      const forged = await test.call(`/v1/admin/packages?cursor=${tampered}`);
      assert.deepEqual(assertProblem(forged, 422, 'validation_failed').errors?.map((error) => error.field), ['cursor']);
    });

    it('sees a package created through the API on the right page', async () => {
      const created = await createPackage(test, 'exp_istanbul', { listingOrder: 0 });
      const page = await test.call<Page>('/v1/admin/packages?expertId=exp_istanbul&limit=200');
      assert.ok(page.body.data.some((pkg) => pkg.id === created.id));
    });
  });
});
