/** Why a payment failed, as the checkout tells the host. */
export type PaymentFailureCode =
  | 'payment_declined'
  | 'insufficient_credits'
  | 'authentication_failed'
  | 'card_invalid'
  | 'card_unavailable'
  | 'slots_lost'
  | 'network'
  | 'other';

/**
 * Fired by `<appt-checkout>` (and so by `<appt-booking>`) and by `<appt-credits>` when a payment
 * attempt fails. Nothing was charged; the visitor can try again. For host analytics: no secrets,
 * no card data. From `<appt-credits>`, `packageId` is the credit package's id and `method` is
 * `card` (tell the two apart by `event.target`).
 */
export class ApptPaymentFailedEvent extends Event {
  /** The event's type string. */
  static readonly type = 'appt-payment-failed' as const;

  constructor(
    /** The package being bought: an appointment package, or from `<appt-credits>` a credit package. */
    readonly packageId: string,
    /** `card`, `credits`, or `free` (a package with fee 0 whose booking failed). */
    readonly method: 'card' | 'credits' | 'free',
    readonly code: PaymentFailureCode,
    /** The card network's reason (e.g. `insufficient_funds`), when the server gave one. */
    readonly declineCode?: string,
  ) {
    super(ApptPaymentFailedEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'appt-payment-failed': ApptPaymentFailedEvent;
  }
}
