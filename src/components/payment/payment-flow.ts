import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PaymentConfig } from '../../client/types.js';
import { isSecureUrl } from '../base/secure-url.js';
import { Attempts, type Attempt } from './attempt.js';
import { CardForm, cardKey, type CardWanted, type TestCard } from './card-form.js';
import { failureMessage, type PayError, type PaymentWords } from './failure-message.js';
import { readPaymentFailure, type PaymentFailure } from './payment-failure.js';
import type { RedirectStore } from './redirect-store.js';
import { loadStripeJs, type StripeLoader } from './stripe.js';

/** What a {@link PaymentFlow} asks of the element that takes payments. */
export interface PaymentFlowOptions<Pending> {
  /** The element's tag, for the console. */
  tag: string;
  /** The element in whose light DOM the Payment Element is mounted (Stripe refuses shadow roots). */
  cardHost: () => HTMLElement;
  /** The host's Stripe.js loader; default `@stripe/stripe-js/pure`, loaded only when a card form is wanted. */
  stripeLoader: () => StripeLoader | undefined;
  /** The Payment Element wanted now, or `undefined` for none. Read after every update and on (dis)connection. */
  card: () => CardWanted | undefined;
  /** Where a redirect (3-D Secure) comes back to; used when https (or a loopback host), else this page. */
  returnUrl: () => string;
  /** Where a payment that leaves for the bank's page is kept until it comes back. */
  redirects: RedirectStore<Pending>;
  /** The failure sentences in the element's language now. */
  words: () => PaymentWords;
  /** Whether a payment back from the bank's page can be finished now (the client is ready). */
  canResume: () => boolean;
  /** Finishes a payment back from the bank's page; called once, after an update in which {@link canResume} holds. */
  resume: (pending: Pending) => Promise<void>;
}

/**
 * The payment flow of an element that takes payments (`<appt-checkout>`, `<appt-credits>`): it owns
 *
 * - the Payment Element's mount: exactly one, in the light DOM, following what the element wants
 *   after each update, even when it re-renders, moves or reconnects while Stripe.js loads;
 * - the attempt's `Idempotency-Key`: one per attempt, reused with the very same request by a retry
 *   of the same order after an unknown outcome, new after a changed order or a definite failure;
 * - authentication: Stripe's 3-D Secure through `confirmPayment`, the payment remembered for the
 *   way back should Stripe redirect;
 * - the redirect resume: a payment back from the bank's page is taken on connection and handed
 *   to the element once its client is ready;
 * - the failure messages, in the element's words and language.
 *
 * Its state (`paying`, `error`, `cardReady`, `cardProblem`, `resuming`) updates the host.
 */
export class PaymentFlow<Request, Pending> implements ReactiveController {
  private readonly card: CardForm;
  private readonly attempts = new Attempts<Request>();
  private wantedCard = '';
  private resumed: Pending | undefined;
  private finishing = false;
  private paying_ = false;
  private error_: PayError | undefined;
  private cardReady_ = false;
  private cardProblem_ = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: PaymentFlowOptions<Pending>,
  ) {
    this.card = new CardForm(options.cardHost, () => options.stripeLoader() ?? loadStripeJs);
    host.addController(this);
  }

  /** A payment step is running: the element disables its choices and says "Paying…". */
  get paying(): boolean {
    return this.paying_;
  }

  /** Why the last attempt failed, in the element's words. */
  get error(): PayError | undefined {
    return this.error_;
  }

  /** Stripe's Payment Element is mounted for what the element wants now. */
  get cardReady(): boolean {
    return this.cardReady_;
  }

  /** Stripe.js could not be loaded (tried again on the next change). */
  get cardProblem(): boolean {
    return this.cardProblem_;
  }

  /** A payment back from the bank's page is being finished. */
  get resuming(): boolean {
    return this.resumed !== undefined || this.finishing;
  }

  /** Whether Stripe's form takes the card (else the test provider). */
  get usesStripe(): boolean {
    return this.card.usesStripe;
  }

  hostConnected(): void {
    this.resumed ??= this.options.redirects.take();
    this.syncCard();
  }

  hostDisconnected(): void {
    this.syncCard();
  }

  hostUpdated(): void {
    this.syncCard();
    const pending = this.resumed;
    if (pending === undefined || !this.options.canResume()) return;
    this.resumed = undefined;
    this.finishing = true;
    void this.options.resume(pending).finally(() => {
      this.finishing = false;
      this.host.requestUpdate();
    });
  }

  /**
   * Runs one payment step (pay, confirm) unless one is running: `paying` meanwhile, the last
   * error cleared first. So a double click pays once.
   */
  async run(step: () => Promise<void>): Promise<void> {
    if (this.paying_) return;
    this.paying_ = true;
    this.error_ = undefined;
    this.host.requestUpdate();
    try {
      await step();
    } finally {
      this.paying_ = false;
      this.host.requestUpdate();
    }
  }

  /** The attempt paying `order` (what the customer chose, as a string): the current one for the same order, else a new one built now. */
  attempt(order: string, build: () => Promise<Request>): Promise<Attempt<Request>> {
    return this.attempts.for(order, build);
  }

  /** Ends the attempt (paid, or a purchase to confirm now): the next payment is a new attempt. */
  endAttempt(): void {
    this.attempts.end();
  }

  /** The payment method to charge: the chosen test card in test mode, else Stripe's `pm_…` (waiting for a mount in progress). */
  paymentMethod(config: PaymentConfig | undefined, testCard: TestCard): Promise<string> {
    return this.card.paymentMethod(config, testCard);
  }

  /**
   * Lets Stripe authenticate a payment (3-D Secure), `pending` kept for the way back should it
   * redirect, and forgotten when it did not. Rejects with a `CardError` `authentication`.
   */
  async authenticate(clientSecret: string, pending: Pending): Promise<void> {
    const { redirects } = this.options;
    redirects.remember(pending);
    try {
      await this.card.authenticate(clientSecret, this.returnUrl());
    } finally {
      redirects.forget();
    }
  }

  /**
   * Shows why an attempt failed and decides whether the next try is the same attempt: only after
   * an unknown outcome. Returns the failure read, for the element's events and follow-ups.
   */
  fail(error: unknown, failure: PaymentFailure = readPaymentFailure(error)): PaymentFailure {
    this.error_ = failureMessage(failure, this.options.words());
    if (!failure.unknownOutcome) this.attempts.end();
    this.host.requestUpdate();
    return failure;
  }

  /** Shows `error` (a failure the element words itself), or clears it. */
  showError(error: PayError | undefined): void {
    this.error_ = error;
    this.host.requestUpdate();
  }

  /** The return URL for a redirect: the element's if it is https (or loopback), else this page. */
  private returnUrl(): string {
    const url = this.options.returnUrl().trim();
    return url && isSecureUrl(url) ? url : window.location.href;
  }

  /** Asks the card form for what the element wants now; a change updates `cardReady` and `cardProblem`. */
  private syncCard(): void {
    const wanted = this.host.isConnected ? this.options.card() : undefined;
    const key = cardKey(wanted);
    if (key === this.wantedCard) return;
    this.wantedCard = key;
    this.setCard(false, this.cardProblem_);
    this.card.show(wanted).then(
      (outcome) => {
        if (outcome !== 'superseded' && this.wantedCard === key) this.setCard(outcome === 'mounted', false);
      },
      (error: unknown) => {
        console.warn(new Error(`<${this.options.tag}>: the card form could not be loaded.`, { cause: error }));
        if (this.wantedCard !== key) return;
        this.wantedCard = ''; // Tried again on the next update.
        this.setCard(false, true);
      },
    );
  }

  private setCard(ready: boolean, problem: boolean): void {
    if (ready === this.cardReady_ && problem === this.cardProblem_) return;
    this.cardReady_ = ready;
    this.cardProblem_ = problem;
    this.host.requestUpdate();
  }
}
