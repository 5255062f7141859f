/**
 * Fired by `<appt-credits>` once a credit package is paid and its credits are on the customer's
 * balance. Carries ids and numbers only — never the payment's client secret or card data — so a
 * host can forward it to analytics as it is, or refresh a balance it shows elsewhere. Bubbles and
 * crosses shadow roots.
 *
 * @example el.addEventListener('appt-credits-purchased', (e) => showBalance(e.balance));
 */
export class ApptCreditsPurchasedEvent extends Event {
  /** The event's type string. */
  static readonly type = 'appt-credits-purchased' as const;

  constructor(
    /** The credit purchase's id (`cpu_…`). */
    readonly purchaseId: string,
    /** The credit package bought. */
    readonly creditPackageId: string,
    /** Credits this purchase added. */
    readonly credits: number,
    /** The customer's credits balance after the purchase. */
    readonly balance: number,
  ) {
    super(ApptCreditsPurchasedEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'appt-credits-purchased': ApptCreditsPurchasedEvent;
  }
}
