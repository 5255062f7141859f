/** A purchase's card: its package and sessions left, Schedule, and the scheduler with its picker and Book. */
import { html, nothing, type TemplateResult } from 'lit';
import type { Purchase } from '../../client/types.js';
import type { AppointmentPackage } from '../../core/package.js';
import type { ApptSlotSelectEvent } from '../../events/slot-select.js';
import { describeLoadError } from '../base/load-error.js';
import { exportParts } from '../base/export-parts.js';
import { SLOT_PICKER_PARTS } from '../slot-picker/parts.js';
import type { MyBookingsTexts } from './i18n/catalog.js';
import type { BookingFailure, Scheduling } from './scheduling.js';

/** What a purchase card shows, and where its buttons go. */
export interface PurchaseCard {
  t: MyBookingsTexts;
  purchase: Purchase;
  /** The purchase's package, if the expert still offers it (else it cannot be scheduled here). */
  pkg: AppointmentPackage | undefined;
  /** Its scheduler, when open. */
  scheduling: Scheduling | undefined;
  /** The package limited to the sessions left, for the picker. */
  limited: (pkg: AppointmentPackage, left: number) => AppointmentPackage;
  toggle: () => void;
  book: () => void;
  onSlotSelect: (event: ApptSlotSelectEvent) => void;
  /** Passed on to the inner `<appt-slot-picker>`. */
  picker: { theme: string; timeZone: string; now: () => number };
}

/** The card. */
export function purchaseCard(v: PurchaseCard): TemplateResult {
  const { t, purchase, pkg, scheduling } = v;
  const left = purchase.sessionsTotal - purchase.sessionsUsed;
  const title = pkg?.title ?? t.myBookingsUnknownPackage;
  const regionId = `schedule-${purchase.id}`;
  return html`<li part="card purchase" class="card">
    <h3 part="card-title" class="card-title"><bdi>${title}</bdi></h3>
    <div class="card-footer">
      <p part="meta" class="meta">${t.myBookingsSessionsLeft(left, purchase.sessionsTotal)}</p>
      ${pkg
        ? html`<button
            part="schedule-button"
            class=${scheduling ? 'button button--secondary' : 'button'}
            type="button"
            id=${`schedule-button-${purchase.id}`}
            aria-expanded=${scheduling ? 'true' : 'false'}
            aria-controls=${regionId}
            @click=${v.toggle}
          >
            ${scheduling ? t.myBookingsClose : t.myBookingsSchedule}<span class="visually-hidden">: ${title}</span>
          </button>`
        : nothing}
    </div>
    ${pkg ? nothing : html`<p part="join-note" class="join-note">${t.myBookingsCannotSchedule}</p>`}
    ${scheduling && pkg ? scheduler(v, pkg, left, scheduling, title, regionId) : nothing}
  </li>`;
}

function scheduler(v: PurchaseCard, pkg: AppointmentPackage, left: number, scheduling: Scheduling, title: string, regionId: string): TemplateResult {
  const { t, purchase } = v;
  const count = scheduling.chosen.length;
  return html`<div part="scheduler" class="scheduler" id=${regionId} role="region" aria-label=${t.myBookingsScheduleLabel(title)}>
    <appt-slot-picker
      part="picker"
      exportparts=${exportParts('picker', SLOT_PICKER_PARTS)}
      expert=${purchase.expertId}
      time-zone=${v.picker.timeZone}
      theme=${v.picker.theme}
      .package=${v.limited(pkg, left)}
      .value=${scheduling.chosen}
      .now=${v.picker.now}
      @appt-slot-select=${v.onSlotSelect}
      @change=${stopEvent}
    ></appt-slot-picker>
    ${scheduling.failure ? bookingFailure(v, scheduling.failure) : nothing}
    <div class="book-bar">
      <button
        part="book-button"
        class="button"
        type="button"
        ?disabled=${count === 0}
        aria-disabled=${scheduling.pending ? 'true' : 'false'}
        @click=${v.book}
      >
        ${scheduling.pending ? t.myBookingsBooking : count ? t.myBookingsBook(count) : t.myBookingsBookNothing}
      </button>
    </div>
  </div>`;
}

function bookingFailure(v: PurchaseCard, failure: BookingFailure): TemplateResult {
  const { t } = v;
  if (failure.kind !== 'failed') {
    return html`<div part="booking-error" class="error" role="alert">
      <p class="error-title">${t.myBookingsBookErrorTitle}</p>
      <p part="error-message" class="error-text">${failure.kind === 'taken' ? t.myBookingsSlotTaken : t.myBookingsBookRefused}</p>
    </div>`;
  }
  const { message, detail } = describeLoadError(failure.error, t);
  return html`<div part="booking-error" class="error" role="alert">
    <p class="error-title">${t.myBookingsBookErrorTitle}</p>
    <p part="error-message" class="error-text">${message}</p>
    ${detail ? html`<p part="error-detail" class="error-detail">${detail}</p>` : nothing}
    ${failure.retry ? html`<button part="retry-button" class="button button--secondary" type="button" @click=${v.book}>${t.retry}</button>` : nothing}
  </div>`;
}

/** Keeps an inner element's event inside this element. */
function stopEvent(event: Event): void {
  event.stopPropagation();
}
