import type { PaymentFailure, PaymentFailureReason } from './payment-failure.js';

/** A failed payment, in the element's words. */
export interface PayError {
  message: string;
  /** The support reference of an unexpected failure. */
  detail?: string;
  /** Slots lost: offer to choose again instead of paying again. */
  slotsLost?: boolean;
}

/** The sentences an element says about failed payments, in its language. */
export interface PaymentWords {
  cardUnavailable: string;
  authentication: string;
  declined: string;
  network: string;
  signIn: string;
  other: string;
  /** The label of the support reference ("Reference"). */
  reference: string;
  /** Too few credits; without it, the `other` sentence. */
  insufficientCredits?: (balance: number, price: number | undefined) => string;
  /** A chosen time was taken; without it, the `other` sentence. */
  slotsLost?: string;
}

/** What an element says about a failed attempt: Stripe's own text for refused card details, else its own sentence. */
export function failureMessage(failure: PaymentFailure, words: PaymentWords): PayError {
  const messages: Record<PaymentFailureReason, string> = {
    card_unavailable: words.cardUnavailable,
    card_invalid: failure.cardMessage ?? words.other,
    authentication_failed: words.authentication,
    payment_declined: words.declined,
    insufficient_credits: words.insufficientCredits?.(failure.balance ?? 0, failure.price) ?? words.other,
    slots_lost: words.slotsLost ?? words.other,
    signed_out: words.signIn,
    network: words.network,
    other: words.other,
  };
  return {
    message: messages[failure.reason],
    ...(failure.reason === 'slots_lost' && words.slotsLost ? { slotsLost: true } : {}),
    ...(failure.reason === 'other' && failure.requestId ? { detail: `${words.reference}: ${failure.requestId}` } : {}),
  };
}
