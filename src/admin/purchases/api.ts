/**
 * `admin.purchases`: the business's refunds of a package purchase over
 * `/v1/admin/purchases/{purchaseId}/refunds`, on the admin client's transport.
 */
import type { Send } from '../availability/api.js';
import { requireId, shown } from '../args.js';
import { bodyFields, flagErrors, reasonErrors } from '../body-checks.js';
import { ValidationError } from '../errors.js';
import { idempotencyKeyOf } from '../idempotency.js';
import { parseRefundAnswer } from '../parse.js';
import type { CreateOptions } from '../types.js';
import type * as Wire from '../../wire/index.js';

/**
 * What {@link PurchasesApi.refund} sends: `scope` (`full`: the whole purchase, every upcoming
 * booking cancelled and the purchase closed; `unused_sessions`: the sessions never booked),
 * `reason` (plain text, at most 500 characters) and `cancelUpcoming` (`unused_sessions` only: the
 * upcoming bookings too, cancelled and refunded).
 */
export type RefundInput = Pick<Wire.Schema<'RefundCreate'>, 'scope'> & Partial<Omit<Wire.Schema<'RefundCreate'>, 'scope'>>;

/** A refund: the money (`amount`, `currency`) or `credits` back, the `sessions` taken off, the bookings cancelled. */
export type Refund = Wire.Schema<'Refund'>;

/** The answer of a refund: the `refund` and the `purchase` as it is now (`status`, `sessionsRefunded`). */
export type RefundAnswer = Wire.Schema<'RefundAnswer'>;

/** `admin.purchases`. */
export interface PurchasesApi {
  /**
   * Refunds a package purchase: a card through its payment provider, credits back to the
   * customer's balance, 0 when nothing was paid; the customer is e-mailed a notice. The money of
   * the sessions refunded is `amount × sessions / sessionsTotal`, rounded half up (a full refund
   * gives back the rest). Sent with an `Idempotency-Key` (a new one unless
   * `options.idempotencyKey`): a retry with the same key refunds once. Rejects with an `ApiError`
   * `nothing_to_refund` (409), `refund_in_progress` (409), `refund_failed` (502, the provider
   * refused) or `not_found` (404).
   *
   * @example
   * const { refund, purchase } = await admin.purchases.refund('pur_1', { scope: 'unused_sessions', reason: 'Moving abroad.' });
   */
  refund(purchaseId: string, input: RefundInput, options?: CreateOptions): Promise<RefundAnswer>;
}

const SCOPES: readonly RefundInput['scope'][] = ['full', 'unused_sessions'];

/** The checked body of a refund; throws a {@link ValidationError} naming every problem. */
function checkRefund(input: unknown): RefundInput {
  const { body, errors } = bodyFields('The refund', input, ['scope', 'reason', 'cancelUpcoming']);
  const { scope, cancelUpcoming } = body;
  if (!SCOPES.includes(scope as RefundInput['scope'])) {
    errors.push({ field: 'scope', code: scope === undefined ? 'required' : 'invalid_option', message: `scope must be one of ${SCOPES.join(', ')} (got ${shown(scope)}).` });
  }
  errors.push(...reasonErrors(body.reason));
  const flag = flagErrors('cancelUpcoming', cancelUpcoming);
  if (flag.length > 0) errors.push(...flag);
  else if (scope === 'full' && cancelUpcoming === false) {
    errors.push({ field: 'cancelUpcoming', code: 'conflicts_with_scope', message: 'A full refund always cancels the upcoming bookings: leave cancelUpcoming out or set it to true.' });
  }
  if (errors.length > 0) throw new ValidationError('The refund', errors);
  return body as RefundInput;
}

/** The purchase methods of an admin client, sending through `send`. */
export function createPurchasesApi(send: Send): PurchasesApi {
  return Object.freeze({
    refund: async (purchaseId: string, input: RefundInput, { signal, idempotencyKey }: CreateOptions = {}) => {
      const path = `v1/admin/purchases/${encodeURIComponent(requireId('purchaseId', purchaseId))}/refunds`;
      const json = checkRefund(input);
      const key = idempotencyKeyOf(idempotencyKey);
      return send({ method: 'POST', path, json, headers: { 'idempotency-key': key }, signal, parse: parseRefundAnswer });
    },
  } satisfies PurchasesApi);
}
