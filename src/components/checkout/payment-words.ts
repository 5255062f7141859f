import type { PaymentWords } from '../payment/failure-message.js';
import type { CheckoutTexts } from './i18n/catalog.js';

/** What the checkout says about failed payments; `credits` is the package's price in credits. */
export function checkoutPaymentWords(t: CheckoutTexts, credits: number): PaymentWords {
  return {
    cardUnavailable: t.cardUnavailable,
    authentication: t.errorAuthentication,
    declined: t.errorDeclined,
    network: t.errorNetworkPay,
    signIn: t.errorSignIn,
    other: t.errorPayOther,
    reference: t.errorReference,
    insufficientCredits: (balance, price) => t.errorInsufficientCredits(balance, price ?? credits),
    slotsLost: t.errorSlotsLost,
  };
}
