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
  /** A price in credits, plural-aware: "5 credits". */
  creditsPrice(credits: number): string;
  /** A package with fee 0: nothing to pay, said above the button. */
  freeNotice: string;
  /** The button of a package with fee 0. */
  confirmFree: string;
  /** That button while the booking is sent. */
  confirming: string;
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
  /** Confirmation: where the e-mail went (only when the server says it really went out). */
  confirmationSent(email: string): string;
  /** Confirmation: an e-mail went out, to an address this page does not know. */
  confirmationSentSomewhere: string;
  /** Confirmation: no e-mail went out; the details are on this page. */
  emailNotSent: string;
  /** Confirmation, signed in: no e-mail went out; the details are on this page and in "my bookings". */
  emailNotSentSignedIn: string;
  /** Confirmation: label of the order number (the purchase id). */
  orderNumber: string;
  /** Confirmation: label of the amount paid. */
  amountPaid: string;
  /** Confirmation: the amount of a package with fee 0. */
  amountFree: string;
  /** Confirmation: label of the payment method. */
  paymentMethod: string;
  /** Confirmation: the payment method's name. */
  paidWith: { card: string; credits: string; free: string };
  /** Confirmation: paid without choosing times; `count` sessions are to be booked later, plural-aware. */
  sessionsToBook(count: number): string;
  /** Confirmation, signed in: where the sessions still to book are booked. */
  bookLaterWhere: string;
  /** Confirmation, guest: where the sessions still to book are booked, after signing in with the e-mail address. */
  bookLaterWhereGuest: string;
  /** Calendar file: where a session happens when there is no call link; `in_person` also for a face-to-face meeting without an address. */
  places: { video: string; audio: string; phone: string; in_person: string };
  /** Summary and confirmation: the label of a face-to-face meeting's address. */
  addressLabel: string;
  /** Calendar file: the expert, e.g. "With Ada Lovelace". */
  calendarExpert(name: string): string;
  /** Calendar file: the call link, e.g. "Call link: https://…". */
  calendarCallLink(url: string): string;
  /** Confirmation: the calendar download. */
  addToCalendar: string;
  /** Confirmation: a guest's call link of one session; `time` is e.g. "Sat, Oct 24, 10:00". */
  joinLink(time: string): string;
  /** Confirmation: after a redirect (3-D Secure), shown while the payment completes. */
  completingPayment: string;
  /** The time zone times are shown in; `zone` is its name. */
  timesInZone(zone: string): string;
  /**
   * The booking policy in words: until how many hours before each session it can be cancelled
   * (free when the session goes back to the package; `returned` undefined when not known) and
   * moved; 0 hours is until the session starts.
   */
  bookingPolicy(policy: { cancelHours: number; rescheduleHours: number; returned: boolean | undefined }): string;
}
