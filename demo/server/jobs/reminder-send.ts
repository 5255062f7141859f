/**
 * The handler of `reminder` jobs: re-reads the booking and e-mails its reminder through the
 * server's mailer, unless the booking is gone, cancelled, moved to another start (its new start
 * has reminders of its own) or its session has already started. A mailer failure rejects, so the
 * runner retries the job with its backoff.
 */
import { JOIN_OPENS_MINUTES_BEFORE } from '../calls/window.js';
import type { Queryable } from '../db/database.js';
import type { Job } from '../db/jobs.js';
import { mailTerms } from '../mail/i18n/index.js';
import { mailerOf } from '../mail/outbox.js';
import { reminderMail, type ReminderMailInput } from '../mail/reminder-mail.js';
import { mintJoinToken } from '../calls/join-tokens.js';
import type { RouteDeps } from '../routes/context.js';
import { isoInstant } from '../scheduling/time.js';
import type { JobHandler } from './runner.js';

/** What a reminder job carries (written by the planner). */
interface ReminderPayload {
  bookingId: string;
  offsetMinutes: number;
  /** The start the reminder was planned for, an ISO instant. */
  startsAt: string;
}

/** The booking a reminder is about, with whom and what it concerns. */
interface ReminderBookingRow {
  status: string;
  starts_at: Date;
  ends_at: Date;
  email: string;
  customer_name: string;
  locale: string | null;
  customer_time_zone: string | null;
  expert_name: string;
  expert_time_zone: string;
  title: string;
  appointment_type: 'online' | 'face_to_face';
  location: string | null;
}

function payloadOf(job: Job): ReminderPayload {
  const { bookingId, offsetMinutes, startsAt } = job.payload;
  if (typeof bookingId !== 'string' || typeof offsetMinutes !== 'number' || typeof startsAt !== 'string' || Number.isNaN(Date.parse(startsAt))) {
    throw new TypeError(`Reminder job ${job.id} has no bookingId, offsetMinutes and startsAt in its payload.`);
  }
  return { bookingId, offsetMinutes, startsAt };
}

async function reminderBooking(db: Queryable, bookingId: string): Promise<ReminderBookingRow | null> {
  const { rows } = await db.query<ReminderBookingRow>(
    `SELECT b.status, b.starts_at, b.ends_at, c.email, c.name AS customer_name, c.locale, c.time_zone AS customer_time_zone,
            e.name AS expert_name, e.time_zone AS expert_time_zone, p.title, p.appointment_type, p.location
     FROM bookings b JOIN customers c ON c.id = b.customer_id JOIN experts e ON e.id = b.expert_id JOIN packages p ON p.id = b.package_id
     WHERE b.id = $1`,
    [bookingId],
  );
  return rows[0] ?? null;
}

/** Why a planned reminder is not sent, or `null` when it is. */
function skipReason(booking: ReminderBookingRow | null, payload: ReminderPayload, nowMs: number): string | null {
  if (!booking) return 'the booking no longer exists';
  if (booking.status !== 'booked') return `the booking is ${booking.status}`;
  if (booking.starts_at.getTime() !== Date.parse(payload.startsAt)) return 'the booking was moved to another start';
  if (booking.starts_at.getTime() <= nowMs) return 'the session has already started';
  return null;
}

/**
 * The reminder's links: a join token minted for it (a retried reminder mints another; each admits
 * this booking only), when the host site has a join or a manage page.
 */
async function linksOf(deps: RouteDeps, bookingId: string): Promise<ReminderMailInput['links']> {
  const { joinPageUrl, managePageUrl } = deps.config;
  if (joinPageUrl === undefined && managePageUrl === undefined) return undefined;
  return { bookingId, joinToken: await mintJoinToken(deps.db, bookingId), joinPageUrl, managePageUrl };
}

/** The handler of `reminder` jobs on the server's database and mailer. */
export function reminderHandler(deps: RouteDeps): JobHandler {
  return async (job, nowMs) => {
    const payload = payloadOf(job);
    const booking = await reminderBooking(deps.db, payload.bookingId);
    const skipped = skipReason(booking, payload, nowMs);
    if (skipped !== null || !booking) {
      deps.config.log.info('reminder not sent', { jobId: job.id, bookingId: payload.bookingId, reason: skipped });
      return;
    }
    const mail = reminderMail({
      to: booking.email,
      customerName: booking.customer_name,
      terms: mailTerms(booking.locale),
      timeZone: booking.customer_time_zone ?? booking.expert_time_zone,
      expertName: booking.expert_name,
      packageTitle: booking.title,
      appointmentType: booking.appointment_type,
      location: booking.location,
      start: isoInstant(booking.starts_at),
      end: isoInstant(booking.ends_at),
      offsetMinutes: payload.offsetMinutes,
      links: await linksOf(deps, payload.bookingId),
      joinOpensMinutesBefore: JOIN_OPENS_MINUTES_BEFORE,
    });
    await mailerOf(deps).send(mail);
  };
}
