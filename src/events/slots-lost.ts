/**
 * Fired by `<appt-checkout>` when a chosen time was taken meanwhile or the hold expired
 * (nothing was charged). `<appt-booking>` goes back to the slot picker with fresh times; a host
 * using the checkout alone should do the same.
 */
export class ApptSlotsLostEvent extends Event {
  /** The event's type string. */
  static readonly type = 'appt-slots-lost' as const;

  constructor(readonly packageId: string) {
    super(ApptSlotsLostEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'appt-slots-lost': ApptSlotsLostEvent;
  }
}
