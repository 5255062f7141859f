import type { Slot } from '../core/slots/types.js';

/**
 * Fired by `<appt-slot-picker>` whenever the chosen slots change (a slot picked or removed).
 * Bubbles and crosses shadow roots. A native `change` event follows it.
 *
 * @example el.addEventListener('appt-slot-select', (e) => hold(e.slots.map((s) => s.start)));
 */
export class ApptSlotSelectEvent extends Event {
  /** The event's type string. */
  static readonly type = 'appt-slot-select' as const;

  /** Every chosen slot, ascending: UTC instants exactly as the server returned them. */
  readonly slots: readonly Slot[];

  constructor(slots: readonly Slot[]) {
    super(ApptSlotSelectEvent.type, { bubbles: true, composed: true });
    this.slots = Object.freeze(slots.map((slot) => Object.freeze({ start: slot.start, end: slot.end })));
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'appt-slot-select': ApptSlotSelectEvent;
  }
}
