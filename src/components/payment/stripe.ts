/**
 * The port between the payment flow and Stripe.js: the few calls it makes, typed from
 * `@stripe/stripe-js`'s own declarations (a change of their signatures breaks compilation here),
 * and a loader that imports `@stripe/stripe-js/pure` only when a card is asked for. Tests give the
 * elements a fake {@link StripeLoader}.
 */
import type {
  ConfirmPaymentData,
  CreatePaymentMethodFromElements,
  PaymentIntentResult,
  PaymentMethodResult,
  Stripe,
  StripeElements,
  StripeElementsOptionsMode,
  StripePaymentElement,
  StripePaymentElementOptions,
} from '@stripe/stripe-js';

/** The Payment Element as the payment flow uses it. */
export type PaymentElementPort = Pick<StripePaymentElement, 'mount' | 'destroy'>;

/**
 * Stripe's Elements group as the payment flow uses it: one Payment Element, validated by
 * `submit()`, its amount updated in place when a coupon changes the price.
 */
export interface ElementsPort {
  create(type: 'payment', options?: StripePaymentElementOptions): PaymentElementPort;
  submit: StripeElements['submit'];
  update(options: { amount: number }): void;
}

/** The part of a `Stripe` instance the payment flow uses. */
export interface StripePort {
  /** Deferred-intent Elements: the amount and currency are known, the PaymentIntent is created by the server. */
  elements(options: StripeElementsOptionsMode): ElementsPort;
  /** Turns what the Payment Element collected into a `pm_…` the server charges (Stripe's `CreatePaymentMethodFromElements`). */
  createPaymentMethod(options: Omit<CreatePaymentMethodFromElements, 'elements'> & { elements: ElementsPort }): Promise<PaymentMethodResult>;
  /** Completes a payment that requires action (3-D Secure), redirecting only when the method needs it. */
  confirmPayment(options: {
    clientSecret: string;
    confirmParams?: Partial<ConfirmPaymentData>;
    redirect: 'if_required';
  }): Promise<PaymentIntentResult>;
}

/** Loads Stripe.js for a publishable key. */
export type StripeLoader = (publishableKey: string) => Promise<StripePort>;

/** Stripe.js checked against the port at compile time. */
const fromStripe = (stripe: Stripe): StripePort => stripe;

/** How long Stripe.js may take to load before the element says so (it never settles offline). */
export const STRIPE_LOAD_TIMEOUT_MS = 15_000;

/**
 * Imports `@stripe/stripe-js/pure` (its own lazy chunk) and loads Stripe.js from js.stripe.com,
 * giving up after `timeoutMs`: `loadStripe` never settles when the script cannot be fetched.
 */
export function loadStripeJs(publishableKey: string, timeoutMs = STRIPE_LOAD_TIMEOUT_MS): Promise<StripePort> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`apptkit: Stripe.js did not load within ${timeoutMs / 1000} s.`)), timeoutMs);
  });
  const load = import('@stripe/stripe-js/pure').then(async ({ loadStripe }) => {
    const stripe = await loadStripe(publishableKey);
    if (!stripe) throw new Error('apptkit: Stripe.js is not available here (loaded outside a browser).');
    return fromStripe(stripe);
  });
  return Promise.race([load, timeout]).finally(() => clearTimeout(timer));
}
