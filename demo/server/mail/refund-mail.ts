/**
 * The notice of a refund, in the customer's language and time zone (always named): what went back
 * and where to (the card, the credits balance, or nothing when nothing was paid), the order
 * number, when, the sessions taken off the package, the reason when one was given, and the booked
 * sessions the refund cancelled.
 */
import { formatMoney } from '../../../src/core/money.js';
import type { MailReader } from './booking-mail.js';
import { instantText, isolate, mailText, sessionSpan } from './format.js';
import type { Mail } from './mailer.js';

/** The refund a notice is about. */
export interface MailedRefund {
  purchaseId: string;
  scope: 'full' | 'unused_sessions';
  /** Money back in the smallest unit of `currency`. */
  amount: number;
  currency: string;
  /** Credits back to the balance; `null` unless the purchase was paid with credits. */
  credits: number | null;
  sessions: number;
  /** `none` when nothing was paid back. */
  provider: string;
  reason: string | null;
  /** UTC instant. */
  createdAt: string;
}

/** What a refund notice says. */
export interface RefundMailInput extends MailReader {
  expertName: string;
  packageTitle: string;
  refund: MailedRefund;
  /** The booked sessions the refund cancelled (UTC instants). */
  cancelled: readonly { start: string; end: string }[];
}

/** Where the refund went. */
const destinationOf = (refund: MailedRefund): 'card' | 'credits' | 'none' =>
  refund.credits !== null ? 'credits' : refund.provider === 'none' ? 'none' : 'card';

/** Composes the notice of a refund. */
export function refundMail(input: RefundMailInput): Mail {
  const { terms, refund, cancelled } = input;
  const amount = refund.credits !== null ? terms.credits(refund.credits) : formatMoney(refund.amount, refund.currency, terms.$intl);
  const text = mailText(terms, [
    terms.greeting(isolate(terms, input.customerName)),
    terms.refundIntro(isolate(terms, input.packageTitle), isolate(terms, input.expertName), refund.scope),
    [
      `${terms.orderNumberLabel}: ${isolate(terms, refund.purchaseId)}`,
      `${terms.refundAmountLabel}: ${amount}`,
      `${terms.refundToLabel}: ${terms.refundTo[destinationOf(refund)]}`,
      `${terms.refundDateLabel}: ${instantText(terms, refund.createdAt, input.timeZone)}`,
      `${terms.refundSessionsLabel}: ${terms.sessions(refund.sessions)}`,
      ...(refund.reason ? [`${terms.reasonLabel}: ${isolate(terms, refund.reason)}`] : []),
    ].join('\n'),
    ...(cancelled.length > 0
      ? [[terms.refundCancelledHeading(cancelled.length), ...cancelled.map((session) => `  ${sessionSpan(terms, session.start, session.end, input.timeZone)}`)].join('\n')]
      : []),
  ]);
  return { to: input.to, subject: terms.refundSubject(input.packageTitle), text };
}
