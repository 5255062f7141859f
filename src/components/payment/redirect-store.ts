/** Stripe's query parameters on its return URL. */
const RETURN_PARAMETERS = ['payment_intent', 'payment_intent_client_secret', 'redirect_status'] as const;

/** Whether this page is a payment provider's return URL (Stripe adds `payment_intent_client_secret`). */
export function isPaymentReturn(location: Location = window.location): boolean {
  return new URL(location.href).searchParams.has('payment_intent_client_secret');
}

/**
 * A payment that left the page for the bank's authentication (a Stripe redirect), kept in
 * `sessionStorage` — as long as the tab, never longer — under the element's own key, and removed
 * as soon as it is used. Records hold ids (and a guest's purchase proof), never a client secret.
 */
export class RedirectStore<Pending> {
  constructor(
    private readonly key: string,
    private readonly isPending: (value: unknown) => value is Pending,
  ) {}

  /** Remembers the payment before `stripe.confirmPayment` may redirect. */
  remember(pending: Pending): void {
    try {
      sessionStorage.setItem(this.key, JSON.stringify(pending));
    } catch {
      // Storage blocked (private mode, sandbox): the redirect path then cannot resume here; the
      // payment itself is safe and nothing is charged twice.
    }
  }

  /** Forgets the payment once it is finished on this page (no redirect happened). */
  forget(): void {
    try {
      sessionStorage.removeItem(this.key);
    } catch {
      // Storage blocked: nothing was kept.
    }
  }

  /**
   * The payment to finish when this page is Stripe's return URL and this tab kept one under this
   * key. The record and Stripe's query parameters are removed, so a reload does not finish it
   * twice. Without a record of this key, the page is left alone (the return may be another
   * element's).
   */
  take(location: Location = window.location): Pending | undefined {
    if (!isPaymentReturn(location)) return undefined;
    let parsed: unknown;
    try {
      const stored = sessionStorage.getItem(this.key);
      if (stored === null) return undefined;
      sessionStorage.removeItem(this.key);
      parsed = JSON.parse(stored);
    } catch {
      return undefined;
    }
    const url = new URL(location.href);
    for (const name of RETURN_PARAMETERS) url.searchParams.delete(name);
    history.replaceState(history.state, '', url);
    return this.isPending(parsed) ? parsed : undefined;
  }
}

/** Whether `value` is an object whose `names` are all strings: the check of a stored record. */
export function hasStrings(value: unknown, ...names: string[]): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return names.every((name) => typeof record[name] === 'string');
}
