/**
 * The live package store: one expert's packages, optimistic writes, convergence on the server's
 * state whatever the order in which answers arrive (see `confirmed.ts` for the merge rules).
 */
import { byListingOrder } from '../../core/listing-order.js';
import { isApiError } from '../../http/errors.js';
import type { AppointmentPackage, AppointmentPackageInput } from '../../core/package.js';
import { validatePackage, validatePackagePatch } from '../../core/validate-package.js';
import { ValidationError } from '../errors.js';
import type { AdminClient } from '../types.js';
import { withoutWarnings } from '../warnings.js';
import { ConfirmedPackages } from './confirmed.js';
import { nextSnapshot } from './snapshot.js';
import type { PackageStore, PackageStoreOptions, PackageStoreSnapshot, PackageStoreStatus, PendingOperation } from './types.js';

/** A write in flight: its optimistic change, the key it serializes on, and its completion. */
interface Operation {
  readonly pending: PendingOperation;
  /** The package id it touches (canonicalized when compared), or `'*'` for all (a reorder). */
  readonly key: string;
  /** Applies the optimistic change to a working copy of the list, keyed by id. */
  readonly overlay: (items: Map<string, AppointmentPackage>) => void;
  done: Promise<unknown>;
}

const EMPTY: PackageStoreSnapshot = Object.freeze({ status: 'idle', items: Object.freeze([]), error: undefined, pending: Object.freeze([]) });

const inputOf = ({ id: _id, expertId: _expertId, version: _version, archived: _archived, effectivePolicy: _effective, ...input }: AppointmentPackage): AppointmentPackageInput => input;

/**
 * The packages as the admin's writes answer them: without `effectivePolicy`, which only the public
 * list carries (the policy that applies, derived from the package's own and the tenant's), so
 * that a package reads the same whether it was listed or written last.
 */
const asWritten = (list: readonly AppointmentPackage[]): AppointmentPackage[] => list.map(({ effectivePolicy: _effective, ...pkg }) => pkg);

/**
 * Creates a live store of one expert's packages. Nothing is fetched until `load()`.
 *
 * React (`useSyncExternalStore`):
 * @example
 * const store = createPackageStore(admin, { expertId });
 * function Packages() {
 *   const { status, items } = useSyncExternalStore(store.subscribe, store.getSnapshot);
 *   useEffect(() => void store.load(), []);
 *   return status === 'ready' ? <List items={items} /> : <Spinner />;
 * }
 *
 * Svelte (a readable store; use `$packages` in markup):
 * @example
 * const packages = readable(store.getSnapshot(), (set) => store.subscribe(() => set(store.getSnapshot())));
 * store.load();
 *
 * Vue 3 (a shallowRef, replaced on every change):
 * @example
 * const snapshot = shallowRef(store.getSnapshot());
 * const stop = store.subscribe(() => { snapshot.value = store.getSnapshot(); });
 * onMounted(() => store.load());
 * onUnmounted(stop);
 *
 * Lit (a ReactiveController):
 * @example
 * class PackageStoreController implements ReactiveController {
 *   value = store.getSnapshot();
 *   private stop?: () => void;
 *   constructor(private host: ReactiveControllerHost, private store: PackageStore) { host.addController(this); }
 *   hostConnected() {
 *     this.stop = this.store.subscribe(() => { this.value = this.store.getSnapshot(); this.host.requestUpdate(); });
 *     void this.store.load();
 *   }
 *   hostDisconnected() { this.stop?.(); }
 * }
 */
export function createPackageStore(admin: AdminClient, options: PackageStoreOptions): PackageStore {
  const expertId = options?.expertId;
  if (typeof expertId !== 'string' || expertId.trim() === '') {
    throw new TypeError(`expertId must be a non-empty string (got ${JSON.stringify(expertId) ?? String(expertId)}).`);
  }
  const confirmed = new ConfirmedPackages();
  /** Temporary ids of creates → the ids the server assigned. */
  const aliases = new Map<string, string>();
  const operations: Operation[] = [];
  const listeners = new Set<() => void>();
  let snapshot = EMPTY;
  let status: PackageStoreStatus = 'idle';
  let error: unknown = undefined;
  let localIds = 0;
  let loads = 0;
  let running: Promise<void> | undefined;

  const canonical = (id: string): string => aliases.get(id) ?? id;

  /** Recomputes the snapshot and notifies listeners when it changed. */
  function commit(): void {
    const working = new Map(confirmed.values().map((pkg) => [pkg.id, pkg]));
    for (const operation of operations) operation.overlay(working);
    const next = nextSnapshot(snapshot, {
      status,
      error,
      items: [...working.values()].sort(byListingOrder),
      pending: operations.map((operation) => operation.pending),
    });
    if (next === snapshot) return;
    snapshot = next;
    for (const listener of [...listeners]) listener();
  }

  /** Reads the list; only the latest read decides `status`; `userFacing` reads also clear `error`. */
  function read(userFacing: boolean): Promise<void> {
    const id = ++loads;
    if (status === 'idle' || (status === 'error' && userFacing)) status = 'loading';
    const requestedAt = confirmed.tick();
    const reading = admin.experts.packages(expertId).then(
      (list) => {
        confirmed.applySnapshot(asWritten(list), requestedAt);
        if (id === loads) {
          status = 'ready';
          if (userFacing) error = undefined;
        }
      },
      (failure: unknown) => {
        if (id === loads) {
          status = 'error';
          error = failure;
        }
      },
    );
    const settled = reading.finally(() => {
      if (running === settled) running = undefined;
      commit();
    });
    running = settled;
    commit();
    return settled;
  }

  /**
   * Runs a write after the earlier ones it depends on: those on the same package, or all of them
   * for (and before) a reorder. On failure the store re-reads the server's state, and the returned
   * promise rejects once that state is shown.
   */
  function enqueue<T>(
    pending: PendingOperation,
    key: string,
    overlay: Operation['overlay'],
    send: () => Promise<T>,
    onSuccess: (value: T) => void,
    onFailure: (failure: unknown) => boolean = () => true,
  ): Promise<T> {
    const before = operations
      .filter((other) => key === '*' || other.key === '*' || canonical(other.key) === canonical(key))
      .map((other) => other.done);
    const operation: Operation = { pending, key, overlay, done: Promise.resolve() };
    const result = Promise.allSettled(before).then(send);
    operation.done = result.then(
      (value) => {
        onSuccess(value);
      },
      async (failure: unknown) => {
        error = failure;
        // Roll back to the server's state before the caller hears of the failure.
        if (onFailure(failure)) await read(false);
      },
    ).finally(() => {
      operations.splice(operations.indexOf(operation), 1);
      commit();
    });
    operations.push(operation);
    error = undefined;
    commit();
    // The caller's promise settles after the store has taken the answer in.
    return operation.done.then(() => result);
  }

  /** The confirmed package behind `id` (a temporary id once its create succeeded), or a rejection. */
  function confirmedOrFail(id: string): AppointmentPackage {
    const pkg = confirmed.get(canonical(id));
    if (!pkg) throw new Error(`Package "${id}" no longer exists on the server (it was deleted or its creation failed).`);
    return pkg;
  }

  function requireListed(id: unknown): string {
    if (typeof id !== 'string' || !snapshot.items.some((pkg) => pkg.id === id || pkg.id === canonical(id))) {
      throw new RangeError(`Package ${JSON.stringify(id) ?? String(id)} is not in the store of expert ${expertId}.`);
    }
    return id;
  }

  const store: PackageStore = {
    expertId,
    subscribe(listener) {
      if (typeof listener !== 'function') throw new TypeError('subscribe needs a listener function.');
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    getSnapshot: () => snapshot,
    load() {
      if (running) return running;
      if (status === 'ready') return Promise.resolve();
      return read(true);
    },
    refresh: () => read(true),

    async create(input) {
      const result = validatePackage(input);
      if (!result.ok) throw new ValidationError('The package', result.errors);
      const value = result.value;
      const localId = `local_${++localIds}`;
      return enqueue(
        { kind: 'create', id: localId },
        localId,
        (items) => void items.set(localId, { ...value, id: localId, expertId, version: 0 }),
        () => admin.packages.create({ expertId, ...value }),
        (created) => {
          aliases.set(localId, created.id);
          confirmed.apply(withoutWarnings(created));
        },
      );
    },

    async update(id, patch) {
      requireListed(id);
      const checked = validatePackagePatch(patch);
      if (!checked.ok) throw new ValidationError('The package update', checked.errors);
      const current = snapshot.items.find((pkg) => pkg.id === id || pkg.id === canonical(id)) as AppointmentPackage;
      const merged = validatePackage({ ...inputOf(current), ...checked.value });
      if (!merged.ok) throw new ValidationError('The package update', merged.errors);
      const changes = checked.value;
      return enqueue(
        { kind: 'update', id },
        id,
        (items) => {
          const target = items.get(canonical(id));
          if (target) items.set(target.id, { ...target, ...changes });
        },
        () => {
          const pkg = confirmedOrFail(id);
          return admin.packages.update(pkg.id, changes, { version: pkg.version });
        },
        (updated) => confirmed.apply(withoutWarnings(updated)),
        (failure) => {
          if (isApiError(failure) && failure.code === 'not_found') confirmed.markDeleted(canonical(id));
          return true;
        },
      );
    },

    async remove(id) {
      requireListed(id);
      let removedId = '';
      return enqueue(
        { kind: 'remove', id },
        id,
        (items) => void items.delete(canonical(id)),
        async () => {
          const pkg = confirmedOrFail(id);
          removedId = pkg.id;
          try {
            await admin.packages.delete(pkg.id, { version: pkg.version });
          } catch (failure) {
            // Already deleted elsewhere: the goal is reached.
            if (!(isApiError(failure) && failure.code === 'not_found')) throw failure;
          }
        },
        () => confirmed.markDeleted(removedId),
      );
    },

    async reorder(ids) {
      if (!Array.isArray(ids)) throw new TypeError('reorder needs the array of package ids, top to bottom.');
      const seen = new Set<string>();
      const duplicates = ids.flatMap((id, index) => {
        if (seen.has(id)) return [{ field: `ids[${index}]`, code: 'duplicate', message: `ids[${index}] repeats "${id}".` }];
        seen.add(id);
        return [];
      });
      if (duplicates.length > 0) throw new ValidationError('The package order', duplicates);
      ids.forEach(requireListed);
      const order = [...ids];
      const requestedAt = { tick: 0 };
      return enqueue<AppointmentPackage[]>(
        { kind: 'reorder', id: null },
        '*',
        (items) => {
          order.forEach((id, position) => {
            const target = items.get(canonical(id));
            if (target && target.listingOrder !== position) items.set(target.id, { ...target, listingOrder: position });
          });
        },
        () => {
          // Temporary ids resolve to the server's; packages whose create failed are left out.
          const real = order.map(canonical).filter((id) => confirmed.get(id) !== undefined);
          requestedAt.tick = confirmed.tick();
          return admin.packages.reorder(expertId, real);
        },
        (list) => confirmed.applySnapshot(asWritten(list), requestedAt.tick),
      );
    },
  };
  return store;
}
