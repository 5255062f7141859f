import { mailText } from './format.js';
import type { MailTerms } from './i18n/index.js';
import type { Mail } from './mailer.js';

/** The e-mail carrying a one-time sign-in code valid for `minutes`, in the reader's language. */
export function signInCodeMail(terms: MailTerms, to: string, code: string, minutes: number): Mail {
  const text = mailText(terms, [terms.signInCode(code), terms.signInValidity(minutes), terms.signInIgnore]);
  return { to, subject: terms.signInSubject, text };
}
