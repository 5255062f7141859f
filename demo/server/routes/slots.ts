import { findAvailability } from '../db/availability.js';
import { findPackage } from '../db/packages.js';
import { notFound, validationProblem } from '../http/problem.js';
import type { Route } from '../http/router.js';
import { offeredSlots } from '../scheduling/offered-slots.js';
import { isoInstant } from '../scheduling/time.js';
import type { RouteDeps } from './context.js';

/** The longest `[from, to)` range one slots request may ask for, in days. */
export const MAX_SLOT_RANGE_DAYS = 62;

/** `GET /v1/experts/{expertId}/slots`: the bookable slots of one package (publishable key). */
export function slotRoutes({ db, config }: RouteDeps): Route[] {
  return [
    {
      method: 'GET',
      path: '/v1/experts/:expertId/slots',
      audience: 'public',
      handler: async (ctx) => {
        const expertId = ctx.params.expertId as string;
        const availability = await findAvailability(db, expertId);
        if (!availability) throw notFound(`Expert "${expertId}"`);

        const query = ctx.url.searchParams;
        const packageId = query.get('packageId') as string;
        const [fromMs, toMs] = [Date.parse(query.get('from') as string), Date.parse(query.get('to') as string)];
        if (toMs <= fromMs) {
          throw validationProblem([{ field: 'to', code: 'out_of_range', message: `to must be after from (${isoInstant(fromMs)}); got ${isoInstant(toMs)}.` }]);
        }
        if (toMs - fromMs > MAX_SLOT_RANGE_DAYS * 86_400_000) {
          throw validationProblem([{
            field: 'to',
            code: 'out_of_range',
            message: `to must be at most ${MAX_SLOT_RANGE_DAYS} days after from; ask for the next range with another request.`,
          }]);
        }

        const pkg = await findPackage(db, packageId);
        if (!pkg || pkg.expertId !== expertId) throw notFound(`Package "${packageId}" of expert "${expertId}"`);

        const context = {
          availability,
          durationMinutes: pkg.durationMinutes,
          breakMinutes: pkg.breakMinutes,
          nowMs: config.clock().getTime(),
          minNoticeMinutes: config.minNoticeMinutes,
        };
        const data = await offeredSlots(db, context, fromMs, toMs);
        return {
          status: 200,
          body: { expertId, packageId, timeZone: availability.timeZone, from: isoInstant(fromMs), to: isoInstant(toMs), data },
        };
      },
    },
  ];
}
