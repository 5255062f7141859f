/**
 * The confirmation e-mail of every paid purchase (card, credits or free), with or without booked
 * sessions, in the customer's language and time zone: the order number, what was paid and how,
 * the package, each booked session with its call link (or, face to face, the address), and the
 * sessions left to book.
 */
import { closingNote, sessionBlocks, type MailedCalls, type MailedPlace, type MailedSession, type MailReader } from './booking-mail.js';
import { couponText, isolate, mailText, priceText, type MailedCoupon, type Price } from './format.js';
import type { Mail } from './mailer.js';

/** What the purchase confirmation says. */
export interface PurchaseMailInput extends MailReader, MailedCalls, MailedPlace {
  expertName: string;
  packageTitle: string;
  purchase: Price & { id: string; sessionsTotal: number; sessionsUsed: number; coupon?: MailedCoupon };
  /** The purchase's booked sessions (those just booked carry their join token). */
  sessions: readonly MailedSession[];
}

/** Composes the confirmation e-mail of a paid purchase. */
export function purchaseConfirmationMail(input: PurchaseMailInput): Mail {
  const { terms, purchase, sessions } = input;
  const title = isolate(terms, input.packageTitle);
  const later = purchase.sessionsTotal - purchase.sessionsUsed;
  const text = mailText(terms, [
    terms.greeting(isolate(terms, input.customerName)),
    terms.orderIntro(title, isolate(terms, input.expertName)),
    [
      `${terms.orderNumberLabel}: ${isolate(terms, purchase.id)}`,
      `${terms.amountLabel}: ${priceText(terms, purchase)}`,
      ...(purchase.coupon ? [`${terms.couponLabel} ${isolate(terms, purchase.coupon.code)}: ${couponText(terms, purchase, purchase.coupon)}`] : []),
      `${terms.methodLabel}: ${terms.method[purchase.method]}`,
      `${terms.packageLabel}: ${title} (${terms.sessions(purchase.sessionsTotal)})`,
    ].join('\n'),
    ...(sessions.length > 0 ? [terms.bookedHeading(sessions.length), ...sessionBlocks(input, input, input, sessions)] : []),
    ...(later > 0 ? [terms.sessionsLater(later)] : []),
    ...(sessions.length > 0 ? [closingNote(terms, input, input, sessions)] : []),
  ]);
  return { to: input.to, subject: terms.orderSubject(input.packageTitle), text };
}
