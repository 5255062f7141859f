import type { Route } from '../http/router.js';
import type { Schema } from '../../../src/wire/index.js';
import type { RouteDeps } from './context.js';

/**
 * The tenant's settings a back office needs (admin key): its home country and currency, which a
 * new package form preselects.
 */
export function tenantSettingsRoutes({ config }: RouteDeps): Route[] {
  return [
    {
      method: 'GET',
      path: '/v1/admin/settings',
      audience: 'admin',
      handler: async () => {
        const body: Schema<'TenantSettings'> = { defaultCountry: config.defaultCountry, defaultCurrency: config.defaultCurrency };
        return { status: 200, body };
      },
    },
  ];
}
