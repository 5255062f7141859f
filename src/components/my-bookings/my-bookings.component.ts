import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus, initialState } from '@lit/task';
import type { ApptClient, Slot } from '../../client/index.js';
import type { Booking, MyBookings, Purchase } from '../../client/types.js';
import { isApiError, isNetworkError, isTimeoutError } from '../../client/errors.js';
import type { AppointmentPackage } from '../../core/package.js';
import { ConfigurationError } from '../base/configuration-error.js';
import { describeLoadError, loadErrorCause } from '../base/load-error.js';
import { CustomerElement } from '../customer/customer-element.js';
import type { CustomerSession } from '../customer/customer-session.js';
import { VisitorZoneController, zoneAttributeProblem } from '../customer/visitor-zone.js';
import { asCustomer, isSignedOut, SIGNED_OUT } from '../sign-in/as-customer.js';
import { SessionEpoch } from '../sign-in/session-epoch.js';
import { SlotFormats } from '../slot-picker/formats.js';
import type { ApptSlotPicker } from '../slot-picker/slot-picker.component.js';
import type { ApptSlotSelectEvent } from '../../events/slot-select.js';
import type { ApptCall } from '../call/call.component.js';
import type { CallFrameFactory } from '../call/daily.js';
import { LocalizeController } from '../../i18n/localize-controller.js';
import { tokens } from '../../styles/tokens.js';
import { shared } from '../../styles/shared.js';
import { myBookingsTerms, type MyBookingsTexts } from './i18n/catalog.js';
import { myBookingsStyles } from './my-bookings.styles.js';
import { joinPhase, nextBoundary } from './join-window.js';

const TAG = 'appt-my-bookings';
/** The longest `setTimeout` browsers honour (about 24.8 days); a later boundary waits in steps. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** What the element shows once it knows: signed out, or the customer's bookings with their packages. */
type View = { kind: 'signed-out' } | ({ kind: 'loaded'; packages: ReadonlyMap<string, AppointmentPackage> } & MyBookings);

type TaskArgs = readonly [
  client: ApptClient | Error | undefined,
  session: CustomerSession,
  sessionChanges: number,
  problem: string,
];

/** How a booking attempt ended badly: a time taken, times refused, or anything else (with Try again when the outcome is unknown). */
type BookingFailure = { kind: 'taken' | 'refused' } | { kind: 'failed'; error: unknown; retry: boolean };

/** The purchase whose sessions are being scheduled, and how far that got. */
interface Scheduling {
  purchaseId: string;
  chosen: readonly Slot[];
  /**
   * The attempt under way or whose outcome is unknown (a lost connection): retried with the same
   * `Idempotency-Key`, so the server books it at most once.
   */
  attempt: { key: string; starts: readonly string[]; locale: string; timeZone: string } | undefined;
  pending: boolean;
  failure: BookingFailure | undefined;
}

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
 * @csspart schedule-button - The Schedule (and Close) button of a purchase.
 * @csspart scheduler - The box with the slot picker and the Book button.
 * @csspart picker - The inner `<appt-slot-picker>`.
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

  @state() private scheduling: Scheduling | undefined;
  /** The booking whose call is open. */
  @state() private openCall: string | undefined;
  /** The booking whose call could not be loaded. */
  @state() private callFailed: string | undefined;
  /** What the live region says. */
  @state() private announcement = '';

  private readonly localize = new LocalizeController(this, myBookingsTerms);
  private readonly zones = new VisitorZoneController(this, () => this.timeZone);

  /** Each expert's packages, loaded once per client. */
  private packageCache = new WeakMap<ApptClient, Map<string, Promise<AppointmentPackage[]>>>();
  /** The picker's package per purchase: the package with `sessions` set to the sessions left (kept, so the picker does not reload). */
  private limited = new Map<string, AppointmentPackage>();
  private skeleton = { ...DEFAULT_SKELETON };
  private timer: ReturnType<typeof setTimeout> | undefined;
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
      const packages = await this.packagesOf(client, mine);
      signal.throwIfAborted();
      this.skeleton = { bookings: Math.max(mine.bookings.length, 1), purchases: mine.purchases.length };
      return { kind: 'loaded', packages, ...mine };
    },
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('appt-signed-in', this.onSignedIn);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('appt-signed-in', this.onSignedIn);
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  protected override updated(): void {
    this.scheduleBoundary();
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

  /** The zone times are shown in: `time-zone`, else the visitor's choice, else the browser's. */
  private get zone(): string {
    return this.zones.zone;
  }

  private configProblem(): string {
    return zoneAttributeProblem(TAG, this.timeZone);
  }

  /** The packages of the bookings' and purchases' experts, by package id; each expert's list is loaded once. */
  private async packagesOf(client: ApptClient, mine: MyBookings): Promise<Map<string, AppointmentPackage>> {
    let cache = this.packageCache.get(client);
    if (!cache) this.packageCache.set(client, (cache = new Map()));
    const experts = new Set([...mine.bookings, ...mine.purchases].map((item) => item.expertId));
    const lists = await Promise.all(
      [...experts].map((expertId) => {
        let list = cache.get(expertId);
        if (!list) {
          list = client.packages.list({ expertId }).catch((error: unknown) => {
            cache.delete(expertId);
            // An expert who is gone has no packages; anything else fails the load (and Try again asks again).
            if (isApiError(error) && error.status === 404) return [];
            throw error;
          });
          cache.set(expertId, list);
        }
        return list;
      }),
    );
    return new Map(lists.flat().map((pkg) => [pkg.id, pkg]));
  }

  /** Sets a timer to re-render when the next session's Join opens or closes: no polling. */
  private scheduleBoundary(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const view = this.bookingsTask.value;
    if (!this.isConnected || view?.kind !== 'loaded') return;
    const now = this.now();
    const next = nextBoundary(view.bookings, now);
    if (next === undefined) return;
    this.timer = setTimeout(() => this.requestUpdate(), Math.min(Math.max(next - now, 0), MAX_TIMER_MS));
  }

  private readonly onSignedIn = (): void => {
    this.focusNext = '#upcoming-heading';
  };

  override render() {
    const { locale, translation: t, dir } = this.localize.resolve();
    const zone = this.zone;
    if (this.formats?.locale !== locale || this.formats.timeZone !== zone) this.formats = new SlotFormats(locale, zone);
    return html`<div part="base" class="base" dir=${dir} lang=${locale}>
      ${t ? this.renderState(t) : this.renderSkeleton('')}
      <p class="visually-hidden" role="status">${this.announcement}</p>
    </div>`;
  }

  private renderState(t: MyBookingsTexts): TemplateResult {
    const task = this.bookingsTask;
    const client = this.client;
    if (client instanceof Error || this.configProblem()) {
      return this.renderError(t, client instanceof Error ? client : new ConfigurationError(this.configProblem()));
    }
    if (isSignedOut(this.session)) return this.renderSignedOut(t);
    if (task.status === TaskStatus.ERROR) return this.renderError(t, task.error);
    const view = task.value;
    // A reload keeps what is shown (busy) rather than flashing the skeleton.
    if (!view) return this.renderSkeleton(t.myBookingsLoading);
    if (view.kind === 'signed-out') return task.status === TaskStatus.COMPLETE ? this.renderSignedOut(t) : this.renderSkeleton(t.myBookingsLoading);
    return this.renderLoaded(t, view, task.status !== TaskStatus.COMPLETE);
  }

  private renderSignedOut(t: MyBookingsTexts): TemplateResult {
    return html`<div part="signed-out" class="signed-out">
      <p part="sign-in-prompt" class="prompt">${t.myBookingsSignIn}</p>
      ${this.signIn === 'none' ? nothing : html`<appt-sign-in part="sign-in" theme=${this.theme} time-zone=${this.timeZone} hide-name></appt-sign-in>`}
    </div>`;
  }

  private renderLoaded(t: MyBookingsTexts, view: Extract<View, { kind: 'loaded' }>, busy: boolean): TemplateResult {
    const now = this.now();
    const bookings = view.bookings.filter((booking) => booking.id === this.openCall || Date.parse(booking.end) > now);
    return html`<div class="sections" aria-busy=${busy ? 'true' : 'false'}>
      <section part="section" class="section" aria-labelledby="upcoming-heading">
        <div class="section-header">
          <h2 part="heading" class="heading" id="upcoming-heading" tabindex="-1">${t.myBookingsUpcoming}</h2>
          <p part="zone" class="zone">${t.myBookingsTimesIn(this.formats!.zoneName(this.zone))}</p>
        </div>
        ${bookings.length
          ? html`<ul part="list" class="list" role="list">
              ${bookings.map((booking) => this.renderBooking(t, booking, view.packages.get(booking.packageId), now))}
            </ul>`
          : html`<div part="empty" class="empty"><slot name="empty">${t.myBookingsNone}</slot></div>`}
      </section>
      ${view.purchases.length
        ? html`<section part="section" class="section" aria-labelledby="schedule-heading">
            <div class="section-header">
              <h2 part="heading" class="heading" id="schedule-heading">${t.myBookingsToSchedule}</h2>
            </div>
            <ul part="list" class="list" role="list">
              ${view.purchases.map((purchase) => this.renderPurchase(t, purchase, view.packages.get(purchase.packageId)))}
            </ul>
          </section>`
        : nothing}
    </div>`;
  }

  private renderBooking(t: MyBookingsTexts, booking: Booking, pkg: AppointmentPackage | undefined, now: number): TemplateResult {
    const f = this.formats!;
    const title = pkg?.title ?? t.myBookingsUnknownPackage;
    const how = !pkg
      ? ''
      : pkg.appointmentType === 'online' && pkg.service
        ? `${t.appointmentType.online} · ${t.service[pkg.service]}`
        : t.appointmentType[pkg.appointmentType];
    // A package that is gone may still have been online: the server decides on joining.
    const online = !pkg || pkg.appointmentType === 'online';
    const phase = joinPhase(booking, now);
    const open = this.openCall === booking.id;
    return html`<li part="card booking" class="card">
      <h3 part="card-title" class="card-title" dir="auto">${title}</h3>
      <p part="time" class="time"><time datetime=${booking.start}>${f.range(booking)}</time></p>
      <div class="card-footer">
        <p part="meta" class="meta">${how}</p>
        ${online && !open ? this.renderJoin(t, booking, phase, title) : nothing}
      </div>
      ${this.callFailed === booking.id && !open
        ? html`<p part="booking-error" class="inline-error" role="alert">${t.myBookingsCallFailed}</p>`
        : nothing}
      ${open
        ? html`<div part="call" class="call" tabindex="-1" role="region" aria-label=${t.myBookingsCallLabel(title)} id=${`call-${booking.id}`}>
            <appt-call
              booking=${booking.id}
              participant="client"
              theme=${this.theme}
              time-zone=${this.timeZone}
              .callFactory=${this.callFactory}
              .now=${this.now}
            ></appt-call>
          </div>`
        : nothing}
    </li>`;
  }

  private renderJoin(t: MyBookingsTexts, booking: Booking, phase: ReturnType<typeof joinPhase>, title: string): TemplateResult | typeof nothing {
    if (phase.kind === 'open') {
      return html`<button part="join-button" class="button" type="button" @click=${() => void this.joinCall(booking)}>
        ${t.myBookingsJoin}<span class="visually-hidden">: ${title}</span>
      </button>`;
    }
    if (phase.kind === 'before') {
      return html`<p part="join-note" class="join-note">${t.myBookingsJoinOpensAt(this.formats!.time(new Date(phase.opensAt).toISOString()))}</p>`;
    }
    return nothing;
  }

  private renderPurchase(t: MyBookingsTexts, purchase: Purchase, pkg: AppointmentPackage | undefined): TemplateResult {
    const left = purchase.sessionsTotal - purchase.sessionsUsed;
    const title = pkg?.title ?? t.myBookingsUnknownPackage;
    const scheduling = this.scheduling?.purchaseId === purchase.id ? this.scheduling : undefined;
    const regionId = `schedule-${purchase.id}`;
    return html`<li part="card purchase" class="card">
      <h3 part="card-title" class="card-title" dir="auto">${title}</h3>
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
              @click=${() => (scheduling ? this.closeScheduling() : this.openScheduling(purchase))}
            >
              ${scheduling ? t.myBookingsClose : t.myBookingsSchedule}<span class="visually-hidden">: ${title}</span>
            </button>`
          : nothing}
      </div>
      ${pkg ? nothing : html`<p part="join-note" class="join-note">${t.myBookingsCannotSchedule}</p>`}
      ${scheduling && pkg ? this.renderScheduler(t, purchase, pkg, left, scheduling, title, regionId) : nothing}
    </li>`;
  }

  private renderScheduler(
    t: MyBookingsTexts,
    purchase: Purchase,
    pkg: AppointmentPackage,
    left: number,
    scheduling: Scheduling,
    title: string,
    regionId: string,
  ): TemplateResult {
    const count = scheduling.chosen.length;
    const failure = scheduling.failure;
    return html`<div part="scheduler" class="scheduler" id=${regionId} role="region" aria-label=${t.myBookingsScheduleLabel(title)}>
      <appt-slot-picker
        part="picker"
        expert=${purchase.expertId}
        time-zone=${this.timeZone}
        theme=${this.theme}
        .package=${this.limitedPackage(purchase.id, pkg, left)}
        .value=${scheduling.chosen}
        .now=${this.now}
        @appt-slot-select=${this.onSlotSelect}
        @change=${stopEvent}
      ></appt-slot-picker>
      ${failure ? this.renderBookingFailure(t, failure, purchase) : nothing}
      <div class="book-bar">
        <button
          part="book-button"
          class="button"
          type="button"
          ?disabled=${count === 0}
          aria-disabled=${scheduling.pending ? 'true' : 'false'}
          @click=${() => void this.book(purchase)}
        >
          ${scheduling.pending ? t.myBookingsBooking : count ? t.myBookingsBook(count) : t.myBookingsBookNothing}
        </button>
      </div>
    </div>`;
  }

  private renderBookingFailure(t: MyBookingsTexts, failure: BookingFailure, purchase: Purchase): TemplateResult {
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
      ${failure.retry
        ? html`<button part="retry-button" class="button button--secondary" type="button" @click=${() => void this.book(purchase)}>
            ${t.retry}
          </button>`
        : nothing}
    </div>`;
  }

  private renderSkeleton(label: string): TemplateResult {
    const bone = html`<span class="bone"></span>`;
    const booking = html`<li part="card skeleton" class="card">
      <p class="card-title">${bone}</p>
      <p class="time">${bone}</p>
      <div class="card-footer">
        <p class="meta">${bone}</p>
        <span class="bone button-bone"></span>
      </div>
    </li>`;
    const purchase = html`<li part="card skeleton" class="card">
      <p class="card-title">${bone}</p>
      <div class="card-footer">
        <p class="meta">${bone}</p>
        <span class="bone button-bone"></span>
      </div>
    </li>`;
    const section = (cards: TemplateResult[], zone: boolean) => html`<section part="section" class="section">
      <div class="section-header">
        <p class="heading">${bone}</p>
        ${zone ? html`<p class="zone">${bone}</p>` : nothing}
      </div>
      <ul part="list" class="list" role="list">${cards}</ul>
    </section>`;
    return html`<div class="sections skeleton" aria-busy="true">
      <p role="status" class="visually-hidden">${label}</p>
      <div class="sections" aria-hidden="true">
        ${section(Array.from({ length: this.skeleton.bookings }, () => booking), true)}
        ${this.skeleton.purchases ? section(Array.from({ length: this.skeleton.purchases }, () => purchase), false) : nothing}
      </div>
    </div>`;
  }

  private renderError(t: MyBookingsTexts, error: unknown): TemplateResult {
    const { message, detail } = describeLoadError(error, t);
    const sentence = loadErrorCause(error) === 'access' ? t.myBookingsErrorAccess : loadErrorCause(error) === 'not-found' ? t.errorOther : message;
    return html`<div part="error" class="error" role="alert">
      <p class="error-title">${t.myBookingsErrorTitle}</p>
      <p part="error-message" class="error-text">${sentence}</p>
      ${detail ? html`<p part="error-detail" class="error-detail">${detail}</p>` : nothing}
      <button part="retry-button" class="button button--secondary" type="button" @click=${() => void this.reload()}>${t.retry}</button>
    </div>`;
  }

  /** The purchase's package with `sessions` set to the sessions left: the picker then lets no more be chosen. */
  private limitedPackage(purchaseId: string, pkg: AppointmentPackage, left: number): AppointmentPackage {
    const kept = this.limited.get(purchaseId);
    if (kept && kept.id === pkg.id && kept.sessions === left && kept.version === pkg.version) return kept;
    const limited = Object.freeze({ ...pkg, sessions: left });
    this.limited.set(purchaseId, limited);
    return limited;
  }

  private openScheduling(purchase: Purchase): void {
    this.scheduling = { purchaseId: purchase.id, chosen: [], attempt: undefined, pending: false, failure: undefined };
    this.announcement = '';
  }

  private closeScheduling(): void {
    const id = this.scheduling?.purchaseId;
    if (this.scheduling?.pending) return;
    this.scheduling = undefined;
    if (id) this.focusNext = `#schedule-button-${CSS.escape(id)}`;
  }

  private readonly onSlotSelect = (event: ApptSlotSelectEvent): void => {
    // The picker is this element's inner part: its events stay inside.
    event.stopPropagation();
    if (!this.scheduling || this.scheduling.pending) return;
    this.scheduling = { ...this.scheduling, chosen: event.slots, failure: undefined };
  };

  /**
   * Books the chosen times of `purchase`. One attempt, one `Idempotency-Key`: sent again (Try
   * again, or Book pressed again with the same times) after an unknown outcome, it cannot book twice.
   */
  private async book(purchase: Purchase): Promise<void> {
    const current = this.scheduling;
    const client = this.client;
    if (!current || current.purchaseId !== purchase.id || current.pending || current.chosen.length === 0) return;
    if (!client || client instanceof Error) return;
    const starts = current.chosen.map((slot) => slot.start);
    const attempt =
      current.attempt && sameStarts(current.attempt.starts, starts)
        ? current.attempt
        : { key: crypto.randomUUID(), starts, locale: this.localize.resolve().locale, timeZone: this.zone };
    this.scheduling = { ...current, attempt, pending: true, failure: undefined };
    this.announcement = '';
    try {
      const session = this.session;
      const result = await this.sessionChanges.act(() =>
        asCustomer(session, () =>
          client.bookings.create(
            { purchaseId: purchase.id, starts, locale: attempt.locale, timeZone: attempt.timeZone },
            { idempotencyKey: attempt.key },
          ),
        ),
      );
      if (result === SIGNED_OUT) {
        this.scheduling = undefined;
        return;
      }
      this.scheduling = undefined;
      this.limited.delete(purchase.id);
      this.announcement = this.t().myBookingsBooked(result.bookings.length);
      this.focusNext = '#upcoming-heading';
      await this.reload();
    } catch (error) {
      this.bookingFailed(purchase.id, error);
    }
  }

  private bookingFailed(purchaseId: string, error: unknown): void {
    const current = this.scheduling;
    if (!current || current.purchaseId !== purchaseId) return;
    const unknownOutcome = isNetworkError(error) || isTimeoutError(error) || (isApiError(error) && error.status >= 500);
    if (unknownOutcome) {
      this.scheduling = { ...current, pending: false, failure: { kind: 'failed', error, retry: true } };
      return;
    }
    if (isApiError(error) && error.status === 409 && (error.code === 'slot_taken' || error.code === 'slot_unavailable')) {
      const taken = new Set(
        error.fieldErrors.flatMap((e) => {
          const index = /^starts\[(\d+)\]$/.exec(e.field)?.[1];
          return index === undefined ? [] : [current.attempt?.starts[Number(index)]];
        }),
      );
      // Without the server naming the time, none of the choice can be trusted.
      const chosen = taken.size ? current.chosen.filter((slot) => !taken.has(slot.start)) : [];
      this.scheduling = { ...current, chosen, attempt: undefined, pending: false, failure: { kind: 'taken' } };
      void this.renderRoot.querySelector<ApptSlotPicker>('appt-slot-picker')?.reload();
      return;
    }
    const refused = isApiError(error) && (error.status === 422 || error.status === 409);
    this.scheduling = {
      ...current,
      attempt: undefined,
      pending: false,
      failure: refused ? { kind: 'refused' } : { kind: 'failed', error, retry: false },
    };
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

/** Whether two lists of starts are the same times in the same order. */
function sameStarts(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((start, index) => start === b[index]);
}

/** Keeps an inner element's event inside this element. */
function stopEvent(event: Event): void {
  event.stopPropagation();
}

declare global {
  interface HTMLElementTagNameMap {
    'appt-my-bookings': ApptMyBookings;
  }
}
