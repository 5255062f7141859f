import { hasStrings, RedirectStore } from '../payment/redirect-store.js';

/**
 * A checkout's card payment that left the page for the bank's authentication (a Stripe
 * redirect): what the checkout needs to finish it after the return.
 */
export interface PendingPayment {
  purchaseId: string;
  /** The purchase's proof, for a guest. */
  purchaseToken?: string;
  packageId: string;
  /** The package's title, for the confirmation. */
  title?: string;
  /** Where the confirmation is sent, to say so. */
  email?: string;
}

/** The checkout's payments away at the bank, in `sessionStorage` under their own key. */
export const pendingPayments = new RedirectStore<PendingPayment>('apptkit.pending-payment', (value): value is PendingPayment =>
  hasStrings(value, 'purchaseId', 'packageId'),
);
