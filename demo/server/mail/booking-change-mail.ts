/**
 * The notices of a changed booking, in the customer's language and time zone (always named): a
 * cancellation (by the customer or the business, saying whether the session went back to the
 * package, with the reason when one was given) and a move (the new and the previous time, and the
 * address of a face-to-face meeting).
 */
import { addressLine, type MailedPlace, type MailReader } from './booking-mail.js';
import { isolate, mailText, sessionSpan } from './format.js';
import type { Mail } from './mailer.js';

/** The session a notice is about. */
export interface ChangedSession {
  expertName: string;
  packageTitle: string;
  /** UTC instants. */
  start: string;
  end: string;
}

/** What a cancellation notice says. */
export interface CancellationMailInput extends MailReader, ChangedSession {
  cancelledBy: 'customer' | 'business';
  sessionReturned: boolean;
  /** The reason given, plain text; `null` when none. */
  reason: string | null;
}

/** Composes the notice that a session was cancelled. */
export function cancellationMail(input: CancellationMailInput): Mail {
  const { terms } = input;
  const text = mailText(terms, [
    terms.greeting(isolate(terms, input.customerName)),
    [
      terms.cancelIntro(isolate(terms, input.packageTitle), isolate(terms, input.expertName), input.cancelledBy),
      `  ${sessionSpan(terms, input.start, input.end, input.timeZone)}`,
    ].join('\n'),
    ...(input.reason ? [`${terms.reasonLabel}: ${isolate(terms, input.reason)}`] : []),
    terms.sessionReturned(input.sessionReturned),
  ]);
  return { to: input.to, subject: terms.cancelSubject(input.packageTitle), text };
}

/** What a reschedule notice says: the session at its new time, and where it was before. */
export interface RescheduleMailInput extends MailReader, ChangedSession, MailedPlace {
  previousStart: string;
  previousEnd: string;
}

/** Composes the notice that a session moved. */
export function rescheduleMail(input: RescheduleMailInput): Mail {
  const { terms } = input;
  const text = mailText(terms, [
    terms.greeting(isolate(terms, input.customerName)),
    terms.rescheduleIntro(isolate(terms, input.packageTitle), isolate(terms, input.expertName)),
    [
      `${terms.newTimeLabel}: ${sessionSpan(terms, input.start, input.end, input.timeZone)}`,
      `${terms.previousTimeLabel}: ${sessionSpan(terms, input.previousStart, input.previousEnd, input.timeZone)}`,
      ...(input.appointmentType === 'face_to_face' && input.location !== null ? [addressLine(terms, input.location)] : []),
    ].join('\n'),
    terms.rescheduleLinks,
  ]);
  return { to: input.to, subject: terms.rescheduleSubject(input.packageTitle), text };
}
