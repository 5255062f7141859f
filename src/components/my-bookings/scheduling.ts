import type { ReactiveControllerHost } from 'lit';
import type { ApptClient, Slot } from '../../client/index.js';
import type { Purchase } from '../../client/types.js';
import { isApiError, isNetworkError, isTimeoutError } from '../../client/errors.js';
import type { AppointmentPackage } from '../../core/package.js';
import type { CustomerSession } from '../../context/customer-session.js';
import { asCustomer, SIGNED_OUT } from '../customer/as-customer.js';

/** How a booking attempt ended badly: a time taken, times refused, or anything else (with Try again when the outcome is unknown). */
export type BookingFailure = { kind: 'taken' | 'refused' } | { kind: 'failed'; error: unknown; retry: boolean };

/** The purchase whose sessions are being scheduled, and how far that got. */
export interface Scheduling {
  purchaseId: string;
  chosen: readonly Slot[];
  /**
   * The attempt under way or whose outcome is unknown (a lost connection): retried with the same
   * `Idempotency-Key`, so the server books it at most once.
   */
  attempt: { key: string; starts: readonly string[]; locale: string; timeZone: string } | undefined;
  pending: boolean;
  failure: BookingFailure | undefined;
}

/** What scheduling needs from the element. */
export interface SchedulingOptions {
  client: () => ApptClient | Error | undefined;
  session: () => CustomerSession;
  /** Runs a request as the element's own (a token it renews meanwhile does not reload it). */
  act: <T>(action: () => Promise<T>) => Promise<T>;
  /** The customer's language and zone, sent with the booking for its e-mails. */
  audience: () => { locale: string; timeZone: string };
  /** Says `text` in the element's live region (`''` clears it). */
  announce: (text: string) => void;
  /** The times were booked (`count` of them): the element says so and reloads. */
  onBooked: (count: number) => Promise<void>;
  /** The scheduler of `purchaseId` closed at the customer's request. */
  onClosed: (purchaseId: string) => void;
  /** A chosen time was taken meanwhile: the picker loads its times again. */
  reloadTimes: () => void;
}

/**
 * Scheduling a purchase's sessions left: one purchase's scheduler open at a time, the times chosen
 * in its picker, and booking them. Booking is safe to retry: each attempt carries one
 * `Idempotency-Key`, reused when the same times are sent again after an unknown outcome (a lost
 * connection), so a double click or a retry never books twice. A time someone else took meanwhile
 * is dropped from the choice, the other times are kept and the picker reloads. Each change re-renders the host.
 */
export class SchedulingController {
  private shown: Scheduling | undefined;
  /** The picker's package per purchase: the package with `sessions` set to the sessions left (kept, so the picker does not reload). */
  private readonly limited = new Map<string, AppointmentPackage>();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: SchedulingOptions,
  ) {}

  /** The scheduler shown, if one is. */
  get current(): Scheduling | undefined {
    return this.shown;
  }

  private set current(next: Scheduling | undefined) {
    this.shown = next;
    this.host.requestUpdate();
  }

  /** The scheduler of `purchaseId`, if it is the one open. */
  of(purchaseId: string): Scheduling | undefined {
    return this.shown?.purchaseId === purchaseId ? this.shown : undefined;
  }

  /** Opens the scheduler of `purchase` (closing any other). */
  open(purchase: Purchase): void {
    this.current = { purchaseId: purchase.id, chosen: [], attempt: undefined, pending: false, failure: undefined };
    this.options.announce('');
  }

  /** Closes the scheduler, unless a booking is under way. */
  close(): void {
    const id = this.shown?.purchaseId;
    if (this.shown?.pending) return;
    this.current = undefined;
    if (id) this.options.onClosed(id);
  }

  /** The times chosen in the open scheduler's picker. */
  choose(slots: readonly Slot[]): void {
    if (!this.shown || this.shown.pending) return;
    this.current = { ...this.shown, chosen: slots, failure: undefined };
  }

  /** The purchase's package with `sessions` set to the sessions left: the picker then lets no more be chosen. */
  limitedPackage(purchaseId: string, pkg: AppointmentPackage, left: number): AppointmentPackage {
    const kept = this.limited.get(purchaseId);
    if (kept && kept.id === pkg.id && kept.sessions === left && kept.version === pkg.version) return kept;
    const limited = Object.freeze({ ...pkg, sessions: left });
    this.limited.set(purchaseId, limited);
    return limited;
  }

  /** Books the chosen times of `purchase`: one attempt, one `Idempotency-Key`. */
  async book(purchase: Purchase): Promise<void> {
    const current = this.shown;
    const client = this.options.client();
    if (!current || current.purchaseId !== purchase.id || current.pending || current.chosen.length === 0) return;
    if (!client || client instanceof Error) return;
    const starts = current.chosen.map((slot) => slot.start);
    const attempt =
      current.attempt && sameStarts(current.attempt.starts, starts) ? current.attempt : { key: crypto.randomUUID(), starts, ...this.options.audience() };
    this.current = { ...current, attempt, pending: true, failure: undefined };
    this.options.announce('');
    try {
      const session = this.options.session();
      const result = await this.options.act(() =>
        asCustomer(session, () =>
          client.bookings.create(
            { purchaseId: purchase.id, starts, locale: attempt.locale, timeZone: attempt.timeZone },
            { idempotencyKey: attempt.key },
          ),
        ),
      );
      this.current = undefined;
      if (result === SIGNED_OUT) return;
      this.limited.delete(purchase.id);
      await this.options.onBooked(result.bookings.length);
    } catch (error) {
      this.failed(purchase.id, error);
    }
  }

  private failed(purchaseId: string, error: unknown): void {
    const current = this.shown;
    if (!current || current.purchaseId !== purchaseId) return;
    const unknownOutcome = isNetworkError(error) || isTimeoutError(error) || (isApiError(error) && error.status >= 500);
    if (unknownOutcome) {
      this.current = { ...current, pending: false, failure: { kind: 'failed', error, retry: true } };
      return;
    }
    if (isApiError(error) && error.status === 409 && (error.code === 'slot_taken' || error.code === 'slot_unavailable')) {
      const taken = new Set(
        error.fieldErrors.flatMap((e) => {
          const index = /^starts\[(\d+)\]$/.exec(e.field)?.[1];
          return index === undefined ? [] : [current.attempt?.starts[Number(index)]];
        }),
      );
      // Without the server naming the time, none of the choice can be trusted.
      const chosen = taken.size ? current.chosen.filter((slot) => !taken.has(slot.start)) : [];
      this.current = { ...current, chosen, attempt: undefined, pending: false, failure: { kind: 'taken' } };
      this.options.reloadTimes();
      return;
    }
    const refused = isApiError(error) && (error.status === 422 || error.status === 409);
    this.current = { ...current, attempt: undefined, pending: false, failure: refused ? { kind: 'refused' } : { kind: 'failed', error, retry: false } };
  }
}

/** Whether two lists of starts are the same times in the same order. */
function sameStarts(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((start, index) => start === b[index]);
}
