/**
 * The reminder of a booked session, sent a configured time before its start (the tenant's
 * `reminderMinutes`), in the customer's language and time zone, the zone named. Join tokens are
 * stored only as hashes and a booking has one, so the reminder cannot repeat the guest's call
 * link (minting another would void the confirmation's): it says to join with the link of the
 * booking confirmation e-mail. A face-to-face meeting has no call: the reminder says so instead.
 */
import { isolate, mailText, sessionSpan } from './format.js';
import type { MailTerms } from './i18n/index.js';
import type { MailReader } from './booking-mail.js';
import type { Mail } from './mailer.js';

/** What a reminder says. */
export interface ReminderMailInput extends MailReader {
  expertName: string;
  packageTitle: string;
  appointmentType: 'online' | 'face_to_face';
  /** The session's UTC instants. */
  start: string;
  end: string;
  /** How long before the start the reminder is due, in minutes (e.g. 1440). */
  offsetMinutes: number;
  /** Whether the confirmation e-mail carried call links (the host site has a join page). */
  confirmationHasLinks: boolean;
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
  const how =
    input.appointmentType === 'face_to_face'
      ? terms.reminderInPerson(isolate(terms, input.expertName))
      : input.confirmationHasLinks
        ? terms.reminderJoin(input.joinOpensMinutesBefore)
        : terms.joinWithoutLinks(input.joinOpensMinutesBefore);
  const text = mailText(terms, [
    terms.greeting(isolate(terms, input.customerName)),
    `${terms.reminderIntro(isolate(terms, input.packageTitle), isolate(terms, input.expertName), leadTime(terms, input.offsetMinutes))}\n  ${sessionSpan(terms, input.start, input.end, input.timeZone)}`,
    how,
  ]);
  return { to: input.to, subject: terms.reminderSubject(input.packageTitle), text };
}
