/**
 * The confirmation e-mail of sessions booked after the purchase (`POST /v1/bookings`), in the
 * customer's language and time zone, with a call link per booking when the host site has a join
 * page, or for a face-to-face meeting the package's address. The join token travels in the link's fragment, which browsers never send to a server, so
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

/** Where the sessions happen: on a call, or face to face at the package's `location`. */
export interface MailedPlace {
  appointmentType: 'online' | 'face_to_face';
  /** The address of a face-to-face meeting; `null` when the package names none (the place agreed). */
  location: string | null;
}

/** What the booking confirmation says. */
export interface BookingMailInput extends MailReader, MailedCalls, MailedPlace {
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

/**
 * The paragraphs listing `sessions`: each with its span in the reader's zone, its call link (not
 * for a face-to-face meeting) and its manage link.
 */
export function sessionBlocks(reader: MailReader, calls: MailedCalls, place: MailedPlace, sessions: readonly MailedSession[]): string[] {
  const { terms } = reader;
  const online = place.appointmentType === 'online';
  return sessions.map((session, index) => {
    const lines = [terms.session(index + 1), `  ${sessionSpan(terms, session.start, session.end, reader.timeZone)}`];
    if (online && calls.joinPageUrl !== undefined && session.joinToken !== undefined) {
      lines.push(`  ${terms.joinCall}: ${joinLink(calls.joinPageUrl, session.id, session.joinToken)}`);
    }
    if (calls.managePageUrl !== undefined && session.joinToken !== undefined) {
      lines.push(`  ${terms.manageBooking}: ${manageLink(calls.managePageUrl, session.id, session.joinToken)}`);
    }
    return lines.join('\n');
  });
}

/** The address of a face-to-face meeting on one line ("Moda Cad. 12, Kadıköy"), isolated for the reader's direction. */
export function addressLine(terms: MailTerms, location: string): string {
  const oneLine = location.split(/\r?\n/).map((line) => line.trim()).filter(Boolean).join(', ');
  return `${terms.addressLabel}: ${isolate(terms, oneLine)}`;
}

/** The paragraph on meeting `expertName` in person: the address when the package names one, and that there is no call. */
export function inPersonNote(terms: MailTerms, expertName: string, location: string | null): string {
  const meet = terms.inPerson(isolate(terms, expertName), location !== null);
  return location === null ? meet : `${addressLine(terms, location)}\n${meet}`;
}

/** The closing note of `sessions`: where to meet face to face, or how to join the calls (with or without links). */
export function closingNote(terms: MailTerms, calls: MailedCalls, place: MailedPlace & { expertName: string }, sessions: readonly MailedSession[]): string {
  if (place.appointmentType === 'face_to_face') return inPersonNote(terms, place.expertName, place.location);
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
    ...sessionBlocks(input, input, input, input.sessions),
    closingNote(terms, input, input, input.sessions),
  ]);
  return { to: input.to, subject: terms.bookingSubject(input.packageTitle), text };
}
