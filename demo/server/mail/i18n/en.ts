import { plural } from '../../../../src/core/plural.js';
import type { MailTerms } from './terms.js';

/** The e-mails in English (dates as in the UK: "Tue, 16 Mar 2027"). */
export const en: MailTerms = {
  $code: 'en',
  $dir: 'ltr',
  $intl: 'en-GB',
  greeting: (name) => (name === '' ? 'Hello,' : `Hello ${name},`),
  orderSubject: (title) => `Order confirmed: ${title}`,
  orderIntro: (title, expert) => `Thank you for your order. Your purchase of "${title}" with ${expert} is confirmed.`,
  orderNumberLabel: 'Order number',
  amountLabel: 'Amount',
  methodLabel: 'Payment method',
  packageLabel: 'Package',
  method: { card: 'Card', credits: 'Credits', free: 'Free' },
  free: 'Free',
  credits: plural('en', { one: '# credit', other: '# credits' }),
  couponLabel: 'Coupon',
  giftCredits: plural('en', { one: '+# gift credit', other: '+# gift credits' }),
  sessions: plural('en', { one: '# session', other: '# sessions' }),
  bookedHeading: plural('en', { one: 'Your booked session:', other: 'Your booked sessions:' }),
  sessionsLater: plural('en', {
    one: '# session to book later: book it on the site where you bought this package.',
    other: '# sessions to book later: book them on the site where you bought this package.',
  }),
  session: (index) => `Session ${index}`,
  joinCall: 'Join the call',
  joinWithLinks: (minutes) => `Joining opens ${minutes} minutes before each session. Each link admits you to its session only; do not share it.`,
  joinWithoutLinks: (minutes) => `Join each session from the site where you booked it; joining opens ${minutes} minutes before the start.`,
  bookingSubject: (title) => `Booking confirmed: ${title}`,
  bookingIntro: (count, title, expert) =>
    count === 1 ? `Your session of "${title}" with ${expert} is booked.` : `Your ${count} sessions of "${title}" with ${expert} are booked.`,
  signInSubject: 'Your sign-in code',
  signInCode: (code) => `Your sign-in code is ${code}.`,
  signInValidity: (minutes) => `It is valid for ${minutes} minutes and works once. Enter it where you asked to sign in.`,
  signInIgnore: 'If you did not ask to sign in, ignore this e-mail: nobody can sign in as you without the code.',
};
