import type { ApptClient } from '../../client/index.js';
import { isApiError } from '../../client/errors.js';
import type { AppointmentPackage } from '../../core/package.js';

/** Each expert's packages, loaded once per client: the titles and kinds of the customer's bookings and purchases. */
export class ExpertPackages {
  private readonly cache = new WeakMap<ApptClient, Map<string, Promise<AppointmentPackage[]>>>();

  /** The packages of the experts of `items` (bookings, purchases), by package id; each expert's list is loaded once. */
  async of(client: ApptClient, items: readonly { expertId: string }[]): Promise<Map<string, AppointmentPackage>> {
    let cache = this.cache.get(client);
    if (!cache) this.cache.set(client, (cache = new Map()));
    const lists = cache;
    const experts = new Set(items.map((item) => item.expertId));
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
    return new Map(loaded.flat().map((pkg) => [pkg.id, pkg]));
  }
}
