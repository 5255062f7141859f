import { html, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus, initialState } from '@lit/task';
import type { ApptClient } from '../../client/index.js';
import type { Booking, ManagedBooking, MyBookings } from '../../client/types.js';
import type { AppointmentPackage } from '../../core/package.js';
import { ConfigurationError } from '../base/configuration-error.js';
import { CustomerElement } from '../customer/customer-element.js';
import type { CustomerSession } from '../../context/customer-session.js';
import { VisitorZoneController, zoneAttributeProblem } from '../customer/visitor-zone.js';
import { asCustomer, isSignedOut, SIGNED_OUT } from '../customer/as-customer.js';
import { SessionEpoch } from '../customer/session-epoch.js';
import { SlotFormats, type ApptSlotPicker } from '../slot-picker/slot-picker.component.js';
import type { CallFrameFactory } from '../call/call.component.js';
import { LocalizeController } from '../../i18n/localize-controller.js';
import { tokens } from '../../styles/tokens.js';
import { shared } from '../../styles/shared.js';
import { myBookingsTerms, type MyBookingsTexts } from './i18n/catalog.js';
import { myBookingsStyles } from './my-bookings.styles.js';
import { JoinWindowTimer } from './join-window.js';
import { ExpertPackages } from './expert-packages.js';
import { SchedulingController } from './scheduling.js';
import { BookingChangesController } from './booking-changes.js';
import { FocusAfterRender } from './focus-after-render.js';
import { DeadlineFormat } from './change-words.js';
import { CallOpener } from './call-opener.js';
import { cardsOf } from './cards.js';
import { receiptStyles } from './receipts-view.js';
import { linkedView, sectionsView } from './bookings-view.js';
import { errorView, signedOutView, skeletonView } from './states-view.js';

const TAG = 'appt-my-bookings';

/** What the element shows once it knows: signed out, the customer's bookings, or the one booking of an e-mail link (with the packages shown, by id). */
type Packages = ReadonlyMap<string, AppointmentPackage>;
type View = { kind: 'signed-out' } | ({ kind: 'loaded'; packages: Packages } & Omit<MyBookings, 'packages'>) | { kind: 'linked'; packages: Packages; managed: ManagedBooking };

type TaskArgs = readonly [client: ApptClient | Error | undefined, session: CustomerSession, sessionChanges: number, problem: string, booking: string, token: string];

/**
 * The signed-in customer's bookings: the upcoming sessions, each with its package, its time in the
 * viewer's zone and, for an online session, a Join button from 10 minutes before its start until
 * its end (the call opens inline); the purchases with sessions still to schedule, each with a
 * Schedule button that opens a slot picker limited to the sessions left and books the chosen
 * times; the past sessions (ended or cancelled, the cancelled ones marked); and the purchases, each as
 * its receipt (order number, date, amount and method, coupon and refund), newest first.
 *
 * While its policy allows (`reschedulableUntil` / `cancellableUntil` ahead on this element's clock),
 * an upcoming session has Reschedule and Cancel and says until when, in the viewer's zone; past the
 * cut-off, the policy in words ("Changes close 24 hours before the session"). Reschedule opens a
 * slot picker for that one session and moves it; Cancel asks first (Keep session / Cancel session),
 * then says whether the session went back to its package. A refusal of the server (the cut-off
 * passed, the time was just taken) is said in the card. Each change carries one `Idempotency-Key`,
 * reused when it is tried again.
 *
 * Opened from the confirmation e-mail's link, `booking-id` and `booking-token` (the link's
 * booking-scoped token) show just that booking, with the same actions, without signing in.
 *
 * Signed out, it shows `<appt-sign-in>` in its place. The customer session comes from an ancestor
 * (`<appt-booking>`) or from `customer-token` / `getCustomerToken`; a token the server refuses is
 * renewed once through `getCustomerToken`, else the sign-in form shows. The elements inside
 * (sign-in, slot picker, call) use this element's client and session, so the signed-in customer's
 * token identifies the client on the call.
 *
 * Booking is safe to retry: each attempt carries one `Idempotency-Key`, reused when the same times
 * are sent again after a lost connection, so a double click or a retry never books twice. A time
 * someone else took meanwhile is dropped from the choice, the other times are kept and the picker
 * reloads.
 *
 * The inner `<appt-sign-in>` and `<appt-slot-picker>` must be registered (`apptkit/define`, the
 * CDN script, or this element's `define` module do it); `<appt-call>` loads when first joined.
 *
 * @summary The signed-in customer's upcoming sessions (with Join) and sessions still to schedule.
 * @tag appt-my-bookings
 *
 * @slot empty - Replaces the "No upcoming bookings" text, e.g. with a link to book.
 *
 * @event {ApptSignedInEvent} appt-signed-in - From the inner sign-in form: the visitor signed in.
 * @event {ApptCallJoinEvent} appt-call-join - From an inner call: the customer is in the call.
 * @event {ApptCallEndEvent} appt-call-end - From an inner call: the call ended for the customer.
 *
 * @csspart base - The root wrapper; carries `dir` and `lang`.
 * @csspart signed-out - The box around the sign-in prompt and form.
 * @csspart sign-in-prompt - The sentence above the sign-in form.
 * @csspart sign-in - The inner `<appt-sign-in>`.
 * @csspart sign-in-base - Every part of the inner `<appt-sign-in>`, forwarded with the prefix `sign-in-` (`sign-in-email-input`, `sign-in-submit-button`…; see `<appt-sign-in>`).
 * @csspart section - The upcoming, to-schedule and past sections (or the one session of an e-mail link).
 * @csspart heading - A section heading.
 * @csspart zone - The note naming the time zone of the times.
 * @csspart list - A list of cards (also while loading).
 * @csspart card - A booking or purchase card (`booking`, `past-booking`, `purchase`, `receipt` or `skeleton` says which).
 * @csspart booking - An upcoming booking's card.
 * @csspart purchase - A purchase's card.
 * @csspart skeleton - A placeholder card while loading.
 * @csspart card-title - The package title of a card.
 * @csspart time - A booking's start and end.
 * @csspart location - A face-to-face booking's address (its package's), line breaks kept.
 * @csspart meta - A booking's type and service, or a purchase's sessions left.
 * @csspart join-button - The Join button.
 * @csspart join-note - When joining opens.
 * @csspart call - The box of an opened call, holding `<appt-call>`.
 * @csspart call-base - Every part of the inner `<appt-call>`, forwarded with the prefix `call-` (`call-countdown`, `call-leave-button`…; see `<appt-call>`).
 * @csspart schedule-button - The Schedule (and Close) button of a purchase.
 * @csspart scheduler - The box with the slot picker and the Book button.
 * @csspart picker - The inner `<appt-slot-picker>`.
 * @csspart picker-day - Every part of the inner `<appt-slot-picker>`, forwarded with the prefix `picker-` (`picker-day`, `picker-day-available`, `picker-slot`, `picker-slot-chosen`…; see `<appt-slot-picker>`).
 * @csspart book-button - The Book button.
 * @csspart booking-error - Why booking failed.
 * @csspart change-note - Until when a session can be rescheduled or cancelled (in the viewer's zone, named).
 * @csspart policy - Past a cut-off: the policy in words.
 * @csspart reschedule-button - An upcoming session's Reschedule button.
 * @csspart cancel-button - An upcoming session's Cancel button.
 * @csspart cancel-confirm - The question before cancelling, with its buttons.
 * @csspart keep-button - Keep session: the cancellation is not made.
 * @csspart confirm-cancel-button - Cancel session: the cancellation is made.
 * @csspart rescheduler - The box choosing a session's new time: its slot picker, Move and Keep the current time.
 * @csspart move-button - Move to this time.
 * @csspart keep-time-button - Keep the current time: closes the rescheduler.
 * @csspart change-error - Why a change failed.
 * @csspart change-notice - What the last change did ("Cancelled — the session is back in your package").
 * @csspart past-section - The past sessions' section (also `section`).
 * @csspart past-booking - A past session's card (also `card`).
 * @csspart cancelled-mark - The mark of a cancelled session.
 * @csspart purchases-section - The purchases' section (also `section`).
 * @csspart receipt - A past purchase's receipt card (also `card`).
 * @csspart receipt-lines - The list of a receipt's lines.
 * @csspart receipt-line - One line of a receipt: order number, date, credits added, amount, method, coupon, refund.
 * @csspart discount - The coupon line of a receipt (also `receipt-line`).
 * @csspart refund - The refund line of a receipt (also `receipt-line`).
 * @csspart empty - The "No upcoming bookings" message.
 * @csspart error - The error box when loading failed.
 * @csspart error-message - The sentence saying why loading failed.
 * @csspart error-detail - The support reference, or for a set-up mistake the attribute at fault.
 * @csspart retry-button - A Try again button.
 *
 * @cssproperty --appt-color-primary - Accent color: buttons, focus (global token).
 * @cssproperty --appt-color-on-primary - Text on the accent color (global token).
 * @cssproperty --appt-color-surface - Background of the cards (global token).
 * @cssproperty --appt-color-text - Main text color (global token).
 * @cssproperty --appt-color-muted - Secondary text color (global token).
 * @cssproperty --appt-color-border - Borders (global token).
 * @cssproperty --appt-color-danger - Error title color (global token).
 * @cssproperty --appt-color-danger-surface - Error box background (global token).
 * @cssproperty --appt-color-skeleton - Loading placeholder color (global token).
 * @cssproperty --appt-color-skeleton-shine - Loading shimmer highlight (global token).
 * @cssproperty --appt-radius - Corner radius (global token).
 * @cssproperty --appt-space - Base spacing unit (global token).
 * @cssproperty --appt-font-family - Font stack (global token).
 * @cssproperty --appt-font-size - Base font size every size derives from, 16px by default (global token).
 * @cssproperty --appt-focus-ring - Outline of focused controls (global token).
 * @cssproperty --appt-my-bookings-gap - Space between cards and sections.
 * @cssproperty --appt-my-bookings-card-background - Card background.
 * @cssproperty --appt-my-bookings-card-border-color - Card border.
 * @cssproperty --appt-my-bookings-card-padding - Card padding.
 */
export class ApptMyBookings extends CustomerElement {
  static override styles = [tokens, shared, myBookingsStyles, receiptStyles];
  /** This element's own texts in every language; `register` adds or rewords one (e.g. French). */
  static readonly terms = myBookingsTerms;

  protected readonly tag = TAG;

  /**
   * The viewer's IANA time zone, e.g. `America/New_York`; default: the zone the visitor chose in
   * this tab (in a slot picker), else the browser's. Times are shown in it, and booking e-mails use it.
   */
  @property({ attribute: 'time-zone', reflect: true }) timeZone = '';

  /**
   * Signed out, `form` (default) shows the e-mail sign-in form; `none` shows only the prompt, for
   * pages that sign in elsewhere (another element's form or the site's own account): every
   * element of the page shares one sign-in.
   */
  @property({ attribute: 'sign-in', reflect: true }) signIn: 'form' | 'none' = 'form';

  /** One booking to show instead of the customer's list: the id of the confirmation e-mail's link ("Reschedule or cancel"). */
  @property({ attribute: 'booking-id' }) bookingId = '';

  /** The booking-scoped token of that link: with `booking-id`, it shows and changes the booking without signing in. */
  @property({ attribute: 'booking-token' }) bookingToken = '';

  /**
   * This device's clock, epoch milliseconds; `Date.now` by default. It decides when Join shows
   * (10 minutes before a session until its end) and until when a session can be changed; the
   * element re-renders when such a moment comes. Passed on to the inner `<appt-call>` and `<appt-slot-picker>`.
   */
  @property({ attribute: false }) now: () => number = () => Date.now();

  /** Passed on to the inner `<appt-call>`: creates the call frame instead of daily-js (tests use a fake). */
  @property({ attribute: false }) callFactory: CallFrameFactory | undefined;

  /** What the live region says. */
  @state() private announcement = '';

  private readonly localize = new LocalizeController(this, myBookingsTerms);
  private readonly zones = new VisitorZoneController(this, () => this.timeZone);
  private readonly packages = new ExpertPackages();
  private readonly deadlines = new DeadlineFormat();
  /** Skeleton counts before anything is known; later, as many as last time. */
  private skeleton = { bookings: 2, purchases: 1 };
  private formats: SlotFormats | undefined;

  private readonly sessionChanges = new SessionEpoch(this, () => this.session);

  private readonly bookingsTask = new Task<TaskArgs, View>(this, {
    args: () => [this.client, this.session, this.sessionChanges.count, this.configProblem(), this.bookingId.trim(), this.bookingToken.trim()],
    task: async ([client, session, , problem, bookingId, joinToken], { signal }) => {
      if (problem) throw new ConfigurationError(problem);
      if (client instanceof Error) throw client;
      if (isSignedOut(session) && !joinToken) return { kind: 'signed-out' };
      if (!client) return initialState; // Waiting for a context provider that may upgrade later.
      const read = (): Promise<ManagedBooking | MyBookings> =>
        bookingId ? client.bookings.get(bookingId, { signal, ...(joinToken ? { joinToken } : {}) }) : client.me.bookings({ signal });
      const answer = await (joinToken ? read() : this.sessionChanges.act(() => asCustomer(session, read)));
      if (answer === SIGNED_OUT) return { kind: 'signed-out' };
      if ('booking' in answer) return { kind: 'linked', managed: answer, packages: await this.packages.of(client, [answer.booking], answer.package ? [answer.package] : []) };
      const { packages: sent, ...lists } = answer;
      const packages = await this.packages.of(client, [...lists.bookings, ...lists.purchases, ...lists.pastBookings], sent);
      signal.throwIfAborted();
      this.skeleton = { bookings: Math.max(lists.bookings.length, 1), purchases: lists.purchases.length };
      return { kind: 'loaded', ...lists, packages };
    },
  });

  private readonly joinWindows = new JoinWindowTimer(this, () => this.bookingsShown(), () => this.now());
  private readonly focusAfter = new FocusAfterRender(this, () => this.renderRoot, () => this.bookingsTask.status === TaskStatus.ERROR);
  private readonly calls = new CallOpener(this, (id) => this.renderRoot.querySelector<HTMLElement>(`#call-${CSS.escape(id)}`), TAG);

  private readonly scheduling = new SchedulingController(this, {
    client: () => this.client,
    session: () => this.session,
    act: (action) => this.sessionChanges.act(action),
    audience: () => this.audience(),
    announce: (text) => (this.announcement = text),
    onBooked: async (count) => {
      this.announcement = this.t().myBookingsBooked(count);
      this.focusAfter.next('#upcoming-heading');
      await this.reload();
    },
    onClosed: (purchaseId) => this.focusAfter.next(`#schedule-button-${CSS.escape(purchaseId)}`),
    reloadTimes: () => void this.renderRoot.querySelector<ApptSlotPicker>('[part~="scheduler"] appt-slot-picker')?.reload(),
  });

  private readonly changes = new BookingChangesController(this, {
    client: () => this.client,
    session: () => this.session,
    joinToken: () => this.linkToken(),
    act: (action) => this.sessionChanges.act(action),
    audience: () => this.audience(),
    announce: (text) => (this.announcement = text),
    reload: () => this.reload(),
    onChanged: (booking, notice) => {
      const t = this.t();
      this.announcement = notice.kind === 'cancelled' ? t.myBookingsCancelled(notice.returned) : t.myBookingsMoved(this.formats!.range(notice));
      this.focusAfter.next(`#notice-${CSS.escape(booking.id)}`, '#upcoming-heading');
    },
    onClosed: (id, action) => this.focusAfter.next(`#${action}-button-${CSS.escape(id)}`, `#cancel-button-${CSS.escape(id)}`, '#upcoming-heading'),
    reloadTimes: () => void this.renderRoot.querySelector<ApptSlotPicker>('[part~="rescheduler"] appt-slot-picker')?.reload(),
  });

  constructor() {
    super();
    // Its own inner sign-in form's event: focus goes to the bookings once they show.
    this.addEventListener('appt-signed-in', () => this.focusAfter.next('#upcoming-heading'));
  }

  /** Loads the bookings again, e.g. after the host booked something the element cannot see. */
  reload(): Promise<void> {
    return this.bookingsTask.run();
  }

  private configProblem(): string {
    if (this.bookingToken.trim() && !this.bookingId.trim()) return `<${TAG}>: the "booking-token" attribute needs the "booking-id" attribute of the same link.`;
    return zoneAttributeProblem(TAG, this.timeZone);
  }

  /** The token of the e-mail link the element shows a booking of, if any. */
  private linkToken(): string | undefined {
    return (this.bookingId.trim() && this.bookingToken.trim()) || undefined;
  }

  /** The customer's language and zone, sent with bookings and changes for their e-mails. */
  private audience(): { locale: string; timeZone: string } {
    return { locale: this.localize.resolve().locale, timeZone: this.zones.zone };
  }

  private bookingsShown(): readonly Booking[] | undefined {
    const view = this.bookingsTask.value;
    return view?.kind === 'loaded' ? view.bookings : view?.kind === 'linked' ? [view.managed.booking] : undefined;
  }

  override render() {
    const { locale, translation: t, dir } = this.localize.resolve();
    const zone = this.zones.zone;
    if (this.formats?.locale !== locale || this.formats.timeZone !== zone) this.formats = new SlotFormats(locale, zone);
    return html`<div part="base" class="base" dir=${dir} lang=${locale}>
      ${t ? this.renderState(t) : skeletonView('', this.skeleton)}
      <p class="visually-hidden" role="status">${this.announcement}</p>
    </div>`;
  }

  private renderState(t: MyBookingsTexts): TemplateResult {
    const task = this.bookingsTask;
    const client = this.client;
    const retry = () => void this.reload();
    if (client instanceof Error || this.configProblem()) {
      return errorView(t, client instanceof Error ? client : new ConfigurationError(this.configProblem()), retry);
    }
    const signedOut = signedOutView(t, { show: this.signIn !== 'none', theme: this.theme, timeZone: this.timeZone });
    if (isSignedOut(this.session) && !this.bookingToken.trim()) return signedOut;
    if (task.status === TaskStatus.ERROR) return errorView(t, task.error, retry, !!this.bookingId.trim());
    const view = task.value;
    // A reload keeps what is shown (busy) rather than flashing the skeleton.
    if (!view) return skeletonView(t.myBookingsLoading, this.skeleton);
    if (view.kind === 'signed-out') return task.status === TaskStatus.COMPLETE ? signedOut : skeletonView(t.myBookingsLoading, this.skeleton);
    const now = this.now();
    const sections = {
      t,
      zoneName: this.formats!.zoneName(this.zones.zone),
      busy: task.status !== TaskStatus.COMPLETE,
      ...cardsOf({
        t,
        f: this.formats!,
        now,
        inner: { theme: this.theme, timeZone: this.timeZone, now: this.now, callFactory: this.callFactory },
        packages: view.packages,
        managed: view.kind === 'linked' ? view.managed : undefined,
        joinToken: this.linkToken(),
        deadline: (instant) => this.deadlines.of(instant, this.formats!.locale, this.zones.zone),
        calls: this.calls,
        changes: this.changes,
        scheduling: this.scheduling,
        focus: (...selectors) => this.focusAfter.next(...selectors),
      }),
    };
    const shown = (booking: Booking) => booking.id === this.calls.open || Date.parse(booking.end) > now;
    if (view.kind === 'linked') return linkedView(sections, view.managed.booking, view.managed.booking.status === 'cancelled' || !shown(view.managed.booking));
    return sectionsView(sections, { ...view, bookings: view.bookings.filter(shown) });
  }

  /** The texts of the current language (English while another one loads). */
  private t(): MyBookingsTexts {
    return this.localize.resolve().translation ?? this.localize.fallback;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'appt-my-bookings': ApptMyBookings;
  }
}
