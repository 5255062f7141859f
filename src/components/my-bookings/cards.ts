/**
 * Builds the cards of "my bookings" from what the element holds: each booking with its package
 * (or, for an e-mail link's booking, the answer's title and expert), its call, its change window
 * and the step of its change; each purchase with its scheduler; each past purchase as its receipt.
 */
import type { TemplateResult } from 'lit';
import type { Booking, ManagedBooking, Purchase } from '../../client/types.js';
import type { AppointmentPackage } from '../../core/package.js';
import type { ApptSlotSelectEvent } from '../../events/slot-select.js';
import type { CallFrameFactory } from '../call/call.component.js';
import type { SlotFormats } from '../slot-picker/slot-picker.component.js';
import { bookingCard, pastBookingCard } from './booking-card.js';
import type { BookingChangesController, ChangeAction } from './booking-changes.js';
import type { SectionsView } from './bookings-view.js';
import type { CallOpener } from './call-opener.js';
import { changeWindow } from './change-words.js';
import type { MyBookingsTexts } from './i18n/catalog.js';
import { purchaseCard } from './purchase-card.js';
import { receiptCard } from './receipts-view.js';
import type { SchedulingController } from './scheduling.js';

/** What the cards are built from, at one render. */
export interface CardsContext {
  t: MyBookingsTexts;
  f: SlotFormats;
  /** The element's clock at this render, epoch ms. */
  now: number;
  /** Passed on to the inner slot pickers and calls. */
  inner: { theme: string; timeZone: string; now: () => number; callFactory: CallFrameFactory | undefined };
  packages: ReadonlyMap<string, AppointmentPackage>;
  /** The e-mail link's booking, when the element shows one, and the link's token. */
  managed: ManagedBooking | undefined;
  joinToken: string | undefined;
  /** A deadline (epoch ms) in the viewer's zone, the zone named. */
  deadline: (instant: number) => string;
  calls: CallOpener;
  changes: BookingChangesController;
  scheduling: SchedulingController;
  /** Focus goes, after the next render, to the first of `selectors` found. */
  focus: (...selectors: string[]) => void;
}

/** The choice of an inner picker goes to `choose`; its events stay inside the element. */
const chosenBy =
  (choose: (slots: ApptSlotSelectEvent['slots']) => void) =>
  (event: ApptSlotSelectEvent): void => {
    event.stopPropagation();
    choose(event.slots);
  };

/** The card builders of the sections. */
export function cardsOf(c: CardsContext): Pick<SectionsView, 'bookingCard' | 'pastCard' | 'purchaseCard' | 'receiptCard'> {
  const { t, managed } = c;
  const onNewTime = chosenBy((slots) => c.changes.choose(slots));
  const onSlotSelect = chosenBy((slots) => c.scheduling.choose(slots));
  /** Starts a change; focus goes into it: Keep session of a cancellation, the region of a new time. */
  const openChange = (booking: Booking, action: ChangeAction): void => {
    c.changes.open(booking, action);
    c.focus(action === 'cancel' ? `#keep-button-${CSS.escape(booking.id)}` : `#reschedule-${CSS.escape(booking.id)}`);
  };
  const base = (booking: Booking) => {
    const pkg = c.packages.get(booking.packageId);
    const linked = managed?.booking.id === booking.id ? managed : undefined;
    const meta = linked && [pkg && t.appointmentType[pkg.appointmentType], t.myBookingsWith(linked.expertName)].filter(Boolean).join(' · ');
    return { t, f: c.f, booking, pkg, title: linked?.packageTitle, meta, notice: c.changes.noticeOf(booking.id), policy: linked?.policy ?? pkg?.effectivePolicy };
  };
  return {
    bookingCard: (booking) => {
      const card = base(booking);
      return bookingCard({
        ...card,
        now: c.now,
        open: c.calls.open === booking.id,
        callFailed: c.calls.failed === booking.id,
        join: (b) => void c.calls.join(b),
        call: { ...c.inner, joinToken: c.joinToken },
        changes: {
          returnsSession: card.policy?.cancelReturnsSession,
          window: changeWindow(booking, c.now, t, c.deadline),
          step: c.changes.of(booking.id),
          open: (action) => openChange(booking, action),
          close: () => c.changes.close(),
          cancel: () => void c.changes.cancel(booking),
          reschedule: () => void c.changes.reschedule(booking),
          onSlotSelect: onNewTime,
          single: (pkg) => c.scheduling.limitedPackage(`move:${booking.id}`, pkg, 1),
          picker: c.inner,
        },
      });
    },
    pastCard: (booking) => pastBookingCard(base(booking)),
    receiptCard: (purchase) => receiptCard({ t, locale: c.f.locale, timeZone: c.f.timeZone }, purchase),
    purchaseCard: (purchase: Purchase): TemplateResult => {
      const scheduling = c.scheduling.of(purchase.id);
      return purchaseCard({
        t,
        purchase,
        pkg: c.packages.get(purchase.packageId),
        scheduling,
        limited: (pkg, left) => c.scheduling.limitedPackage(purchase.id, pkg, left),
        toggle: () => (scheduling ? c.scheduling.close() : c.scheduling.open(purchase)),
        book: () => void c.scheduling.book(purchase),
        onSlotSelect,
        picker: c.inner,
      });
    },
  };
}
