import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CustomerSession } from '../../context/customer-session.js';

/**
 * Counts the changes of an element's customer session that the element did not make itself: a
 * sign-in or sign-out elsewhere, a token from the host, another session by context. A task keyed
 * on {@link SessionEpoch.count} reloads on those, but not when its own request renews the token
 * (which would restart the very request that renews it). Add it before the task that reads it.
 */
export class SessionEpoch implements ReactiveController {
  /** Grows with every change the element did not make itself. */
  count = 0;
  private watched: CustomerSession | undefined;
  private acting = 0;
  private readonly onChange = (): void => {
    if (this.acting === 0) this.count++;
  };

  constructor(
    host: ReactiveControllerHost,
    private readonly session: () => CustomerSession,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.follow();
  }

  hostUpdate(): void {
    this.follow();
  }

  hostDisconnected(): void {
    this.watched?.removeEventListener('change', this.onChange);
    this.watched = undefined;
  }

  /** Runs `action`; the session changes it makes meanwhile (renewing the token) are the element's own. */
  async act<T>(action: () => Promise<T>): Promise<T> {
    this.acting++;
    try {
      return await action();
    } finally {
      this.acting--;
    }
  }

  private follow(): void {
    const session = this.session();
    if (session === this.watched) return;
    this.watched?.removeEventListener('change', this.onChange);
    session.addEventListener('change', this.onChange);
    this.watched = session;
    this.count++;
  }
}
