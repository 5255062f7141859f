/**
 * The changes part of an upcoming booking's card: Reschedule and Cancel with until when they are
 * possible (or, past the cut-off, the policy in words), the confirmation of a cancellation, the
 * region choosing a new time with its slot picker, and why a change failed.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Booking } from '../../client/types.js';
import type { AppointmentPackage } from '../../core/package.js';
import type { ApptSlotSelectEvent } from '../../events/slot-select.js';
import { describeLoadError } from '../base/load-error.js';
import { exportParts } from '../base/export-parts.js';
import { SLOT_PICKER_PARTS } from '../slot-picker/parts.js';
import type { ChangeFailure, ChangeStep } from './booking-changes.js';
import type { ChangeWindow } from './change-words.js';
import type { MyBookingsTexts } from './i18n/catalog.js';

/** What the changes part shows, and where its buttons go. */
export interface ChangeView {
  t: MyBookingsTexts;
  booking: Booking;
  /** The package title, for the buttons' and the region's accessible names. */
  title: string;
  /** The booking's package, if known: the picker needs it. */
  pkg: AppointmentPackage | undefined;
  /** Whether a timely cancellation gives the session back, if the policy is known. */
  returnsSession: boolean | undefined;
  window: ChangeWindow;
  step: ChangeStep | undefined;
  open: (action: 'cancel' | 'reschedule') => void;
  close: () => void;
  cancel: () => void;
  reschedule: () => void;
  onSlotSelect: (event: ApptSlotSelectEvent) => void;
  /** The package limited to one session, for the picker. */
  single: (pkg: AppointmentPackage) => AppointmentPackage;
  /** Passed on to the inner `<appt-slot-picker>`. */
  picker: { theme: string; timeZone: string; now: () => number };
}

/** The changes part. */
export function changeView(v: ChangeView): TemplateResult | typeof nothing {
  const { t, window, step } = v;
  if (step?.kind === 'confirm') return cancelConfirm(v, step);
  if (step?.kind === 'reschedule' && v.pkg) return rescheduler(v, v.pkg, step);
  if (!window.until && !window.closed) return nothing;
  const id = v.booking.id;
  const reschedule = window.canReschedule && v.pkg;
  return html`<div class="changes">
    ${window.until ? html`<p part="change-note" class="change-note">${window.until}</p>` : nothing}
    ${window.closed ? html`<p part="policy" class="change-note">${window.closed}</p>` : nothing}
    ${window.canReschedule && !v.pkg ? html`<p part="change-note" class="change-note">${t.myBookingsCannotReschedule}</p>` : nothing}
    ${reschedule || window.canCancel
      ? html`<div class="change-bar">
          ${reschedule
            ? html`<button part="reschedule-button" class="button button--secondary" type="button" id=${`reschedule-button-${id}`} @click=${() => v.open('reschedule')}>
                ${t.myBookingsReschedule}<span class="visually-hidden">: ${v.title}</span>
              </button>`
            : nothing}
          ${window.canCancel
            ? html`<button part="cancel-button" class="button button--secondary" type="button" id=${`cancel-button-${id}`} @click=${() => v.open('cancel')}>
                ${t.myBookingsCancel}<span class="visually-hidden">: ${v.title}</span>
              </button>`
            : nothing}
        </div>`
      : nothing}
  </div>`;
}

/** "Cancel this session?" with Keep session and Cancel session, in the card. */
function cancelConfirm(v: ChangeView, step: ChangeStep): TemplateResult {
  const { t } = v;
  const id = v.booking.id;
  return html`<div part="cancel-confirm" class="confirm" role="group" aria-labelledby=${`confirm-question-${id}`} aria-describedby=${`confirm-effect-${id}`}>
    <p class="confirm-question" id=${`confirm-question-${id}`}>${t.myBookingsCancelQuestion}</p>
    <p class="change-note" id=${`confirm-effect-${id}`}>${v.returnsSession === undefined ? '' : t.myBookingsCancelEffect(v.returnsSession)}</p>
    ${step.failure ? failureView(v, step.failure) : nothing}
    <div class="change-bar">
      <button part="keep-button" class="button button--secondary" type="button" id=${`keep-button-${id}`} @click=${v.close}>${t.myBookingsKeep}</button>
      ${step.failure && step.failure.kind !== 'failed'
        ? nothing
        : html`<button part="confirm-cancel-button" class="button button--danger" type="button" aria-disabled=${step.pending ? 'true' : 'false'} @click=${v.cancel}>
            ${step.pending ? t.myBookingsCancelling : t.myBookingsCancelSession}
          </button>`}
    </div>
  </div>`;
}

/** The region choosing a new time: the picker (one session), Move and Keep the current time. */
function rescheduler(v: ChangeView, pkg: AppointmentPackage, step: ChangeStep): TemplateResult {
  const { t, booking } = v;
  const chosen = step.chosen.length > 0;
  return html`<div part="rescheduler" class="scheduler" id=${`reschedule-${booking.id}`} role="region" tabindex="-1" aria-label=${t.myBookingsRescheduleLabel(v.title)}>
    <appt-slot-picker
      part="picker"
      exportparts=${exportParts('picker', SLOT_PICKER_PARTS)}
      expert=${booking.expertId}
      time-zone=${v.picker.timeZone}
      theme=${v.picker.theme}
      .package=${v.single(pkg)}
      .value=${step.chosen}
      .now=${v.picker.now}
      @appt-slot-select=${v.onSlotSelect}
      @change=${(event: Event) => event.stopPropagation()}
    ></appt-slot-picker>
    ${step.failure ? failureView(v, step.failure) : nothing}
    <div class="change-bar">
      <button part="keep-time-button" class="button button--secondary" type="button" @click=${v.close}>${t.myBookingsKeepTime}</button>
      <button part="move-button" class="button" type="button" ?disabled=${!chosen} aria-disabled=${step.pending ? 'true' : 'false'} @click=${v.reschedule}>
        ${step.pending ? t.myBookingsMoving : chosen ? t.myBookingsMove : t.myBookingsMoveNothing}
      </button>
    </div>
  </div>`;
}

/**
 * Why the change failed, in words. When its outcome is unknown (a lost connection), the step's own
 * button tries again with the same `Idempotency-Key`, so no Try again of its own is needed.
 */
function failureView(v: ChangeView, failure: ChangeFailure): TemplateResult {
  const { t } = v;
  let message: string;
  let detail: string | undefined;
  if (failure.kind === 'cutoff') {
    const hours = failure.hours;
    message = hours === undefined ? t.myBookingsAlreadyStarted : failure.action === 'cancel' ? t.myBookingsCancelClosed(hours) : t.myBookingsRescheduleClosed(hours);
  } else if (failure.kind === 'failed') ({ message, detail } = describeLoadError(failure.error, t));
  else {
    const words = { taken: t.myBookingsTimeTaken, refused: t.myBookingsTimeRefused, cancelled: t.myBookingsAlreadyCancelled, ended: t.myBookingsAlreadyStarted };
    message = words[failure.kind];
  }
  return html`<div part="change-error" class="error" role="alert">
    <p class="error-title">${t.myBookingsChangeErrorTitle}</p>
    <p part="error-message" class="error-text">${message}</p>
    ${detail ? html`<p part="error-detail" class="error-detail">${detail}</p>` : nothing}
  </div>`;
}
