import type { CallEndReason } from '../core/session/machine.js';

/**
 * Why the call ended for this participant: the session's rules (`deadline`, `hard_stop`), the
 * expert (`expert`), this participant hung up (`left`; they may join again while the session
 * lasts), or the call provider removed them (`ejected`).
 */
export type ApptCallEndReason = CallEndReason | 'ejected';

/**
 * Fired by `<appt-call>` when the call ended for this participant, after the call frame was left
 * and destroyed. Bubbles and crosses shadow roots.
 *
 * @example el.addEventListener('appt-call-end', (e) => { if (e.reason !== 'left') showFeedbackForm(); });
 */
export class ApptCallEndEvent extends Event {
  /** The event's type string. */
  static readonly type = 'appt-call-end' as const;

  /** The booking whose call ended. */
  readonly bookingId: string;
  /** Why it ended. */
  readonly reason: ApptCallEndReason;

  constructor(init: { bookingId: string; reason: ApptCallEndReason }) {
    super(ApptCallEndEvent.type, { bubbles: true, composed: true });
    this.bookingId = init.bookingId;
    this.reason = init.reason;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'appt-call-end': ApptCallEndEvent;
  }
}
