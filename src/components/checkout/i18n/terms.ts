import type { TermSet } from '../../../i18n/catalog.js';

/** Every text of `<appt-checkout>` and its confirmation in one language, beside the shared {@link Translation}. */
export interface CheckoutTerms extends TermSet {
  /** Accessible name of the checkout. */
  checkoutLabel: string;
  /** Heading of the chosen times. */
  yourTimes: string;
  /** Shown when the purchase has no times yet. */
  noTimesChosen: string;
  /** Sessions of the package without a time: booked later; plural-aware. */
  sessionsLater(count: number): string;
  /** Legend of the payment method choice. */
  methodLegend: string;
  /** The card option; `price` is e.g. "€120.00". */
  methodCard(price: string): string;
  /** The credits option, plural-aware. */
  methodCredits(credits: number): string;
  /** The signed-in customer's credits balance, plural-aware. */
  balance(credits: number): string;
  /** Credits need an account. */
  creditsNeedSignIn: string;
  /** Signed in with too few credits, said before Pay: `balance` and `price` in credits. */
  creditsShort(balance: number, price: number): string;
  /** The way to buy credits offered then. */
  buyCredits: string;
  /** Legend of the guest's details. */
  guestLegend: string;
  nameLabel: string;
  emailLabel: string;
  phoneLabel: string;
  /** Help under the phone field: the E.164 format. */
  phoneHelp: string;
  /** Field errors. */
  nameRequired: string;
  emailInvalid: string;
  phoneInvalid: string;
  /** Legend of the card form. */
  cardLegend: string;
  /** Shown while Stripe.js loads. */
  cardLoading: string;
  /** Stripe.js could not be loaded (offline, blocked). */
  cardUnavailable: string;
  /** The reference server's test mode: no money moves. */
  testModeNotice: string;
  /** The test cards of test mode. */
  testCards: { pm_card_visa: string; pm_card_declined: string; pm_card_authentication_required: string };
  /** The pay button; `price` is e.g. "€120.00" or "5 credits". */
  pay(price: string): string;
  /** The pay button while paying. */
  paying: string;
  /** Test mode: the card asks for authentication (3-D Secure). */
  authenticateTitle: string;
  /** Test mode: the button completing the authentication. */
  authenticateButton: string;
  /** Errors a payer can meet. */
  errorDeclined: string;
  /** Too few credits: `balance` and `price` in credits. */
  errorInsufficientCredits(balance: number, price: number): string;
  /** The payment's authentication failed or was cancelled. */
  errorAuthentication: string;
  /** Someone else took a chosen time, or the hold expired. */
  errorSlotsLost: string;
  /** The button going back to the slot picker. */
  chooseOtherTimes: string;
  /** The server did not answer; nothing was charged twice on retry. */
  errorNetworkPay: string;
  /** The sign-in expired: sign in again. */
  errorSignIn: string;
  /** Anything else. */
  errorPayOther: string;
  /** Confirmation: paid, but the hold ran out before the times could be booked; they are booked later. */
  confirmedTimesLost: string;
  /** Confirmation heading. */
  confirmedTitle: string;
  /** Confirmation: where the e-mail went. */
  confirmationSent(email: string): string;
  /** Confirmation: the calendar download. */
  addToCalendar: string;
  /** Confirmation: a guest's call link of one session; `time` is e.g. "Sat, Oct 24, 10:00". */
  joinLink(time: string): string;
  /** Confirmation: after a redirect (3-D Secure), shown while the payment completes. */
  completingPayment: string;
  /** The time zone times are shown in; `zone` is its name. */
  timesInZone(zone: string): string;
}
