import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus, initialState } from '@lit/task';
import type { ApptClient } from '../../client/index.js';
import { isApiError } from '../../client/errors.js';
import type { CreditOffer, CreditOfferQuery, CreditPurchaseReceipt, Customer, PaymentConfig } from '../../client/types.js';
import { isCountryCode } from '../../core/countries.js';
import { isCurrencyCode } from '../../core/currencies.js';
import { formatMoney } from '../../core/money.js';
import { ApptCreditsPurchasedEvent } from '../../events/credits-purchased.js';
import { ApptPaymentFailedEvent } from '../../events/payment-failed.js';
import { LocalizeController } from '../../i18n/localize-controller.js';
import { shared } from '../../styles/shared.js';
import { tokens } from '../../styles/tokens.js';
import { paymentFormStyles } from '../../styles/payment-form.js';
import { ConfigurationError } from '../base/configuration-error.js';
import { describeLoadError, loadErrorCause } from '../base/load-error.js';
import { isSecureUrl } from '../base/secure-url.js';
import { CardForm, TEST_CARDS, type CardAmount, type TestCard } from '../checkout/payment/card-form.js';
import { isUnknownOutcome, readPaymentFailure, type PaymentFailure, type PaymentFailureReason } from '../checkout/payment/payment-failure.js';
import { loadStripeJs, type StripeLoader } from '../checkout/payment/stripe.js';
import { CustomerElement } from '../customer/customer-element.js';
import type { CustomerSession } from '../customer/customer-session.js';
import { asCustomer, isSignedOut, isSignedOutError, SIGNED_OUT } from '../sign-in/as-customer.js';
import { SessionEpoch } from '../sign-in/session-epoch.js';
import { shownZone } from '../customer/visitor-zone.js';
import { creditsStyles } from './credits.styles.js';
import { creditsTerms, type CreditsTexts } from './i18n/catalog.js';
import { oneMarket } from './offers.js';
import { forgetCreditPurchase, rememberCreditPurchase, takeCreditPurchase } from './pending-purchase.js';

const TAG = 'appt-credits';

/** Skeleton choices before the number of credit packages is known. */
const DEFAULT_SKELETON_COUNT = 3;

/** What the element shows once it knows: signed out, or the customer with the credit packages on sale. */
type View = { kind: 'signed-out' } | { kind: 'loaded'; customer: Customer; offers: CreditOffer[] };

/**
 * Where a purchase is: choosing and paying, waiting for the test bank's confirmation, retrying the
 * confirmation after a lost answer, or finishing a purchase that came back from a redirect.
 */
type Step = 'choose' | 'authenticate' | 'finishing' | 'resuming';

type LoadArgs = readonly [
  client: ApptClient | Error | undefined,
  session: CustomerSession,
  sessionChanges: number,
  country: string,
  currency: string,
  problem: string,
];

/**
 * One purchase attempt: its `Idempotency-Key` and the exact request it sends. A retry after an
 * unknown outcome (lost connection, server error) sends the very same request with the same key,
 * so the server replays its answer instead of charging again; a definite failure ends the attempt.
 */
interface Attempt {
  key: string;
  creditPackageId: string;
  paymentMethod: string;
  /** The customer's language and zone, for the receipt e-mail. */
  locale: string;
  timeZone: string;
}

/** A failed payment, in the element's words. */
interface PayError {
  message: string;
  detail?: string;
}

/**
 * Buying credits: the signed-in customer's balance, the credit packages on sale (title, credits,
 * price), and, once one is chosen, the card form and a Pay button. Credits then pay for
 * appointment packages in `<appt-checkout>`.
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
 * @csspart success - The message after a purchase: credits added and the new balance.
 * @csspart offers - The fieldset of the credit package choice.
 * @csspart offer - One credit package's choice (a radio with its title, credits and price); also each placeholder while loading.
 * @csspart offer-title - A credit package's title.
 * @csspart offer-credits - The credits a package grants.
 * @csspart price - A credit package's price in its currency.
 * @csspart card - The card fieldset (Stripe's form or the test cards).
 * @csspart test-mode - The test mode notice.
 * @csspart pay-button - The Pay button (also the test bank's Confirm button).
 * @csspart pay-error - Why a payment failed.
 * @csspart empty - The message when no credit package is on sale.
 * @csspart skeleton - The placeholder while loading.
 * @csspart signed-out - The box around the sign-in prompt and form.
 * @csspart sign-in-prompt - The sentence above the sign-in form.
 * @csspart sign-in - The inner `<appt-sign-in>`.
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
 */
export class ApptCredits extends CustomerElement {
  static override styles = [tokens, shared, paymentFormStyles, creditsStyles];
  /** This element's own texts in every language; `register` adds or rewords one (e.g. French). */
  static readonly terms = creditsTerms;

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
  @state() private step: Step = 'choose';
  @state() private paying = false;
  @state() private error: PayError | undefined;
  @state() private testCard: TestCard = 'pm_card_visa';
  /** Whether Stripe's Payment Element is mounted and ready to collect the card. */
  @state() private cardReady = false;
  @state() private cardProblem = false;
  /** The balance to show: the last one the server gave (loaded, or in a purchase's receipt). */
  @state() private balance: number | undefined;
  /** What the success message says (a live region). */
  @state() private announcement = '';

  private readonly localize = new LocalizeController(this, creditsTerms);
  private readonly card = new CardForm(
    () => this.cardHost ?? this,
    () => this.stripeLoader ?? loadStripeJs,
  );
  /** The card form wanted now (`''` for none), and the queue that mounts and unmounts it one change at a time. */
  private cardKey = '';
  private cardWork: Promise<void> = Promise.resolve();
  private attempt: Attempt | undefined;
  /** The purchase waiting for its confirmation: after the test bank, after a redirect, or after a lost answer. */
  private pendingConfirm: { purchaseId: string; creditPackageId: string } | undefined;
  /** A purchase that came back from a redirect and is not yet being finished. */
  private resumed: { purchaseId: string; creditPackageId: string } | undefined;
  private skeletonCount = DEFAULT_SKELETON_COUNT;
  /** Where focus goes after the next render. */
  private focusNext: string | undefined;

  private readonly sessionChanges = new SessionEpoch(this, () => this.session);

  private readonly loadTask = new Task<LoadArgs, View>(this, {
    args: () => [this.client, this.session, this.sessionChanges.count, this.country.trim(), this.currency.trim(), this.configProblem()],
    task: async ([client, session, , country, currency, problem], { signal }) => {
      if (problem) throw new ConfigurationError(problem);
      if (client instanceof Error) throw client;
      if (isSignedOut(session)) return { kind: 'signed-out' };
      if (!client) return initialState; // Waiting for a context provider that may upgrade later.
      const query: CreditOfferQuery = { ...(country ? { country } : {}), ...(currency ? { currency } : {}) };
      const offers = client.creditPackages.list(query, { signal });
      offers.catch(() => undefined); // Awaited below, unless nobody is signed in.
      const customer = await this.sessionChanges.act(() => asCustomer(session, () => client.me.get({ signal })));
      if (customer === SIGNED_OUT) return { kind: 'signed-out' };
      return { kind: 'loaded', customer, offers: oneMarket(await offers) };
    },
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
    const resumed = this.resumed ?? takeCreditPurchase();
    if (resumed) {
      this.resumed = resumed;
      this.pendingConfirm = resumed;
      this.step = 'resuming';
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('appt-signed-in', this.onSignedIn);
    this.syncCard(undefined);
  }

  protected override updated(): void {
    this.syncCard(this.wantedCard());
    const client = this.client;
    if (this.step === 'resuming' && this.resumed && client && !(client instanceof Error)) {
      this.resumed = undefined;
      void this.finish();
    }
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
    const country = this.country.trim();
    const currency = this.currency.trim();
    if (country && !isCountryCode(country)) {
      return `<${TAG}>: the "country" attribute must be an ISO 3166-1 alpha-2 code in capitals such as "DE" (got "${this.country}").`;
    }
    if (currency && !isCurrencyCode(currency)) {
      return `<${TAG}>: the "currency" attribute must be an ISO 4217 code in capitals such as "EUR" (got "${this.currency}").`;
    }
    return '';
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
  private wantedCard(): { config: Extract<PaymentConfig, { provider: 'stripe' }>; price: CardAmount } | undefined {
    const config = this.paymentConfigTask.value;
    const offer = this.chosenOffer();
    if (!this.isConnected || this.step !== 'choose' || !offer || config?.provider !== 'stripe') return undefined;
    return { config, price: { amount: offer.price, currency: offer.currency, locale: this.localize.resolve().locale } };
  }

  /**
   * Mounts, changes or removes Stripe's Payment Element, one change at a time: a change asked for
   * while Stripe.js is still loading waits for it, so no form is ever mounted twice.
   */
  private syncCard(wanted: ReturnType<ApptCredits['wantedCard']>): void {
    const key = wanted ? `${wanted.config.publishableKey}|${wanted.price.amount}|${wanted.price.currency}|${wanted.price.locale}` : '';
    if (key === this.cardKey) return;
    this.cardKey = key;
    this.cardReady = false;
    this.cardWork = this.cardWork.then(async () => {
      if (this.cardKey !== key) return; // Another change came meanwhile; it follows in the queue.
      if (!wanted) {
        this.card.unmount();
        this.cardProblem = false;
        return;
      }
      try {
        await this.card.mount(wanted.config, wanted.price);
        if (this.cardKey === key) {
          this.cardReady = true;
          this.cardProblem = false;
        }
      } catch (error) {
        console.warn(new Error(`<${TAG}>: the card form could not be loaded.`, { cause: error }));
        if (this.cardKey === key) {
          this.cardProblem = true;
          this.cardKey = ''; // Tried again on the next change.
        }
      }
    });
  }

  /** Pays for the chosen credit package: one attempt, one `Idempotency-Key`. */
  async pay(): Promise<void> {
    const client = this.client;
    const offer = this.chosenOffer();
    if (this.paying || this.step !== 'choose' || !offer || !client || client instanceof Error) return;
    this.paying = true;
    this.error = undefined;
    this.announcement = '';
    try {
      let attempt = this.attempt;
      if (!attempt || attempt.creditPackageId !== offer.id) {
        const paymentMethod = await this.card.paymentMethod(this.paymentConfigTask.value, this.testCard);
        attempt = { key: crypto.randomUUID(), creditPackageId: offer.id, paymentMethod, locale: this.localize.resolve().locale, timeZone: shownZone() };
        this.attempt = attempt;
      }
      const { key, ...request } = attempt;
      const session = this.session;
      const answer = await this.sessionChanges.act(() =>
        asCustomer(session, () => client.creditPackages.purchase(request, { idempotencyKey: key })),
      );
      if (answer === SIGNED_OUT) {
        this.attempt = undefined;
        this.fail(offer.id, undefined);
        return;
      }
      let receipt = answer;
      if (receipt.paymentStatus === 'requires_action') receipt = await this.authenticate(client, receipt);
      if (receipt.paymentStatus === 'succeeded') this.succeed(receipt);
    } catch (error) {
      this.fail(offer.id, error);
    } finally {
      this.paying = false;
    }
  }

  /**
   * A card that asks for authentication: Stripe shows its 3-D Secure dialog (or redirects), then
   * the purchase is confirmed; the test provider waits for the customer's "confirm" step.
   */
  private async authenticate(client: ApptClient, receipt: CreditPurchaseReceipt): Promise<CreditPurchaseReceipt> {
    const pending = { purchaseId: receipt.id, creditPackageId: receipt.creditPackageId };
    this.attempt = undefined; // The purchase exists now; what is left is its confirmation.
    if (receipt.clientSecret && this.card.usesStripe) {
      rememberCreditPurchase(pending);
      try {
        await this.card.authenticate(receipt.clientSecret, this.safeReturnUrl());
      } finally {
        forgetCreditPurchase();
      }
      this.pendingConfirm = pending;
      try {
        const paid = await client.creditPackages.confirm(receipt.id);
        this.pendingConfirm = undefined;
        return paid;
      } catch (error) {
        // Authenticated at the bank: only the confirmation is left to retry.
        if (isUnknownOutcome(error)) this.step = 'finishing';
        else this.pendingConfirm = undefined;
        throw error;
      }
    }
    this.pendingConfirm = pending;
    this.step = 'authenticate';
    this.focusNext = '[part~="pay-button"]';
    return receipt;
  }

  /** Confirms the purchase waiting for it: the test bank's step, a retry after a lost answer, or a redirect's return. */
  private async finish(): Promise<void> {
    const pending = this.pendingConfirm;
    const client = this.client;
    if (!pending || this.paying || !client || client instanceof Error) return;
    this.paying = true;
    this.error = undefined;
    try {
      const receipt = await client.creditPackages.confirm(pending.purchaseId);
      this.succeed(receipt);
    } catch (error) {
      const retry = isUnknownOutcome(error) || isSignedOutError(error);
      this.step = retry ? 'finishing' : 'choose';
      if (!retry) this.pendingConfirm = undefined;
      this.fail(pending.creditPackageId, error);
    } finally {
      this.paying = false;
    }
  }

  private succeed(receipt: CreditPurchaseReceipt): void {
    this.step = 'choose';
    this.attempt = undefined;
    this.pendingConfirm = undefined;
    this.chosenId = undefined;
    this.error = undefined;
    this.balance = receipt.balance;
    this.announcement = this.texts.creditsPurchased(receipt.credits, receipt.balance);
    this.focusNext = '[part~="success"]';
    this.emit(new ApptCreditsPurchasedEvent(receipt.id, receipt.creditPackageId, receipt.credits, receipt.balance));
  }

  /**
   * Shows what went wrong, tells the host, and decides whether the next try is a new attempt
   * (`error` undefined: the server refused the customer's sign-in and the sign-in form shows).
   */
  private fail(creditPackageId: string, error: unknown): void {
    const t = this.texts;
    if (isApiError(error) && error.status === 422 && error.fieldErrors.some((e) => e.field === 'creditPackageId')) {
      this.error = { message: t.creditsErrorUnavailable };
      this.attempt = undefined;
      this.chosenId = undefined;
      void this.reload();
      this.emit(new ApptPaymentFailedEvent(creditPackageId, 'card', 'other'));
      this.focusNext = '[part~="pay-error"]';
      return;
    }
    const failure: PaymentFailure = error === undefined ? { reason: 'signed_out', code: 'other', unknownOutcome: false } : readPaymentFailure(error);
    const messages: Record<PaymentFailureReason, string> = {
      card_unavailable: t.creditsCardUnavailable,
      card_invalid: failure.cardMessage ?? t.creditsErrorOther,
      authentication_failed: t.creditsErrorAuthentication,
      payment_declined: t.creditsErrorDeclined,
      insufficient_credits: t.creditsErrorOther,
      slots_lost: t.creditsErrorOther,
      signed_out: t.creditsErrorSignIn,
      network: t.creditsErrorNetwork,
      other: t.creditsErrorOther,
    };
    this.error = {
      message: messages[failure.reason],
      ...(failure.reason === 'other' && failure.requestId ? { detail: `${t.errorReference}: ${failure.requestId}` } : {}),
    };
    // An unknown outcome (no answer, a server error) re-sends the same attempt: the server replays it.
    if (!failure.unknownOutcome) this.attempt = undefined;
    if (failure.reason === 'signed_out' && error !== undefined) void this.session.renew();
    this.emit(new ApptPaymentFailedEvent(creditPackageId, 'card', failure.code, failure.declineCode));
    this.focusNext = '[part~="pay-error"]';
  }

  /** The return URL for a redirect: the attribute if it is https (or loopback), else this page. */
  private safeReturnUrl(): string {
    const url = this.returnUrl.trim();
    return url && isSecureUrl(url) ? url : window.location.href;
  }

  private choose(offer: CreditOffer): void {
    if (this.paying) return;
    this.chosenId = offer.id;
    this.error = undefined;
    this.announcement = '';
  }

  private chooseTestCard(card: TestCard): void {
    this.testCard = card;
    this.attempt = undefined; // Another card, another request.
  }

  private readonly onSignedIn = (): void => {
    this.error = undefined;
    this.focusNext = '[part~="balance"]';
  };

  private readonly onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    if (this.step === 'choose') void this.pay();
    else void this.finish();
  };

  override render(): TemplateResult {
    const { locale, translation: t, dir } = this.localize.resolve();
    return html`<section part="base" class="base" dir=${dir} lang=${locale} aria-labelledby="credits-heading">
      ${t ? this.renderState(t, locale) : this.renderSkeleton(undefined)}
    </section>`;
  }

  private renderState(t: CreditsTexts, locale: string): TemplateResult {
    const client = this.client;
    const problem = this.configProblem();
    if (client instanceof Error || problem) return this.renderError(t, client instanceof Error ? client : new ConfigurationError(problem));
    if (this.step === 'resuming') {
      return html`${this.renderHeading(t)}
        <p class="status" role="status">${t.creditsCompleting}</p>`;
    }
    if (isSignedOut(this.session)) return this.renderSignedOut(t);
    const task = this.loadTask;
    if (task.status === TaskStatus.ERROR) return this.renderError(t, task.error);
    const view = task.value;
    if (!view || (view.kind === 'signed-out' && task.status !== TaskStatus.COMPLETE)) return this.renderSkeleton(t);
    if (view.kind === 'signed-out') return this.renderSignedOut(t);
    return this.renderLoaded(t, locale, view, task.status !== TaskStatus.COMPLETE);
  }

  private renderHeading(t: CreditsTexts): TemplateResult {
    return html`<h2 part="heading" class="heading" id="credits-heading" tabindex="-1">${t.creditsLabel}</h2>`;
  }

  private renderSignedOut(t: CreditsTexts): TemplateResult {
    return html`<div class="header">${this.renderHeading(t)}</div>
      <div part="signed-out" class="signed-out">
        ${this.renderPayError()}
        <p part="sign-in-prompt" class="prompt">${t.creditsSignIn}</p>
        ${this.signIn === 'none' ? nothing : html`<appt-sign-in part="sign-in" theme=${this.theme}></appt-sign-in>`}
      </div>`;
  }

  private renderLoaded(t: CreditsTexts, locale: string, view: Extract<View, { kind: 'loaded' }>, busy: boolean): TemplateResult {
    const balance = this.balance ?? view.customer.credits;
    const offer = this.chosenOffer();
    return html`<div class="header">
        ${this.renderHeading(t)}
        <p part="balance" class="balance" tabindex="-1">${t.creditsBalance(balance)}</p>
        <p part="success" class="success" role="status" tabindex="-1">${this.announcement}</p>
      </div>
      ${view.offers.length
        ? html`<form class="form" novalidate aria-busy=${busy ? 'true' : 'false'} @submit=${this.onSubmit}>
            ${this.renderOffers(t, locale, view.offers)}
            ${this.step === 'choose' && offer ? this.renderCard(t) : nothing}
            ${this.step === 'authenticate' ? this.renderAuthenticate(t) : nothing}
            ${this.renderPayError()}
            ${this.renderPayButton(t, locale, offer)}
          </form>`
        : html`<p part="empty" class="empty" role="status">${t.creditsEmpty}</p>`}`;
  }

  private renderOffers(t: CreditsTexts, locale: string, offers: readonly CreditOffer[]): TemplateResult {
    const locked = this.paying || this.step !== 'choose';
    return html`<fieldset part="offers" class="fieldset">
      <legend>${t.creditsOffersLegend}</legend>
      <div class="offers">
        ${offers.map(
          (offer) => html`<label part="offer" class="choice offer">
            <input
              type="radio"
              name="offer"
              .value=${offer.id}
              .checked=${this.chosenId === offer.id}
              ?disabled=${locked}
              @change=${() => this.choose(offer)}
            />
            <span class="offer-body">
              <span part="offer-title" class="offer-title" dir="auto">${offer.title}</span>
              <span part="offer-credits" class="offer-credits">${t.creditsAmount(offer.credits)}</span>
            </span>
            <span part="price" class="offer-price">${formatMoney(offer.price, offer.currency, locale)}</span>
          </label>`,
        )}
      </div>
    </fieldset>`;
  }

  private renderCard(t: CreditsTexts): TemplateResult {
    return html`<fieldset part="card" class="fieldset">
      <legend>${t.creditsCardLegend}</legend>
      ${this.paymentConfigTask.render({
        initial: () => html`<p class="muted">${t.creditsCardLoading}</p>`,
        pending: () => html`<p class="muted">${t.creditsCardLoading}</p>`,
        complete: (config) =>
          config?.provider === 'stripe'
            ? html`${this.cardProblem ? html`<p class="field-error" role="alert">${t.creditsCardUnavailable}</p>` : nothing}
                <div class="card-form"><slot name="card-form"><p class="muted">${t.creditsCardLoading}</p></slot></div>`
            : this.renderTestCards(t),
        error: (error) => this.renderConfigError(t, error),
      })}
    </fieldset>`;
  }

  private renderTestCards(t: CreditsTexts): TemplateResult {
    return html`<p part="test-mode" class="test-mode">${t.creditsTestMode}</p>
      <div class="choices">
        ${TEST_CARDS.map(
          (card) => html`<label class="choice">
            <input
              type="radio"
              name="test-card"
              .value=${card}
              .checked=${this.testCard === card}
              ?disabled=${this.paying}
              @change=${() => this.chooseTestCard(card)}
            />
            <span>${t.creditsTestCards[card]}</span>
          </label>`,
        )}
      </div>`;
  }

  private renderConfigError(t: CreditsTexts, error: unknown): TemplateResult {
    const { message, detail } = describeLoadError(error, t);
    return html`<div class="error" role="alert">
      <p class="error-text">${message}</p>
      ${detail ? html`<p class="error-detail">${detail}</p>` : nothing}
      <button part="retry-button" class="button button--secondary" type="button" @click=${() => void this.paymentConfigTask.run()}>
        ${t.retry}
      </button>
    </div>`;
  }

  private renderAuthenticate(t: CreditsTexts): TemplateResult {
    return html`<p class="test-mode" id="authenticate-title">${t.creditsAuthenticateTitle}</p>`;
  }

  /** Pay while choosing; the test bank's Confirm; Try again after a lost confirmation. */
  private renderPayButton(t: CreditsTexts, locale: string, offer: CreditOffer | undefined): TemplateResult | typeof nothing {
    let label: string;
    let disabled = this.paying;
    if (this.step === 'authenticate') {
      label = t.creditsAuthenticateButton;
    } else if (this.step === 'finishing') {
      label = t.retry;
    } else {
      if (!offer) return nothing;
      label = t.creditsPay(formatMoney(offer.price, offer.currency, locale));
      const config = this.paymentConfigTask.value;
      disabled ||= !config || (config.provider === 'stripe' && !this.cardReady);
    }
    return html`<button
      part="pay-button"
      class="button pay"
      type="submit"
      ?disabled=${disabled}
      aria-describedby=${this.step === 'authenticate' ? 'authenticate-title' : nothing}
    >
      ${this.paying ? t.creditsPaying : label}
    </button>`;
  }

  private renderPayError(): TemplateResult | typeof nothing {
    const error = this.error;
    if (!error) return nothing;
    return html`<div part="pay-error" class="error" role="alert" tabindex="-1">
      <p class="error-text">${error.message}</p>
      ${error.detail ? html`<p class="error-detail">${error.detail}</p>` : nothing}
    </div>`;
  }

  private renderSkeleton(t: CreditsTexts | undefined): TemplateResult {
    const bone = html`<span class="bone"></span>`;
    const offer = html`<div part="offer" class="choice offer">
      <span class="bone radio-bone"></span>
      <span class="offer-body">
        <span class="offer-title">${bone}</span>
        <span class="offer-credits">${bone}</span>
      </span>
      <span class="offer-price">${bone}</span>
    </div>`;
    return html`<div class="header">
        ${t ? this.renderHeading(t) : html`<p class="heading skeleton" aria-hidden="true">${bone}</p>`}
        <p class="balance skeleton" aria-hidden="true">${bone}</p>
        <p role="status" class="visually-hidden">${t?.creditsLoading ?? ''}</p>
      </div>
      <div part="skeleton" class="form skeleton" aria-hidden="true">
        <fieldset class="fieldset" disabled>
          <legend>${bone}</legend>
          <div class="offers">${Array.from({ length: this.skeletonCount }, () => offer)}</div>
        </fieldset>
      </div>`;
  }

  private renderError(t: CreditsTexts, error: unknown): TemplateResult {
    const { message, detail } = describeLoadError(error, t);
    const sentence = loadErrorCause(error) === 'not-found' ? t.errorOther : message;
    return html`<div class="header">${this.renderHeading(t)}</div>
      <div part="error" class="error" role="alert">
        <p class="error-title">${t.creditsErrorTitle}</p>
        <p part="error-message" class="error-text">${sentence}</p>
        ${detail ? html`<p part="error-detail" class="error-detail">${detail}</p>` : nothing}
        <button part="retry-button" class="button button--secondary" type="button" @click=${() => void this.reload()}>${t.retry}</button>
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'appt-credits': ApptCredits;
  }
}
