import type { ReactiveControllerHost } from 'lit';
import type { ApptClient } from '../../client/index.js';
import { isApiError } from '../../client/errors.js';
import type { CreditOffer, CreditPurchaseReceipt, PaymentConfig } from '../../client/types.js';
import { ApptPaymentFailedEvent } from '../../events/payment-failed.js';
import type { CustomerSession } from '../../context/customer-session.js';
import { shownZone } from '../customer/visitor-zone.js';
import type { TestCard } from '../payment/card-form.js';
import type { PaymentFlow } from '../payment/payment-flow.js';
import { isUnknownOutcome } from '../payment/payment-failure.js';
import { asCustomer, isSignedOutError, SIGNED_OUT } from '../customer/as-customer.js';
import type { SessionEpoch } from '../customer/session-epoch.js';
import type { PendingCreditPurchase } from './pending-purchase.js';

/** The body of `POST /v1/credit-purchases`: kept per attempt, so a retry sends the very same request. */
export type CreditPurchaseRequest = Parameters<ApptClient['creditPackages']['purchase']>[0];

/** The payment flow of `<appt-credits>`. */
export type CreditsPaymentFlow = PaymentFlow<CreditPurchaseRequest, PendingCreditPurchase>;

/**
 * Where a purchase is: choosing and paying, waiting for the test bank's confirmation, or retrying
 * the confirmation after a lost answer (a redirect's return is the payment flow's).
 */
export type PurchaseStep = 'choose' | 'authenticate' | 'finishing';

/** What a credit purchase reads from `<appt-credits>`, and what it tells it. */
export interface CreditPurchaseDeps {
  client: () => ApptClient | Error | undefined;
  session: () => CustomerSession;
  /** The element's session changes: a token renewed by the purchase is its own. */
  epoch: SessionEpoch;
  /** The chosen credit package, while on sale. */
  offer: () => CreditOffer | undefined;
  testCard: () => TestCard;
  /** The applied coupon's code, sent with the purchase. */
  coupon: () => { couponCode?: string };
  /** The coupon takes the whole price: no card is charged, so none is asked for. */
  nothingToPay: () => boolean;
  /** The purchase refused the coupon code (its reason shows in the field): answers whether `error` was that. */
  couponRefused: (error: unknown) => boolean;
  config: () => PaymentConfig | undefined;
  locale: () => string;
  /** "This credit package is no longer on sale", in the element's language. */
  withdrawnMessage: () => string;
  /** Paid: the element announces the credits and the new balance and tells the host. */
  purchased: (receipt: CreditPurchaseReceipt) => void;
  /** The package was withdrawn meanwhile: the element clears the choice and loads the packages again. */
  withdrawn: () => void;
  /** Moves the focus to the element's part after the next render. */
  focus: (selector: string) => void;
  emit: (event: Event) => void;
}

/**
 * The purchase steps of `<appt-credits>` on the shared {@link PaymentFlow}: pay for the chosen
 * credit package (one attempt, one `Idempotency-Key`), authenticate, and confirm — after the test
 * bank, after a lost answer, or after a redirect's return.
 */
export class CreditPurchase {
  private step_: PurchaseStep = 'choose';
  /** The purchase waiting for its confirmation. */
  private pending: PendingCreditPurchase | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly flow: () => CreditsPaymentFlow,
    private readonly deps: CreditPurchaseDeps,
  ) {}

  /** Where the purchase is. */
  get step(): PurchaseStep {
    return this.step_;
  }

  private set step(step: PurchaseStep) {
    this.step_ = step;
    this.host.requestUpdate();
  }

  /** The form's submit: pay while choosing, else confirm the purchase waiting for it. */
  submit(): Promise<void> {
    return this.step === 'choose' ? this.pay() : this.finish();
  }

  /** Finishes a purchase back from the bank's page. */
  resume(pending: PendingCreditPurchase): Promise<void> {
    this.pending = pending;
    return this.finish();
  }

  /** Pays for the chosen credit package: one attempt, one `Idempotency-Key`. */
  async pay(): Promise<void> {
    const { deps } = this;
    const flow = this.flow();
    const client = deps.client();
    const offer = deps.offer();
    if (flow.paying || this.step !== 'choose' || !offer || !client || client instanceof Error) return;
    const testCard = deps.testCard();
    const coupon = deps.coupon();
    await flow.run(async () => {
      try {
        const attempt = await flow.attempt(JSON.stringify([offer.id, testCard, coupon.couponCode ?? null]), async () => ({
          creditPackageId: offer.id,
          ...(deps.nothingToPay() ? {} : { paymentMethod: await flow.paymentMethod(deps.config(), testCard) }),
          ...coupon,
          locale: deps.locale(),
          timeZone: shownZone(),
        }));
        const session = deps.session();
        const purchase = () => client.creditPackages.purchase(attempt.request, { idempotencyKey: attempt.key });
        const answer = await deps.epoch.act(() => asCustomer(session, purchase));
        if (answer === SIGNED_OUT) return this.fail(offer.id, undefined);
        let receipt = answer;
        if (receipt.paymentStatus === 'requires_action') receipt = await this.authenticate(client, receipt);
        if (receipt.paymentStatus === 'succeeded') this.succeed(receipt);
      } catch (error) {
        this.fail(offer.id, error);
      }
    });
  }

  /**
   * A card that asks for authentication: Stripe shows its 3-D Secure dialog (or redirects), then
   * the purchase is confirmed; the test provider waits for the customer's "confirm" step.
   */
  private async authenticate(client: ApptClient, receipt: CreditPurchaseReceipt): Promise<CreditPurchaseReceipt> {
    const flow = this.flow();
    const pending = { purchaseId: receipt.id, creditPackageId: receipt.creditPackageId };
    flow.endAttempt(); // The purchase exists now; what is left is its confirmation.
    this.pending = pending;
    if (!receipt.clientSecret || !flow.usesStripe) {
      this.step = 'authenticate';
      this.deps.focus('[part~="pay-button"]');
      return receipt;
    }
    try {
      await flow.authenticate(receipt.clientSecret, pending);
    } catch (error) {
      this.pending = undefined;
      throw error;
    }
    try {
      const paid = await client.creditPackages.confirm(receipt.id);
      this.pending = undefined;
      return paid;
    } catch (error) {
      // Authenticated at the bank: only the confirmation is left to retry.
      if (isUnknownOutcome(error)) this.step = 'finishing';
      else this.pending = undefined;
      throw error;
    }
  }

  /** Confirms the purchase waiting for it: the test bank's step, a retry after a lost answer, or a redirect's return. */
  async finish(): Promise<void> {
    const pending = this.pending;
    const client = this.deps.client();
    if (!pending || !client || client instanceof Error) return;
    await this.flow().run(async () => {
      try {
        this.succeed(await client.creditPackages.confirm(pending.purchaseId));
      } catch (error) {
        const retry = isUnknownOutcome(error) || isSignedOutError(error);
        this.step = retry ? 'finishing' : 'choose';
        if (!retry) this.pending = undefined;
        this.fail(pending.creditPackageId, error);
      }
    });
  }

  private succeed(receipt: CreditPurchaseReceipt): void {
    this.step = 'choose';
    this.pending = undefined;
    this.flow().endAttempt();
    this.flow().showError(undefined);
    this.deps.purchased(receipt);
  }

  /**
   * Shows what went wrong, tells the host, and lets the flow decide whether the next try is a new
   * attempt (`error` undefined: the server refused the customer's sign-in and the sign-in form shows).
   */
  private fail(creditPackageId: string, error: unknown): void {
    const { deps } = this;
    const flow = this.flow();
    if (deps.couponRefused(error)) {
      flow.showError(undefined);
      flow.endAttempt();
      deps.emit(new ApptPaymentFailedEvent(creditPackageId, 'card', 'other'));
      return;
    }
    deps.focus('[part~="pay-error"]');
    if (isApiError(error) && error.status === 422 && error.fieldErrors.some((e) => e.field === 'creditPackageId')) {
      flow.showError({ message: deps.withdrawnMessage() });
      flow.endAttempt();
      deps.withdrawn();
      deps.emit(new ApptPaymentFailedEvent(creditPackageId, 'card', 'other'));
      return;
    }
    const failure = flow.fail(error, error === undefined ? { reason: 'signed_out', code: 'other', unknownOutcome: false } : undefined);
    if (failure.reason === 'signed_out' && error !== undefined) void deps.session().renew();
    deps.emit(new ApptPaymentFailedEvent(creditPackageId, 'card', failure.code, failure.declineCode));
  }
}
