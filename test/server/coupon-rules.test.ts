/** The coupon rules as pure functions: the order of the reasons, and the price with and without a campaign. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { couponPricing, couponRefusal, normalizedCode, type CouponTerms, type CouponUsage } from '../../demo/server/checkout/coupon-rules.js';

const NOW = Date.parse('2031-05-04T09:00:00Z');

const terms = (overrides: Partial<CouponTerms> = {}): CouponTerms => ({
  id: 'cpn_rules',
  giftCredits: null,
  percentOff: 15,
  appliesTo: 'initial',
  usesPerCustomer: 1,
  totalUses: 5,
  startsAtMs: Date.parse('2031-05-01T00:00:00Z'),
  expiresAtMs: Date.parse('2031-06-01T00:00:00Z'),
  newMembersOnly: false,
  expertIds: null,
  active: true,
  ...overrides,
});

const fresh: CouponUsage = { codeUses: 0, customerUses: 0, customerHasBought: false };
const onPackage = { kind: 'package', expertId: 'exp_a', free: false } as const;

describe('coupon rules', () => {
  it('accepts a running coupon with uses left', () => {
    assert.equal(couponRefusal(terms(), onPackage, fresh, NOW), null);
  });

  it('reports the first reason a customer can act on', () => {
    const worst = terms({ active: false, startsAtMs: NOW + 1, expertIds: ['exp_b'], newMembersOnly: true, totalUses: 1 });
    const usedUp: CouponUsage = { codeUses: 1, customerUses: 1, customerHasBought: true };
    assert.equal(couponRefusal(worst, onPackage, usedUp, NOW), 'coupon_inactive');
    assert.equal(couponRefusal({ ...worst, active: true }, onPackage, usedUp, NOW), 'coupon_not_started');
    assert.equal(couponRefusal({ ...worst, active: true, startsAtMs: NOW }, onPackage, usedUp, NOW), 'coupon_not_applicable');
    assert.equal(couponRefusal({ ...worst, active: true, startsAtMs: NOW, expertIds: null }, onPackage, usedUp, NOW), 'coupon_new_members_only');
    assert.equal(couponRefusal(terms({ totalUses: 1 }), onPackage, usedUp, NOW), 'coupon_already_used');
    assert.equal(couponRefusal(terms({ totalUses: 1 }), onPackage, { ...usedUp, customerUses: 0 }, NOW), 'coupon_used_up');
  });

  it('expires at its expiry instant, not a millisecond later', () => {
    const ending = terms({ expiresAtMs: NOW });
    assert.equal(couponRefusal(ending, onPackage, fresh, NOW - 1), null);
    assert.equal(couponRefusal(ending, onPackage, fresh, NOW), 'coupon_expired');
  });

  it('leaves the customer rules to the purchase when the customer is unknown', () => {
    const unknown: CouponUsage = { codeUses: 0, customerUses: null, customerHasBought: null };
    assert.equal(couponRefusal(terms({ newMembersOnly: true }), onPackage, unknown, NOW), null);
  });

  it('is never for a free package, nor for a credit package when it names experts', () => {
    assert.equal(couponRefusal(terms(), { ...onPackage, free: true }, fresh, NOW), 'coupon_not_applicable');
    assert.equal(couponRefusal(terms({ expertIds: ['exp_a'] }), { kind: 'credit_package' }, fresh, NOW), 'coupon_not_applicable');
    assert.equal(couponRefusal(terms(), { kind: 'credit_package' }, fresh, NOW), null);
  });

  it('rounds the discount half up in minor units, on the initial or the campaign price', () => {
    assert.deepEqual(couponPricing(terms({ percentOff: 15 }), { price: 1999, campaignPrice: null }), { amount: 1699, discount: 300, campaignApplied: false, giftCredits: null });
    // initial: the campaign is dropped and the coupon takes 10 % of 4900.
    assert.deepEqual(couponPricing(terms({ percentOff: 10 }), { price: 4900, campaignPrice: 3920 }), { amount: 4410, discount: 490, campaignApplied: false, giftCredits: null });
    assert.deepEqual(couponPricing(terms({ percentOff: 10, appliesTo: 'campaign' }), { price: 4900, campaignPrice: 3920 }), {
      amount: 3528,
      discount: 392,
      campaignApplied: true,
      giftCredits: null,
    });
    assert.deepEqual(couponPricing(terms({ percentOff: 100 }), { price: 12, campaignPrice: null }), { amount: 0, discount: 12, campaignApplied: false, giftCredits: null });
  });

  it('keeps the price, and a campaign price, under a gift-credits coupon', () => {
    assert.deepEqual(couponPricing(terms({ percentOff: null, giftCredits: 7 }), { price: 4900, campaignPrice: 3920 }), { amount: 3920, discount: 0, campaignApplied: true, giftCredits: 7 });
  });

  it('matches codes without case or surrounding spaces', () => {
    assert.equal(normalizedCode('  spring-15 '), 'SPRING-15');
  });
});
