import type { ApptClient } from '../../client/index.js';
import { isApiError } from '../../client/errors.js';
import type { AppointmentPackage } from '../../core/package.js';

/**
 * The packages of the customer's bookings and purchases (their titles, kinds and places): those the
 * answer sent (the reference server sends them all, archived ones included), else each expert's
 * public list, loaded once per client.
 */
export class ExpertPackages {
  private readonly cache = new WeakMap<ApptClient, Map<string, Promise<AppointmentPackage[]>>>();

  /**
   * The packages of `items` (bookings, purchases) by package id: those in `sent`, and for the
   * rest the lists of their experts, each loaded once (none when `sent` has them all).
   */
  async of(client: ApptClient, items: readonly { expertId: string; packageId: string }[], sent: readonly AppointmentPackage[] = []): Promise<Map<string, AppointmentPackage>> {
    const known = new Map(sent.map((pkg) => [pkg.id, pkg]));
    let cache = this.cache.get(client);
    if (!cache) this.cache.set(client, (cache = new Map()));
    const lists = cache;
    const experts = new Set(items.filter((item) => !known.has(item.packageId)).map((item) => item.expertId));
    const loaded = await Promise.all(
      [...experts].map((expertId) => {
        let list = lists.get(expertId);
        if (!list) {
          list = client.packages.list({ expertId }).catch((error: unknown) => {
            lists.delete(expertId);
            // An expert who is gone has no packages; anything else fails the load (and Try again asks again).
            if (isApiError(error) && error.status === 404) return [];
            throw error;
          });
          lists.set(expertId, list);
        }
        return list;
      }),
    );
    return new Map([...loaded.flat().map((pkg): [string, AppointmentPackage] => [pkg.id, pkg]), ...known]);
  }
}
