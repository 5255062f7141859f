import type { PaymentWords } from '../payment/failure-message.js';
import type { CreditsTexts } from './i18n/catalog.js';

/** What `<appt-credits>` says about failed payments. */
export function creditsPaymentWords(t: CreditsTexts): PaymentWords {
  return {
    cardUnavailable: t.creditsCardUnavailable,
    authentication: t.creditsErrorAuthentication,
    declined: t.creditsErrorDeclined,
    network: t.creditsErrorNetwork,
    signIn: t.creditsErrorSignIn,
    other: t.creditsErrorOther,
    reference: t.errorReference,
  };
}
