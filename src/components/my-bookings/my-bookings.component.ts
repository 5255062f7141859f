import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus, initialState } from '@lit/task';
import type { ApptClient } from '../../client/index.js';
import type { Booking, MyBookings } from '../../client/types.js';
import type { AppointmentPackage } from '../../core/package.js';
import { ConfigurationError } from '../base/configuration-error.js';
import { CustomerElement } from '../customer/customer-element.js';
import type { CustomerSession } from '../../context/customer-session.js';
import { VisitorZoneController, zoneAttributeProblem } from '../customer/visitor-zone.js';
import { asCustomer, isSignedOut, SIGNED_OUT } from '../customer/as-customer.js';
import { SessionEpoch } from '../customer/session-epoch.js';
import { SlotFormats } from '../slot-picker/slot-picker.component.js';
import type { ApptSlotPicker } from '../slot-picker/slot-picker.component.js';
import type { ApptSlotSelectEvent } from '../../events/slot-select.js';
import type { ApptCall } from '../call/call.component.js';
import type { CallFrameFactory } from '../call/call.component.js';
import { LocalizeController } from '../../i18n/localize-controller.js';
import { tokens } from '../../styles/tokens.js';
import { shared } from '../../styles/shared.js';
import { myBookingsTerms, type MyBookingsTexts } from './i18n/catalog.js';
import { myBookingsStyles } from './my-bookings.styles.js';
import { JoinWindowTimer } from './join-window.js';
import { ExpertPackages } from './expert-packages.js';
import { SchedulingController } from './scheduling.js';
import { bookingCard } from './booking-card.js';
import { purchaseCard } from './purchase-card.js';
import { errorView, signedOutView, skeletonView } from './states-view.js';

const TAG = 'appt-my-bookings';

/** What the element shows once it knows: signed out, or the customer's bookings with their packages. */
type View = { kind: 'signed-out' } | ({ kind: 'loaded'; packages: ReadonlyMap<string, AppointmentPackage> } & MyBookings);

type TaskArgs = readonly [client: ApptClient | Error | undefined, session: CustomerSession, sessionChanges: number, problem: string];

/** Skeleton counts before anything is known; later, as many as last time. */
const DEFAULT_SKELETON = { bookings: 2, purchases: 1 };

/**
 * The signed-in customer's bookings: the upcoming sessions, each with its package, its time in the
 * viewer's zone and, for an online session, a Join button from 10 minutes before its start until
 * its end (the call opens inline); and the purchases with sessions still to schedule, each with a
 * Schedule button that opens a slot picker limited to the sessions left and books the chosen times.
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
 * @csspart section - The upcoming and the to-schedule sections.
 * @csspart heading - A section heading.
 * @csspart zone - The note naming the time zone of the times.
 * @csspart list - A list of cards (also while loading).
 * @csspart card - A booking or purchase card (`booking`, `purchase` or `skeleton` says which).
 * @csspart booking - An upcoming booking's card.
 * @csspart purchase - A purchase's card.
 * @csspart skeleton - A placeholder card while loading.
 * @csspart card-title - The package title of a card.
 * @csspart time - A booking's start and end.
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
  static override styles = [tokens, shared, myBookingsStyles];
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

  /**
   * This device's clock, epoch milliseconds; `Date.now` by default. It decides when Join shows
   * (10 minutes before a session until its end); the element re-renders when that moment comes.
   * Passed on to the inner `<appt-call>` and `<appt-slot-picker>`.
   */
  @property({ attribute: false }) now: () => number = () => Date.now();

  /** Passed on to the inner `<appt-call>`: creates the call frame instead of daily-js (tests use a fake). */
  @property({ attribute: false }) callFactory: CallFrameFactory | undefined;

  /** The booking whose call is open. */
  @state() private openCall: string | undefined;
  /** The booking whose call could not be loaded. */
  @state() private callFailed: string | undefined;
  /** What the live region says. */
  @state() private announcement = '';

  private readonly localize = new LocalizeController(this, myBookingsTerms);
  private readonly zones = new VisitorZoneController(this, () => this.timeZone);
  private readonly packages = new ExpertPackages();
  private skeleton = { ...DEFAULT_SKELETON };
  private formats: SlotFormats | undefined;
  /** Where focus goes after the next render. */
  private focusNext: string | undefined;

  private readonly sessionChanges = new SessionEpoch(this, () => this.session);

  private readonly bookingsTask = new Task<TaskArgs, View>(this, {
    args: () => [this.client, this.session, this.sessionChanges.count, this.configProblem()],
    task: async ([client, session, , problem], { signal }) => {
      if (problem) throw new ConfigurationError(problem);
      if (client instanceof Error) throw client;
      if (isSignedOut(session)) return { kind: 'signed-out' };
      if (!client) return initialState; // Waiting for a context provider that may upgrade later.
      const mine = await this.sessionChanges.act(() => asCustomer(session, () => client.me.bookings({ signal })));
      if (mine === SIGNED_OUT) return { kind: 'signed-out' };
      const packages = await this.packages.of(client, mine);
      signal.throwIfAborted();
      this.skeleton = { bookings: Math.max(mine.bookings.length, 1), purchases: mine.purchases.length };
      return { kind: 'loaded', packages, ...mine };
    },
  });

  private readonly joinWindows = new JoinWindowTimer(
    this,
    () => {
      const view = this.bookingsTask.value;
      return view?.kind === 'loaded' ? view.bookings : undefined;
    },
    () => this.now(),
  );

  private readonly scheduling = new SchedulingController(this, {
    client: () => this.client,
    session: () => this.session,
    act: (action) => this.sessionChanges.act(action),
    audience: () => ({ locale: this.localize.resolve().locale, timeZone: this.zones.zone }),
    announce: (text) => (this.announcement = text),
    onBooked: async (count) => {
      this.announcement = this.t().myBookingsBooked(count);
      this.focusNext = '#upcoming-heading';
      await this.reload();
    },
    onClosed: (purchaseId) => (this.focusNext = `#schedule-button-${CSS.escape(purchaseId)}`),
    reloadTimes: () => void this.renderRoot.querySelector<ApptSlotPicker>('appt-slot-picker')?.reload(),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('appt-signed-in', this.onSignedIn);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('appt-signed-in', this.onSignedIn);
  }

  protected override updated(): void {
    const target = this.focusNext;
    if (target && this.renderRoot.querySelector(target)) {
      this.focusNext = undefined;
      this.renderRoot.querySelector<HTMLElement>(target)?.focus();
    } else if (this.bookingsTask.status === TaskStatus.ERROR) {
      this.focusNext = undefined; // the place it was meant for never came
    }
  }

  /** Loads the bookings again, e.g. after the host booked something the element cannot see. */
  reload(): Promise<void> {
    return this.bookingsTask.run();
  }

  private configProblem(): string {
    return zoneAttributeProblem(TAG, this.timeZone);
  }

  private readonly onSignedIn = (): void => {
    this.focusNext = '#upcoming-heading';
  };

  private readonly onSlotSelect = (event: ApptSlotSelectEvent): void => {
    // The picker is this element's inner part: its events stay inside.
    event.stopPropagation();
    this.scheduling.choose(event.slots);
  };

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
    if (isSignedOut(this.session)) return signedOut;
    if (task.status === TaskStatus.ERROR) return errorView(t, task.error, retry);
    const view = task.value;
    // A reload keeps what is shown (busy) rather than flashing the skeleton.
    if (!view) return skeletonView(t.myBookingsLoading, this.skeleton);
    if (view.kind === 'signed-out') return task.status === TaskStatus.COMPLETE ? signedOut : skeletonView(t.myBookingsLoading, this.skeleton);
    return this.renderLoaded(t, view, task.status !== TaskStatus.COMPLETE);
  }

  private renderLoaded(t: MyBookingsTexts, view: Extract<View, { kind: 'loaded' }>, busy: boolean): TemplateResult {
    const now = this.now();
    const f = this.formats!;
    const bookings = view.bookings.filter((booking) => booking.id === this.openCall || Date.parse(booking.end) > now);
    const call = { theme: this.theme, timeZone: this.timeZone, callFactory: this.callFactory, now: this.now };
    const picker = { theme: this.theme, timeZone: this.timeZone, now: this.now };
    return html`<div class="sections" aria-busy=${busy ? 'true' : 'false'}>
      <section part="section" class="section" aria-labelledby="upcoming-heading">
        <div class="section-header">
          <h2 part="heading" class="heading" id="upcoming-heading" tabindex="-1">${t.myBookingsUpcoming}</h2>
          <p part="zone" class="zone">${t.myBookingsTimesIn(f.zoneName(this.zones.zone))}</p>
        </div>
        ${bookings.length
          ? html`<ul part="list" class="list" role="list">
              ${bookings.map((booking) =>
                bookingCard({
                  t,
                  f,
                  booking,
                  pkg: view.packages.get(booking.packageId),
                  now,
                  open: this.openCall === booking.id,
                  callFailed: this.callFailed === booking.id,
                  join: (b) => void this.joinCall(b),
                  call,
                }),
              )}
            </ul>`
          : html`<div part="empty" class="empty"><slot name="empty">${t.myBookingsNone}</slot></div>`}
      </section>
      ${view.purchases.length
        ? html`<section part="section" class="section" aria-labelledby="schedule-heading">
            <div class="section-header">
              <h2 part="heading" class="heading" id="schedule-heading">${t.myBookingsToSchedule}</h2>
            </div>
            <ul part="list" class="list" role="list">
              ${view.purchases.map((purchase) => {
                const scheduling = this.scheduling.of(purchase.id);
                return purchaseCard({
                  t,
                  purchase,
                  pkg: view.packages.get(purchase.packageId),
                  scheduling,
                  limited: (pkg, left) => this.scheduling.limitedPackage(purchase.id, pkg, left),
                  toggle: () => (scheduling ? this.scheduling.close() : this.scheduling.open(purchase)),
                  book: () => void this.scheduling.book(purchase),
                  onSlotSelect: this.onSlotSelect,
                  picker,
                });
              })}
            </ul>
          </section>`
        : nothing}
    </div>`;
  }

  /** Loads `<appt-call>` (the first time), opens the booking's call inline and joins it. */
  private async joinCall(booking: Booking): Promise<void> {
    this.callFailed = undefined;
    try {
      await import('../call/define.js');
    } catch (error) {
      console.error(new Error(`<${TAG}>: the call launcher could not be loaded.`, { cause: error }));
      this.callFailed = booking.id;
      return;
    }
    this.openCall = booking.id;
    await this.updateComplete;
    const region = this.renderRoot.querySelector<HTMLElement>(`#call-${CSS.escape(booking.id)}`);
    region?.focus();
    const call = region?.querySelector<ApptCall>('appt-call');
    if (!call) return;
    await call.updateComplete;
    await call.join();
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
