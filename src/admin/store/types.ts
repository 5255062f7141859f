/**
 * Public types of the live package store.
 */
import type { AppointmentPackage, AppointmentPackageInput } from '../../core/package.js';
import type { PackageWriteResult } from '../warnings.js';

/** Where the store's list stands: not loaded yet, first load running, loaded, or the last load failed. */
export type PackageStoreStatus = 'idle' | 'loading' | 'ready' | 'error';

/** An optimistic change applied to `items` whose server answer has not arrived yet. */
export interface PendingOperation {
  readonly kind: 'create' | 'update' | 'remove' | 'reorder';
  /** The package concerned (a temporary `local_…` id for a create); `null` for a reorder. */
  readonly id: string | null;
}

/**
 * An immutable picture of the store. `getSnapshot()` returns the same object until something
 * changes, as React's `useSyncExternalStore` requires; unchanged packages keep their identity too.
 */
export interface PackageStoreSnapshot {
  readonly status: PackageStoreStatus;
  /**
   * The expert's packages in ascending `listingOrder` (ties by id), with pending optimistic changes
   * applied. A package being created has a temporary id (`local_…`) and `version` 0 until the
   * server confirms it.
   */
  readonly items: readonly AppointmentPackage[];
  /**
   * The last failure: of the latest load or refresh when `status` is `'error'`; otherwise of the
   * last optimistic operation (its promise rejected too), until the next operation or load starts.
   */
  readonly error: unknown;
  /** Operations awaiting the server, oldest first. */
  readonly pending: readonly PendingOperation[];
}

/** Options of {@link createPackageStore}. */
export interface PackageStoreOptions {
  /** The expert whose packages the store holds. */
  expertId: string;
}

/**
 * A live, framework-free list of one expert's packages with optimistic writes. Writes apply to
 * `items` at once; each resolves with the server's answer, or rejects (a `ValidationError` before
 * anything is applied or sent, else the server's error) after rolling back to the server's state.
 * Writes to the same package run one after the other (each sends the version its predecessor
 * left), and a reorder waits for every earlier write and holds back later ones.
 */
export interface PackageStore {
  readonly expertId: string;
  /** Calls `listener` (without arguments) after every change of the snapshot; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
  /** The current snapshot (the same object until something changes). */
  getSnapshot(): PackageStoreSnapshot;
  /**
   * Loads the list unless it is loaded or loading (then it resolves with that load). Never rejects:
   * a failure shows as `status: 'error'` with `error`.
   */
  load(): Promise<void>;
  /** Reads the list again from the server; never rejects (see {@link PackageStore.load}). */
  refresh(): Promise<void>;
  /**
   * Adds a package of this expert (shown at once under a temporary id). Resolves with the stored
   * package and, when the write needs attention, its `warnings` (the list keeps only the package).
   */
  create(input: AppointmentPackageInput): Promise<PackageWriteResult>;
  /** Changes some fields of a package; the version sent is the latest the store knows. Resolves as `create`. */
  update(id: string, patch: Partial<AppointmentPackageInput>): Promise<PackageWriteResult>;
  /** Deletes a package. One already deleted on the server counts as removed. */
  remove(id: string): Promise<void>;
  /** Sets the order of every package of the expert, top to bottom (the ids of `items`, rearranged). */
  reorder(ids: readonly string[]): Promise<readonly AppointmentPackage[]>;
}
