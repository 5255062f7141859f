import type { CheckoutTexts } from './i18n/catalog.js';
import type { PayError } from './notices.js';
import type { PaymentFailure, PaymentFailureReason } from './payment/payment-failure.js';

/** What the checkout says about a failed attempt; `credits` is the package's price in credits. */
export function failureMessage(failure: PaymentFailure, t: CheckoutTexts, credits: number): PayError {
  const messages: Record<PaymentFailureReason, string> = {
    card_unavailable: t.cardUnavailable,
    card_invalid: failure.cardMessage ?? t.errorPayOther,
    authentication_failed: t.errorAuthentication,
    payment_declined: t.errorDeclined,
    insufficient_credits: t.errorInsufficientCredits(failure.balance ?? 0, failure.price ?? credits),
    slots_lost: t.errorSlotsLost,
    signed_out: t.errorSignIn,
    network: t.errorNetworkPay,
    other: t.errorPayOther,
  };
  return {
    message: messages[failure.reason],
    ...(failure.reason === 'slots_lost' ? { slotsLost: true } : {}),
    ...(failure.reason === 'other' && failure.requestId ? { detail: `${t.errorReference}: ${failure.requestId}` } : {}),
  };
}
