import type { TermSet } from '../../../i18n/catalog.js';

/** Every text of `<appt-booking>`'s own frame in one language (its steps bring their own). */
export interface BookingTerms extends TermSet {
  /** Accessible name of the booking flow. */
  bookingLabel: string;
  /** The steps, for the progress line. */
  steps: { packages: string; times: string; payment: string; done: string };
  /** "Step 2 of 3: Times". */
  stepOf(step: number, total: number, name: string): string;
  /** Back to the package list. */
  backToPackages: string;
  /** Back from the checkout to the times. */
  changeTimes: string;
  /** Continue with the chosen times, plural-aware. */
  continueWith(count: number): string;
  /** Continue without choosing times (they are booked later). */
  continueWithout: string;
  /** Shown while the chosen times are reserved. */
  reserving: string;
  /** The reservation failed because a time was taken meanwhile. */
  timeTaken: string;
  /** The reservation failed for another reason. */
  holdFailed: string;
  /** After the checkout lost the times: choose again. */
  chooseAgain: string;
  /** Start over after a confirmation. */
  bookAnother: string;
}
