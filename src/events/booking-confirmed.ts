/** One booked session as the confirmation event reports it. */
export interface ConfirmedSession {
  bookingId: string;
  /** UTC instants. */
  start: string;
  end: string;
}

/**
 * Fired by `<appt-checkout>` (and so by `<appt-booking>`) once a purchase is paid and its times
 * are booked. Carries ids and times only — never the purchase or join tokens — so a host can
 * forward it to analytics as it is. Bubbles and crosses shadow roots.
 */
export class ApptBookingConfirmedEvent extends Event {
  /** The event's type string. */
  static readonly type = 'appt-booking-confirmed' as const;

  constructor(
    readonly purchaseId: string,
    readonly packageId: string,
    /** `card`, `credits`, or `free` for a package with fee 0. */
    readonly method: 'card' | 'credits' | 'free',
    /** The sessions booked now, ascending. */
    readonly sessions: readonly ConfirmedSession[],
    /** Sessions of the purchase still to book later. */
    readonly sessionsLeft: number,
  ) {
    super(ApptBookingConfirmedEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'appt-booking-confirmed': ApptBookingConfirmedEvent;
  }
}
