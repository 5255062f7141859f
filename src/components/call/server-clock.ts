import { clockOffsetMs, serverNow } from '../../core/session/index.js';

/**
 * The server's clock as this device sees it: the device's clock plus the offset measured around
 * the last request whose answer carried the server's time. A device clock minutes off changes
 * nothing; only the offset is taken from it.
 */
export class ServerClock {
  /** Server clock − this device's clock, in milliseconds. */
  private offsetMs = 0;

  /** `deviceNow`: this device's clock, epoch milliseconds (read on every use, so a host may swap it). */
  constructor(private readonly deviceNow: () => number) {}

  /** This device's clock, rounded to the millisecond. */
  device(): number {
    return Math.round(this.deviceNow());
  }

  /** The server's current time, epoch milliseconds. */
  now(): number {
    return serverNow(this.device(), this.offsetMs);
  }

  /** Measures the offset from an answer stamped `serverTime` to a request sent at `sentAt` (from {@link device}). */
  measure(serverTime: string, sentAt: number = this.device()): void {
    this.offsetMs = clockOffsetMs({ serverTime, sentAt, receivedAt: Math.max(sentAt, this.device()) });
  }
}
