import type { Availability } from '../db/availability.js';
import { findAvailability, replaceAvailability } from '../db/availability.js';
import { checkVersion, etagOf, requireIfMatch } from '../http/etag.js';
import { notFound } from '../http/problem.js';
import type { Reply, RequestContext, Route } from '../http/router.js';
import { availabilityInputOf, availabilityRuleErrors } from '../scheduling/validate-availability.js';
import type { AvailabilityInput } from '../../../src/wire/index.js';
import type { RouteDeps } from './context.js';

const availabilityReply = (availability: Availability): Reply => ({
  status: 200,
  body: availability,
  headers: { ETag: etagOf(availability.version) },
});

/** The admin routes over an expert's availability: weekly rules, date overrides and blocks. */
export function availabilityRoutes({ db }: RouteDeps): Route[] {
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
      requestRules: (ctx) => availabilityRuleErrors(ctx.body),
      handler: async (ctx) => {
        const ifMatch = requireIfMatch(ctx.req.headers['if-match']);
        const body = ctx.body as AvailabilityInput;
        return db.transaction(async (tx) => {
          const current = await findAvailability(tx, expertIdOf(ctx), true);
          if (!current) throw notFound(`Expert "${expertIdOf(ctx)}"`);
          checkVersion(ifMatch, current.version, `The availability of ${current.expertId}`);
          const stored = await replaceAvailability(tx, current.expertId, current.version, availabilityInputOf(body, current.timeZone));
          if (!stored) throw new Error(`The availability of ${current.expertId} changed although it was locked.`);
          return availabilityReply(stored);
        });
      },
    },
  ];
}
