/** `admin.phoneBalance`: the tenant's prepaid USD balance that pays for phone (GSM) calls. */
import { shown } from '../args.js';
import type { Send } from '../availability/api.js';
import { ValidationError } from '../errors.js';
import type { CreateOptions, AdminRequestOptions } from '../types.js';
import { idempotencyKeyOf } from '../idempotency.js';
import { parsePhoneBalance } from './parse.js';
import type * as Wire from '../../wire/index.js';

/** The phone balance: `balance` in US cents, never negative, and `currency` `USD`. */
export type PhoneBalance = Wire.PhoneBalance;

/** A top-up of the phone balance: `amount`, US cents to add, a whole number from 1 to 10,000,000 (USD 100,000). */
export type PhoneTopUp = Wire.PhoneTopUp;

/** `admin.phoneBalance`. */
export interface PhoneBalanceApi {
  /** The current balance. */
  get(options?: AdminRequestOptions): Promise<PhoneBalance>;
  /**
   * Adds `topUp.amount` US cents (1 to 10,000,000) and resolves with the new balance. Sent with an
   * `Idempotency-Key` (a new one unless given), so a retried top-up never adds twice. The
   * reference server is test mode: it just adds.
   */
  topUp(topUp: PhoneTopUp, options?: CreateOptions): Promise<PhoneBalance>;
}

/** The largest single top-up, in US cents (the server's limit). */
export const MAX_TOP_UP_CENTS = 10_000_000;

/** The phone balance methods of an admin client. */
export function createPhoneBalanceApi(send: Send): PhoneBalanceApi {
  return Object.freeze({
    get: async ({ signal }: AdminRequestOptions = {}) => send({ method: 'GET', path: 'v1/admin/phone-balance', signal, parse: parsePhoneBalance }),
    topUp: async (topUp: PhoneTopUp, { signal, idempotencyKey }: CreateOptions = {}) => {
      const amount = typeof topUp === 'object' && topUp !== null ? (topUp as { amount?: unknown }).amount : topUp;
      if (typeof amount !== 'number' || !Number.isInteger(amount) || amount < 1 || amount > MAX_TOP_UP_CENTS) {
        throw new ValidationError('The top-up', [
          { field: 'amount', code: 'out_of_range', message: `amount must be a whole number of US cents from 1 to ${MAX_TOP_UP_CENTS} (got ${shown(amount)}).` },
        ]);
      }
      const key = idempotencyKeyOf(idempotencyKey);
      return send({ method: 'POST', path: 'v1/admin/phone-balance/top-ups', json: { amount }, headers: { 'idempotency-key': key }, signal, parse: parsePhoneBalance });
    },
  } satisfies PhoneBalanceApi);
}
