import { plural } from '../../../core/plural.js';
import type { BookingTerms } from './terms.js';

/** The booking flow's texts in English. */
export const en: BookingTerms = {
  $code: 'en',
  bookingLabel: 'Book an appointment',
  steps: { packages: 'Package', times: 'Times', payment: 'Payment', done: 'Confirmation' },
  stepOf: (step, total, name) => `Step ${step} of ${total}: ${name}`,
  backToPackages: 'Back to packages',
  changeTimes: 'Change times',
  continueWith: plural('en', { one: 'Continue with # time', other: 'Continue with # times' }),
  continueWithout: 'Continue and choose times later',
  reserving: 'Reserving your times…',
  timeTaken: 'Someone just took one of these times. The times have been refreshed; please choose again.',
  holdFailed: 'Your times could not be reserved. Please try again.',
  chooseAgain: 'One of your times is no longer available. Nothing was charged; please choose again.',
  bookAnother: 'Book another appointment',
};
