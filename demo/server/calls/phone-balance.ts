/**
 * Phone packages place a real phone call, paid from the tenant's USD phone balance: a client's
 * join dials out only when the balance covers the session's longest possible call.
 *
 * The balance is read through {@link PhoneBalance}; by default {@link storedPhoneBalance}, the
 * `phone_balance` table of the admin surface (migration 006). Tests can pass their own.
 */
import { DEFAULT_OVERTIME_CAP_MINUTES, type EndMode } from '../../../src/core/node.js';
import type { Queryable } from '../db/database.js';
import { phoneBalance } from '../db/phone-balance.js';

/** Reads the tenant's phone balance. */
export interface PhoneBalance {
  /** The balance in US cents, never negative. */
  usdCents(db: Queryable): Promise<number>;
}

/** What one minute of a dialled-out phone call costs, in US cents. */
export const PHONE_USD_CENTS_PER_MINUTE = 5;

/** The longest a phone session can run (duration, plus the overtime cap under `by_expert`) priced per minute, in US cents. */
export function phoneCallCostUsdCents(durationMinutes: number, endMode: EndMode): number {
  const minutes = durationMinutes + (endMode === 'by_expert' ? DEFAULT_OVERTIME_CAP_MINUTES : 0);
  return minutes * PHONE_USD_CENTS_PER_MINUTE;
}

/** The balance the tenant's admin surface stores (`phone_balance`, topped up with the admin key). */
export function storedPhoneBalance(): PhoneBalance {
  return { usdCents: (db) => phoneBalance(db) };
}

/** A fixed balance, e.g. for a demo or a test. */
export function fixedPhoneBalance(usdCents: number): PhoneBalance {
  if (!Number.isInteger(usdCents) || usdCents < 0) throw new TypeError(`usdCents must be a whole number ≥ 0 (got ${String(usdCents)}).`);
  return { usdCents: async () => usdCents };
}
