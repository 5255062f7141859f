import { findExpert, listExperts } from '../db/experts.js';
import { listPackages } from '../db/packages.js';
import { notFound } from '../http/problem.js';
import type { RequestContext, Route } from '../http/router.js';
import type { RouteDeps } from './context.js';
import { marketOf } from './query.js';

/** The widget's read routes: experts and an expert's packages (publishable key). */
export function expertRoutes({ db }: RouteDeps): Route[] {
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
        if (!(await findExpert(db, expertId))) throw notFound(`Expert "${expertId}"`);
        return { status: 200, body: { data: await listPackages(db, { expertId, ...marketOf(ctx.url.searchParams) }) } };
      },
    },
  ];
}
