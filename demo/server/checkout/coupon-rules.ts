/**
 * The rules of using a coupon code, as pure functions of the coupon, what it is used on, its uses
 * so far and the server's clock: whether the code may be used (one reason when not, in the order
 * a customer can act on: the code, its dates, the package, the customer, the count), and the
 * price it makes.
 *
 * Price rule: a percentage coupon takes round-half-up(base × percentOff / 100) off its base, in
 * the smallest unit (core's campaign price rule). The base is the running campaign's price for
 * `appliesTo: campaign`, else the item's own price, and then the campaign is not applied: a
 * coupon and a campaign never stack unless the coupon says so. A gift-credits coupon leaves the
 * price (and any campaign price) as it is.
 */
import { discountedPrice } from '../../../src/core/campaign-price.js';
import { isoInstant } from '../scheduling/time.js';

/** Why a code cannot be used, as the 422's field error code on `couponCode`. */
export type CouponRefusal =
  | 'coupon_unknown'
  | 'coupon_inactive'
  | 'coupon_not_started'
  | 'coupon_expired'
  | 'coupon_not_applicable'
  | 'coupon_new_members_only'
  | 'coupon_already_used'
  | 'coupon_used_up';

/** What the rules read of a coupon. */
export interface CouponTerms {
  id: string;
  giftCredits: number | null;
  percentOff: number | null;
  appliesTo: 'initial' | 'campaign';
  usesPerCustomer: number;
  /** Per code; `null` for no limit. */
  totalUses: number | null;
  startsAtMs: number;
  expiresAtMs: number | null;
  newMembersOnly: boolean;
  /** `null` for every package and credit package. */
  expertIds: readonly string[] | null;
  active: boolean;
}

/** What a code is used on: a package (its expert, whether it is free) or a credit package. */
export type CouponTarget = { kind: 'package'; expertId: string; free: boolean } | { kind: 'credit_package' };

/** The uses that count now; the customer's part is `null` when the customer is not known yet. */
export interface CouponUsage {
  /** Uses of this code, paid or held by a payment in progress. */
  codeUses: number;
  /** The customer's uses of this coupon (any code), paid or held. */
  customerUses: number | null;
  /** Whether the customer has bought anything before; `null` when unknown. */
  customerHasBought: boolean | null;
}

/** Why `terms` cannot be used on `target` now, or `null` when it can (an unknown code is the caller's). */
export function couponRefusal(terms: CouponTerms, target: CouponTarget, usage: CouponUsage, nowMs: number): CouponRefusal | null {
  if (!terms.active) return 'coupon_inactive';
  if (nowMs < terms.startsAtMs) return 'coupon_not_started';
  if (terms.expiresAtMs !== null && nowMs >= terms.expiresAtMs) return 'coupon_expired';
  if (notApplicable(terms, target) !== null) return 'coupon_not_applicable';
  if (terms.newMembersOnly && usage.customerHasBought === true) return 'coupon_new_members_only';
  if (usage.customerUses !== null && usage.customerUses >= terms.usesPerCustomer) return 'coupon_already_used';
  if (terms.totalUses !== null && usage.codeUses >= terms.totalUses) return 'coupon_used_up';
  return null;
}

/** Why the coupon is not for `target`, in words, or `null` when it is. */
function notApplicable(terms: CouponTerms, target: CouponTarget): string | null {
  if (target.kind === 'credit_package') return terms.expertIds === null ? null : 'it is only for packages of chosen experts, not for credit packages';
  if (target.free) return 'this package is free';
  if (terms.expertIds !== null && !terms.expertIds.includes(target.expertId)) return "it is not for this expert's packages";
  return null;
}

/** The English sentence of a refusal, naming the code and what the customer can do. */
export function refusalMessage(refusal: CouponRefusal, code: string, terms: CouponTerms | null, target: CouponTarget): string {
  switch (refusal) {
    case 'coupon_unknown':
      return `couponCode "${code}" is not a coupon code of this shop; check the spelling.`;
    case 'coupon_inactive':
      return `Coupon code ${code} is no longer valid: the coupon was withdrawn.`;
    case 'coupon_not_started':
      return `Coupon code ${code} is not valid yet: it can be used from ${isoInstant(terms?.startsAtMs ?? 0)}.`;
    case 'coupon_expired':
      return `Coupon code ${code} expired at ${isoInstant(terms?.expiresAtMs ?? 0)}.`;
    case 'coupon_not_applicable':
      return `Coupon code ${code} is not for this package: ${terms ? notApplicable(terms, target) : 'it does not apply'}.`;
    case 'coupon_new_members_only':
      return `Coupon code ${code} is for new members only: customers who have not bought anything yet.`;
    case 'coupon_already_used':
      return `You have already used coupon code ${code} as often as one customer may (${terms?.usesPerCustomer ?? 1}).`;
    case 'coupon_used_up':
      return `Coupon code ${code} is used up: it could be used ${terms?.totalUses ?? 0} times in all.`;
  }
}

/** A price before the coupon: the item's own, and the running campaign's when one lowers it. */
export interface PriceBefore {
  price: number;
  campaignPrice: number | null;
}

/** What a purchase with the coupon charges. */
export interface CouponPricing {
  /** What is charged. */
  amount: number;
  /** What the coupon takes off. */
  discount: number;
  /** Whether the campaign's price is kept (its discount recorded with the purchase). */
  campaignApplied: boolean;
  giftCredits: number | null;
}

/** The price of `before` with `terms` (see the module comment). */
export function couponPricing(terms: CouponTerms, before: PriceBefore): CouponPricing {
  const { price, campaignPrice } = before;
  if (terms.percentOff === null) {
    return { amount: campaignPrice ?? price, discount: 0, campaignApplied: campaignPrice !== null, giftCredits: terms.giftCredits };
  }
  const onCampaign = terms.appliesTo === 'campaign' && campaignPrice !== null;
  const base = onCampaign ? campaignPrice : price;
  const amount = discountedPrice(base, { percentOff: terms.percentOff });
  return { amount, discount: base - amount, campaignApplied: onCampaign, giftCredits: null };
}

/** A code as stored: surrounding spaces dropped, letters uppercase. */
export const normalizedCode = (input: string): string => input.trim().toUpperCase();
