/**
 * What a refund gives back, pure: the rule openapi.yaml states. The money (or credits) of the
 * sessions refunded so far is `price × sessionsRefunded / sessionsTotal`, rounded half up to a
 * whole minor unit; a refund pays that less what earlier refunds of the purchase paid. A first
 * refund of `n` sessions is thus `round_half_up(price × n / sessionsTotal)`, and refunds never add
 * up to more than the price. A full refund pays whatever of the price is left.
 */

/** `round_half_up(total × part / whole)` in exact integer arithmetic (`whole` > 0). */
export function shareHalfUp(total: number, part: number, whole: number): number {
  const [t, p, w] = [BigInt(total), BigInt(part), BigInt(whole)];
  return Number((2n * t * p + w) / (2n * w));
}

/** The price of a purchase and what its refunds took off, in one unit (minor units, or credits). */
export interface RefundBasis {
  /** What was paid. */
  price: number;
  /** What earlier refunds gave back. */
  paidBack: number;
  sessionsTotal: number;
  /** Sessions refunded before this refund. */
  sessionsRefunded: number;
}

/** What a refund of `sessions` more sessions gives back; `full` gives back the rest of the price. */
export function refundDue(basis: RefundBasis, sessions: number, full: boolean): number {
  if (full) return Math.max(0, basis.price - basis.paidBack);
  const owed = shareHalfUp(basis.price, basis.sessionsRefunded + sessions, basis.sessionsTotal);
  return Math.max(0, Math.min(owed, basis.price) - basis.paidBack);
}
