import type { ApptClient } from '../../client/index.js';
import type { PaymentConfig, PurchaseReceipt } from '../../client/types.js';
import type { PaymentFlow } from '../payment/payment-flow.js';
import type { PendingPayment } from './pending-payment.js';
import { orderOf, purchaseRequest, type PurchaseChoice, type PurchaseRequest } from './purchase-request.js';

/** The payment flow of `<appt-checkout>`. */
export type CheckoutPaymentFlow = PaymentFlow<PurchaseRequest, PendingPayment>;

/** What the checkout's payment steps read from the checkout, and what they tell it. */
export interface CheckoutPaymentDeps {
  flow: () => CheckoutPaymentFlow;
  /** The payment configuration, waited for: a click before it arrived waits rather than fails. */
  config: () => Promise<PaymentConfig | undefined>;
  /** The customer's language and zone, for the purchase's e-mails. */
  audience: () => { locale: string; timeZone: string };
  /** The test provider asks for the visitor's "confirm" at the test bank. */
  awaitConfirmation: (receipt: PurchaseReceipt) => void;
  /** Paid (and booked): the confirmation, with where it was sent and, after a redirect, the title kept. */
  confirmed: (receipt: PurchaseReceipt, email: string | undefined, title?: string) => void;
  /** An attempt failed: the checkout says why and tells the host. */
  failed: (error: unknown) => void;
}

/**
 * The payment steps of `<appt-checkout>` on the shared {@link PaymentFlow}: pay an order (one
 * attempt, one `Idempotency-Key`, the hold booked in the same request), authenticate, confirm at
 * the test bank, and finish a payment back from the bank's page.
 */
export class CheckoutPayment {
  constructor(private readonly deps: CheckoutPaymentDeps) {}

  /** Pays `choice` once per attempt; `email` is where the confirmation goes, to say so. */
  async pay(client: ApptClient, choice: PurchaseChoice, email: string | undefined): Promise<void> {
    const flow = this.deps.flow();
    await flow.run(async () => {
      try {
        const attempt = await flow.attempt(orderOf(choice), () => this.request(choice));
        let receipt = await client.purchases.create(attempt.request, { idempotencyKey: attempt.key });
        if (receipt.paymentStatus === 'requires_action') receipt = await this.authenticate(client, receipt, choice.pkg.title, email);
        if (receipt.paymentStatus === 'succeeded') this.deps.confirmed(receipt, email);
      } catch (error) {
        this.deps.failed(error);
      }
    });
  }

  /** The request of a new attempt: by card, the payment method comes from the card form now. */
  private async request(choice: PurchaseChoice): Promise<PurchaseRequest> {
    const audience = this.deps.audience();
    if (choice.method !== 'card' || choice.nothingToPay) return purchaseRequest(choice, audience);
    const paymentMethod = await this.deps.flow().paymentMethod(await this.deps.config(), choice.testCard);
    return purchaseRequest(choice, audience, paymentMethod);
  }

  /**
   * A card that asks for authentication: Stripe shows its 3-D Secure dialog (or redirects); the
   * test provider waits for the visitor's "confirm" on the checkout's own step.
   */
  private async authenticate(client: ApptClient, receipt: PurchaseReceipt, title: string, email: string | undefined): Promise<PurchaseReceipt> {
    const flow = this.deps.flow();
    const proof = receipt.token ? { purchaseToken: receipt.token } : {};
    if (receipt.clientSecret && flow.usesStripe) {
      await flow.authenticate(receipt.clientSecret, { purchaseId: receipt.id, ...proof, packageId: receipt.packageId, title, ...(email ? { email } : {}) });
      return client.purchases.confirm(receipt.id, proof);
    }
    this.deps.awaitConfirmation(receipt);
    return receipt;
  }

  /** Test mode: the visitor confirmed `receipt` at the test bank. */
  async confirm(client: ApptClient, receipt: PurchaseReceipt, email: string | undefined): Promise<void> {
    await this.deps.flow().run(async () => {
      try {
        this.deps.confirmed(await client.purchases.confirm(receipt.id, receipt.token ? { purchaseToken: receipt.token } : {}), email);
      } catch (error) {
        this.deps.failed(error);
      }
    });
  }

  /** Finishes a payment that came back from a redirect (Stripe's return URL). */
  async resume(client: ApptClient, pending: PendingPayment): Promise<void> {
    try {
      const receipt = await client.purchases.confirm(pending.purchaseId, pending.purchaseToken ? { purchaseToken: pending.purchaseToken } : {});
      this.deps.confirmed(receipt, pending.email, pending.title);
    } catch (error) {
      this.deps.failed(error);
    }
  }
}
