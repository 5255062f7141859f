import { findSlotSource } from '../db/availability.js';
import { notFound, validationProblem } from '../http/problem.js';
import type { Route } from '../http/router.js';
import { slotsBeside } from '../scheduling/offered-slots.js';
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
        const query = ctx.url.searchParams;
        const packageId = query.get('packageId') as string;
        const [fromMs, toMs] = [Date.parse(query.get('from') as string), Date.parse(query.get('to') as string)];
        const nowMs = config.clock().getTime();
        // The availability, the package and the busy periods in one statement: the widget's busiest route.
        const source = await findSlotSource(db, expertId, packageId, { fromMs, toMs, nowMs });
        if (!source) throw notFound(`Expert "${expertId}"`);

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
        if (!source.package) throw notFound(`Package "${packageId}" of expert "${expertId}"`);

        const { availability } = source;
        const context = {
          availability,
          durationMinutes: source.package.durationMinutes,
          breakMinutes: source.package.breakMinutes,
          nowMs,
          minNoticeMinutes: config.minNoticeMinutes,
        };
        const data = slotsBeside(context, source.busy, fromMs, toMs);
        return {
          status: 200,
          body: { expertId, packageId, timeZone: availability.timeZone, from: isoInstant(fromMs), to: isoInstant(toMs), data },
        };
      },
    },
  ];
}
