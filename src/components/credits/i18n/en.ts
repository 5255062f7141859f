import { plural } from '../../../core/plural.js';
import type { CreditsTerms } from './terms.js';

const credits = plural('en', { one: '# credit', other: '# credits' });

/** The texts of `<appt-credits>` in English. */
export const en: CreditsTerms = {
  $code: 'en',
  creditsLabel: 'Buy credits',
  creditsSignIn: 'Sign in to see your balance and buy credits.',
  creditsLoading: 'Loading your balance and the credit packages…',
  creditsBalance: (count) => `Your balance: ${credits(count)}`,
  creditsOffersLegend: 'Choose a credit package',
  creditsAmount: credits,
  creditsEmpty: 'No credit packages are on sale right now.',
  creditsErrorTitle: 'Your credits could not be loaded.',
  creditsCardLegend: 'Card',
  creditsCardLoading: 'Loading the secure card form…',
  creditsCardUnavailable: 'The card form could not be loaded. Check your connection and try again.',
  creditsTestMode: 'Test mode: no money moves. Choose how the test card behaves.',
  creditsTestCards: {
    pm_card_visa: 'Test card that succeeds',
    pm_card_declined: 'Test card that is declined',
    pm_card_authentication_required: 'Test card that asks for authentication',
  },
  creditsPay: (price) => `Pay ${price}`,
  creditsPaying: 'Paying…',
  creditsAuthenticateTitle: 'Your bank asks you to confirm this payment.',
  creditsAuthenticateButton: 'Confirm the payment (test)',
  creditsCompleting: 'Completing your purchase…',
  creditsWasNow: (was, now) => `was ${was}, now ${now}`,
  creditsCampaignEnds: (when) => `Ends ${when}`,
  creditsPurchased: (added, balance, charged) => `${credits(added)} added for ${charged}; your balance is ${credits(balance)}.`,
  creditsErrorDeclined: 'Your card was declined. Nothing was charged and no credits were added; try another card.',
  creditsErrorAuthentication: 'The payment was not confirmed. Nothing was charged; try again.',
  creditsErrorNetwork: 'The server could not be reached. Try again: you will not be charged twice.',
  creditsErrorSignIn: 'Your sign-in has expired. Please sign in again.',
  creditsErrorUnavailable: 'This credit package is no longer on sale. Nothing was charged; please choose another.',
  creditsErrorOther: 'Something went wrong. Nothing was charged; please try again.',
};
