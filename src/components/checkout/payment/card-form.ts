import type { PaymentConfig } from '../../../client/types.js';
import type { ElementsPort, PaymentElementPort, StripeLoader, StripePort } from './stripe.js';

/** The test cards of the reference server's test mode, in the order the checkout offers them. */
export const TEST_CARDS = ['pm_card_visa', 'pm_card_declined', 'pm_card_authentication_required'] as const;
/** One of {@link TEST_CARDS}. */
export type TestCard = (typeof TEST_CARDS)[number];

/** Why the card step failed, in the checkout's words; `message` is Stripe's own (localized) text when it has one. */
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

/**
 * The card part of a checkout. With Stripe, the Payment Element is mounted in the light DOM of
 * `lightHost` (Stripe refuses shadow roots) in a `<div slot="card-form">` the element projects
 * with a named slot; with the test provider, the checkout shows its own test card choice and
 * this class only passes the chosen token on.
 */
export class CardForm {
  private stripe: StripePort | undefined;
  private elements: ElementsPort | undefined;
  private paymentElement: PaymentElementPort | undefined;
  private container: HTMLElement | undefined;
  private mounted: string | undefined;
  /** The mount in progress or done, so a payment asked for meanwhile waits for it. */
  private mounting: Promise<void> | undefined;

  constructor(
    private readonly lightHost: () => HTMLElement,
    private readonly loader: () => StripeLoader,
  ) {}

  /**
   * Mounts the Payment Element for `amount` (again only when the amount, currency or key
   * changed). Rejects with a {@link CardError} `unavailable` when Stripe.js cannot be loaded.
   */
  mount(config: Extract<PaymentConfig, { provider: 'stripe' }>, price: CardAmount): Promise<void> {
    this.mounting = this.mountNow(config, price);
    return this.mounting;
  }

  private async mountNow(config: Extract<PaymentConfig, { provider: 'stripe' }>, price: CardAmount): Promise<void> {
    const key = `${config.publishableKey}|${price.amount}|${price.currency}|${price.locale}`;
    if (this.mounted === key && this.paymentElement) return;
    this.unmount();
    try {
      this.stripe = await this.loader()(config.publishableKey);
    } catch (error) {
      throw new CardError('unavailable', error instanceof Error ? error.message : String(error));
    }
    const locale = price.locale.split('-')[0] as 'auto';
    this.elements = this.stripe.elements({ mode: 'payment', amount: price.amount, currency: price.currency.toLowerCase(), locale });
    this.container = document.createElement('div');
    this.container.slot = 'card-form';
    this.lightHost().append(this.container);
    this.paymentElement = this.elements.create('payment', { layout: 'tabs' });
    this.paymentElement.mount(this.container);
    this.mounted = key;
  }

  /**
   * The payment method to charge under `config`: the chosen test card in test mode, else
   * Stripe's `pm_…` from what the customer typed. Rejects with a {@link CardError} `unavailable`
   * when the configuration is unknown or Stripe's form is not mounted (never a test card for a
   * Stripe tenant), `invalid` with Stripe's message for incomplete or refused card details.
   */
  async paymentMethod(config: PaymentConfig | undefined, testCard: TestCard): Promise<string> {
    if (config?.provider === 'test') return testCard;
    await this.mounting?.catch(() => undefined);
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
  unmount(): void {
    this.paymentElement?.destroy();
    this.container?.remove();
    this.paymentElement = undefined;
    this.elements = undefined;
    this.container = undefined;
    this.stripe = undefined;
    this.mounted = undefined;
    this.mounting = undefined;
  }
}
