import { html, nothing, type TemplateResult } from 'lit';
import type { PurchaseReceipt } from '../../client/types.js';
import { calendarFile } from '../../core/ics.js';
import type { CheckoutTexts } from './i18n/catalog.js';
import type { SessionFormat } from './session-format.js';

/** What the confirmation shows. */
export interface Confirmation {
  receipt: PurchaseReceipt;
  /** The package's title, for the heading and the calendar entries. */
  title: string;
  /** Where the confirmation e-mail went, when known. */
  email: string | undefined;
  /** Sessions of the purchase still to book. */
  sessionsLeft: number;
  calendar: CalendarDownload | undefined;
}

/** The `.ics` download of booked sessions. */
export interface CalendarDownload {
  /** A `blob:` URL; revoke it with `URL.revokeObjectURL` when the confirmation goes. */
  href: string;
  fileName: string;
}

/** The calendar file of `bookings` as a download, or `undefined` without bookings. */
export function createCalendarDownload(title: string, bookings: PurchaseReceipt['bookings']): CalendarDownload | undefined {
  if (!bookings.length) return undefined;
  const ics = calendarFile(bookings.map((booking) => ({ uid: `${booking.id}@apptkit`, start: booking.start, end: booking.end, title })));
  return {
    href: URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' })),
    fileName: `${title.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'booking'}.ics`,
  };
}

/**
 * The confirmation: the booked times, an "Add to calendar" `.ics` download, the sessions still to
 * book, where the e-mail went, and, for a guest with `joinUrl`, each session's call link
 * (`joinUrl?booking=<id>#join=<token>`; the token in the fragment never reaches a server log).
 */
export function renderConfirmation(confirmation: Confirmation, t: CheckoutTexts, format: SessionFormat, joinUrl: string | undefined): TemplateResult {
  const { receipt, email, sessionsLeft, calendar } = confirmation;
  const link = (bookingId: string, token: string) => {
    const url = new URL(joinUrl!);
    url.searchParams.set('booking', bookingId);
    url.hash = `join=${encodeURIComponent(token)}`;
    return url.href;
  };
  return html`<div part="confirmation" class="confirmation" role="status" tabindex="-1">
    <h2 class="title">${t.confirmedTitle}</h2>
    <p>${confirmation.title}</p>
    ${receipt.bookingProblem ? html`<p part="times-lost" class="times-lost">${t.confirmedTimesLost}</p>` : nothing}
    ${receipt.bookings.length
      ? html`<ol class="times">
          ${receipt.bookings.map(
            (booking) => html`<li>
              ${format.range(booking.start, booking.end)}
              ${joinUrl && booking.joinToken
                ? html`<br /><a part="join-link" href=${link(booking.id, booking.joinToken)}>${t.joinLink(format.start(booking.start))}</a>`
                : nothing}
            </li>`,
          )}
        </ol>
        <p class="muted small">${t.timesInZone(format.zoneName(receipt.bookings[0]!.start))}</p>`
      : nothing}
    ${sessionsLeft > 0 ? html`<p>${t.sessionsLater(sessionsLeft)}</p>` : nothing}
    ${email ? html`<p>${t.confirmationSent(email)}</p>` : nothing}
    ${calendar
      ? html`<a part="calendar-link" class="button button--secondary" href=${calendar.href} download=${calendar.fileName}>${t.addToCalendar}</a>`
      : nothing}
  </div>`;
}
