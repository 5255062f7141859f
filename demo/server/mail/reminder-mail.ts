/**
 * The reminder of a booked session, sent a configured time before its start (the tenant's
 * `reminderMinutes`), in the customer's language and time zone, the zone named, with the call
 * link and the "Reschedule or cancel" link of a token minted for the reminder (the
 * confirmation's stays valid). A face-to-face meeting has no call: the reminder gives the package's
 * address instead (or says the place agreed when it names none).
 */
import { isolate, mailText, sessionSpan } from './format.js';
import type { MailTerms } from './i18n/index.js';
import { inPersonNote, joinLink, manageLink, type MailedPlace, type MailReader } from './booking-mail.js';
import type { Mail } from './mailer.js';

/** What a reminder says. */
export interface ReminderMailInput extends MailReader, MailedPlace {
  expertName: string;
  packageTitle: string;
  /** The session's UTC instants. */
  start: string;
  end: string;
  /** How long before the start the reminder is due, in minutes (e.g. 1440). */
  offsetMinutes: number;
  /** The booking's id and a booking-scoped token for its links; none when the host site has no pages for them. */
  links?: { bookingId: string; joinToken: string; joinPageUrl?: string | undefined; managePageUrl?: string | undefined };
  /** How long before a session its call opens. */
  joinOpensMinutesBefore: number;
}

/**
 * "in 24 hours", "in 90 minutes", "in 3 days": whole days from two days up, else whole hours,
 * else minutes, as the reader's language says it.
 */
export function leadTime(terms: MailTerms, minutes: number): string {
  if (minutes >= 2 * 1440 && minutes % 1440 === 0) return terms.reminderIn.days(minutes / 1440);
  if (minutes >= 60 && minutes % 60 === 0) return terms.reminderIn.hours(minutes / 60);
  return terms.reminderIn.minutes(minutes);
}

/** Composes the reminder of one booked session. */
export function reminderMail(input: ReminderMailInput): Mail {
  const { terms } = input;
  const { links } = input;
  const online = input.appointmentType === 'online';
  const lines = [`${terms.reminderIntro(isolate(terms, input.packageTitle), isolate(terms, input.expertName), leadTime(terms, input.offsetMinutes))}`];
  lines.push(`  ${sessionSpan(terms, input.start, input.end, input.timeZone)}`);
  if (online && links?.joinPageUrl !== undefined) lines.push(`  ${terms.joinCall}: ${joinLink(links.joinPageUrl, links.bookingId, links.joinToken)}`);
  if (links?.managePageUrl !== undefined) lines.push(`  ${terms.manageBooking}: ${manageLink(links.managePageUrl, links.bookingId, links.joinToken)}`);
  const how = !online
    ? inPersonNote(terms, input.expertName, input.location)
    : links?.joinPageUrl !== undefined
      ? terms.joinWithLinks(input.joinOpensMinutesBefore)
      : terms.joinWithoutLinks(input.joinOpensMinutesBefore);
  const text = mailText(terms, [terms.greeting(isolate(terms, input.customerName)), lines.join('\n'), how]);
  return { to: input.to, subject: terms.reminderSubject(input.packageTitle), text };
}
