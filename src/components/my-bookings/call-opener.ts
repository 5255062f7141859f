import type { ReactiveControllerHost } from 'lit';
import type { Booking } from '../../client/types.js';
import type { ApptCall } from '../call/call.component.js';

/**
 * Opens a booking's call inline: loads `<appt-call>` the first time (it is not in the element's
 * first load), shows the call of that booking, moves focus to it and joins. Remembers which
 * booking's call is open, and which one's launcher could not be loaded; each change re-renders the host.
 */
export class CallOpener {
  /** The booking whose call is open. */
  open: string | undefined;
  /** The booking whose call launcher could not be loaded. */
  failed: string | undefined;

  /** `region(id)`: the rendered region of booking `id`'s call; `tag` names the element in errors. */
  constructor(
    private readonly host: ReactiveControllerHost & { updateComplete: Promise<boolean> },
    private readonly region: (bookingId: string) => HTMLElement | null,
    private readonly tag: string,
  ) {}

  /** Loads `<appt-call>` (the first time), opens the booking's call inline and joins it. */
  async join(booking: Booking): Promise<void> {
    this.failed = undefined;
    this.host.requestUpdate();
    try {
      await import('../call/define.js');
    } catch (error) {
      console.error(new Error(`<${this.tag}>: the call launcher could not be loaded.`, { cause: error }));
      this.failed = booking.id;
      this.host.requestUpdate();
      return;
    }
    this.open = booking.id;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const region = this.region(booking.id);
    region?.focus();
    const call = region?.querySelector<ApptCall>('appt-call');
    if (!call) return;
    await call.updateComplete;
    await call.join();
  }
}
