import { isApiError, isNetworkError, isTimeoutError } from '../../client/errors.js';
import type { PaymentFailureCode } from '../../events/payment-failed.js';
import { isSignedOutError } from '../customer/as-customer.js';
import { CardError } from './card-form.js';

/** Why a payment attempt failed, finer than the host's {@link PaymentFailureCode}: what the element says. */
export type PaymentFailureReason = PaymentFailureCode | 'signed_out';

/** A failed payment attempt, read once for every element that takes payments. */
export interface PaymentFailure {
  reason: PaymentFailureReason;
  /** What the host's `appt-payment-failed` event reports. */
  code: PaymentFailureCode;
  /**
   * Whether the outcome is unknown (no answer, or a server error): the next try re-sends the same
   * request with the same `Idempotency-Key`, so the server replays instead of charging twice.
   * Otherwise the next try is a new attempt with a new key.
   */
  unknownOutcome: boolean;
  /** The card network's reason of a declined card (e.g. `insufficient_funds`). */
  declineCode?: string;
  /** Stripe's own (localized) message about card details it refused. */
  cardMessage?: string;
  /** Too few credits: the balance and the price, in credits. */
  balance?: number;
  price?: number;
  /** The server's request id, for support. */
  requestId?: string;
}

const CARD_CODES = { unavailable: 'card_unavailable', invalid: 'card_invalid', authentication: 'authentication_failed' } as const;

/** Whether a request's outcome is unknown: no answer, or a server error (which stores nothing under the key). */
export function isUnknownOutcome(error: unknown): boolean {
  return isNetworkError(error) || isTimeoutError(error) || (isApiError(error) && error.status >= 500);
}

/** Reads a failed payment attempt: the card form's, the network's or the server's answer. */
export function readPaymentFailure(error: unknown): PaymentFailure {
  const unknownOutcome = isUnknownOutcome(error);
  const requestId = isApiError(error) ? error.requestId : undefined;
  const base = { unknownOutcome, ...(requestId ? { requestId } : {}) };
  if (error instanceof CardError) {
    const code = CARD_CODES[error.reason];
    return { ...base, reason: code, code, ...(error.reason === 'invalid' ? { cardMessage: error.message } : {}) };
  }
  if (isNetworkError(error) || isTimeoutError(error)) return { ...base, reason: 'network', code: 'network' };
  if (!isApiError(error)) return { ...base, reason: 'other', code: 'other' };
  const member = (name: string) => error.problem?.[name];
  switch (error.code) {
    case 'payment_declined': {
      const declineCode = member('declineCode');
      return { ...base, reason: 'payment_declined', code: 'payment_declined', ...(typeof declineCode === 'string' ? { declineCode } : {}) };
    }
    case 'insufficient_credits':
      return { ...base, reason: 'insufficient_credits', code: 'insufficient_credits', balance: Number(member('balance') ?? 0), price: Number(member('price') ?? 0) };
    case 'purchase_not_paid':
      return { ...base, reason: 'authentication_failed', code: 'authentication_failed' };
    case 'slot_taken':
    case 'hold_expired':
      return { ...base, reason: 'slots_lost', code: 'slots_lost' };
  }
  if (isSignedOutError(error)) return { ...base, reason: 'signed_out', code: 'other' };
  return { ...base, reason: 'other', code: 'other' };
}
