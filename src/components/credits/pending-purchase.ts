import { hasStrings, RedirectStore } from '../payment/redirect-store.js';

/** A credit purchase whose card left the page for the bank's authentication (a Stripe redirect): ids only. */
export interface PendingCreditPurchase {
  purchaseId: string;
  creditPackageId: string;
}

/** The credit purchases away at the bank, in `sessionStorage` under their own key, apart from the checkout's. */
export const pendingCreditPurchases = new RedirectStore<PendingCreditPurchase>('apptkit.pending-credit-purchase', (value): value is PendingCreditPurchase =>
  hasStrings(value, 'purchaseId', 'creditPackageId'),
);
