import type { PaymentConfig } from '../../client/types.js';
import type { ElementsPort, PaymentElementPort, StripeLoader, StripePort } from './stripe.js';

/** The test cards of the reference server's test mode, in the order the elements offer them. */
export const TEST_CARDS = ['pm_card_visa', 'pm_card_declined', 'pm_card_authentication_required'] as const;
/** One of {@link TEST_CARDS}. */
export type TestCard = (typeof TEST_CARDS)[number];

/** A tenant's payment configuration when it takes cards through Stripe. */
export type StripeConfig = Extract<PaymentConfig, { provider: 'stripe' }>;

/** Why the card step failed, in the elements' words; `message` is Stripe's own (localized) text when it has one. */
export class CardError extends Error {
  override readonly name = 'CardError';
  constructor(
    readonly reason: 'unavailable' | 'invalid' | 'authentication',
    message: string,
  ) {
    super(message);
  }
}

/** What a Stripe Payment Element needs to show the right amount before the server creates the intent. */
export interface CardAmount {
  /** In the smallest unit of `currency`. */
  amount: number;
  /** ISO 4217, any case. */
  currency: string;
  /** The element's locale, for Stripe's own texts. */
  locale: string;
}

/** The Payment Element an element wants shown: the tenant's Stripe key and the amount. */
export interface CardWanted {
  config: StripeConfig;
  price: CardAmount;
}

/** How a {@link CardForm.show} ended: the form is mounted, removed, or another change came first. */
export type CardOutcome = 'mounted' | 'removed' | 'superseded';

/** The identity of a wanted form: the same key, the same mounted form. `''` for none. */
export function cardKey(wanted: CardWanted | undefined): string {
  if (!wanted) return '';
  const { config, price } = wanted;
  return `${config.publishableKey}|${price.amount}|${price.currency}|${price.locale}`;
}

/**
 * The card part of a payment. With Stripe, the Payment Element is mounted in the light DOM of
 * `lightHost` (Stripe refuses shadow roots) in a `<div slot="card-form">` the element projects
 * with a named slot; with the test provider, the element shows its own test card choice and this
 * class only passes the chosen token on.
 *
 * Changes of the wanted form apply one at a time, in the order asked: a change asked for while
 * Stripe.js is still loading waits for it, a form asked for again is not mounted again, and a
 * form no longer wanted once Stripe.js has loaded is never mounted. So there is never more than
 * one Payment Element, however often the host re-renders, moves or reconnects meanwhile.
 */
export class CardForm {
  private stripe: StripePort | undefined;
  private elements: ElementsPort | undefined;
  private paymentElement: PaymentElementPort | undefined;
  private container: HTMLElement | undefined;
  private mountedKey = '';
  private mountedAmount = 0;
  private wantedKey = '';
  /** The queue of changes; never rejects. */
  private work: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly lightHost: () => HTMLElement,
    private readonly loader: () => StripeLoader,
  ) {}

  /**
   * Asks for the Payment Element of `wanted` (none: `undefined`). Resolves once this change is
   * applied, or at once with `superseded` when a later change replaced it; rejects with a
   * {@link CardError} `unavailable` when Stripe.js cannot be loaded.
   */
  show(wanted: CardWanted | undefined): Promise<CardOutcome> {
    const key = cardKey(wanted);
    this.wantedKey = key;
    const change = this.work.then(() => this.apply(wanted, key));
    this.work = change.catch(() => undefined);
    return change;
  }

  private async apply(wanted: CardWanted | undefined, key: string): Promise<CardOutcome> {
    if (this.wantedKey !== key) return 'superseded';
    if (!wanted) {
      this.unmount();
      return 'removed';
    }
    if (this.mountedKey === key && this.paymentElement) return 'mounted';
    if (this.elements && this.mountedKey === cardKey({ ...wanted, price: { ...wanted.price, amount: this.mountedAmount } })) {
      // Only the amount changed (a coupon applied or removed): what the customer typed stays.
      this.elements.update({ amount: wanted.price.amount });
      this.mountedAmount = wanted.price.amount;
      this.mountedKey = key;
      return 'mounted';
    }
    this.unmount();
    let stripe: StripePort;
    try {
      stripe = await this.loader()(wanted.config.publishableKey);
    } catch (error) {
      throw new CardError('unavailable', error instanceof Error ? error.message : String(error));
    }
    if (this.wantedKey !== key) return 'superseded'; // Changed while Stripe.js loaded: the next change follows.
    const { price } = wanted;
    const locale = price.locale.split('-')[0] as 'auto';
    this.stripe = stripe;
    this.elements = stripe.elements({ mode: 'payment', amount: price.amount, currency: price.currency.toLowerCase(), locale });
    this.container = document.createElement('div');
    this.container.slot = 'card-form';
    this.lightHost().append(this.container);
    this.paymentElement = this.elements.create('payment', { layout: 'tabs' });
    this.paymentElement.mount(this.container);
    this.mountedKey = key;
    this.mountedAmount = price.amount;
    return 'mounted';
  }

  /**
   * The payment method to charge under `config`: the chosen test card in test mode, else
   * Stripe's `pm_…` from what the customer typed. Rejects with a {@link CardError} `unavailable`
   * when the configuration is unknown or Stripe's form is not mounted (never a test card for a
   * Stripe tenant), `invalid` with Stripe's message for incomplete or refused card details.
   */
  async paymentMethod(config: PaymentConfig | undefined, testCard: TestCard): Promise<string> {
    if (config?.provider === 'test') return testCard;
    await this.work; // A mount in progress finishes first.
    if (!config || !this.stripe || !this.elements) throw new CardError('unavailable', 'The card form is not ready.');
    const submitted = await this.elements.submit();
    if (submitted.error) throw new CardError('invalid', submitted.error.message ?? 'The card details are incomplete.');
    const result = await this.stripe.createPaymentMethod({ elements: this.elements });
    if (result.error) throw new CardError('invalid', result.error.message ?? 'The card could not be used.');
    return result.paymentMethod.id;
  }

  /** Whether a Stripe form is mounted (else the test provider is in use). */
  get usesStripe(): boolean {
    return this.stripe !== undefined;
  }

  /**
   * Lets Stripe complete a payment that requires action (3-D Secure), redirecting to
   * `returnUrl` only for methods that must. Rejects with a {@link CardError} `authentication`.
   */
  async authenticate(clientSecret: string, returnUrl: string): Promise<void> {
    if (!this.stripe) throw new CardError('authentication', 'No card form is mounted.');
    const result = await this.stripe.confirmPayment({ clientSecret, confirmParams: { return_url: returnUrl }, redirect: 'if_required' });
    if (result.error) throw new CardError('authentication', result.error.message ?? 'The payment was not confirmed.');
  }

  /** Removes the Payment Element and its light-DOM container. */
  private unmount(): void {
    this.paymentElement?.destroy();
    this.container?.remove();
    this.paymentElement = undefined;
    this.elements = undefined;
    this.container = undefined;
    this.stripe = undefined;
    this.mountedKey = '';
  }
}
