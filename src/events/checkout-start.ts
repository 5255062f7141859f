/**
 * Fired by `<appt-booking>` when the visitor reaches the checkout with a package (and the times
 * they chose, if any). For host analytics; carries ids and times, never a secret.
 */
export class ApptCheckoutStartEvent extends Event {
  /** The event's type string. */
  static readonly type = 'appt-checkout-start' as const;

  constructor(
    /** The package being bought. */
    readonly packageId: string,
    /** The chosen session starts (UTC instants), possibly fewer than the package's sessions. */
    readonly starts: readonly string[],
  ) {
    super(ApptCheckoutStartEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'appt-checkout-start': ApptCheckoutStartEvent;
  }
}
