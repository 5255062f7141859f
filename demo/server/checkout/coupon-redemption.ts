/**
 * A coupon code taken by a purchase, a credit purchase or a quote: the code's coupon read (and,
 * for a purchase, locked until its transaction ends), checked by the coupon rules against what it
 * is used on and the customer's and code's uses so far, and priced. A code that cannot be used is
 * a 422 on `couponCode` naming the reason; then nothing is written.
 */
import type { AppointmentPackage } from '../../../src/core/node.js';
import { couponTermsOfCode, couponUsage, insertCouponUse, type UseOwner } from '../db/coupon-uses.js';
import type { CreditPackage } from '../db/credit-packages.js';
import type { Queryable } from '../db/database.js';
import { validationProblem } from '../http/problem.js';
import { creditChargeOf, type CreditCharge } from './campaign-price.js';
import { couponPricing, couponRefusal, normalizedCode, refusalMessage, type CouponPricing, type CouponTarget, type CouponTerms } from './coupon-rules.js';

/** What a code is used on: a package paid by card or credits, or a credit package. */
export type Purchasable = { kind: 'package'; pkg: AppointmentPackage; method: 'card' | 'credits' | 'free' } | { kind: 'credit_package'; pkg: CreditPackage };

/** A code that may be used, and what the purchase then charges. */
export interface CouponRedemption extends CouponPricing {
  couponId: string;
  /** The code as stored (uppercase). */
  code: string;
  /** A currency code, or `credits` for a package paid with credits. */
  unit: string;
  /** The price before any campaign or coupon, in `unit`. */
  price: number;
  /** The running campaign's charge of a credit package, or `null`. */
  campaign: CreditCharge | null;
}

const targetOf = (item: Purchasable): CouponTarget =>
  item.kind === 'credit_package' ? { kind: 'credit_package' } : { kind: 'package', expertId: item.pkg.expertId, free: item.method === 'free' || item.pkg.fee === 0 };

/** The price of `item` before the coupon: its own, and a running campaign's (credit packages). */
async function priceBefore(db: Queryable, item: Purchasable, nowMs: number): Promise<{ unit: string; price: number; campaign: CreditCharge | null }> {
  if (item.kind === 'credit_package') {
    const charge = await creditChargeOf(db, item.pkg, nowMs);
    return { unit: item.pkg.currency, price: item.pkg.price, campaign: charge.campaignId === null ? null : charge };
  }
  if (item.method === 'credits') return { unit: 'credits', price: item.pkg.credits ?? 0, campaign: null };
  return { unit: item.pkg.currency, price: item.pkg.fee, campaign: null };
}

/** The 422 on `couponCode` for `refusal`. */
function refused(refusal: Parameters<typeof refusalMessage>[0], code: string, terms: CouponTerms | null, item: Purchasable) {
  return validationProblem([{ field: 'couponCode', code: refusal, message: refusalMessage(refusal, code, terms, targetOf(item)) }]);
}

/**
 * Checks `input` for `item` bought by `customerId` (`null`: not known yet, its rules are then
 * checked at the purchase) at `nowMs` and prices it, or throws the 422. With `lock`, the coupon
 * stays locked to the end of `tx`, so the uses counted cannot change before the caller records one.
 */
export async function redeemCoupon(
  tx: Queryable,
  input: string,
  item: Purchasable,
  customerId: string | null,
  options: { nowMs: number; lock: boolean },
): Promise<CouponRedemption> {
  const code = normalizedCode(input);
  const terms = await couponTermsOfCode(tx, code, options.lock);
  if (!terms) throw refused('coupon_unknown', input.trim(), null, item);
  const usage = await couponUsage(tx, terms.id, code, customerId, options.nowMs);
  const refusal = couponRefusal(terms, targetOf(item), usage, options.nowMs);
  if (refusal !== null) throw refused(refusal, code, terms, item);
  const before = await priceBefore(tx, item, options.nowMs);
  const pricing = couponPricing(terms, { price: before.price, campaignPrice: before.campaign?.amount ?? null });
  return { ...pricing, couponId: terms.id, code, unit: before.unit, price: before.price, campaign: pricing.campaignApplied ? before.campaign : null };
}

/**
 * Records the use of `redemption` by `owner`: `held` while a card payment is in progress, `used`
 * when the purchase is paid in the same transaction (credits).
 */
export async function recordRedemption(
  tx: Queryable,
  redemption: CouponRedemption,
  use: { customerId: string; owner: UseOwner; status: 'held' | 'used'; nowMs: number },
): Promise<void> {
  await insertCouponUse(tx, {
    couponId: redemption.couponId,
    code: redemption.code,
    customerId: use.customerId,
    owner: use.owner,
    status: use.status,
    discount: redemption.discount,
    unit: redemption.unit,
    giftCredits: redemption.giftCredits,
    nowMs: use.nowMs,
  });
}
