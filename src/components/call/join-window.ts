import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ServerClock } from './server-clock.js';

/** How often the countdown to the opening is brought up to date. */
const TICK_MS = 1000;

/**
 * The wait for a call's join window (the server answered "too early"): when it opens, on the
 * server's clock, and a re-render every second until then (and whenever the tab is visible again),
 * so the countdown runs and Join turns on at the opening.
 */
export class JoinWindowController implements ReactiveController {
  private opens: number | undefined;
  private ticker: ReturnType<typeof setInterval> | undefined;
  private connected = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly clock: ServerClock,
  ) {
    host.addController(this);
  }

  /** When the call opens (epoch milliseconds, server time), while waiting for it. */
  get opensAtMs(): number | undefined {
    return this.opens;
  }

  /** Milliseconds until the call opens (≤ 0 once open), or `undefined` when not waiting. */
  msLeft(): number | undefined {
    return this.opens === undefined ? undefined : this.opens - this.clock.now();
  }

  /** Waits for the window opening at `opensAt` (an ISO instant). */
  wait(opensAt: string): void {
    this.opens = Date.parse(opensAt);
    this.start();
  }

  /** Stops waiting (a join began, or the element shows something else). */
  clear(): void {
    this.opens = undefined;
    this.stop();
  }

  hostConnected(): void {
    this.connected = true;
    document.addEventListener('visibilitychange', this.onVisibility);
    if (this.opens !== undefined) this.start();
  }

  hostDisconnected(): void {
    this.connected = false;
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.stop();
  }

  private readonly onVisibility = (): void => {
    if (document.visibilityState === 'visible') this.tick();
  };

  /** Re-renders; at the opening the ticking stops (the window stays open). */
  private tick(): void {
    const left = this.msLeft();
    if (left === undefined) return;
    if (left <= 0) this.stop();
    this.host.requestUpdate();
  }

  private start(): void {
    this.stop();
    if (this.connected) this.ticker = setInterval(() => this.tick(), TICK_MS);
  }

  private stop(): void {
    clearInterval(this.ticker);
    this.ticker = undefined;
  }
}
