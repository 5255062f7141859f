import type { Mail } from './mailer.js';

/** The e-mail carrying a one-time sign-in code valid for `minutes`. */
export function signInCodeMail(to: string, code: string, minutes: number): Mail {
  const text = [
    `Your sign-in code is ${code}.`,
    `It is valid for ${minutes} minutes and works once. Enter it where you asked to sign in.`,
    'If you did not ask to sign in, ignore this e-mail: nobody can sign in as you without the code.',
  ].join('\n\n');
  return { to, subject: 'Your sign-in code', text: `${text}\n` };
}
