/**
 * A card payment that left the page for the bank's authentication (a Stripe redirect). What the
 * checkout needs to finish it after the return is kept in `sessionStorage` — it lasts as long as
 * the tab, never longer — and removed as soon as it is used.
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

const KEY = 'apptkit.pending-payment';

/** Remembers the payment before `stripe.confirmPayment` may redirect. */
export function rememberPendingPayment(pending: PendingPayment): void {
  try {
    sessionStorage.setItem(KEY, JSON.stringify(pending));
  } catch {
    // Storage blocked (private mode, sandbox): the redirect path then cannot resume; the
    // payment itself is safe and the customer gets the e-mail.
  }
}

/** Whether this page is a payment provider's return URL (Stripe adds `payment_intent_client_secret`). */
export function isPaymentReturn(location: Location = window.location): boolean {
  return new URL(location.href).searchParams.has('payment_intent_client_secret');
}

/**
 * The payment to finish when the page is Stripe's return URL (it carries
 * `payment_intent_client_secret`) and this tab started one; the record and Stripe's query
 * parameters are removed, so a reload does not finish it twice.
 */
export function takePendingPayment(location: Location = window.location): PendingPayment | undefined {
  if (!isPaymentReturn(location)) return undefined;
  const url = new URL(location.href);
  let pending: PendingPayment | undefined;
  try {
    const stored = sessionStorage.getItem(KEY);
    sessionStorage.removeItem(KEY);
    const parsed: unknown = stored ? JSON.parse(stored) : undefined;
    if (isPending(parsed)) pending = parsed;
  } catch {
    return undefined;
  }
  for (const name of ['payment_intent', 'payment_intent_client_secret', 'redirect_status']) url.searchParams.delete(name);
  history.replaceState(history.state, '', url);
  return pending;
}

function isPending(value: unknown): value is PendingPayment {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record.purchaseId === 'string' && typeof record.packageId === 'string';
}
