/**
 * The booking confirmation e-mail: every session in UTC and in the expert's time zone, and a
 * call link per booking when the host site has a join page. The join token travels in the
 * link's fragment, which browsers never send to a server, so it stays out of server logs.
 */
import { getTemporal } from '../../../src/core/node.js';
import type { Mail } from './mailer.js';

/** One booked session to list. */
export interface MailedSession {
  id: string;
  /** UTC instants. */
  start: string;
  end: string;
  /** The booking's join token, when the booking was just made. */
  joinToken?: string;
}

/** What the confirmation says. */
export interface BookingMailInput {
  to: string;
  customerName: string;
  expertName: string;
  /** The expert's IANA time zone. */
  timeZone: string;
  packageTitle: string;
  sessions: readonly MailedSession[];
  /** The host site's join page, or undefined when it has none (no links). */
  joinPageUrl: string | undefined;
  /** How long before a session its call opens. */
  joinOpensMinutesBefore: number;
}

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const two = (n: number) => String(n).padStart(2, '0');

/**
 * A session's span on the wall clock of `timeZone`, e.g. `Tue 3 Mar 2026, 10:00–10:50`; an end on
 * another day carries its date: `Sat 7 Mar 2026, 23:30 – Sun 8 Mar 2026, 00:20`.
 */
export function formatSpan(start: string, end: string, timeZone: string): string {
  const { Instant } = getTemporal();
  const from = Instant.from(start).toZonedDateTimeISO(timeZone);
  const to = Instant.from(end).toZonedDateTimeISO(timeZone);
  const date = (t: typeof from) => `${WEEKDAYS[t.dayOfWeek - 1]} ${t.day} ${MONTHS[t.month - 1]} ${t.year}`;
  const time = (t: typeof from) => `${two(t.hour)}:${two(t.minute)}`;
  const sameDay = date(from) === date(to);
  return sameDay ? `${date(from)}, ${time(from)}–${time(to)}` : `${date(from)}, ${time(from)} – ${date(to)}, ${time(to)}`;
}

/** The call link of a booking: `<joinPageUrl>?booking=<id>#join=<token>`. */
export function joinLink(joinPageUrl: string, bookingId: string, joinToken: string): string {
  const url = new URL(joinPageUrl);
  url.searchParams.set('booking', bookingId);
  url.hash = `join=${encodeURIComponent(joinToken)}`;
  return url.href;
}

function sessionBlock(input: BookingMailInput, session: MailedSession, index: number): string {
  const lines = [`Session ${index + 1}`, `  ${formatSpan(session.start, session.end, 'UTC')} UTC`];
  if (input.timeZone !== 'UTC') {
    lines.push(`  ${formatSpan(session.start, session.end, input.timeZone)} ${input.timeZone} (the expert's time zone)`);
  }
  if (input.joinPageUrl !== undefined && session.joinToken !== undefined) {
    lines.push(`  Join the call: ${joinLink(input.joinPageUrl, session.id, session.joinToken)}`);
  }
  return lines.join('\n');
}

/** Composes the confirmation e-mail of one purchase's newly booked sessions. */
export function bookingConfirmationMail(input: BookingMailInput): Mail {
  const count = input.sessions.length;
  const what = count === 1 ? 'Your session' : `Your ${count} sessions`;
  const links = input.joinPageUrl !== undefined && input.sessions.some((session) => session.joinToken !== undefined);
  const text = [
    input.customerName === '' ? 'Hello,' : `Hello ${input.customerName},`,
    `${what} of "${input.packageTitle}" with ${input.expertName} ${count === 1 ? 'is' : 'are'} booked.`,
    ...input.sessions.map((session, index) => sessionBlock(input, session, index)),
    links
      ? `Joining opens ${input.joinOpensMinutesBefore} minutes before each session. Each link admits you to its session only; do not share it.`
      : `Join each session from the site where you booked it; joining opens ${input.joinOpensMinutesBefore} minutes before the start.`,
  ].join('\n\n');
  return { to: input.to, subject: `Booking confirmed: ${input.packageTitle}`, text: `${text}\n` };
}
