import type { ElementsPort, PaymentElementPort, StripePort } from '../../../src/components/payment/stripe.js';

type ConfirmOptions = Parameters<StripePort['confirmPayment']>[0];

/**
 * A fake Stripe.js typed against the checkout's port (itself typed from @stripe/stripe-js):
 * records what the element did and answers as the test decides.
 */
export class FakeStripe implements StripePort {
  readonly elementsOptions: unknown[] = [];
  /** The amounts the mounted Elements group was updated to, in order. */
  readonly amountUpdates: number[] = [];
  readonly confirmCalls: ConfirmOptions[] = [];
  mountedInto: HTMLElement | undefined;
  /** How many Payment Elements were mounted (one per form shown; never two at once). */
  mounts = 0;
  destroyed = 0;
  /** The payment method `createPaymentMethod` answers, or its error message. */
  paymentMethod: { id: string } | { error: string } = { id: 'pm_fake_visa' };
  /** `confirmPayment`'s answer: success, or an error message. */
  confirmError: string | undefined;

  elements(options: Parameters<StripePort['elements']>[0]): ElementsPort {
    this.elementsOptions.push(options);
    const paymentElement: PaymentElementPort = {
      mount: (target) => {
        this.mountedInto = target as HTMLElement;
        this.mounts++;
      },
      destroy: () => {
        this.destroyed++;
      },
    };
    return {
      create: () => paymentElement,
      submit: async () => ({ selectedPaymentMethod: 'card' }),
      update: ({ amount }) => {
        this.amountUpdates.push(amount);
      },
    };
  }

  async createPaymentMethod(): ReturnType<StripePort['createPaymentMethod']> {
    const answer = this.paymentMethod;
    if ('error' in answer) return { error: { type: 'card_error', message: answer.error } };
    return { paymentMethod: { id: answer.id } as never };
  }

  async confirmPayment(options: ConfirmOptions): ReturnType<StripePort['confirmPayment']> {
    this.confirmCalls.push(options);
    if (this.confirmError) return { error: { type: 'card_error', message: this.confirmError } };
    return { paymentIntent: { id: 'pi_fake', status: 'succeeded' } as never };
  }
}
