import type { Availability } from '../db/availability.js';
import { findAvailability, replaceAvailability } from '../db/availability.js';
import { readJsonBody } from '../http/body.js';
import { checkVersion, etagOf, requireIfMatch } from '../http/etag.js';
import { notFound, validationProblem } from '../http/problem.js';
import type { Reply, RequestContext, Route } from '../http/router.js';
import { validateAvailability } from '../scheduling/validate-availability.js';
import type { RouteDeps } from './context.js';

const availabilityReply = (availability: Availability): Reply => ({
  status: 200,
  body: availability,
  headers: { ETag: etagOf(availability.version) },
});

/** The admin routes over an expert's availability: weekly rules, date overrides and blocks. */
export function availabilityRoutes({ db, config }: RouteDeps): Route[] {
  const expertIdOf = (ctx: RequestContext) => ctx.params.expertId as string;
  const path = '/v1/admin/experts/:expertId/availability';
  return [
    {
      method: 'GET',
      path,
      audience: 'admin',
      handler: async (ctx) => {
        const availability = await findAvailability(db, expertIdOf(ctx));
        if (!availability) throw notFound(`Expert "${expertIdOf(ctx)}"`);
        return availabilityReply(availability);
      },
    },
    {
      method: 'PUT',
      path,
      audience: 'admin',
      // A year of weekly rules, overrides and blocks.
      maxBodyBytes: 1024 * 1024,
      handler: async (ctx) => {
        const ifMatch = requireIfMatch(ctx.req.headers['if-match']);
        const body = await readJsonBody(ctx);
        return db.transaction(async (tx) => {
          const current = await findAvailability(tx, expertIdOf(ctx), true);
          if (!current) throw notFound(`Expert "${expertIdOf(ctx)}"`);
          checkVersion(ifMatch, current.version, `The availability of ${current.expertId}`);
          const result = validateAvailability(body, current.timeZone);
          if (!result.ok) throw validationProblem(result.errors);
          const stored = await replaceAvailability(tx, current.expertId, current.version, result.value);
          if (!stored) throw new Error(`The availability of ${current.expertId} changed although it was locked.`);
          return availabilityReply(stored);
        });
      },
    },
  ];
}
