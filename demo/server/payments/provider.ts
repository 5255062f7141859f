/**
 * The payment port: the server charges and refunds cards only through a {@link PaymentProvider}.
 * The reference server ships an offline test-mode provider; a Stripe one (PaymentIntents and
 * Refunds created with the same idempotency key) plugs in behind the same interface.
 */
import { createHash } from 'node:crypto';

/** What a payment's outcome is. */
export type PaymentStatus = 'succeeded' | 'failed' | 'requires_action';

/** One card charge to make. */
export interface PaymentRequest {
  /** In the smallest unit of `currency`. */
  amount: number;
  /** ISO 4217, uppercase. */
  currency: string;
  /** Forwarded to the provider so that a retried request never charges twice. */
  idempotencyKey: string;
  /** The provider's payment method reference (test mode: a test card token). */
  paymentMethod: string;
  /** Shown on the provider's dashboard. */
  description: string;
}

/** What a provider answers about a payment. */
export interface PaymentResult {
  /** Which provider handled it, e.g. `test` (offline test mode) or `stripe`. */
  provider: string;
  /** The provider's id of the payment. */
  paymentId: string;
  status: PaymentStatus;
  /** Why it failed (e.g. `card_declined`); null unless `failed`. */
  failureCode: string | null;
  /** What the browser needs to complete a `requires_action` payment (Stripe's client secret); else null. */
  clientSecret: string | null;
}

/**
 * What a provider answers about a refund. `succeeded`: the provider took it (the money reaches the
 * card in its own time); `failed`: it refused, nothing goes back.
 */
export interface RefundResult {
  /** Which provider handled it: `test`, `stripe`, or `none` when nothing had to go back. */
  provider: string;
  /** The provider's id of the refund. */
  refundId: string;
  status: 'succeeded' | 'failed';
  /** Why it failed (e.g. `charge_disputed`); null unless `failed`. */
  failureCode: string | null;
}

/** A card payment provider. */
export interface PaymentProvider {
  /** The provider's name as stored with payment attempts. */
  readonly name: string;
  /** Whether `paymentMethod` is a method this provider can charge (checked before charging). */
  acceptsPaymentMethod(paymentMethod: string): boolean;
  /** Creates and confirms a payment. */
  createPayment(request: PaymentRequest): Promise<PaymentResult>;
  /** Completes a payment that required action (e.g. 3-D Secure) once the customer has acted. */
  confirmPayment(paymentId: string, idempotencyKey: string): Promise<PaymentResult>;
  /**
   * Refunds `amount` (> 0, in the smallest unit of the payment's currency) of the succeeded payment
   * `paymentId`; the same `idempotencyKey` never refunds twice.
   */
  refund(paymentId: string, amount: number, idempotencyKey: string): Promise<RefundResult>;
}

/**
 * Charges `request` through `provider`, except a charge of 0 (a coupon took the whole price),
 * which succeeds at once without the provider (`provider: "none"`): card networks charge no 0.
 */
export function chargeThrough(provider: PaymentProvider, request: PaymentRequest): Promise<PaymentResult> {
  if (request.amount > 0) return provider.createPayment(request);
  return Promise.resolve({ provider: 'none', paymentId: `none:${request.idempotencyKey}`, status: 'succeeded', failureCode: null, clientSecret: null });
}

/**
 * Refunds `amount` of `paymentId` through `provider`, except a refund of 0 (nothing was paid, or
 * nothing is owed), which succeeds at once without the provider (`provider: "none"`).
 */
export function refundThrough(provider: PaymentProvider, paymentId: string, amount: number, idempotencyKey: string): Promise<RefundResult> {
  if (amount > 0) return provider.refund(paymentId, amount, idempotencyKey);
  return Promise.resolve({ provider: 'none', refundId: `none:${idempotencyKey}`, status: 'succeeded', failureCode: null });
}

/** The test card tokens of {@link testPaymentProvider} and their outcomes. */
export const TEST_CARDS: Readonly<Record<string, { status: PaymentStatus; failureCode: string | null }>> = {
  pm_card_visa: { status: 'succeeded', failureCode: null },
  pm_card_declined: { status: 'failed', failureCode: 'card_declined' },
  pm_card_authentication_required: { status: 'requires_action', failureCode: null },
};

/**
 * The offline **test-mode** provider: no money moves. The outcome is chosen by the test card
 * token; the payment id is derived from the idempotency key, so a retry gets the same payment.
 * Every refund of a test payment succeeds, its id derived from its idempotency key likewise.
 */
export function testPaymentProvider(): PaymentProvider {
  const idOf = (prefix: string, key: string) => `${prefix}_test_${createHash('sha256').update(key, 'utf8').digest('hex').slice(0, 24)}`;
  const paymentIdOf = (key: string) => idOf('pi', key);
  return {
    name: 'test',
    acceptsPaymentMethod: (paymentMethod) => Object.hasOwn(TEST_CARDS, paymentMethod),
    async createPayment(request) {
      const outcome = TEST_CARDS[request.paymentMethod];
      if (!outcome) throw new TypeError(`The test provider does not know the payment method "${request.paymentMethod}".`);
      return { provider: 'test', paymentId: paymentIdOf(request.idempotencyKey), ...outcome, clientSecret: null };
    },
    async confirmPayment(paymentId) {
      if (!paymentId.startsWith('pi_test_')) throw new TypeError(`"${paymentId}" is not a test-mode payment.`);
      return { provider: 'test', paymentId, status: 'succeeded', failureCode: null, clientSecret: null };
    },
    async refund(paymentId, amount, idempotencyKey) {
      if (!paymentId.startsWith('pi_test_')) throw new TypeError(`"${paymentId}" is not a test-mode payment.`);
      if (!Number.isSafeInteger(amount) || amount <= 0) throw new RangeError(`A refund needs a whole amount above 0 (got ${amount}).`);
      return { provider: 'test', refundId: idOf('re', idempotencyKey), status: 'succeeded', failureCode: null };
    },
  };
}
