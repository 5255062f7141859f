import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isApiError, type AdminClient, type AppointmentPackage } from '../../src/admin/index.js';
import { insertPackage } from '../../demo/server/db/packages.js';
import { packageInput, useApi } from './helpers.js';

const api = useApi();
let experts = 0;

/** A new expert with `count` packages created through the SDK, in creation order. */
async function expertWith(admin: AdminClient, count: number): Promise<{ expertId: string; ids: string[] }> {
  const expertId = await api.addExpert(`exp_reorder_${++experts}`);
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    ids.push((await admin.packages.create({ expertId, ...packageInput({ title: `Package ${i}`, listingOrder: i }) })).id);
  }
  return { expertId, ids };
}

const state = (list: readonly AppointmentPackage[]) => list.map(({ id, version, listingOrder }) => ({ id, version, listingOrder }));

describe('admin client: reorder', () => {
  it('puts any permutation of up to 50 packages exactly in that order', async () => {
    const admin = api.admin();
    const permutation = fc
      .integer({ min: 0, max: 50 })
      .chain((n) => fc.shuffledSubarray([...Array(n).keys()], { minLength: n, maxLength: n }).map((order) => ({ n, order })));
    await fc.assert(
      fc.asyncProperty(permutation, async ({ n, order }) => {
        const { expertId, ids } = await expertWith(admin, n);
        const wanted = order.map((index) => ids[index] as string);
        const answer = await admin.packages.reorder(expertId, wanted);
        assert.deepEqual(answer.map((pkg) => pkg.id), wanted);
        assert.deepEqual(answer.map((pkg) => pkg.listingOrder), wanted.map((_, i) => i));
        const reread = await admin.experts.packages(expertId);
        assert.deepEqual(reread.map((pkg) => pkg.id), wanted);
      }),
      { numRuns: 15 },
    );
  });

  it('refuses ids that are not exactly the expert\'s packages with 422, changing nothing', async () => {
    const admin = api.admin();
    const { expertId, ids } = await expertWith(admin, 4);
    const other = await expertWith(admin, 1);
    const before = state(await admin.experts.packages(expertId));
    const wrong: [string, string[]][] = [
      ['ids', [...ids].reverse().slice(1)],
      ['ids[4]', [...ids].reverse().concat(other.ids)],
      ['ids[3]', [...ids].reverse().slice(0, 3).concat('pkg_unknown')],
    ];
    for (const [field, list] of wrong) {
      await assert.rejects(admin.packages.reorder(expertId, list), (error) => {
        assert.ok(isApiError(error), String(error));
        assert.equal(error.status, 422);
        assert.ok(error.fieldErrors.some((e) => e.field === field), JSON.stringify(error.fieldErrors));
        return true;
      });
      assert.deepEqual(state(await admin.experts.packages(expertId)), before);
    }
  });

  it('refuses duplicate ids before sending', async () => {
    const admin = api.admin();
    await assert.rejects(admin.packages.reorder('exp_istanbul', ['pkg_a', 'pkg_b', 'pkg_a']), {
      name: 'ValidationError',
      message: /ids\[2\] repeats "pkg_a"/,
    });
  });
});

describe('admin client: listing', () => {
  it('iterates over more than 1000 packages across pages, each id once', async () => {
    const expertId = await api.addExpert('exp_many');
    const created = new Set<string>();
    await api.server.database.transaction(async (tx) => {
      for (let i = 0; i < 1050; i++) {
        // Repeated listing orders make the keyset tie-break on id.
        created.add((await insertPackage(tx, expertId, packageInput({ title: `Bulk ${i}`, listingOrder: i % 7 }))).id);
      }
    });
    const admin = api.admin();
    const seen: string[] = [];
    for await (const pkg of admin.packages.all({ expertId })) seen.push(pkg.id);
    assert.equal(seen.length, 1050);
    assert.equal(new Set(seen).size, 1050);
    assert.deepEqual(new Set(seen), created);

    let pages = 0;
    for await (const page of admin.packages.pages({ expertId, limit: 100 })) {
      pages++;
      assert.ok(page.items.length <= 100);
    }
    assert.equal(pages, 11);

    const everything: string[] = [];
    for await (const pkg of admin.packages.all()) everything.push(pkg.id);
    assert.equal(new Set(everything).size, everything.length);
    for (const id of created) assert.ok(everything.includes(id));
  });

  it('lists one page with its cursor, filtered by market', async () => {
    const admin = api.admin();
    const expertId = await api.addExpert('exp_market');
    await admin.packages.create({ expertId, ...packageInput({ country: 'JP', currency: 'JPY', listingOrder: 1 }) });
    await admin.packages.create({ expertId, ...packageInput({ country: 'JP', currency: 'JPY', listingOrder: 2 }) });
    await admin.packages.create({ expertId, ...packageInput({ country: 'DE', currency: 'EUR' }) });
    const first = await admin.packages.list({ expertId, currency: 'JPY', limit: 1 });
    assert.equal(first.items.length, 1);
    assert.equal(first.items[0]?.listingOrder, 1);
    assert.ok(first.nextCursor);
    const second = await admin.packages.list({ expertId, currency: 'JPY', limit: 1, cursor: first.nextCursor });
    assert.equal(second.items[0]?.listingOrder, 2);
    assert.equal(second.nextCursor, null);
    assert.equal(second.items.length, 1);
  });
});
