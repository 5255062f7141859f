import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  createAdminClient,
  createPackageStore,
  isValidationError,
  isVersionConflict,
  type AdminClient,
  type AppointmentPackage,
  type PackageStore,
} from '../../src/admin/index.js';
import { ADMIN_KEY, packageInput, useApi } from './helpers.js';

const api = useApi();
let experts = 0;

async function expertWith(admin: AdminClient, count: number): Promise<string> {
  const expertId = await api.addExpert(`exp_store_${++experts}`);
  for (let i = 0; i < count; i++) await admin.packages.create({ expertId, ...packageInput({ title: `Start ${i}`, listingOrder: i }) });
  return expertId;
}

/** What must agree between the store and the server: every package, field by field, in order. */
/** The expert's packages on the server, as the admin's writes answer them (the public list adds the policy that applies). */
const serverState = async (admin: AdminClient, expertId: string): Promise<AppointmentPackage[]> =>
  (await admin.experts.packages(expertId)).map(({ effectivePolicy: _effective, ...pkg }) => pkg);
const storeState = (store: PackageStore): AppointmentPackage[] => store.getSnapshot().items.map((pkg) => ({ ...pkg }));

/** A fetch whose answers wait until `release()` is called. */
function gatedFetch(): { fetch: typeof fetch; release(): void } {
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  return {
    fetch: async (input, init) => {
      const response = await fetch(input, init);
      await gate;
      return response;
    },
    release: () => open(),
  };
}

describe('package store: snapshots', () => {
  it('keeps the same snapshot until something changes, and notifies subscribers on change only', async () => {
    const admin = api.admin();
    const expertId = await expertWith(admin, 2);
    const store = createPackageStore(admin, { expertId });
    const first = store.getSnapshot();
    assert.equal(store.getSnapshot(), first);
    assert.deepEqual({ status: first.status, items: first.items, pending: first.pending }, { status: 'idle', items: [], pending: [] });

    const seen: string[] = [];
    const unsubscribe = store.subscribe(() => seen.push(store.getSnapshot().status));
    await store.load();
    assert.deepEqual(seen, ['loading', 'ready']);
    const ready = store.getSnapshot();
    assert.ok(Object.isFrozen(ready) && Object.isFrozen(ready.items) && Object.isFrozen(ready.items[0]));
    assert.deepEqual(storeState(store), await serverState(admin, expertId));

    await store.refresh();
    assert.equal(store.getSnapshot(), ready, 'a refresh that changes nothing keeps the snapshot');
    assert.deepEqual(seen, ['loading', 'ready']);

    unsubscribe();
    await store.update(ready.items[0]!.id, { title: 'Changed' });
    assert.deepEqual(seen, ['loading', 'ready']);
    assert.notEqual(store.getSnapshot(), ready);
    assert.equal(store.getSnapshot().items[1], ready.items[1], 'an unchanged package keeps its identity');
  });

  it('shows a load failure as status error with the error, and recovers on refresh', async () => {
    const admin = api.admin();
    const store = createPackageStore(admin, { expertId: 'exp_nobody_here' });
    await store.load();
    const failed = store.getSnapshot();
    assert.equal(failed.status, 'error');
    assert.equal((failed.error as { code?: string }).code, 'not_found');
    await api.addExpert('exp_nobody_here');
    await store.refresh();
    assert.equal(store.getSnapshot().status, 'ready');
    assert.equal(store.getSnapshot().error, undefined);
  });
});

describe('package store: optimistic writes', () => {
  it('shows a create at once under a temporary id, then the server\'s package', async () => {
    const admin = api.admin();
    const expertId = await expertWith(admin, 1);
    const slow = gatedFetch();
    const slowStore = createPackageStore(createAdminClient({ baseUrl: api.url, apiKey: ADMIN_KEY, fetch: slow.fetch }), { expertId });
    const slowLoad = slowStore.load();
    const creating = slowStore.create(packageInput({ title: 'Optimistic', listingOrder: 5 }));
    const optimistic = slowStore.getSnapshot();
    assert.deepEqual(optimistic.pending, [{ kind: 'create', id: 'local_1' }]);
    assert.deepEqual(optimistic.items.map((pkg) => [pkg.id, pkg.title, pkg.version]), [['local_1', 'Optimistic', 0]]);
    slow.release();
    const created = await creating;
    await slowLoad;
    const done = slowStore.getSnapshot();
    assert.deepEqual(done.pending, []);
    assert.ok(done.items.some((pkg) => pkg.id === created.id && pkg.version === 1));
    assert.ok(!done.items.some((pkg) => pkg.id === 'local_1'));
    assert.deepEqual(storeState(slowStore), await serverState(admin, expertId));
  });

  it('rolls an update back to the server\'s state on a version conflict, and rejects with the current version', async () => {
    const admin = api.admin();
    const expertId = await expertWith(admin, 2);
    const store = createPackageStore(admin, { expertId });
    await store.load();
    const target = store.getSnapshot().items[0]!;
    // Someone else edits the package meanwhile.
    await admin.packages.update(target.id, { title: 'Edited elsewhere' }, { version: target.version });

    const updating = store.update(target.id, { title: 'Mine' });
    assert.equal(store.getSnapshot().items[0]?.title, 'Mine', 'applied at once');
    await assert.rejects(updating, (error) => isVersionConflict(error) && error.currentVersion === target.version + 1);
    const after = store.getSnapshot();
    assert.equal(after.items[0]?.title, 'Edited elsewhere');
    assert.ok(isVersionConflict(after.error));
    assert.deepEqual(after.pending, []);
    assert.deepEqual(storeState(store), await serverState(admin, expertId));
  });

  it('refuses invalid input before applying or sending anything', async () => {
    const admin = api.admin();
    const expertId = await expertWith(admin, 1);
    const store = createPackageStore(admin, { expertId });
    await store.load();
    const before = store.getSnapshot();
    await assert.rejects(store.create(packageInput({ durationMinutes: 1 })), (error) => isValidationError(error) && error.fieldErrors[0]?.field === 'durationMinutes');
    // The cross-field rule is checked against the package as the store shows it.
    await assert.rejects(store.update(before.items[0]!.id, { appointmentType: 'face_to_face' }), (error) => isValidationError(error) && error.fieldErrors[0]?.field === 'service');
    await assert.rejects(store.remove('pkg_not_here'), { name: 'RangeError' });
    assert.equal(store.getSnapshot(), before);
  });

  it('removes and reorders, ending equal to the server', async () => {
    const admin = api.admin();
    const expertId = await expertWith(admin, 4);
    const store = createPackageStore(admin, { expertId });
    await store.load();
    const [a, b, c, d] = store.getSnapshot().items.map((pkg) => pkg.id) as [string, string, string, string];
    const removing = store.remove(b);
    const reordering = store.reorder([d, c, a]);
    assert.deepEqual(store.getSnapshot().items.map((pkg) => pkg.id), [d, c, a], 'both applied at once');
    await Promise.all([removing, reordering]);
    assert.deepEqual(store.getSnapshot().items.map((pkg) => pkg.id), [d, c, a]);
    assert.deepEqual(storeState(store), await serverState(admin, expertId));
  });
});

type Op =
  | { kind: 'create'; title: string; listingOrder: number }
  | { kind: 'update'; pick: number; fee: number }
  | { kind: 'remove'; pick: number }
  | { kind: 'reorder'; rotate: number }
  | { kind: 'refresh' }
  | { kind: 'conflict'; pick: number };

const opArbitrary: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('create' as const), title: fc.string({ minLength: 1, maxLength: 20 }).filter((t) => t.trim() !== '' && !/\p{Cc}/u.test(t)), listingOrder: fc.nat(10) }),
  fc.record({ kind: fc.constant('update' as const), pick: fc.nat(), fee: fc.nat(100_000) }),
  fc.record({ kind: fc.constant('remove' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('reorder' as const), rotate: fc.nat(5) }),
  fc.constant({ kind: 'refresh' as const }),
  fc.record({ kind: fc.constant('conflict' as const), pick: fc.nat() }),
);

/**
 * Interleaves requests with fast-check's scheduler: each request waits for the scheduler before it
 * is sent and again before its (fully read) answer is delivered, and the scheduler releases one
 * waiting step only when no request is on the wire, so that every waiting send and answer competes.
 */
function interleaver(s: fc.Scheduler) {
  let onWire = 0;
  let quiet: (() => void) | undefined;
  const scheduledFetch: typeof fetch = async (input, init) => {
    await s.schedule(Promise.resolve('send'), 'send');
    onWire++;
    let answer: Response;
    try {
      const response = await fetch(input, init);
      const body = await response.arrayBuffer();
      answer = new Response(response.status === 204 ? null : body, { status: response.status, statusText: response.statusText, headers: response.headers });
    } finally {
      onWire--;
      if (onWire === 0) quiet?.();
    }
    await s.schedule(Promise.resolve('answer'), 'answer');
    return answer;
  };
  async function run<T>(task: Promise<T>): Promise<T> {
    let done = false;
    task.then(
      () => (done = true),
      () => (done = true),
    );
    while (!done) {
      if (onWire > 0) await new Promise<void>((resolve) => (quiet = resolve));
      else if (s.count() > 0) await s.waitNext(1);
      else await new Promise((resolve) => setImmediate(resolve));
    }
    return task;
  }
  return { fetch: scheduledFetch, run };
}

describe('package store: interleaved answers', () => {
  it('ends equal to the server whatever the order in which requests are sent and answers arrive', async () => {
    const direct = api.admin();
    await fc.assert(
      fc.asyncProperty(fc.scheduler(), fc.array(opArbitrary, { minLength: 1, maxLength: 8 }), async (s, ops) => {
        const expertId = await expertWith(direct, 3);
        const network = interleaver(s);
        const store = createPackageStore(createAdminClient({ baseUrl: api.url, apiKey: ADMIN_KEY, fetch: network.fetch }), { expertId });
        await network.run(store.load());
        const settled: Promise<unknown>[] = [];
        for (const op of ops) {
          const items = store.getSnapshot().items;
          const picked = items.length > 0 ? items[('pick' in op ? op.pick : 0) % items.length] : undefined;
          switch (op.kind) {
            case 'create':
              settled.push(store.create(packageInput({ title: op.title, listingOrder: op.listingOrder })).catch(() => undefined));
              break;
            case 'update':
              if (picked) settled.push(store.update(picked.id, { fee: op.fee }).catch(() => undefined));
              break;
            case 'remove':
              if (picked) settled.push(store.remove(picked.id).catch(() => undefined));
              break;
            case 'reorder': {
              const ids = items.map((pkg) => pkg.id);
              const k = ids.length === 0 ? 0 : op.rotate % ids.length;
              settled.push(store.reorder([...ids.slice(k), ...ids.slice(0, k)]).catch(() => undefined));
              break;
            }
            case 'refresh':
              settled.push(store.refresh());
              break;
            case 'conflict':
              // Another admin edits a confirmed package, then the store edits it too.
              if (picked && picked.version > 0) {
                const current = await direct.packages.get(picked.id).catch(() => undefined);
                if (current) {
                  await direct.packages.update(current.id, { sessions: (current.sessions % 100) + 1 }, { version: current.version }).catch(() => undefined);
                  settled.push(store.update(picked.id, { breakMinutes: 5 }).catch(() => undefined));
                }
              }
              break;
          }
        }
        await network.run(Promise.all(settled));
        const final = store.getSnapshot();
        assert.deepEqual(final.pending, []);
        assert.equal(final.status, 'ready');
        assert.deepEqual(storeState(store), await serverState(direct, expertId));
      }),
      { numRuns: 80 },
    );
  });
});
