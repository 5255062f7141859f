/** `admin.settings`: the tenant's settings a back office needs, such as its home country and currency. */
import { answer } from '../../http/answer.js';
import * as wire from '../../http/wire-checks.js';
import type { Send } from '../availability/api.js';
import type { AdminRequestOptions } from '../types.js';
import type * as Wire from '../../wire/index.js';

/**
 * The tenant's settings: `defaultCountry` (ISO 3166-1 alpha-2) and `defaultCurrency` (ISO 4217),
 * its home market, which a new package form preselects.
 */
export type TenantSettings = Wire.Schema<'TenantSettings'>;

/** `admin.settings`. */
export interface SettingsApi {
  /**
   * The tenant's settings.
   *
   * @example
   * const { defaultCountry, defaultCurrency } = await admin.settings.get();
   */
  get(options?: AdminRequestOptions): Promise<TenantSettings>;
}

const parseSettings = answer(wire.TenantSettings);

/** The settings methods of an admin client. */
export function createSettingsApi(send: Send): SettingsApi {
  return Object.freeze({
    get: async ({ signal }: AdminRequestOptions = {}) => send({ method: 'GET', path: 'v1/admin/settings', signal, parse: parseSettings }),
  } satisfies SettingsApi);
}
