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
  /** The closing note when every session has its call link. */
  joinWithLinks(minutes: number): string;
  /** The closing note without call links. */
  joinWithoutLinks(minutes: number): string;

  /** Subject of the confirmation of sessions booked after the purchase. */
  bookingSubject(title: string): string;
  /** First line of that confirmation, plural-aware. */
  bookingIntro(count: number, title: string, expert: string): string;

  /** Subject of the sign-in code e-mail. */
  signInSubject: string;
  /** The line carrying the code. */
  signInCode(code: string): string;
  /** How long and how often the code works. */
  signInValidity(minutes: number): string;
  /** What to do with an unexpected code. */
  signInIgnore: string;
}
