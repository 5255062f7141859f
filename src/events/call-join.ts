import type { OnlineService } from '../core/package.js';
import type { CallParticipant, CallProvider } from '../client/types.js';

/**
 * Fired by `<appt-call>` once this participant is in the call (the provider's join succeeded, or
 * for the client of a phone package, once the server has started dialing). Bubbles and crosses
 * shadow roots.
 *
 * @example el.addEventListener('appt-call-join', (e) => analytics.track('joined', e.bookingId));
 */
export class ApptCallJoinEvent extends Event {
  /** The event's type string. */
  static readonly type = 'appt-call-join' as const;

  /** The booking whose call was joined. */
  readonly bookingId: string;
  /** Who joined: the client or the expert. */
  readonly participant: CallParticipant;
  /** The package's service: `audio`, `video` or `phone`. */
  readonly service: OnlineService;
  /** `test` when the reference server's offline test provider runs the call (no real call). */
  readonly provider: CallProvider;

  constructor(init: { bookingId: string; participant: CallParticipant; service: OnlineService; provider: CallProvider }) {
    super(ApptCallJoinEvent.type, { bubbles: true, composed: true });
    this.bookingId = init.bookingId;
    this.participant = init.participant;
    this.service = init.service;
    this.provider = init.provider;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'appt-call-join': ApptCallJoinEvent;
  }
}
