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
  addressLabel: 'Address',
  joinWithLinks: (minutes) => `Joining opens ${minutes} minutes before each session. Each link admits you to its session only; do not share it.`,
  joinWithoutLinks: (minutes) => `Join each session from the site where you booked it; joining opens ${minutes} minutes before the start.`,
  bookingSubject: (title) => `Booking confirmed: ${title}`,
  bookingIntro: (count, title, expert) =>
    count === 1 ? `Your session of "${title}" with ${expert} is booked.` : `Your ${count} sessions of "${title}" with ${expert} are booked.`,
  manageBooking: 'Reschedule or cancel',
  cancelSubject: (title) => `Session cancelled: ${title}`,
  cancelIntro: (title, expert, by) =>
    by === 'customer' ? `Your session of "${title}" with ${expert} is cancelled, as you asked:` : `We are sorry: your session of "${title}" with ${expert} has been cancelled:`,
  sessionReturned: (returned) =>
    returned ? 'The session is back in your package: book a new time on the site where you bought it.' : 'The session was not returned to your package.',
  reasonLabel: 'Reason',
  rescheduleSubject: (title) => `Session moved: ${title}`,
  rescheduleIntro: (title, expert) => `Your session of "${title}" with ${expert} has moved.`,
  newTimeLabel: 'New time',
  previousTimeLabel: 'Previously',
  rescheduleLinks: 'The links in your booking confirmation stay valid for the new time.',
  refundSubject: (title) => `Refund: ${title}`,
  refundIntro: (title, expert, scope) =>
    scope === 'full' ? `Your purchase of "${title}" with ${expert} has been refunded.` : `The unused sessions of your purchase of "${title}" with ${expert} have been refunded.`,
  refundAmountLabel: 'Refunded',
  refundToLabel: 'Refunded to',
  refundDateLabel: 'Date',
  refundSessionsLabel: 'Sessions refunded',
  refundTo: {
    card: 'The card you paid with (it may take a few business days to show)',
    credits: 'Your credits balance',
    none: 'Nothing to pay back: nothing was paid',
  },
  refundCancelledHeading: plural('en', { one: 'This booked session is cancelled with the refund:', other: 'These booked sessions are cancelled with the refund:' }),
  creditReceiptSubject: (title) => `Receipt: ${title}`,
  creditReceiptIntro: (title) => `Thank you for your purchase. The credits of "${title}" are on your balance.`,
  creditsAddedLabel: 'Credits added',
  balanceLabel: 'New balance',
  purchaseDateLabel: 'Date',
  campaignLabel: 'Campaign',
  reminderSubject: (title) => `Reminder: ${title}`,
  reminderIn: {
    days: plural('en', { one: 'in # day', other: 'in # days' }),
    hours: plural('en', { one: 'in # hour', other: 'in # hours' }),
    minutes: plural('en', { one: 'in # minute', other: 'in # minutes' }),
  },
  reminderIntro: (title, expert, when) => `Your session of "${title}" with ${expert} starts ${when}:`,
  inPerson: (expert, atAddress) =>
    atAddress
      ? `You meet ${expert} in person at this address; there is no call to join.`
      : `You meet ${expert} in person, at the place agreed when you booked; there is no call to join.`,
  signInSubject: 'Your sign-in code',
  signInCode: (code) => `Your sign-in code is ${code}.`,
  signInValidity: (minutes) => `It is valid for ${minutes} minutes and works once. Enter it where you asked to sign in.`,
  signInIgnore: 'If you did not ask to sign in, ignore this e-mail: nobody can sign in as you without the code.',
};
