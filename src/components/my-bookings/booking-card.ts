/** An upcoming booking's card: its package, time and kind, Join (or when joining opens), and its call once opened. */
import { html, nothing, type TemplateResult } from 'lit';
import type { Booking } from '../../client/types.js';
import type { AppointmentPackage } from '../../core/package.js';
import type { SlotFormats } from '../slot-picker/slot-picker.component.js';
import type { CallFrameFactory } from '../call/call.component.js';
import { CALL_PARTS } from '../call/parts.js';
import { exportParts } from '../base/export-parts.js';
import type { MyBookingsTexts } from './i18n/catalog.js';
import { joinPhase } from './join-window.js';

/** What a booking card shows, and what the inner call gets. */
export interface BookingCard {
  t: MyBookingsTexts;
  f: SlotFormats;
  booking: Booking;
  /** The booking's package, if the expert still offers it. */
  pkg: AppointmentPackage | undefined;
  now: number;
  /** Its call is open inline. */
  open: boolean;
  /** Its call launcher could not be loaded. */
  callFailed: boolean;
  join: (booking: Booking) => void;
  /** Passed on to the inner `<appt-call>`. */
  call: { theme: string; timeZone: string; callFactory: CallFrameFactory | undefined; now: () => number };
}

/** The card. */
export function bookingCard(v: BookingCard): TemplateResult {
  const { t, f, booking, pkg, open } = v;
  const title = pkg?.title ?? t.myBookingsUnknownPackage;
  const how = !pkg
    ? ''
    : pkg.appointmentType === 'online' && pkg.service
      ? `${t.appointmentType.online} · ${t.service[pkg.service]}`
      : t.appointmentType[pkg.appointmentType];
  // A package that is gone may still have been online: the server decides on joining.
  const online = !pkg || pkg.appointmentType === 'online';
  return html`<li part="card booking" class="card">
    <h3 part="card-title" class="card-title" dir="auto">${title}</h3>
    <p part="time" class="time"><time datetime=${booking.start}>${f.range(booking)}</time></p>
    <div class="card-footer">
      <p part="meta" class="meta">${how}</p>
      ${online && !open ? joinAction(v, title) : nothing}
    </div>
    ${v.callFailed && !open ? html`<p part="booking-error" class="inline-error" role="alert">${t.myBookingsCallFailed}</p>` : nothing}
    ${open
      ? html`<div part="call" class="call" tabindex="-1" role="region" aria-label=${t.myBookingsCallLabel(title)} id=${`call-${booking.id}`}>
          <appt-call
            exportparts=${exportParts('call', CALL_PARTS)}
            booking=${booking.id}
            participant="client"
            theme=${v.call.theme}
            time-zone=${v.call.timeZone}
            .callFactory=${v.call.callFactory}
            .now=${v.call.now}
          ></appt-call>
        </div>`
      : nothing}
  </li>`;
}

/** Join while the join window is open; before it, when it opens; after it, nothing. */
function joinAction(v: BookingCard, title: string): TemplateResult | typeof nothing {
  const phase = joinPhase(v.booking, v.now);
  if (phase.kind === 'open') {
    return html`<button part="join-button" class="button" type="button" @click=${() => v.join(v.booking)}>
      ${v.t.myBookingsJoin}<span class="visually-hidden">: ${title}</span>
    </button>`;
  }
  if (phase.kind === 'before') {
    return html`<p part="join-note" class="join-note">${v.t.myBookingsJoinOpensAt(v.f.time(new Date(phase.opensAt).toISOString()))}</p>`;
  }
  return nothing;
}
