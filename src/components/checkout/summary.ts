import { html, nothing, type TemplateResult } from 'lit';
import type { Booking, BookingPolicy, Hold } from '../../client/index.js';
import type { AppointmentPackage } from '../../core/package.js';
import type { CheckoutTexts } from './i18n/catalog.js';
import { renderPlace } from './place.js';
import type { SessionFormat } from './session-format.js';

const HOUR = 3_600_000;

/**
 * The booking policy of the sessions in words ("Free cancellation up to 24 hours before each
 * session. Rescheduling up to 24 hours before each session."): from the package's
 * `effectivePolicy`, else from the cut-offs of booked sessions (their start minus
 * `cancellableUntil` / `reschedulableUntil`; whether a cancelled session goes back is then not
 * known); empty when neither is at hand.
 */
export function policyWords(t: CheckoutTexts, policy: BookingPolicy | undefined, bookings: readonly Booking[] = []): string {
  if (policy) return t.bookingPolicy({ cancelHours: policy.cancelCutoffHours, rescheduleHours: policy.rescheduleCutoffHours, returned: policy.cancelReturnsSession });
  const booked = bookings.find((booking) => booking.cancellableUntil && booking.reschedulableUntil);
  if (!booked) return '';
  const hoursBefore = (until: string) => Math.max(0, Math.round((Date.parse(booked.start) - Date.parse(until)) / HOUR));
  return t.bookingPolicy({ cancelHours: hoursBefore(booked.cancellableUntil!), rescheduleHours: hoursBefore(booked.reschedulableUntil!), returned: undefined });
}

/**
 * The package, where a face-to-face meeting is (part `location`), the held times in the viewer's
 * zone, naming the zone, how many sessions are booked later, and the package's booking policy in
 * words (part `policy`).
 */
export function renderSummary(pkg: AppointmentPackage, slots: Hold['slots'], t: CheckoutTexts, format: SessionFormat): TemplateResult {
  const later = pkg.sessions - slots.length;
  const policy = policyWords(t, pkg.effectivePolicy);
  return html`<div part="summary" class="summary">
    <h2 class="title">${pkg.title}</h2>
    ${renderPlace(pkg, t)}
    <h3 class="subtitle">${t.yourTimes}</h3>
    ${slots.length
      ? html`<ol class="times">
          ${slots.map((slot) => html`<li>${format.range(slot.start, slot.end)}</li>`)}
        </ol>`
      : html`<p class="muted">${t.noTimesChosen}</p>`}
    <p class="muted small">${t.timesInZone(format.zoneName(slots[0]?.start ?? new Date().toISOString()))}</p>
    ${slots.length && later > 0 ? html`<p class="muted small">${t.sessionsLater(later)}</p>` : nothing}
    ${policy ? html`<p part="policy" class="muted small">${policy}</p>` : nothing}
  </div>`;
}
