import { html, nothing, type TemplateResult } from 'lit';
import type { BookingPolicy } from '../../client/index.js';
import type { PurchaseReceipt } from '../../client/types.js';
import { formatMoney } from '../../core/money.js';
import type { CalendarDownload } from './calendar.js';
import { callLink } from './call-link.js';
import type { CheckoutTexts } from './i18n/catalog.js';
import { isCall, renderPlace, type PackagePlace } from './place.js';
import type { SessionFormat } from './session-format.js';
import { policyWords } from './summary.js';

/** What the confirmation shows. */
export interface Confirmation {
  receipt: PurchaseReceipt;
  /** The package's title, for the heading and the calendar entries. */
  title: string;
  /** Where the package's sessions happen, when the package is known: a face-to-face meeting's address, and no call links. */
  place?: PackagePlace | undefined;
  /** The payer's e-mail address, when known. */
  email: string | undefined;
  /** Whether a customer was signed in: their bookings are also in "my bookings". */
  signedIn: boolean;
  /** Sessions of the purchase still to book. */
  sessionsLeft: number;
  calendar: CalendarDownload | undefined;
  /**
   * The package's booking policy (its `effectivePolicy`), said in words; without it, the cut-offs
   * of the booked sessions are.
   */
  policy?: BookingPolicy | undefined;
}

/** What was paid, in the visitor's words: "$120.00", "5 credits" or "Free". */
export function amountPaid(receipt: PurchaseReceipt, t: CheckoutTexts, locale: string): string {
  if (receipt.method === 'free') return t.amountFree;
  if (receipt.method === 'credits') return t.creditsPrice(receipt.credits ?? 0);
  return formatMoney(receipt.amount, receipt.currency, locale);
}

/** Whether an e-mail really went out, and where; else that the details are here (and in "my bookings"). */
function emailStatus({ receipt, email, signedIn }: Confirmation, t: CheckoutTexts): string {
  if (receipt.emailSent) return email ? t.confirmationSent(email) : t.confirmationSentSomewhere;
  return signedIn ? t.emailNotSentSignedIn : t.emailNotSent;
}

/**
 * The confirmation: where a face-to-face meeting is (part `location`), the order number, amount
 * and method, the booked times, an "Add to calendar" `.ics` download, the sessions still to book
 * and where, whether an e-mail went out, the booking policy in words (part `policy`), and, for a
 * guest with `joinUrl`, each session's call link (`joinUrl?booking=<id>#join=<token>`), never
 * for a face-to-face meeting.
 */
export function renderConfirmation(confirmation: Confirmation, t: CheckoutTexts, format: SessionFormat, joinUrl: string | undefined): TemplateResult {
  const { receipt, sessionsLeft, calendar, signedIn } = confirmation;
  const booked = receipt.bookings;
  const policy = policyWords(t, confirmation.policy, booked);
  const callPage = isCall(confirmation.place) ? joinUrl : undefined;
  return html`<div part="confirmation" class="confirmation" role="status" tabindex="-1">
    <h2 class="title">${t.confirmedTitle}</h2>
    <p>${confirmation.title}</p>
    ${renderPlace(confirmation.place, t)}
    ${receipt.bookingProblem ? html`<p part="times-lost" class="times-lost">${t.confirmedTimesLost}</p>` : nothing}
    <dl part="receipt" class="receipt">
      <div><dt>${t.orderNumber}</dt><dd part="order-number"><bdi>${receipt.id}</bdi></dd></div>
      <div><dt>${t.amountPaid}</dt><dd part="amount">${amountPaid(receipt, t, format.locale)}</dd></div>
      <div><dt>${t.paymentMethod}</dt><dd part="payment-method">${t.paidWith[receipt.method]}</dd></div>
    </dl>
    ${booked.length
      ? html`<ol class="times">
          ${booked.map(
            (booking) => html`<li>
              ${format.range(booking.start, booking.end)}
              ${callPage && booking.joinToken
                ? html`<br /><a part="join-link" href=${callLink(callPage, booking.id, booking.joinToken)}>${t.joinLink(format.start(booking.start))}</a>`
                : nothing}
            </li>`,
          )}
        </ol>
        <p class="muted small">${t.timesInZone(format.zoneName(booked[0]!.start))}</p>`
      : nothing}
    ${sessionsLeft > 0
      ? html`<p part="book-later">
          ${booked.length ? t.sessionsLater(sessionsLeft) : t.sessionsToBook(sessionsLeft)} ${signedIn ? t.bookLaterWhere : t.bookLaterWhereGuest}
        </p>`
      : nothing}
    <p part="email-status">${emailStatus(confirmation, t)}</p>
    ${policy ? html`<p part="policy" class="muted small">${policy}</p>` : nothing}
    ${calendar
      ? html`<a part="calendar-link" class="button button--secondary" href=${calendar.href} download=${calendar.fileName}>${t.addToCalendar}</a>`
      : nothing}
  </div>`;
}
