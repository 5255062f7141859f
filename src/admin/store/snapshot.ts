/**
 * Building immutable snapshots that keep their identity (and their packages' identity) while
 * nothing changes, so that `useSyncExternalStore`, Svelte, Vue and Lit re-render only on change.
 */
import type { AppointmentPackage } from '../../core/package.js';
import type { PackageStoreSnapshot } from './types.js';

const samePackage = (a: AppointmentPackage, b: AppointmentPackage): boolean =>
  a === b || (Object.keys(a) as (keyof AppointmentPackage)[]).every((key) => a[key] === b[key]);

const samePending = (a: PackageStoreSnapshot['pending'], b: PackageStoreSnapshot['pending']): boolean =>
  a.length === b.length && a.every((op, i) => op.kind === b[i]?.kind && op.id === b[i]?.id);

/**
 * The snapshot for `next`, reusing `previous` when nothing differs and each previous package
 * object whose fields are all equal.
 */
export function nextSnapshot(previous: PackageStoreSnapshot, next: PackageStoreSnapshot): PackageStoreSnapshot {
  const before = new Map(previous.items.map((pkg) => [pkg.id, pkg]));
  const items = next.items.map((pkg) => {
    const old = before.get(pkg.id);
    return old && samePackage(old, pkg) ? old : Object.freeze({ ...pkg });
  });
  const unchanged =
    previous.status === next.status &&
    previous.error === next.error &&
    samePending(previous.pending, next.pending) &&
    items.length === previous.items.length &&
    items.every((pkg, i) => pkg === previous.items[i]);
  if (unchanged) return previous;
  return Object.freeze({
    status: next.status,
    error: next.error,
    items: Object.freeze(items),
    pending: Object.freeze(next.pending.map((op) => Object.freeze({ ...op }))),
  });
}
