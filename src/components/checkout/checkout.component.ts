import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import type { ApptClient, Hold } from '../../client/index.js';
import type { Customer, Expert, PaymentConfig, PurchaseReceipt } from '../../client/types.js';
import type { AppointmentPackage } from '../../core/package.js';
import { ApptBookingConfirmedEvent } from '../../events/booking-confirmed.js';
import { ApptPaymentFailedEvent } from '../../events/payment-failed.js';
import { ApptSlotsLostEvent } from '../../events/slots-lost.js';
import { LocalizeController } from '../../i18n/localize-controller.js';
import { shared } from '../../styles/shared.js';
import { tokens } from '../../styles/tokens.js';
import { paymentFormStyles } from '../../styles/payment-form.js';
import { ConfigurationError } from '../base/configuration-error.js';
import { isSecureUrl } from '../base/secure-url.js';
import { CustomerElement } from '../customer/customer-element.js';
import { VisitorZoneController } from '../customer/visitor-zone.js';
import { createCalendarDownload } from './calendar.js';
import { renderConfirmation, type Confirmation } from './confirmation.js';
import { checkoutStyles } from './checkout.styles.js';
import { readGuest, type GuestField, type GuestProblem } from './guest.js';
import { checkoutTerms, type CheckoutTexts } from './i18n/catalog.js';
import { renderCheckoutForm } from './form.js';
import { methodFor, type CheckoutMethod } from './methods.js';
import { renderAuthenticate, renderFatal } from './notices.js';
import type { CardWanted, TestCard } from '../payment/card-form.js';
import { PaymentFlow } from '../payment/payment-flow.js';
import type { StripeLoader } from '../payment/stripe.js';
import { checkoutPaymentWords } from './payment-words.js';
import { pendingPayments } from './pending-payment.js';
import { CheckoutPayment, type CheckoutPaymentFlow } from './checkout-payment.js';
import { SessionFormat } from './session-format.js';
import { renderSummary } from './summary.js';
import { isEmailAddress } from '../../core/contact.js';
import { CouponController } from '../coupon/coupon.js';
import { renderCouponField } from '../coupon/coupon-field.js';
import { couponStyles } from '../coupon/coupon.styles.js';
import { couponTerms } from '../coupon/i18n/catalog.js';

export type { CheckoutMethod } from './methods.js';

/** Where the checkout is: filling in, waiting for the test bank, or done (a redirect's return is the payment flow's). */
type Step = 'form' | 'authenticate' | 'confirmed';

/**
 * The checkout of one package: the chosen times in the viewer's zone, the price in money and in
 * credits, the method choice, the guest's details or the signed-in customer, the card form, and
 * a confirmation with the order number, amount and method and an `.ics` calendar file. A package
 * with fee 0 asks for no payment at all: no card form, no method choice, a "Confirm booking" button.
 *
 * Card payments go through the tenant's provider: with Stripe, `@stripe/stripe-js/pure` loads
 * only now, the Payment Element is mounted in the light DOM (`<div slot="card-form">`, Stripe
 * refuses shadow roots) and projected, and 3-D Secure runs through `confirmPayment` with
 * `redirect: 'if_required'` (the return to `return-url` is finished on load); with the reference
 * server's test mode, a clearly labelled choice of test cards. Every attempt carries one
 * `Idempotency-Key`, so a double click or a retry after a lost answer pays once.
 *
 * A coupon code (card or credits; not for a package with fee 0) is checked with
 * `client.coupons.quote` before paying: the price struck through beside the new one, the discount
 * or gift credits, and the Pay button's amount follow; a refused code gets its reason in the
 * field, also when the purchase itself refuses it (e.g. used up meanwhile), and nothing else typed
 * is lost. The applied code is sent as `couponCode` with the purchase.
 *
 * @element appt-checkout
 * @slot card-form - Filled by the element itself with Stripe's Payment Element (light DOM).
 * @event {ApptBookingConfirmedEvent} appt-booking-confirmed - Paid and booked: ids and times, no secrets.
 * @event {ApptPaymentFailedEvent} appt-payment-failed - A payment attempt failed; nothing was charged.
 * @event {ApptSlotsLostEvent} appt-slots-lost - A chosen time was taken or the hold expired: choose again.
 * @csspart base - The checkout's frame.
 * @csspart summary - The package and its times.
 * @csspart location - A face-to-face meeting's address under a label, else "In person" (summary and confirmation).
 * @csspart methods - The payment method choice.
 * @csspart free-notice - A package with fee 0: nothing to pay.
 * @csspart test-mode - The reference server's test mode notice above the test cards.
 * @csspart field - Each input of the guest's details.
 * @csspart coupon - The coupon field: its label, input, button, reason and, once applied, price and discount line.
 * @csspart coupon-label - The coupon field's label.
 * @csspart coupon-input - The coupon code input.
 * @csspart coupon-button - Apply, or once a code is applied, Remove.
 * @csspart coupon-error - Why the code cannot be used.
 * @csspart coupon-price - The price with the coupon applied.
 * @csspart coupon-was-price - The price before the coupon, struck through (`<s>`).
 * @csspart coupon-discount - What the coupon gives: "Coupon CODE: −€x" or "+N gift credits".
 * @csspart pay-button - The pay button.
 * @csspart sign-in - The `<appt-sign-in>` shown to pay with credits while signed out.
 * @csspart sign-in-form - Forwarded from the inner sign-in: its form.
 * @csspart sign-in-field - Forwarded from the inner sign-in: a label with its input and message.
 * @csspart sign-in-input - Forwarded from the inner sign-in: a text input.
 * @csspart sign-in-submit-button - Forwarded from the inner sign-in: Send me a code / Sign in.
 * @csspart sign-in-error - Forwarded from the inner sign-in: the box of a failure that is no field's.
 * @csspart buy-credits - The `<appt-credits>` offered in place when the credits do not reach.
 * @csspart buy-credits-offer - Forwarded from the inner `<appt-credits>`: a credit package's choice.
 * @csspart buy-credits-price - Forwarded from the inner `<appt-credits>`: a credit package's price.
 * @csspart buy-credits-pay-button - Forwarded from the inner `<appt-credits>`: its Pay button.
 * @csspart buy-credits-pay-error - Forwarded from the inner `<appt-credits>`: why its payment failed.
 * @csspart buy-credits-success - Forwarded from the inner `<appt-credits>`: the credits added and the new balance.
 * @csspart buy-credits-coupon - Forwarded from the inner `<appt-credits>`: its coupon field (and `buy-credits-coupon-label`, `-input`, `-button`, `-error`, `-price`, `-was-price`, `-discount`).
 * @csspart error - The payment error box.
 * @csspart confirmation - The confirmation.
 * @csspart receipt - The confirmation's order number, amount paid and payment method.
 * @csspart order-number - The order number (the purchase's id).
 * @csspart amount - The amount paid: money, credits, or free.
 * @csspart payment-method - How it was paid.
 * @csspart book-later - The sessions still to book, and where.
 * @csspart email-status - Whether a confirmation e-mail went out, and where.
 * @csspart policy - The booking policy in words: until when a session can be cancelled (and whether it comes back) or moved; in the summary and on the confirmation.
 * @csspart join-link - A guest's call link of one session.
 * @csspart times-lost - Paid, but the reserved times ran out before they were booked: book them later.
 * @csspart calendar-link - The `.ics` download.
 * @cssproperty --appt-checkout-background - Background of the checkout.
 * @cssproperty --appt-checkout-gap - Space between its sections.
 * @cssproperty --appt-color-primary - Accent color of buttons and focus (global token).
 * @cssproperty --appt-coupon-gap - Space between the coupon field's lines.
 * @cssproperty --appt-coupon-discount-color - Color of the coupon's discount line.
 */
export class ApptCheckout extends CustomerElement {
  static override styles = [tokens, shared, paymentFormStyles, checkoutStyles, couponStyles];
  /** This element's own texts in every language; `register` adds or rewords one (e.g. French). */
  static readonly terms = checkoutTerms;
  /** The coupon field's texts (shared with `<appt-credits>`); `register` adds or rewords a language. */
  static readonly couponTerms = couponTerms;

  protected readonly tag = 'appt-checkout';

  /** The package to buy, as the client returned it. */
  @property({ attribute: false }) package: AppointmentPackage | undefined;

  /** The hold of the chosen times (`client.holds.create`); without one, the sessions are booked after paying. */
  @property({ attribute: false }) hold: Hold | undefined;

  /**
   * IANA zone the times are shown in (and the confirmation e-mail's); default the zone the visitor
   * chose in this tab (in a slot picker), else the browser's.
   */
  @property({ attribute: 'time-zone', reflect: true }) timeZone = '';

  /** Where a card needing a redirect (3-D Secure) comes back to; default this page. https (or a loopback host). */
  @property({ attribute: 'return-url' }) returnUrl = '';

  /**
   * The host's call page, for the guest's call links in the confirmation: each link is
   * `join-url?booking=<id>#join=<token>`. https (or a loopback host). Without it, the links are
   * only in the confirmation e-mail.
   */
  @property({ attribute: 'join-url' }) joinUrl = '';

  /**
   * Where the site sells credits (https, or a loopback host). Signed in with too few credits, the
   * checkout links there; without it, it offers `<appt-credits>` in place.
   */
  @property({ attribute: 'buy-credits-url' }) buyCreditsUrl = '';

  /**
   * The element in whose light DOM Stripe's Payment Element is mounted (Stripe refuses shadow
   * roots); default the checkout itself. `<appt-booking>` passes itself and forwards the
   * `card-form` slot, so the form stays in the page's light DOM.
   */
  @property({ attribute: false }) cardHost: HTMLElement | undefined;

  /** The package's expert, when the host has it: the calendar entries name them. */
  @property({ attribute: false }) expert: Expert | undefined;

  /** Loads Stripe.js; tests and hosts with their own loader replace it. Default: `@stripe/stripe-js/pure`, loaded now. */
  @property({ attribute: false }) stripeLoader: StripeLoader | undefined;

  /** The chosen payment method. */
  @state() private method: CheckoutMethod = 'card';
  @state() private step: Step = 'form';
  @state() private problems: Partial<Record<GuestField, GuestProblem>> = {};
  @state() private testCard: TestCard = 'pm_card_visa';
  @state() private confirmation: Confirmation | undefined;

  private readonly localize = new LocalizeController(this, checkoutTerms);
  private readonly zones = new VisitorZoneController(this, () => this.timeZone);
  private readonly flow: CheckoutPaymentFlow = new PaymentFlow(this, {
    tag: this.tag,
    cardHost: () => this.cardHost ?? this,
    stripeLoader: () => this.stripeLoader,
    card: () => this.wantedCard(),
    returnUrl: () => this.returnUrl,
    redirects: pendingPayments,
    words: () => checkoutPaymentWords(this.texts, this.package?.credits ?? 0),
    canResume: () => this.client !== undefined && !(this.client instanceof Error),
    resume: (pending) => (this.client instanceof Error || !this.client ? Promise.resolve() : this.payment.resume(this.client, pending)),
  });
  private readonly payment = new CheckoutPayment({
    flow: () => this.flow,
    config: () => this.paymentConfigTask.taskComplete,
    audience: () => ({ locale: this.localize.resolve().locale, timeZone: this.zones.zone }),
    awaitConfirmation: (receipt) => {
      this.awaitingAuthentication = receipt;
      this.step = 'authenticate';
    },
    confirmed: (receipt, email, title) => this.confirm(receipt, email, title),
    failed: (error) => this.fail(error),
  });
  /** The coupon field: card or credits, never a package with fee 0. */
  private readonly coupon = new CouponController(this, {
    client: () => this.client,
    target: () => (this.package && this.method !== 'free' ? { packageId: this.package.id, method: this.method } : undefined),
    guestEmail: () => {
      const email = this.guestValues.email.trim();
      return !this.session.signedIn && isEmailAddress(email) ? email : undefined;
    },
  });
  private guestValues: Record<GuestField, string> = { name: '', email: '', phone: '' };
  /** A payment waiting for the test bank's confirmation. */
  private awaitingAuthentication: PurchaseReceipt | undefined;

  private readonly customerTask = new Task<[ApptClient | Error | undefined, string | undefined], Customer | undefined>(this, {
    args: () => [this.client, this.session.token],
    task: async ([client, token], { signal }) => {
      if (!client || client instanceof Error || !token) return undefined;
      return client.me.get({ signal });
    },
  });

  private readonly paymentConfigTask = new Task<[ApptClient | Error | undefined, CheckoutMethod], PaymentConfig | undefined>(this, {
    args: () => [this.client, this.method],
    task: async ([client, method], { signal }) => {
      if (!client || client instanceof Error || method !== 'card') return undefined;
      return client.payments.config({ signal });
    },
  });

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.dropConfirmation();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if ((changed.has('package') || changed.has('hold')) && !this.flow.resuming) this.restart();
  }

  /** Back to a fresh form: no error, no confirmation; the next payment is a new attempt. */
  private restart(): void {
    this.step = 'form';
    this.flow.showError(undefined);
    this.dropConfirmation();
    this.awaitingAuthentication = undefined;
    this.method = methodFor(this.package, this.method);
  }

  private dropConfirmation(): void {
    if (this.confirmation?.calendar) URL.revokeObjectURL(this.confirmation.calendar.href);
    this.confirmation = undefined;
  }

  /** Stripe's Payment Element is wanted while the card method is chosen on the form and the tenant uses Stripe. */
  private wantedCard(): CardWanted | undefined {
    const config = this.paymentConfigTask.value;
    const pkg = this.package;
    if (this.step !== 'form' || this.flow.resuming || this.method !== 'card' || config?.provider !== 'stripe' || !pkg) return undefined;
    // The Payment Element shows what is charged: the coupon's price once one is applied, none for 0.
    const amount = this.coupon.applied?.amount ?? pkg.fee;
    return amount === 0 ? undefined : { config, price: { amount, currency: pkg.currency, locale: this.localize.resolve().locale } };
  }

  private get texts(): CheckoutTexts {
    return this.localize.resolve().translation ?? this.localize.fallback;
  }

  /** Pays: validates, then charges once per attempt and books the hold in the same request. */
  async pay(): Promise<void> {
    const pkg = this.package;
    const client = this.client;
    if (this.flow.paying || !pkg || !client || client instanceof Error) return;
    const guest = this.method !== 'credits' && !this.session.signedIn ? readGuest(this.guestValues, pkg.service === 'phone') : undefined;
    if (guest && !guest.ok) {
      this.problems = guest.problems;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    this.problems = {};
    if (this.coupon.pending) return;
    const choice = { pkg, hold: this.hold, method: this.method, testCard: this.testCard, guest: guest?.guest, ...this.coupon.purchaseCode, nothingToPay: this.coupon.coversAll };
    await this.payment.pay(client, choice, guest?.guest.email ?? this.customerTask.value?.email);
  }

  /** Test mode: the visitor confirmed at the test bank. */
  private async completeAuthentication(): Promise<void> {
    const receipt = this.awaitingAuthentication;
    const client = this.client;
    if (!receipt || !client || client instanceof Error) return;
    await this.payment.confirm(client, receipt, this.guestValues.email.trim() || this.customerTask.value?.email);
  }

  private confirm(receipt: PurchaseReceipt, email: string | undefined, title = this.package?.title ?? ''): void {
    const sessions = receipt.bookings.map((b) => ({ bookingId: b.id, start: b.start, end: b.end }));
    const sessionsLeft = receipt.sessionsTotal - receipt.sessionsUsed;
    this.dropConfirmation();
    const pkg = this.package?.id === receipt.packageId ? this.package : undefined;
    const expert = this.expert?.id === receipt.expertId ? this.expert : undefined;
    const calendar = createCalendarDownload({ title, package: pkg, expert, joinUrl: this.callPage, t: this.texts }, receipt.bookings);
    this.confirmation = { receipt, title, place: pkg, email, signedIn: this.session.signedIn, sessionsLeft, calendar, policy: pkg?.effectivePolicy };
    this.step = 'confirmed';
    this.coupon.reset();
    this.awaitingAuthentication = undefined;
    this.flow.endAttempt();
    this.emit(new ApptBookingConfirmedEvent(receipt.id, receipt.packageId, receipt.method, sessions, sessionsLeft));
  }

  /** Back to the form: shows what went wrong (the flow decides whether the next try is a new attempt) and tells the host. */
  private fail(error: unknown): void {
    const pkg = this.package;
    this.step = 'form';
    if (this.coupon.refusedBy(error)) {
      // The code applied was refused: its reason shows in the field, which takes the focus; the rest stays.
      this.flow.showError(undefined);
      this.flow.endAttempt();
      if (pkg) this.emit(new ApptPaymentFailedEvent(pkg.id, this.method, 'other'));
      return;
    }
    const failure = this.flow.fail(error);
    if (failure.reason === 'insufficient_credits') this.customerTask.run();
    if (failure.reason === 'signed_out') void this.session.renew();
    if (pkg) {
      if (failure.reason === 'slots_lost') this.emit(new ApptSlotsLostEvent(pkg.id));
      this.emit(new ApptPaymentFailedEvent(pkg.id, this.method, failure.code, failure.declineCode));
    }
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part~="error"]')?.focus());
  }

  /** The host's call page when it is https (or loopback). */
  private get callPage(): string | undefined {
    const url = this.joinUrl.trim();
    return url && isSecureUrl(url) ? url : undefined;
  }

  override render(): TemplateResult {
    const { locale, translation, dir } = this.localize.resolve();
    const t = translation ?? this.localize.fallback;
    return html`<section part="base" class="base" dir=${dir} lang=${locale} aria-label=${t.checkoutLabel} aria-busy=${translation ? 'false' : 'true'}>
      <div class="layout">${this.renderStep(t, locale)}</div>
    </section>`;
  }

  private renderStep(t: CheckoutTexts, locale: string): TemplateResult {
    const client = this.client;
    if (client instanceof Error) return renderFatal(client, t);
    if (this.flow.resuming) return html`<p class="status" role="status">${t.completingPayment}</p>`;
    const pkg = this.package;
    if (!pkg) return renderFatal(new ConfigurationError('<appt-checkout>: set the "package" property to the package to buy.'), t);
    const format = new SessionFormat(locale, this.zones.zone);
    if (this.step === 'confirmed' && this.confirmation) return renderConfirmation(this.confirmation, t, format, this.callPage);
    return html`${renderSummary(pkg, this.hold?.slots ?? [], t, format)}
      ${this.step === 'authenticate' ? renderAuthenticate(t, this.flow.paying, () => void this.completeAuthentication()) : this.renderForm(pkg, t, locale)}`;
  }

  private renderForm(pkg: AppointmentPackage, t: CheckoutTexts, locale: string): TemplateResult {
    return renderCheckoutForm({
      pkg,
      t,
      locale,
      method: this.method,
      signedIn: this.session.signedIn,
      customer: this.customerTask.value,
      paying: this.flow.paying,
      error: this.flow.error,
      guestValues: this.guestValues,
      problems: this.problems,
      testCard: this.testCard,
      config: (renderers) => this.paymentConfigTask.render(renderers),
      cardProblem: this.flow.cardProblem,
      coupon: this.method === 'free' ? nothing : renderCouponField(this.coupon, { locale, disabled: this.flow.paying, showPrice: true }),
      quote: this.coupon.applied,
      couponPending: this.coupon.pending,
      buyCreditsUrl: this.buyCreditsUrl,
      theme: this.theme,
      timeZone: this.timeZone,
      onMethod: (method) => this.choose(method),
      onGuestInput: (name, value) => this.onGuestInput(name, value),
      onTestCard: (card) => (this.testCard = card),
      onSignedIn: this.onSignedIn,
      onCreditsPurchased: () => void this.customerTask.run(),
      onChooseAgain: () => this.emit(new ApptSlotsLostEvent(pkg.id)),
      onSubmit: this.onSubmit,
    });
  }

  private choose(method: CheckoutMethod): void {
    this.method = method;
    this.flow.showError(undefined);
  }

  /**
   * Signed in inside the checkout: the form that had the focus goes, so the focus moves to the
   * balance, which says what can be paid now (the Pay button comes next).
   */
  private readonly onSignedIn = async (): Promise<void> => {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part~="balance"]')?.focus();
  };

  private onGuestInput(name: GuestField, value: string): void {
    this.guestValues = { ...this.guestValues, [name]: value };
    if (this.problems[name]) {
      const { [name]: _fixed, ...rest } = this.problems;
      this.problems = rest;
    }
  }

  private readonly onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    void this.pay();
  };
}
