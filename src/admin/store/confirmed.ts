/**
 * What the store knows the server holds, merged from answers that may arrive in any order.
 *
 * Three rules make the merge converge on the server's state whatever the order of arrival:
 * - every change bumps a package's `version`, so of two copies the higher version wins;
 * - an id known to be deleted (a successful delete, a 404) stays deleted (ids are never reused);
 * - a full list (the expert's packages read in one snapshot) proves that a known package it lacks
 *   was deleted, but only if the store had learned of that package before the list was requested:
 *   otherwise the snapshot may simply predate its creation.
 */
import type { AppointmentPackage } from '../../core/package.js';

interface Entry {
  pkg: AppointmentPackage;
  /** The earliest tick at which an answer showed this package existing. */
  learnedAt: number;
}

/** The confirmed copy of one expert's packages. */
export class ConfirmedPackages {
  private readonly entries = new Map<string, Entry>();
  private readonly deleted = new Set<string>();
  private clock = 0;

  /** A new point in local time; ticks order requests and answers. */
  tick(): number {
    return ++this.clock;
  }

  /** The confirmed package `id`, if it is known and not deleted. */
  get(id: string): AppointmentPackage | undefined {
    return this.entries.get(id)?.pkg;
  }

  /** Whether `id` is known to be deleted on the server. */
  isDeleted(id: string): boolean {
    return this.deleted.has(id);
  }

  /** Every confirmed package (in no particular order). */
  values(): AppointmentPackage[] {
    return [...this.entries.values()].map((entry) => entry.pkg);
  }

  /** Merges one package from an answer: the higher version wins; deleted ids stay deleted. */
  apply(pkg: AppointmentPackage): void {
    if (this.deleted.has(pkg.id)) return;
    const at = this.tick();
    const entry = this.entries.get(pkg.id);
    if (!entry) {
      this.entries.set(pkg.id, { pkg: Object.freeze({ ...pkg }), learnedAt: at });
    } else if (pkg.version > entry.pkg.version) {
      entry.pkg = Object.freeze({ ...pkg });
    }
  }

  /**
   * Merges a full list of the expert's packages read in one snapshot that was requested at tick
   * `requestedAt`: its packages are applied, and known packages it lacks that were learned of
   * before `requestedAt` are marked deleted.
   */
  applySnapshot(list: readonly AppointmentPackage[], requestedAt: number): void {
    const listed = new Set(list.map((pkg) => pkg.id));
    for (const [id, entry] of this.entries) {
      if (!listed.has(id) && entry.learnedAt < requestedAt) this.markDeleted(id);
    }
    for (const pkg of list) this.apply(pkg);
  }

  /** Records that `id` no longer exists on the server. */
  markDeleted(id: string): void {
    this.entries.delete(id);
    this.deleted.add(id);
  }
}
