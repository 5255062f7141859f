import { alreadyCancelled } from '../checkout/booking-policy.js';
import { runIdempotent } from '../checkout/idempotent.js';
import { findBooking } from '../db/bookings.js';
import { lockAttendedBooking, markNoShow } from '../db/no-shows.js';
import { idempotencyKeyOf } from '../http/idempotency-key.js';
import { HttpProblem, notFound } from '../http/problem.js';
import type { Route } from '../http/router.js';
import { isoInstant } from '../scheduling/time.js';
import type { RouteDeps } from './context.js';

/**
 * No-shows marked by the business (admin key): only after the session's scheduled end, and only
 * when the call records show no join of the client (a face-to-face session has none: the admin's
 * word stands). Answers the booking with `noShowAt`. Idempotent under its `Idempotency-Key`.
 */
export function noShowRoutes({ db, config }: RouteDeps): Route[] {
  return [
    {
      method: 'POST',
      path: '/v1/admin/bookings/:bookingId/no-show',
      audience: 'admin',
      handler: async (ctx) => {
        const now = config.clock().getTime();
        const bookingId = ctx.params.bookingId as string;
        const write = {
          apiKeyId: ctx.apiKey?.id ?? '',
          key: idempotencyKeyOf(ctx),
          request: `POST /v1/admin/bookings/${bookingId}/no-show`,
          advice: 'use a new key for another booking.',
        };
        return runIdempotent(db, write, async (tx) => {
          const attended = await lockAttendedBooking(tx, bookingId);
          if (!attended) throw notFound(`Booking "${bookingId}"`);
          const { booking, clientJoinedAtMs } = attended;
          if (booking.status === 'cancelled') throw alreadyCancelled(booking);
          if (now < Date.parse(booking.end)) {
            throw new HttpProblem(409, 'not_ended_yet', `The session of booking ${booking.id} ends at ${booking.end}; a no-show can be marked only after that.`, {
              members: { endsAt: booking.end },
            });
          }
          if (clientJoinedAtMs !== null) {
            const joinedAt = isoInstant(clientJoinedAtMs);
            throw new HttpProblem(409, 'client_joined', `The client joined the call of booking ${booking.id} at ${joinedAt}; that is no no-show.`, { members: { joinedAt } });
          }
          await markNoShow(tx, booking.id, now);
          return { reply: { status: 200, body: await findBooking(tx, booking.id) } };
        });
      },
    },
  ];
}
