import { html, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import type { ApptClient } from '../../client/index.js';
import type { CreditOffer, CreditPurchaseReceipt, PaymentConfig } from '../../client/types.js';
import { ApptCreditsPurchasedEvent } from '../../events/credits-purchased.js';
import { LocalizeController } from '../../i18n/localize-controller.js';
import { shared } from '../../styles/shared.js';
import { tokens } from '../../styles/tokens.js';
import { paymentFormStyles } from '../../styles/payment-form.js';
import { ConfigurationError } from '../base/configuration-error.js';
import { CustomerElement } from '../customer/customer-element.js';
import type { CardWanted, TestCard } from '../payment/card-form.js';
import { PaymentFlow } from '../payment/payment-flow.js';
import type { StripeLoader } from '../payment/stripe.js';
import { isSignedOut } from '../customer/as-customer.js';
import { SessionEpoch } from '../customer/session-epoch.js';
import { VisitorZoneController } from '../customer/visitor-zone.js';
import { formatMoney } from '../../core/money.js';
import { marketProblem } from './config-problem.js';
import { creditsStyles } from './credits.styles.js';
import { creditsTerms, type CreditsTexts } from './i18n/catalog.js';
import { renderHeading, renderLoadError, renderSignedOut } from './notices.js';
import { loadCredits, type CreditsView, type LoadArgs } from './load.js';
import { chargedPrice } from './offers.js';
import { renderSkeleton } from './offers-view.js';
import { renderPayError } from './pay-controls.js';
import { renderPurchaseForm } from './purchase-form.js';
import { pendingCreditPurchases } from './pending-purchase.js';
import { CreditPurchase, type CreditsPaymentFlow } from './credit-purchase.js';
import { creditsPaymentWords } from './payment-words.js';
import { CouponController, type CouponTarget } from '../coupon/coupon.js';
import { renderCouponField } from '../coupon/coupon-field.js';
import { couponStyles } from '../coupon/coupon.styles.js';
import { couponTerms } from '../coupon/i18n/catalog.js';

const TAG = 'appt-credits';

/** Skeleton choices before the number of credit packages is known. */
const DEFAULT_SKELETON_COUNT = 3;

/**
 * Buying credits: the signed-in customer's balance, the credit packages on sale (title, credits,
 * price; while a campaign lowers a price, the original struck through beside the campaign price,
 * with the campaign's title and end in the visitor's zone), and, once one is chosen, the card form
 * and a Pay button for the amount charged. Credits then pay for
 * appointment packages in `<appt-checkout>`.
 *
 * A chosen package takes a coupon code, checked with `client.coupons.quote` before paying: the
 * package's price struck through beside the new one, the discount or gift credits, and the Pay
 * button's amount follow; a refused code gets its reason in the field, also when the purchase
 * itself refuses it (e.g. used up meanwhile). The applied code is sent as `couponCode`.
 *
 * The card part is the checkout's: with Stripe, `@stripe/stripe-js/pure` loads only now, the
 * Payment Element is mounted in the light DOM (`<div slot="card-form">`, Stripe refuses shadow
 * roots) and projected, and 3-D Secure runs through `confirmPayment` with
 * `redirect: 'if_required'` (a redirect to `return-url` is finished when the page loads again);
 * with the reference server's test mode, a clearly labelled choice of test cards and an explicit
 * "confirm (test)" step for a card that asks for authentication. Every attempt carries one
 * `Idempotency-Key`, reused only to retry the same request after an unknown outcome, so a double
 * click or a retry after a lost answer pays once.
 *
 * Signed out, it shows `<appt-sign-in>` in its place (registered by this element's `define`
 * module, `apptkit/define` or the CDN script). The client and customer session come from an
 * ancestor (`<appt-booking>`) or from `api`, `key`, `customer-token` / `getCustomerToken`; a token
 * the server refuses is renewed once through `getCustomerToken`, else the sign-in shows.
 *
 * @summary The signed-in customer's credits balance, and buying credit packages by card.
 * @tag appt-credits
 *
 * @slot card-form - Filled by the element itself with Stripe's Payment Element (light DOM).
 *
 * @event {ApptCreditsPurchasedEvent} appt-credits-purchased - Paid: `purchaseId`, `creditPackageId`, `credits` added and the new `balance`; no secrets.
 * @event {ApptPaymentFailedEvent} appt-payment-failed - A payment attempt failed and nothing was charged; its `packageId` is the credit package's id, `method` is `card`.
 * @event {ApptSignedInEvent} appt-signed-in - From the inner sign-in form: the visitor signed in.
 *
 * @csspart base - The root wrapper; carries `dir` and `lang`.
 * @csspart heading - The "Buy credits" heading.
 * @csspart balance - The customer's credits balance.
 * @csspart success - The message after a purchase: credits added, the amount charged and the new balance.
 * @csspart offers - The fieldset of the credit package choice.
 * @csspart offer - One credit package's choice (a radio with its title, credits and price); also each placeholder while loading.
 * @csspart offer-title - A credit package's title.
 * @csspart offer-credits - The credits a package grants.
 * @csspart price - A credit package's price in its currency: what a purchase charges (the campaign price while a campaign lowers it).
 * @csspart was-price - The original price, struck through (`<s>`), of a package a campaign or the coupon applied lowers.
 * @csspart campaign - The campaign lowering a package's price: its title and end.
 * @csspart campaign-title - The campaign's title.
 * @csspart campaign-ends - When the campaign ends, in the visitor's zone with the zone named.
 * @csspart coupon - The coupon field of the chosen package: its label, input, button, reason and, once applied, discount line.
 * @csspart coupon-label - The coupon field's label.
 * @csspart coupon-input - The coupon code input.
 * @csspart coupon-button - Apply, or once a code is applied, Remove.
 * @csspart coupon-error - Why the code cannot be used.
 * @csspart coupon-discount - What the coupon gives: "Coupon CODE: −€x" or "+N gift credits". The new price shows in the package's `price`, the original in its `was-price`.
 * @csspart card - The card fieldset (Stripe's form or the test cards).
 * @csspart test-mode - The test mode notice.
 * @csspart pay-button - The Pay button (also the test bank's Confirm button).
 * @csspart pay-error - Why a payment failed.
 * @csspart empty - The message when no credit package is on sale.
 * @csspart skeleton - The placeholder while loading.
 * @csspart signed-out - The box around the sign-in prompt and form.
 * @csspart sign-in-prompt - The sentence above the sign-in form.
 * @csspart sign-in - The inner `<appt-sign-in>`.
 * @csspart sign-in-form - Forwarded from the inner sign-in: its form.
 * @csspart sign-in-field - Forwarded from the inner sign-in: a label with its input and message.
 * @csspart sign-in-input - Forwarded from the inner sign-in: a text input.
 * @csspart sign-in-submit-button - Forwarded from the inner sign-in: Send me a code / Sign in.
 * @csspart sign-in-error - Forwarded from the inner sign-in: the box of a failure that is no field's.
 * @csspart error - The error box when loading failed.
 * @csspart error-message - The sentence saying why loading failed.
 * @csspart error-detail - The support reference, or for a set-up mistake the attribute at fault.
 * @csspart retry-button - A Try again button.
 *
 * @cssproperty --appt-color-primary - Accent color: buttons, the chosen package, focus (global token).
 * @cssproperty --appt-color-on-primary - Text on the accent color (global token).
 * @cssproperty --appt-color-surface - Background (global token).
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
 * @cssproperty --appt-credits-background - Background of the element.
 * @cssproperty --appt-credits-gap - Space between its sections.
 * @cssproperty --appt-credits-offer-background - Background of a credit package's choice.
 * @cssproperty --appt-credits-offer-border-color - Border of a credit package's choice.
 * @cssproperty --appt-credits-offer-min-width - Narrowest choice before the packages drop a column.
 * @cssproperty --appt-credits-price-color - Color of the prices.
 * @cssproperty --appt-coupon-gap - Space between the coupon field's lines.
 * @cssproperty --appt-coupon-discount-color - Color of the coupon's discount line.
 */
export class ApptCredits extends CustomerElement {
  static override styles = [tokens, shared, paymentFormStyles, creditsStyles, couponStyles];
  /** This element's own texts in every language; `register` adds or rewords one (e.g. French). */
  static readonly terms = creditsTerms;
  /** The coupon field's texts (shared with `<appt-checkout>`); `register` adds or rewords a language. */
  static readonly couponTerms = couponTerms;

  protected readonly tag = TAG;

  /**
   * Signed out, `form` (default) shows the e-mail sign-in form; `none` shows only the prompt, for
   * pages that sign in elsewhere (another element's form or the site's own account): every
   * element of the page shares one sign-in.
   */
  @property({ attribute: 'sign-in', reflect: true }) signIn: 'form' | 'none' = 'form';

  /** Only the credit packages sold in this country (ISO 3166-1 alpha-2, e.g. `DE`). */
  @property({ reflect: true }) country = '';

  /** Only the credit packages sold in this currency (ISO 4217, e.g. `EUR`). */
  @property({ reflect: true }) currency = '';

  /** Where a card needing a redirect (3-D Secure) comes back to; default this page. https (or a loopback host). */
  @property({ attribute: 'return-url' }) returnUrl = '';

  /**
   * The element in whose light DOM Stripe's Payment Element is mounted (Stripe refuses shadow
   * roots); default this element. A wrapper passing its own element must forward the
   * `card-form` slot.
   */
  @property({ attribute: false }) cardHost: HTMLElement | undefined;

  /** Loads Stripe.js; tests and hosts with their own loader replace it. Default: `@stripe/stripe-js/pure`, loaded when a package is chosen. */
  @property({ attribute: false }) stripeLoader: StripeLoader | undefined;

  /** The chosen credit package's id. */
  @state() private chosenId: string | undefined;
  @state() private testCard: TestCard = 'pm_card_visa';
  /** The balance to show: the last one the server gave (loaded, or in a purchase's receipt). */
  @state() private balance: number | undefined;
  /** What the success message says (a live region). */
  @state() private announcement = '';

  private readonly localize = new LocalizeController(this, creditsTerms);
  /** The visitor's zone, in which a campaign's end is shown. */
  private readonly zones = new VisitorZoneController(this);
  private readonly flow: CreditsPaymentFlow = new PaymentFlow(this, {
    tag: TAG,
    cardHost: () => this.cardHost ?? this,
    stripeLoader: () => this.stripeLoader,
    card: () => this.wantedCard(),
    returnUrl: () => this.returnUrl,
    redirects: pendingCreditPurchases,
    words: () => creditsPaymentWords(this.texts),
    canResume: () => this.client !== undefined && !(this.client instanceof Error),
    resume: (pending) => this.purchase.resume(pending),
  });
  private readonly sessionChanges = new SessionEpoch(this, () => this.session);
  /** The coupon field of the chosen offer, while choosing. */
  private readonly coupon: CouponController = new CouponController(this, {
    client: () => this.client,
    target: (): CouponTarget | undefined => {
      const offer = this.chosenOffer();
      return offer ? { creditPackageId: offer.id } : undefined;
    },
  });
  private readonly purchase = new CreditPurchase(this, () => this.flow, {
    client: () => this.client,
    session: () => this.session,
    epoch: this.sessionChanges,
    offer: () => this.chosenOffer(),
    testCard: () => this.testCard,
    coupon: () => this.coupon.purchaseCode,
    nothingToPay: () => this.coupon.coversAll,
    couponRefused: (error) => this.coupon.refusedBy(error),
    config: () => this.paymentConfigTask.value,
    locale: () => this.localize.resolve().locale,
    withdrawnMessage: () => this.texts.creditsErrorUnavailable,
    purchased: (receipt) => this.purchased(receipt),
    withdrawn: () => {
      this.chosenId = undefined;
      void this.reload();
    },
    focus: (selector) => (this.focusNext = selector),
    emit: (event) => this.emit(event),
  });
  private skeletonCount = DEFAULT_SKELETON_COUNT;
  /** Where focus goes after the next render. */
  private focusNext: string | undefined;

  private readonly loadTask = new Task<LoadArgs, CreditsView>(this, {
    args: () => [this.client, this.session, this.sessionChanges.count, this.country.trim(), this.currency.trim(), this.configProblem()],
    task: (args, { signal }) => loadCredits(args, this.sessionChanges, signal),
    onComplete: (view) => {
      if (view.kind !== 'loaded') return;
      this.balance = view.customer.credits;
      this.skeletonCount = Math.max(view.offers.length, 1);
    },
  });

  private readonly paymentConfigTask = new Task<[ApptClient | Error | undefined, boolean], PaymentConfig | undefined>(this, {
    args: () => [this.client, this.loadTask.value?.kind === 'loaded'],
    task: async ([client, signedIn], { signal }) => {
      if (!client || client instanceof Error || !signedIn) return undefined;
      return client.payments.config({ signal });
    },
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
    const target = this.focusNext && this.renderRoot.querySelector<HTMLElement>(this.focusNext);
    if (target && !target.matches(':disabled')) {
      this.focusNext = undefined;
      target.focus();
    }
  }

  /** Loads the balance and the credit packages again. */
  reload(): Promise<void> {
    return this.loadTask.run();
  }

  private configProblem(): string {
    return marketProblem(TAG, this.country, this.currency);
  }

  private get texts(): CreditsTexts {
    return this.localize.resolve().translation ?? this.localize.fallback;
  }

  /** The chosen credit package, while it is on sale and the customer is signed in. */
  private chosenOffer(): CreditOffer | undefined {
    const view = this.loadTask.value;
    if (this.chosenId === undefined || view?.kind !== 'loaded' || isSignedOut(this.session)) return undefined;
    return view.offers.find((offer) => offer.id === this.chosenId);
  }

  /** Stripe's form is wanted while a package is chosen, the tenant uses Stripe and the customer is choosing. */
  private wantedCard(): CardWanted | undefined {
    const config = this.paymentConfigTask.value;
    const offer = this.chosenOffer();
    if (this.purchase.step !== 'choose' || this.flow.resuming || !offer || config?.provider !== 'stripe') return undefined;
    // The Payment Element shows what is charged: the coupon's price once one is applied, none for 0.
    const amount = this.coupon.applied?.amount ?? chargedPrice(offer);
    return amount === 0 ? undefined : { config, price: { amount, currency: offer.currency, locale: this.localize.resolve().locale } };
  }

  /** Paid: the amount charged (the receipt's, a campaign's price when one applied) and the new balance, announced; the host told. */
  private purchased(receipt: CreditPurchaseReceipt): void {
    this.chosenId = undefined;
    this.coupon.reset();
    this.balance = receipt.balance;
    const charged = formatMoney(receipt.amount, receipt.currency, this.localize.resolve().locale);
    this.announcement = this.texts.creditsPurchased(receipt.credits, receipt.balance, charged);
    this.focusNext = '[part~="success"]';
    this.emit(new ApptCreditsPurchasedEvent(receipt.id, receipt.creditPackageId, receipt.credits, receipt.balance));
  }

  private choose(offer: CreditOffer): void {
    if (this.flow.paying) return;
    this.chosenId = offer.id;
    this.flow.showError(undefined);
    this.announcement = '';
  }

  private readonly onSignedIn = (): void => {
    this.flow.showError(undefined);
    this.focusNext = '[part~="balance"]';
  };

  private readonly onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    if (this.purchase.step === 'choose' && !this.flow.paying) this.announcement = '';
    void this.purchase.submit();
  };

  override render(): TemplateResult {
    const { locale, translation: t, dir } = this.localize.resolve();
    return html`<section part="base" class="base" dir=${dir} lang=${locale} aria-labelledby="credits-heading">
      ${t ? this.renderState(t, locale) : renderSkeleton(undefined, '', this.skeletonCount)}
    </section>`;
  }

  private renderState(t: CreditsTexts, locale: string): TemplateResult {
    const client = this.client;
    const problem = this.configProblem();
    const retry = () => void this.reload();
    if (client instanceof Error || problem) return renderLoadError(t, client instanceof Error ? client : new ConfigurationError(problem), retry);
    if (this.flow.resuming) return html`${renderHeading(t)}<p class="status" role="status">${t.creditsCompleting}</p>`;
    const signedOut = () => renderSignedOut(t, { form: this.signIn !== 'none', theme: this.theme, error: renderPayError(this.flow.error) });
    if (isSignedOut(this.session)) return signedOut();
    const task = this.loadTask;
    if (task.status === TaskStatus.ERROR) return renderLoadError(t, task.error, retry);
    const view = task.value;
    if (!view || (view.kind === 'signed-out' && task.status !== TaskStatus.COMPLETE)) return renderSkeleton(renderHeading(t), t.creditsLoading, this.skeletonCount);
    if (view.kind === 'signed-out') return signedOut();
    return this.renderLoaded(t, locale, view, task.status !== TaskStatus.COMPLETE);
  }

  private renderLoaded(t: CreditsTexts, locale: string, view: Extract<CreditsView, { kind: 'loaded' }>, busy: boolean): TemplateResult {
    const config = this.paymentConfigTask.value;
    return html`<div class="header">
        ${renderHeading(t)}
        <p part="balance" class="balance" tabindex="-1">${t.creditsBalance(this.balance ?? view.customer.credits)}</p>
        <p part="success" class="success" role="status" tabindex="-1">${this.announcement}</p>
      </div>
      ${view.offers.length
        ? renderPurchaseForm({
            t,
            locale,
            timeZone: this.zones.zone,
            offers: view.offers,
            offer: this.chosenOffer(),
            step: this.purchase.step,
            busy,
            coupon: renderCouponField(this.coupon, { locale, disabled: this.flow.paying, showPrice: false }),
            quote: this.coupon.applied,
            couponPending: this.coupon.pending,
            paying: this.flow.paying,
            error: this.flow.error,
            config: (renderers) => this.paymentConfigTask.render(renderers),
            cardProblem: this.flow.cardProblem,
            cardReady: !!config && (config.provider !== 'stripe' || this.flow.cardReady),
            testCard: this.testCard,
            onTestCard: (card) => (this.testCard = card),
            onRetry: () => void this.paymentConfigTask.run(),
            onChoose: (offer) => this.choose(offer),
            onSubmit: this.onSubmit,
          })
        : html`<p part="empty" class="empty" role="status">${t.creditsEmpty}</p>`}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'appt-credits': ApptCredits;
  }
}
