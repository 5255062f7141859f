/**
 * The texts of the server's e-mails in one language. Terms that depend on a count are functions,
 * so each language applies its own plural rules; every language module is typed with this
 * interface, so a missing term fails the typecheck.
 */

/** The languages the server writes e-mail in. */
export type MailLanguage = 'en' | 'de' | 'tr' | 'ar';

/** How a purchase was paid, as the e-mail names it. */
export type MailedMethod = 'card' | 'credits' | 'free';

/** Every text of the e-mails in one language. */
export interface MailTerms {
  /** The language, e.g. `"de"`. */
  readonly $code: MailLanguage;
  /** Writing direction: right-to-left mails mark every line so that it reads right to left. */
  readonly $dir: 'ltr' | 'rtl';
  /** The locale `Intl` formats dates, times and money with, e.g. `"en-GB"`. */
  readonly $intl: string;

  /** The salutation; `name` may be empty. */
  greeting(name: string): string;

  /** Subject of the purchase confirmation. */
  orderSubject(title: string): string;
  /** First line of the purchase confirmation. */
  orderIntro(title: string, expert: string): string;
  /** Labels of the purchase facts. */
  orderNumberLabel: string;
  amountLabel: string;
  methodLabel: string;
  packageLabel: string;
  /** Names of the payment methods. */
  method: Record<MailedMethod, string>;
  /** The amount of a free purchase. */
  free: string;
  /** The amount of a purchase paid with credits, plural-aware. */
  credits(count: number): string;
  /** The label of the coupon line, before its code. */
  couponLabel: string;
  /** The gift credits a coupon adds, plural-aware. */
  giftCredits(count: number): string;
  /** A package's number of sessions, plural-aware. */
  sessions(count: number): string;
  /** The heading above the booked sessions, plural-aware. */
  bookedHeading(count: number): string;
  /** The sessions of the purchase still without a time, plural-aware. */
  sessionsLater(count: number): string;

  /** The heading of the `index`-th (1-based) session. */
  session(index: number): string;
  /** The label of a session's call link. */
  joinCall: string;
  /** The label of the address of a face-to-face meeting. */
  addressLabel: string;
  /** The closing note when every session has its call link. */
  joinWithLinks(minutes: number): string;
  /** The closing note without call links. */
  joinWithoutLinks(minutes: number): string;

  /** Subject of the confirmation of sessions booked after the purchase. */
  bookingSubject(title: string): string;
  /** First line of that confirmation, plural-aware. */
  bookingIntro(count: number, title: string, expert: string): string;

  /** The label of a booking's link to the page where it is rescheduled or cancelled. */
  manageBooking: string;
  /** Subject of the notice that a session was cancelled. */
  cancelSubject(title: string): string;
  /** First line of that notice: the session of `title` with `expert` is cancelled, at the customer's wish or by the business; its time follows. */
  cancelIntro(title: string, expert: string, by: 'customer' | 'business'): string;
  /** Whether the cancelled session went back to the package. */
  sessionReturned(returned: boolean): string;
  /** The label before the reason given for a cancellation. */
  reasonLabel: string;
  /** Subject of the notice that a session moved. */
  rescheduleSubject(title: string): string;
  /** First line of that notice: the session of `title` with `expert` moved; the new and the previous time follow. */
  rescheduleIntro(title: string, expert: string): string;
  /** Labels of the new and the previous time of a moved session. */
  newTimeLabel: string;
  previousTimeLabel: string;
  /** The links of the booking confirmation still work after a move. */
  rescheduleLinks: string;

  /** Subject of the notice that a purchase was refunded. */
  refundSubject(title: string): string;
  /** First line of that notice: the purchase of `title` with `expert` refunded (`full`), or its unused sessions. */
  refundIntro(title: string, expert: string, scope: 'full' | 'unused_sessions'): string;
  /** Labels of the refund facts: what went back, where to, when, and the sessions taken off the package. */
  refundAmountLabel: string;
  refundToLabel: string;
  refundDateLabel: string;
  refundSessionsLabel: string;
  /** Where a refund went: the card paid with, the credits balance, or nowhere (nothing was paid). */
  refundTo: Readonly<Record<'card' | 'credits' | 'none', string>>;
  /** The heading above the booked sessions a refund cancelled, plural-aware. */
  refundCancelledHeading(count: number): string;

  /** Subject of the receipt of a credit purchase; `title` is the credit package's. */
  creditReceiptSubject(title: string): string;
  /** First line of that receipt: the credits of `title` are on the customer's balance. */
  creditReceiptIntro(title: string): string;
  /** Labels of the receipt's facts: the credits added, the balance after them, and when they were bought. */
  creditsAddedLabel: string;
  balanceLabel: string;
  purchaseDateLabel: string;
  /** The label of the campaign line, before the campaign's title. */
  campaignLabel: string;

  /** Subject of the reminder of a booked session. */
  reminderSubject(title: string): string;
  /** How long until the session starts, e.g. "in 24 hours", plural-aware per unit. */
  reminderIn: Readonly<Record<'days' | 'hours' | 'minutes', (count: number) => string>>;
  /** The reminder's first line: the session of `title` with `expert` starts `when` (a `reminderIn` text); its time follows. */
  reminderIntro(title: string, expert: string, when: string): string;
  /** A face-to-face meeting: no call; the place is the address above (`atAddress`), else as agreed with `expert`. */
  inPerson(expert: string, atAddress: boolean): string;

  /** Subject of the sign-in code e-mail. */
  signInSubject: string;
  /** The line carrying the code. */
  signInCode(code: string): string;
  /** How long and how often the code works. */
  signInValidity(minutes: number): string;
  /** What to do with an unexpected code. */
  signInIgnore: string;
}
