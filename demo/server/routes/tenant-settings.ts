import type { Schema } from '../../../src/wire/index.js';
import { readTenantSettings, updateTenantSettings, type StoredTenantSettings } from '../db/tenant-settings.js';
import { checkVersion, etagOf, requireIfMatch } from '../http/etag.js';
import type { Reply, Route } from '../http/router.js';
import type { RouteDeps } from './context.js';

/**
 * The tenant's settings a back office needs (admin key): its home country and currency, which a
 * new package form preselects (from the server's configuration), and what an admin changes — the
 * booking policy of packages without their own and the reminder times (stored, versioned).
 */
export function tenantSettingsRoutes({ db, config }: RouteDeps): Route[] {
  const reply = (stored: StoredTenantSettings): Reply => {
    const body: Schema<'TenantSettings'> = { defaultCountry: config.defaultCountry, defaultCurrency: config.defaultCurrency, ...stored };
    return { status: 200, body, headers: { ETag: etagOf(stored.version) } };
  };
  return [
    {
      method: 'GET',
      path: '/v1/admin/settings',
      audience: 'admin',
      handler: async () => reply(await readTenantSettings(db)),
    },
    {
      method: 'PATCH',
      path: '/v1/admin/settings',
      audience: 'admin',
      handler: async (ctx) => {
        const ifMatch = requireIfMatch(ctx.req.headers['if-match']);
        const patch = ctx.body as Schema<'TenantSettingsPatch'>;
        return db.transaction(async (tx) => {
          const current = await readTenantSettings(tx, true);
          checkVersion(ifMatch, current.version, 'The settings');
          return reply(await updateTenantSettings(tx, patch));
        });
      },
    },
  ];
}
