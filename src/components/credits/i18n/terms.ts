import type { TermSet } from '../../../i18n/catalog.js';

/**
 * Every text of `<appt-credits>` in one language, beside the shared {@link Translation}. Each
 * key starts with `credits` so none replaces a shared text.
 */
export interface CreditsTerms extends TermSet {
  /** Accessible name and heading of the element. */
  creditsLabel: string;
  /** Above the sign-in form when nobody is signed in. */
  creditsSignIn: string;
  /** Announced while the balance and the credit packages load. */
  creditsLoading: string;
  /** The signed-in customer's credits balance, plural-aware. */
  creditsBalance(credits: number): string;
  /** Legend of the credit package choice. */
  creditsOffersLegend: string;
  /** The credits a package grants, plural-aware: "50 credits". */
  creditsAmount(credits: number): string;
  /** Shown when no credit package is on sale. */
  creditsEmpty: string;
  /** Title of the error box when loading failed. */
  creditsErrorTitle: string;
  /** Legend of the card form. */
  creditsCardLegend: string;
  /** Shown while Stripe.js loads. */
  creditsCardLoading: string;
  /** Stripe.js could not be loaded (offline, blocked). */
  creditsCardUnavailable: string;
  /** The reference server's test mode: no money moves. */
  creditsTestMode: string;
  /** The test cards of test mode. */
  creditsTestCards: { pm_card_visa: string; pm_card_declined: string; pm_card_authentication_required: string };
  /** The pay button; `price` is e.g. "€10.00". */
  creditsPay(price: string): string;
  /** The pay button while paying. */
  creditsPaying: string;
  /** Test mode: the card asks for authentication (3-D Secure). */
  creditsAuthenticateTitle: string;
  /** Test mode: the button completing the authentication. */
  creditsAuthenticateButton: string;
  /** After a redirect (3-D Secure), shown while the purchase completes. */
  creditsCompleting: string;
  /** The accessible wording of a campaign price beside the struck-through original: "was €50.00, now €45.00". */
  creditsWasNow(was: string, now: string): string;
  /** When the campaign lowering a price ends; `when` is a date and time with its zone named. */
  creditsCampaignEnds(when: string): string;
  /** Success, announced and shown: credits added (plural-aware), the amount `charged` (e.g. "€45.00") and the balance now. */
  creditsPurchased(credits: number, balance: number, charged: string): string;
  /** The card was declined. */
  creditsErrorDeclined: string;
  /** The payment's authentication failed or was cancelled. */
  creditsErrorAuthentication: string;
  /** The server did not answer; trying again does not charge twice. */
  creditsErrorNetwork: string;
  /** The sign-in expired: sign in again. */
  creditsErrorSignIn: string;
  /** The credit package is no longer on sale (the list is reloaded). */
  creditsErrorUnavailable: string;
  /** Anything else. */
  creditsErrorOther: string;
}
