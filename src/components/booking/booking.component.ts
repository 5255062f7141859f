import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import { isApiError, type Hold, type Slot } from '../../client/index.js';
import type { AppointmentPackage } from '../../core/package.js';
import { localeContext } from '../../context/locale.js';
import { ApptCheckoutStartEvent } from '../../events/checkout-start.js';
import type { ApptPackageSelectEvent } from '../../events/package-select.js';
import type { ApptSlotSelectEvent } from '../../events/slot-select.js';
import { LocalizeController } from '../../i18n/localize-controller.js';
import { shared } from '../../styles/shared.js';
import { tokens } from '../../styles/tokens.js';
import type { ApptSlotPicker } from '../slot-picker/slot-picker.component.js';
import { CustomerElement } from '../customer/customer-element.js';
import { VisitorZoneController } from '../customer/visitor-zone.js';
import { isPaymentReturn } from '../payment/redirect-store.js';
import type { StripeLoader } from '../payment/stripe.js';
import { bookingStyles } from './booking.styles.js';
import { bookingTerms, type BookingTexts } from './i18n/catalog.js';
import { CHECKOUT_EXPORT, PACKAGES_EXPORT, PICKER_EXPORT } from './nested-parts.js';

/** Where the visitor is in the flow. */
export type BookingStep = 'packages' | 'times' | 'checkout' | 'confirmed';

const STEP_ORDER: readonly BookingStep[] = ['packages', 'times', 'checkout', 'confirmed'];

/**
 * The whole booking in one tag: the expert's packages → the times of the chosen package → the
 * checkout → the confirmation. It provides its client, customer session and language to the
 * elements inside it by context, and every step's events reach the host page:
 * `appt-package-select`, `appt-slot-select`, `appt-checkout-start`, `appt-booking-confirmed` and
 * `appt-payment-failed` (ids and times, never secrets), for analytics.
 *
 * @element appt-booking
 * @slot card-form - Filled by the checkout with Stripe's Payment Element (it must live in the page's light DOM).
 * @event {ApptCheckoutStartEvent} appt-checkout-start - The visitor reached the checkout with a package and times.
 * @csspart base - The flow's frame.
 * @csspart progress - "Step 2 of 3: Times".
 * @csspart back-button - The button going one step back.
 * @csspart continue-button - The button leaving the times for the checkout.
 * @csspart notice - A message about lost or taken times.
 * @csspart packages-card - Every part of the inner `<appt-packages>`, forwarded with the prefix `packages-` (`packages-card`, `packages-select-button`…; see `<appt-packages>`).
 * @csspart picker-day - Every part of the inner `<appt-slot-picker>`, forwarded with the prefix `picker-` (`picker-day`, `picker-day-available`, `picker-slot`, `picker-slot-chosen`…; see `<appt-slot-picker>`).
 * @csspart checkout-pay-button - Every part of the inner `<appt-checkout>`, forwarded with the prefix `checkout-` (`checkout-summary`, `checkout-pay-button`…; see `<appt-checkout>`).
 * @cssproperty --appt-booking-gap - Space between the flow's parts.
 * @cssproperty --appt-color-primary - Accent color of buttons and focus (global token).
 */
export class ApptBooking extends CustomerElement {
  static override styles = [tokens, shared, bookingStyles];
  /** This element's own texts in every language; `register` adds or rewords one (e.g. French). */
  static readonly terms = bookingTerms;

  protected readonly tag = 'appt-booking';

  /** The expert whose packages are offered (required). */
  @property({ reflect: true }) expert = '';

  /** Only packages sold in this country (ISO 3166-1 alpha-2). */
  @property({ reflect: true }) country = '';

  /** Only packages sold in this currency (ISO 4217). */
  @property({ reflect: true }) currency = '';

  /**
   * IANA zone the times are shown in at first; default the zone the visitor chose in this tab, else
   * the browser's. A zone the visitor switches to in the times step carries to the checkout.
   */
  @property({ attribute: 'time-zone', reflect: true }) timeZone = '';

  /** Where a card needing a redirect (3-D Secure) comes back to; default this page. */
  @property({ attribute: 'return-url' }) returnUrl = '';

  /** The host's call page, for the guest's call links in the confirmation (see `<appt-checkout>`). */
  @property({ attribute: 'join-url' }) joinUrl = '';

  /** Loads Stripe.js for the checkout; tests replace it. */
  @property({ attribute: false }) stripeLoader: StripeLoader | undefined;

  /** This device's clock, epoch milliseconds; `Date.now` by default. Passed on to the inner slot picker. */
  @property({ attribute: false }) now: () => number = () => Date.now();

  /** The current step. */
  @state() step: BookingStep = 'packages';
  @state() private chosenPackage: AppointmentPackage | undefined;
  @state() private chosenSlots: readonly Slot[] = [];
  @state() private hold: Hold | undefined;
  @state() private reserving = false;
  @state() private notice: string | undefined;
  /** With `time-zone` set: the zone the visitor switched to in this booking's picker. */
  @state() private pickedZone: string | undefined;

  @query('appt-slot-picker') private picker!: ApptSlotPicker | null;

  private readonly localize = new LocalizeController(this, bookingTerms);
  private readonly localeProvider = new ContextProvider(this, { context: localeContext });
  /**
   * Without `time-zone`, the picker and the checkout follow the visitor's zone by themselves; with
   * it, a switch in this booking's picker is kept here and handed to the checkout.
   */
  private readonly zones = new VisitorZoneController(this, () => this.timeZone, () => {
    if (this.timeZone.trim() && this.picker) this.pickedZone = this.picker.shownTimeZone;
  });

  override connectedCallback(): void {
    super.connectedCallback();
    // Back from the bank's page (3-D Secure redirect): the checkout finishes the payment.
    if (isPaymentReturn()) this.step = 'checkout';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('lang')) this.localeProvider.setValue(this.lang || undefined);
    if (changed.has('timeZone')) this.pickedZone = undefined;
    if (changed.has('expert') && changed.get('expert') !== undefined) this.goTo('packages');
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('step') && changed.get('step') !== undefined) {
      this.renderRoot.querySelector<HTMLElement>('[part~="progress"]')?.focus();
    }
  }

  private get texts(): BookingTexts {
    return this.localize.resolve().translation ?? this.localize.fallback;
  }

  /** Goes to `step`, giving back a hold when leaving the checkout for an earlier step. */
  private goTo(step: BookingStep, notice?: string): void {
    if (step === 'packages' || step === 'times') {
      if (this.step === 'confirmed') this.hold = undefined; // Booked: nothing to give back.
      else this.releaseHold();
    }
    if (step === 'packages') {
      this.chosenPackage = undefined;
      this.chosenSlots = [];
    }
    this.notice = notice;
    this.step = step;
  }

  private releaseHold(): void {
    const hold = this.hold;
    const client = this.client;
    this.hold = undefined;
    if (hold && client && !(client instanceof Error)) client.holds.release(hold).catch(() => undefined); // It lapses by itself anyway.
  }

  private readonly onPackageSelect = (event: ApptPackageSelectEvent) => {
    this.chosenPackage = event.package;
    this.chosenSlots = [];
    this.goTo('times');
  };

  private readonly onSlotSelect = (event: ApptSlotSelectEvent) => {
    this.chosenSlots = event.slots;
    this.notice = undefined;
  };

  /** Reserves the chosen times, then opens the checkout. */
  private async continueToCheckout(): Promise<void> {
    const pkg = this.chosenPackage;
    const client = this.client;
    if (!pkg || !client || client instanceof Error || this.reserving) return;
    const starts = this.chosenSlots.map((slot) => slot.start);
    if (starts.length) {
      this.reserving = true;
      this.notice = undefined;
      try {
        this.hold = await client.holds.create({ expertId: pkg.expertId, packageId: pkg.id, starts });
      } catch (error) {
        const taken = isApiError(error) && (error.status === 409 || error.code === 'slot_taken' || error.code === 'slot_unavailable');
        this.notice = taken ? this.texts.timeTaken : this.texts.holdFailed;
        if (taken) {
          this.chosenSlots = [];
          if (this.picker) {
            this.picker.value = [];
            void this.picker.reload();
          }
        }
        return;
      } finally {
        this.reserving = false;
      }
    }
    this.emit(new ApptCheckoutStartEvent(pkg.id, starts));
    this.goTo('checkout');
  }

  private readonly onSlotsLost = () => {
    this.chosenSlots = [];
    this.goTo('times', this.texts.chooseAgain);
    void this.updateComplete.then(() => this.picker?.reload());
  };

  private readonly onConfirmed = () => {
    this.step = 'confirmed';
  };

  override render(): TemplateResult {
    const { locale, translation, dir } = this.localize.resolve();
    const t = translation ?? this.localize.fallback;
    const index = STEP_ORDER.indexOf(this.step);
    const name = t.steps[this.step === 'checkout' ? 'payment' : this.step === 'confirmed' ? 'done' : this.step];
    return html`<section part="base" class="base" dir=${dir} lang=${locale} aria-label=${t.bookingLabel}>
      <p part="progress" class="progress" tabindex="-1">${t.stepOf(Math.min(index + 1, 3), 3, name)}</p>
      ${this.notice ? html`<p part="notice" class="notice" role="alert">${this.notice}</p>` : nothing}
      ${this.renderStep(t)}
    </section>`;
  }

  private renderStep(t: BookingTexts): TemplateResult {
    switch (this.step) {
      case 'packages':
        return html`<appt-packages
          exportparts=${PACKAGES_EXPORT}
          expert=${this.expert}
          country=${this.country}
          currency=${this.currency}
          theme=${this.theme}
          @appt-package-select=${this.onPackageSelect}
        ></appt-packages>`;
      case 'times':
        return this.renderTimes(t);
      default:
        return this.renderCheckout(t);
    }
  }

  private renderTimes(t: BookingTexts): TemplateResult {
    const pkg = this.chosenPackage;
    const count = this.chosenSlots.length;
    return html`<div class="bar">
        <button part="back-button" class="button button--secondary" type="button" @click=${() => this.goTo('packages')}>${t.backToPackages}</button>
      </div>
      <appt-slot-picker
        exportparts=${PICKER_EXPORT}
        expert=${this.expert}
        time-zone=${this.pickedZone ?? this.timeZone}
        theme=${this.theme}
        .package=${pkg}
        .value=${this.chosenSlots}
        .now=${this.now}
        @appt-slot-select=${this.onSlotSelect}
      ></appt-slot-picker>
      <div class="bar bar--end">
        <button
          part="continue-button"
          class="button"
          type="button"
          ?disabled=${this.reserving}
          @click=${() => void this.continueToCheckout()}
        >
          ${this.reserving ? t.reserving : count ? t.continueWith(count) : t.continueWithout}
        </button>
      </div>`;
  }

  private renderCheckout(t: BookingTexts): TemplateResult {
    const confirmed = this.step === 'confirmed';
    return html`${confirmed
        ? nothing
        : html`<div class="bar">
            <button part="back-button" class="button button--secondary" type="button" @click=${() => this.goTo(this.chosenPackage ? 'times' : 'packages')}>
              ${this.chosenPackage ? t.changeTimes : t.backToPackages}
            </button>
          </div>`}
      <appt-checkout
        exportparts=${CHECKOUT_EXPORT}
        time-zone=${this.pickedZone ?? this.timeZone}
        return-url=${this.returnUrl}
        join-url=${this.joinUrl}
        theme=${this.theme}
        .package=${this.chosenPackage}
        .hold=${this.hold}
        .cardHost=${this}
        .stripeLoader=${this.stripeLoader}
        @appt-slots-lost=${this.onSlotsLost}
        @appt-booking-confirmed=${this.onConfirmed}
        ><slot name="card-form" slot="card-form"></slot
      ></appt-checkout>
      ${confirmed
        ? html`<div class="bar">
            <button class="button button--secondary" type="button" @click=${() => this.goTo('packages')}>${t.bookAnother}</button>
          </div>`
        : nothing}`;
  }
}
