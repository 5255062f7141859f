import { isPaymentReturn } from '../checkout/pending-payment.js';

/**
 * A credit purchase whose card left the page for the bank's authentication (a Stripe redirect).
 * Kept in `sessionStorage` — as long as the tab, never longer — under its own key, apart from the
 * checkout's, and removed as soon as it is used. It holds ids only: no client secret.
 */
export interface PendingCreditPurchase {
  purchaseId: string;
  creditPackageId: string;
}

const KEY = 'apptkit.pending-credit-purchase';

/** Remembers the purchase before `stripe.confirmPayment` may redirect. */
export function rememberCreditPurchase(pending: PendingCreditPurchase): void {
  try {
    sessionStorage.setItem(KEY, JSON.stringify(pending));
  } catch {
    // Storage blocked: the redirect path then cannot resume here; nothing is charged twice.
  }
}

/** Forgets the purchase once it is finished on this page (no redirect happened). */
export function forgetCreditPurchase(): void {
  try {
    sessionStorage.removeItem(KEY);
  } catch {
    // Storage blocked: nothing was kept.
  }
}

/**
 * The credit purchase to finish when this page is Stripe's return URL and this tab started one.
 * The record and Stripe's query parameters are removed, so a reload does not finish it twice.
 * Without a record of ours, the page is left alone (the return may be the checkout's).
 */
export function takeCreditPurchase(location: Location = window.location): PendingCreditPurchase | undefined {
  if (!isPaymentReturn(location)) return undefined;
  let parsed: unknown;
  try {
    const stored = sessionStorage.getItem(KEY);
    if (stored === null) return undefined;
    sessionStorage.removeItem(KEY);
    parsed = JSON.parse(stored);
  } catch {
    return undefined;
  }
  const url = new URL(location.href);
  for (const name of ['payment_intent', 'payment_intent_client_secret', 'redirect_status']) url.searchParams.delete(name);
  history.replaceState(history.state, '', url);
  return isPending(parsed) ? parsed : undefined;
}

function isPending(value: unknown): value is PendingCreditPurchase {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record.purchaseId === 'string' && typeof record.creditPackageId === 'string';
}
