import type { TermSet } from '../../../i18n/catalog.js';

/** Every text of `<appt-sign-in>` in one language, beside the shared {@link Translation}. */
export interface SignInTerms extends TermSet {
  /** Heading of the sign-in form. */
  signInTitle: string;
  /** The line under the heading: how signing in works. */
  signInIntro: string;
  /** Label of the e-mail field. */
  signInEmailLabel: string;
  /** Label of the optional name field. */
  signInNameLabel: string;
  /** The button asking for a code. */
  signInSendCode: string;
  /** The send button while the code is being requested. */
  signInSending: string;
  /** After the code was sent; `email` is the address it went to. */
  signInCodeSent(email: string): string;
  /** When the code lapses; `time` is e.g. "10:42 AM". */
  signInCodeExpires(time: string): string;
  /** Label of the code field. */
  signInCodeLabel: string;
  /** The button trading the code for a sign-in. */
  signInVerify: string;
  /** The verify button while the code is checked. */
  signInVerifying: string;
  /** The button asking for another code to the same address. */
  signInResend: string;
  /** Announced when another code was sent. */
  signInResent: string;
  /** The button going back to the e-mail field. */
  signInOtherEmail: string;
  /** The e-mail field is empty. */
  signInEmailMissing: string;
  /** The e-mail field holds something that is not an address. */
  signInEmailInvalid: string;
  /** The code field does not hold six digits. */
  signInCodeFormat: string;
  /** The server refused the code. */
  signInCodeWrong: string;
  /** The code has lapsed. */
  signInCodeExpired: string;
  /** Too many attempts; `time` is when to try again, e.g. "10:42 AM". */
  signInRateLimitedUntil(time: string): string;
  /** Too many attempts, without a known time to try again. */
  signInRateLimited: string;
  /** Error title above a failed request. */
  signInErrorTitle: string;
  /** Shown while an existing sign-in is checked. */
  signInChecking: string;
  /** Once signed in; `who` is the customer's name or e-mail. */
  signInSignedInAs(who: string): string;
  /** The customer's credits balance, plural-aware. */
  signInCredits(count: number): string;
  /** The sign-out button. */
  signInSignOut: string;
  /** Announced after signing in. */
  signInDone: string;
  /** Announced after signing out. */
  signInSignedOut: string;
}
