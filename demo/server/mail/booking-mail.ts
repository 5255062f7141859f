/**
 * The confirmation e-mail of sessions booked after the purchase (`POST /v1/bookings`), in the
 * customer's language and time zone, with a call link per booking when the host site has a join
 * page. The join token travels in the link's fragment, which browsers never send to a server, so
 * it stays out of server logs.
 */
import { isolate, mailText, sessionSpan } from './format.js';
import type { MailTerms } from './i18n/index.js';
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

/** Who writes to whom, and how the reader reads. */
export interface MailReader {
  to: string;
  customerName: string;
  /** The reader's language. */
  terms: MailTerms;
  /** The IANA zone the times are shown in (the customer's, else the expert's); always named. */
  timeZone: string;
}

/** How sessions are joined and managed. */
export interface MailedCalls {
  /** The host site's join page, or undefined when it has none (no links). */
  joinPageUrl: string | undefined;
  /** The host site's page to reschedule or cancel a booking, or undefined when it has none (no links). */
  managePageUrl?: string | undefined;
  /** How long before a session its call opens. */
  joinOpensMinutesBefore: number;
}

/** What the booking confirmation says. */
export interface BookingMailInput extends MailReader, MailedCalls {
  expertName: string;
  packageTitle: string;
  sessions: readonly MailedSession[];
}

/** The call link of a booking: `<joinPageUrl>?booking=<id>#join=<token>`. */
export function joinLink(joinPageUrl: string, bookingId: string, joinToken: string): string {
  const url = new URL(joinPageUrl);
  url.searchParams.set('booking', bookingId);
  url.hash = `join=${encodeURIComponent(joinToken)}`;
  return url.href;
}

/** The manage link of a booking: `<managePageUrl>#booking=<id>&token=<token>` (the fragment stays in the browser). */
export function manageLink(managePageUrl: string, bookingId: string, joinToken: string): string {
  const url = new URL(managePageUrl);
  url.hash = `booking=${encodeURIComponent(bookingId)}&token=${encodeURIComponent(joinToken)}`;
  return url.href;
}

/** The paragraphs listing `sessions`: each with its span in the reader's zone, its call link and its manage link. */
export function sessionBlocks(reader: MailReader, calls: MailedCalls, sessions: readonly MailedSession[]): string[] {
  const { terms } = reader;
  return sessions.map((session, index) => {
    const lines = [terms.session(index + 1), `  ${sessionSpan(terms, session.start, session.end, reader.timeZone)}`];
    if (calls.joinPageUrl !== undefined && session.joinToken !== undefined) {
      lines.push(`  ${terms.joinCall}: ${joinLink(calls.joinPageUrl, session.id, session.joinToken)}`);
    }
    if (calls.managePageUrl !== undefined && session.joinToken !== undefined) {
      lines.push(`  ${terms.manageBooking}: ${manageLink(calls.managePageUrl, session.id, session.joinToken)}`);
    }
    return lines.join('\n');
  });
}

/** The closing note on joining `sessions` (with or without links). */
export function joinNote(terms: MailTerms, calls: MailedCalls, sessions: readonly MailedSession[]): string {
  const links = calls.joinPageUrl !== undefined && sessions.some((session) => session.joinToken !== undefined);
  return links ? terms.joinWithLinks(calls.joinOpensMinutesBefore) : terms.joinWithoutLinks(calls.joinOpensMinutesBefore);
}

/** Composes the confirmation e-mail of one purchase's newly booked sessions. */
export function bookingConfirmationMail(input: BookingMailInput): Mail {
  const { terms } = input;
  const title = isolate(terms, input.packageTitle);
  const text = mailText(terms, [
    terms.greeting(isolate(terms, input.customerName)),
    terms.bookingIntro(input.sessions.length, title, isolate(terms, input.expertName)),
    ...sessionBlocks(input, input, input.sessions),
    joinNote(terms, input, input.sessions),
  ]);
  return { to: input.to, subject: terms.bookingSubject(input.packageTitle), text };
}
