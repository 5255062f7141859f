/**
 * "My bookings" once loaded: the upcoming sessions, the sessions still to schedule, the past
 * sessions and the purchases (their receipts), each a section of cards; or, opened from an e-mail
 * link, the one session of the link. The cards themselves are built by the element
 * (`booking-card.ts`, `purchase-card.ts`, `receipts-view.ts`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Booking, MyBookings, PastPurchase, Purchase } from '../../client/types.js';
import type { MyBookingsTexts } from './i18n/catalog.js';

/** What the sections show, and how each card is built. */
export interface SectionsView {
  t: MyBookingsTexts;
  /** The name of the zone the times are shown in, e.g. "Eastern Time (New York)". */
  zoneName: string;
  /** A reload is under way (what is shown stays, marked busy). */
  busy: boolean;
  bookingCard: (booking: Booking) => TemplateResult;
  pastCard: (booking: Booking) => TemplateResult;
  purchaseCard: (purchase: Purchase) => TemplateResult;
  receiptCard: (purchase: PastPurchase) => TemplateResult;
}

/** A section's heading (focusable, for focus to land on) and the zone note under it. */
function header(v: SectionsView, id: string, text: string, zone: boolean): TemplateResult {
  return html`<div class="section-header">
    <h2 part="heading" class="heading" id=${id} tabindex="-1">${text}</h2>
    ${zone ? html`<p part="zone" class="zone">${v.t.myBookingsTimesIn(v.zoneName)}</p>` : nothing}
  </div>`;
}

/** The signed-in customer's sections: upcoming (or the empty note), to schedule, past and purchases when there are some. */
export function sectionsView(v: SectionsView, mine: Pick<MyBookings, 'bookings' | 'purchases' | 'pastBookings' | 'pastPurchases'>): TemplateResult {
  const { t } = v;
  const receipts = mine.pastPurchases ?? [];
  return html`<div class="sections" aria-busy=${v.busy ? 'true' : 'false'}>
    <section part="section" class="section" aria-labelledby="upcoming-heading">
      ${header(v, 'upcoming-heading', t.myBookingsUpcoming, true)}
      ${mine.bookings.length
        ? html`<ul part="list" class="list" role="list">${mine.bookings.map(v.bookingCard)}</ul>`
        : html`<div part="empty" class="empty"><slot name="empty">${t.myBookingsNone}</slot></div>`}
    </section>
    ${mine.purchases.length
      ? html`<section part="section" class="section" aria-labelledby="schedule-heading">
          ${header(v, 'schedule-heading', t.myBookingsToSchedule, false)}
          <ul part="list" class="list" role="list">${mine.purchases.map(v.purchaseCard)}</ul>
        </section>`
      : nothing}
    ${mine.pastBookings.length
      ? html`<section part="section past-section" class="section" aria-labelledby="past-heading">
          ${header(v, 'past-heading', t.myBookingsPast, false)}
          <ul part="list" class="list" role="list">${mine.pastBookings.map(v.pastCard)}</ul>
        </section>`
      : nothing}
    ${receipts.length
      ? html`<section part="section purchases-section" class="section" aria-labelledby="purchases-heading">
          ${header(v, 'purchases-heading', t.myBookingsPurchases, true)}
          <ul part="list" class="list" role="list">${receipts.map(v.receiptCard)}</ul>
        </section>`
      : nothing}
  </div>`;
}

/** The one session of an e-mail link: upcoming with its actions, or past (ended or cancelled). */
export function linkedView(v: SectionsView, booking: Booking, past: boolean): TemplateResult {
  return html`<div class="sections" aria-busy=${v.busy ? 'true' : 'false'}>
    <section part="section" class="section" aria-labelledby="upcoming-heading">
      ${header(v, 'upcoming-heading', v.t.myBookingsYourSession, true)}
      <ul part="list" class="list" role="list">${past ? v.pastCard(booking) : v.bookingCard(booking)}</ul>
    </section>
  </div>`;
}
