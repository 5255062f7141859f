/**
 * A booking's card: its package, time, a face-to-face meeting's address and its kind; upcoming,
 * Join (or when joining opens), its call once opened, and its changes (Reschedule, Cancel, until
 * when, or the policy in words); past, the mark of a cancelled one. What the last change left to
 * say shows on the card it concerns.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Booking } from '../../client/types.js';
import type { AppointmentPackage } from '../../core/package.js';
import type { SlotFormats } from '../slot-picker/slot-picker.component.js';
import type { CallFrameFactory } from '../call/call.component.js';
import { CALL_PARTS } from '../call/parts.js';
import { exportParts } from '../base/export-parts.js';
import type { ChangeNotice } from './booking-changes.js';
import { changeView, type ChangeView } from './change-view.js';
import type { MyBookingsTexts } from './i18n/catalog.js';
import { joinPhase } from './join-window.js';

/** What every card shows of its booking. */
interface CardBase {
  t: MyBookingsTexts;
  f: SlotFormats;
  booking: Booking;
  /** The booking's package, if the expert still offers it. */
  pkg: AppointmentPackage | undefined;
  /** The title and the line under the time when known otherwise (the e-mail link's booking): else the package's. */
  title?: string | undefined;
  meta?: string | undefined;
  /** What the last change of this booking left to say. */
  notice: ChangeNotice | undefined;
}

/** What an upcoming booking's card shows, and what its call and its changes get. */
export interface BookingCard extends CardBase {
  now: number;
  /** Its call is open inline. */
  open: boolean;
  /** Its call launcher could not be loaded. */
  callFailed: boolean;
  join: (booking: Booking) => void;
  /** Passed on to the inner `<appt-call>`; `joinToken` identifies the holder of an e-mail link. */
  call: { theme: string; timeZone: string; callFactory: CallFrameFactory | undefined; now: () => number; joinToken?: string | undefined };
  /** Its changes part, but for what the card knows itself. */
  changes: Omit<ChangeView, 't' | 'booking' | 'title' | 'pkg'>;
}

/** The title and the kind ("Online · Video call") of a card. */
function titleAndMeta({ t, pkg, title, meta }: CardBase): [string, string] {
  const how = !pkg
    ? ''
    : pkg.appointmentType === 'online' && pkg.service
      ? `${t.appointmentType.online} · ${t.service[pkg.service]}`
      : t.appointmentType[pkg.appointmentType];
  return [title ?? pkg?.title ?? t.myBookingsUnknownPackage, meta ?? how];
}

/**
 * Where a face-to-face meeting is: its package's address, as the expert wrote it (line breaks
 * kept, in its own direction), named for a screen reader; nothing for a call or an unknown place.
 */
function locationView({ t, pkg }: CardBase): TemplateResult | typeof nothing {
  if (pkg?.appointmentType !== 'face_to_face' || !pkg.location) return nothing;
  return html`<p part="location" class="location">
    <span class="visually-hidden">${t.myBookingsAddress}: </span><span class="address"><bdi>${pkg.location}</bdi></span>
  </p>`;
}

/** What the last change said, focusable so that focus can land on it once the change is done. */
function noticeView({ t, f, booking, notice }: CardBase): TemplateResult | typeof nothing {
  if (!notice) return nothing;
  const text = notice.kind === 'cancelled' ? t.myBookingsCancelled(notice.returned) : t.myBookingsMoved(f.range(notice));
  return html`<p part="change-notice" class="change-notice" id=${`notice-${booking.id}`} tabindex="-1">${text}</p>`;
}

/** An upcoming booking's card. */
export function bookingCard(v: BookingCard): TemplateResult {
  const { t, f, booking, pkg, open } = v;
  const [title, meta] = titleAndMeta(v);
  // A package that is gone may still have been online: the server decides on joining.
  const online = !pkg || pkg.appointmentType === 'online';
  return html`<li part="card booking" class="card">
    <h3 part="card-title" class="card-title"><bdi>${title}</bdi></h3>
    <p part="time" class="time"><time datetime=${booking.start}>${f.range(booking)}</time></p>
    ${locationView(v)}
    ${noticeView(v)}
    <div class="card-footer">
      <p part="meta" class="meta" dir="auto">${meta}</p>
      ${online && !open ? joinAction(v, title) : nothing}
    </div>
    ${changeView({ ...v.changes, t, booking, title, pkg })}
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
            .joinToken=${v.call.joinToken ?? ''}
          ></appt-call>
        </div>`
      : nothing}
  </li>`;
}

/** A past booking's card: ended, or cancelled (marked). */
export function pastBookingCard(v: CardBase): TemplateResult {
  const { t, f, booking } = v;
  const [title, meta] = titleAndMeta(v);
  const cancelled = booking.status === 'cancelled';
  return html`<li part="card past-booking" class=${cancelled ? 'card card--cancelled' : 'card'}>
    <h3 part="card-title" class="card-title"><bdi>${title}</bdi></h3>
    <p part="time" class="time"><time datetime=${booking.start}>${f.range(booking)}</time></p>
    ${locationView(v)}
    <div class="card-footer">
      <p part="meta" class="meta" dir="auto">${meta}</p>
      ${cancelled ? html`<p part="cancelled-mark" class="mark">${t.myBookingsCancelledMark}</p>` : nothing}
    </div>
    ${noticeView(v)}
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
