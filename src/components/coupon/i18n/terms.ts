import type { TermSet } from '../../../i18n/catalog.js';

/**
 * Why a coupon code cannot be used: the server's reason codes (a 422 on `couponCode` from
 * `POST /v1/coupon-quotes` or a purchase), `empty` (nothing typed), `failed` (the code could not
 * be checked: no answer, or a server error) and `other` (a reason this version does not know).
 */
export type CouponReason =
  | 'coupon_unknown'
  | 'coupon_inactive'
  | 'coupon_not_started'
  | 'coupon_expired'
  | 'coupon_used_up'
  | 'coupon_not_applicable'
  | 'coupon_new_members_only'
  | 'coupon_already_used'
  | 'empty'
  | 'failed'
  | 'other';

/**
 * Every text of the coupon field of `<appt-checkout>` and `<appt-credits>` in one language,
 * beside the shared {@link Translation}. Each key starts with `coupon`.
 */
export interface CouponTerms extends TermSet {
  /** The field's label. */
  couponLabel: string;
  /** The button applying the typed code. */
  couponApply: string;
  /** The same button once a code is applied: takes it off. */
  couponRemove: string;
  /** Announced while the code is checked. */
  couponChecking: string;
  /** Announced once a code is applied; `code` as stored. */
  couponApplied(code: string): string;
  /** Announced once the code is taken off. */
  couponRemoved: string;
  /** The accessible wording of the new price beside the struck-through one: "was €50.00, now €45.00". */
  couponWasNow(was: string, now: string): string;
  /** The discount line: `code` and the amount taken off, e.g. "−€5.00" or "−1 credit". */
  couponDiscount(code: string, amount: string): string;
  /** The line of a gift coupon: `code` and the credits it adds, plural-aware. */
  couponGift(code: string, credits: number): string;
  /** A price in credits, plural-aware: "4 credits". */
  couponCredits(credits: number): string;
  /** Why a code cannot be used, by reason. */
  couponReasons: Record<CouponReason, string>;
}
