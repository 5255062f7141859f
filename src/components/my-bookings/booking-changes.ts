import type { ReactiveControllerHost } from 'lit';
import type { ApptClient, Slot } from '../../client/index.js';
import type { Booking, BookingChange } from '../../client/types.js';
import { isApiError, isNetworkError, isTimeoutError } from '../../client/errors.js';
import type { CustomerSession } from '../../context/customer-session.js';
import { asCustomer, SIGNED_OUT } from '../customer/as-customer.js';

/** What a customer may do with a booking. */
export type ChangeAction = 'cancel' | 'reschedule';

/**
 * Why a change did not go through, in the terms the card words it: the cut-off passed (`hours`
 * before the start, as the server said), the time was taken or is not offered, the booking was
 * already cancelled or has started, or anything else (with Try again when the outcome is unknown).
 */
export type ChangeFailure =
  | { kind: 'cutoff'; action: ChangeAction; hours: number | undefined }
  | { kind: 'taken' | 'refused' | 'cancelled' | 'ended' }
  | { kind: 'failed'; error: unknown; retry: boolean };

/**
 * The change under way on one booking: asking whether to cancel (`confirm`), cancelling, or
 * choosing a new time (`reschedule`, with the chosen time) and moving to it. `pending` while the
 * server is asked; `attempt` is the one whose outcome is unknown (retried with the same key).
 */
export interface ChangeStep {
  bookingId: string;
  kind: 'confirm' | 'reschedule';
  chosen: readonly Slot[];
  pending: boolean;
  attempt: { key: string; start: string | undefined } | undefined;
  failure: ChangeFailure | undefined;
}

/** What a finished change left to say on its booking's card. */
export type ChangeNotice = { kind: 'cancelled'; returned: boolean } | { kind: 'moved'; start: string; end: string };

/** What the change flow needs from the element. */
export interface BookingChangesOptions {
  client: () => ApptClient | Error | undefined;
  session: () => CustomerSession;
  /** The join token of the e-mail link the element was opened with, if any: it identifies the caller instead of the customer. */
  joinToken: () => string | undefined;
  /** Runs a request as the element's own (a token it renews meanwhile does not reload it). */
  act: <T>(action: () => Promise<T>) => Promise<T>;
  /** The customer's language and zone, sent with the change for its e-mail. */
  audience: () => { locale: string; timeZone: string };
  /** Says `text` in the element's live region (`''` clears it). */
  announce: (text: string) => void;
  /** Loads the bookings again, to show a change that went through (its step waits for it). */
  reload: () => Promise<void>;
  /** A change went through and shows: the element says so (`notice`) and moves focus to the notice, in this render. */
  onChanged: (booking: Booking, notice: ChangeNotice) => void;
  /** The step of `bookingId` closed at the customer's request: focus goes back to the button of `action`. */
  onClosed: (bookingId: string, action: ChangeAction) => void;
  /** A chosen time was taken meanwhile: the picker loads its times again. */
  reloadTimes: () => void;
}

/** The codes of the server's refusals that this flow words, by what they mean. */
const REFUSALS: Record<string, ChangeFailure['kind']> = {
  cancel_cutoff_passed: 'cutoff',
  reschedule_cutoff_passed: 'cutoff',
  slot_taken: 'taken',
  slot_unavailable: 'taken',
  booking_cancelled: 'cancelled',
  booking_ended: 'ended',
};

/**
 * Cancelling and moving a customer's bookings: one change at a time, confirmed before a
 * cancellation, each attempt with one `Idempotency-Key` (reused when the same change is tried again
 * after an unknown outcome, so a retry never changes twice), and what the last change of each
 * booking left to say. Each change re-renders the host.
 */
export class BookingChangesController {
  private shown: ChangeStep | undefined;
  private readonly notices = new Map<string, ChangeNotice>();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: BookingChangesOptions,
  ) {}

  private set current(next: ChangeStep | undefined) {
    this.shown = next;
    this.host.requestUpdate();
  }

  /** The step of `bookingId`, if it is the one under way. */
  of(bookingId: string): ChangeStep | undefined {
    return this.shown?.bookingId === bookingId ? this.shown : undefined;
  }

  /** What the last change of `bookingId` left to say, if anything. */
  noticeOf(bookingId: string): ChangeNotice | undefined {
    return this.notices.get(bookingId);
  }

  /** Starts `action` on `booking` (closing any other step): the confirmation of a cancel, or the picker of a reschedule. */
  open(booking: Booking, action: ChangeAction): void {
    if (this.shown?.pending) return;
    this.notices.delete(booking.id);
    this.current = { bookingId: booking.id, kind: action === 'cancel' ? 'confirm' : 'reschedule', chosen: [], pending: false, attempt: undefined, failure: undefined };
    this.options.announce('');
  }

  /** Closes the step at the customer's request (Keep), unless the server is being asked. */
  close(): void {
    const step = this.shown;
    if (!step || step.pending) return;
    this.current = undefined;
    this.options.onClosed(step.bookingId, step.kind === 'confirm' ? 'cancel' : 'reschedule');
  }

  /** The new time chosen in the open picker. */
  choose(slots: readonly Slot[]): void {
    if (this.shown?.kind !== 'reschedule' || this.shown.pending) return;
    this.current = { ...this.shown, chosen: slots.slice(-1), failure: undefined };
  }

  /** Cancels `booking` (after its confirmation). */
  cancel(booking: Booking): Promise<void> {
    return this.send(booking, undefined);
  }

  /** Moves `booking` to the chosen time. */
  reschedule(booking: Booking): Promise<void> {
    const start = this.of(booking.id)?.chosen[0]?.start;
    return start ? this.send(booking, start) : Promise.resolve();
  }

  /** Clears what is left to say of every booking, e.g. when the list loads for another customer. */
  forget(): void {
    this.notices.clear();
    this.current = undefined;
  }

  /** One attempt: a cancel (`start` undefined) or a move to `start`. */
  private async send(booking: Booking, start: string | undefined): Promise<void> {
    const step = this.of(booking.id);
    const client = this.options.client();
    if (!step || step.pending || !client || client instanceof Error) return;
    const attempt = step.attempt && step.attempt.start === start ? step.attempt : { key: crypto.randomUUID(), start };
    this.current = { ...step, attempt, pending: true, failure: undefined };
    this.options.announce('');
    const joinToken = this.options.joinToken();
    const options = { idempotencyKey: attempt.key, ...this.options.audience(), ...(joinToken ? { joinToken } : {}) };
    const request = (): Promise<BookingChange> =>
      start === undefined ? client.bookings.cancel(booking.id, options) : client.bookings.reschedule(booking.id, { start }, options);
    try {
      const change = joinToken ? await request() : await this.options.act(() => asCustomer(this.options.session(), request));
      if (change === SIGNED_OUT) {
        this.current = undefined;
        return;
      }
      const notice: ChangeNotice =
        start === undefined ? { kind: 'cancelled', returned: change.booking.sessionReturned === true } : { kind: 'moved', start: change.booking.start, end: change.booking.end };
      // The step stays (pending) until the list shows the change: then the notice appears on the card where it now is.
      await this.options.reload().catch(() => undefined);
      this.notices.set(booking.id, notice);
      this.current = undefined;
      this.options.onChanged(change.booking, notice);
    } catch (error) {
      this.failed(booking.id, start === undefined ? 'cancel' : 'reschedule', error);
    }
  }

  private failed(bookingId: string, action: ChangeAction, error: unknown): void {
    const step = this.of(bookingId);
    if (!step) return;
    const unknownOutcome = isNetworkError(error) || isTimeoutError(error) || (isApiError(error) && error.status >= 500);
    const kind = isApiError(error) ? (REFUSALS[error.code] ?? (error.status === 422 ? 'refused' : undefined)) : undefined;
    let failure: ChangeFailure;
    if (unknownOutcome) failure = { kind: 'failed', error, retry: true };
    else if (kind === 'cutoff') failure = { kind, action, hours: cutoffHoursOf(error) };
    else if (kind) failure = { kind } as ChangeFailure;
    else failure = { kind: 'failed', error, retry: false };
    const chosen = failure.kind === 'taken' || failure.kind === 'refused' ? [] : step.chosen;
    this.current = { ...step, chosen, attempt: unknownOutcome ? step.attempt : undefined, pending: false, failure };
    if (failure.kind === 'taken' || failure.kind === 'refused') this.options.reloadTimes();
  }
}

/** The cut-off in hours that a `…_cutoff_passed` problem names, if it does. */
function cutoffHoursOf(error: unknown): number | undefined {
  const hours = isApiError(error) ? error.problem?.cutoffHours : undefined;
  return typeof hours === 'number' && Number.isInteger(hours) && hours >= 0 ? hours : undefined;
}
