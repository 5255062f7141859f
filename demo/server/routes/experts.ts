import { findExpert, listExperts } from '../db/experts.js';
import { listPackages, withEffectivePolicy } from '../db/packages.js';
import { readTenantSettings } from '../db/tenant-settings.js';
import { notFound } from '../http/problem.js';
import type { RequestContext, Route } from '../http/router.js';
import type { RouteDeps } from './context.js';
import { oneMarketList, visitorCountry } from './visitor-country.js';

/** The request headers a public list depends on (for caches). */
export function varyOf(countryHeader: string | undefined): string {
  return countryHeader === undefined ? 'Accept-Language' : `Accept-Language, ${countryHeader}`;
}

/** The widget's read routes: experts and an expert's packages (publishable key). */
export function expertRoutes({ db, config }: RouteDeps): Route[] {
  const expertIdOf = (ctx: RequestContext) => ctx.params.expertId as string;
  return [
    {
      method: 'GET',
      path: '/v1/experts',
      audience: 'public',
      handler: async () => ({ status: 200, body: { data: await listExperts(db) } }),
    },
    {
      method: 'GET',
      path: '/v1/experts/:expertId',
      audience: 'public',
      handler: async (ctx) => {
        const expert = await findExpert(db, expertIdOf(ctx));
        if (!expert) throw notFound(`Expert "${expertIdOf(ctx)}"`);
        return { status: 200, body: expert };
      },
    },
    {
      method: 'GET',
      path: '/v1/experts/:expertId/packages',
      audience: 'public',
      handler: async (ctx) => {
        const expertId = expertIdOf(ctx);
        // The widget's first request: the settings and the list side by side, and the expert
        // looked up only when it has nothing on sale (an unknown one has nothing either).
        const [{ bookingPolicy }, packages] = await Promise.all([readTenantSettings(db), listPackages(db, { expertId, archived: false })]);
        if (packages.length === 0 && !(await findExpert(db, expertId))) throw notFound(`Expert "${expertId}"`);
        const query = ctx.url.searchParams;
        const { defaultCountry, countryHeader } = config;
        const visitor = visitorCountry({ query: query.get('country'), headers: ctx.req.headers, countryHeader, defaultCountry });
        const onSale = packages.map((pkg) => withEffectivePolicy(pkg, bookingPolicy));
        const body = oneMarketList(visitor, defaultCountry, query.get('currency') ?? undefined, onSale);
        return { status: 200, body, headers: { Vary: varyOf(countryHeader) } };
      },
    },
  ];
}
