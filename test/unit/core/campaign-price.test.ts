import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { bestCampaignPrice, discountedPrice, isCampaignRunning, type PricingCampaign } from '../../../src/core/campaign-price.js';

const price = fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER });
const percent = fc.integer({ min: 1, max: 100 });
const NOW = Date.parse('2026-05-01T12:00:00Z');

const campaign = (fields: Partial<PricingCampaign> & Pick<PricingCampaign, 'id' | 'type'>): PricingCampaign => ({
  active: true,
  startsAt: '2026-05-01T00:00:00Z',
  endsAt: '2026-06-01T00:00:00Z',
  ...fields,
});

describe('discountedPrice', () => {
  it('rounds the percentage discount half up, in minor units', () => {
    assert.equal(discountedPrice(1999, { percentOff: 15 }), 1699); // 299.85 off → 300
    assert.equal(discountedPrice(1, { percentOff: 50 }), 0); // 0.5 off → 1
    assert.equal(discountedPrice(3, { percentOff: 50 }), 1); // 1.5 off → 2
    assert.equal(discountedPrice(49, { percentOff: 1 }), 49); // 0.49 off → 0
    assert.equal(discountedPrice(50, { percentOff: 1 }), 49); // 0.5 off → 1
    assert.equal(discountedPrice(1000, { percentOff: 100 }), 0);
  });

  it('takes a fixed amount off, never below 0', () => {
    assert.equal(discountedPrice(1000, { amountOff: 250 }), 750);
    assert.equal(discountedPrice(500, { amountOff: 800 }), 0);
  });

  it('equals price − round-half-up(price × p / 100) for every safe price (exact arithmetic)', () => {
    fc.assert(
      fc.property(price, percent, (p, off) => {
        const exact = (BigInt(p) * BigInt(off) * 2n + 100n) / 200n; // floor(x + 1/2)
        assert.equal(discountedPrice(p, { percentOff: off }), p - Number(exact));
      }),
    );
  });

  it('stays within [0, price] and never rises as the percentage grows', () => {
    fc.assert(
      fc.property(price, percent, percent, (p, a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const atLow = discountedPrice(p, { percentOff: low });
        const atHigh = discountedPrice(p, { percentOff: high });
        assert.ok(atHigh >= 0 && atHigh <= atLow && atLow <= p);
        assert.ok(Number.isSafeInteger(atLow));
      }),
    );
  });

  it('a fixed discount is max(0, price − amountOff)', () => {
    fc.assert(
      fc.property(price, fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }), (p, off) => {
        assert.equal(discountedPrice(p, { amountOff: off }), Math.max(0, p - off));
      }),
    );
  });

  it('refuses prices and discounts out of range with a RangeError naming the field', () => {
    assert.throws(() => discountedPrice(-1, { percentOff: 10 }), { name: 'RangeError', message: /^price/ });
    assert.throws(() => discountedPrice(1.5, { percentOff: 10 }), { name: 'RangeError', message: /^price/ });
    assert.throws(() => discountedPrice(100, { percentOff: 0 }), { name: 'RangeError', message: /^percentOff/ });
    assert.throws(() => discountedPrice(100, { percentOff: 101 }), { name: 'RangeError', message: /^percentOff/ });
    assert.throws(() => discountedPrice(100, { amountOff: 0 }), { name: 'RangeError', message: /^amountOff/ });
  });
});

describe('isCampaignRunning', () => {
  it('runs while active and startsAt ≤ now < endsAt', () => {
    const c = campaign({ id: 'c', type: 'discount_all_credit_packages', percentOff: 10 });
    assert.equal(isCampaignRunning(c, Date.parse(c.startsAt)), true);
    assert.equal(isCampaignRunning(c, Date.parse(c.startsAt) - 1), false);
    assert.equal(isCampaignRunning(c, Date.parse(c.endsAt) - 1), true);
    assert.equal(isCampaignRunning(c, Date.parse(c.endsAt)), false);
    assert.equal(isCampaignRunning({ ...c, active: false }, NOW), false);
  });
});

describe('bestCampaignPrice', () => {
  const item = { id: 'cpk_1', price: 2000, currency: 'EUR' };

  it('is null when no running campaign lowers the price', () => {
    assert.equal(bestCampaignPrice(item, [], NOW), null);
    assert.equal(bestCampaignPrice(item, [campaign({ id: 'a', type: 'discount_all_credit_packages', percentOff: 10, active: false })], NOW), null);
    assert.equal(bestCampaignPrice(item, [campaign({ id: 'a', type: 'gift_new_members' })], NOW), null);
    assert.equal(bestCampaignPrice({ ...item, price: 0 }, [campaign({ id: 'a', type: 'discount_all_credit_packages', percentOff: 10 })], NOW), null);
    assert.equal(bestCampaignPrice({ ...item, price: 49 }, [campaign({ id: 'a', type: 'discount_all_credit_packages', percentOff: 1 })], NOW), null);
  });

  it('applies selected-package discounts only to their packages, fixed ones only in their currency', () => {
    const other = campaign({ id: 'a', type: 'discount_selected_credit_packages', creditPackageIds: ['cpk_2'], percentOff: 50 });
    const usd = campaign({ id: 'b', type: 'discount_selected_credit_packages', creditPackageIds: ['cpk_1'], amountOff: 500, currency: 'USD' });
    assert.equal(bestCampaignPrice(item, [other, usd], NOW), null);
    const eur = { ...usd, id: 'c', currency: 'EUR' };
    assert.deepEqual(bestCampaignPrice(item, [other, usd, eur], NOW), { price: 1500, discount: 500, campaign: eur });
  });

  it('the lowest price wins, never stacked', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.array(percent, { minLength: 1, maxLength: 6 }), (p, offs) => {
        const campaigns = offs.map((off, index) => campaign({ id: `c${index}`, type: 'discount_all_credit_packages', percentOff: off }));
        const best = bestCampaignPrice({ ...item, price: p }, campaigns, NOW);
        const lowest = Math.min(...offs.map((off) => discountedPrice(p, { percentOff: off })));
        if (lowest >= p) assert.equal(best, null);
        else {
          assert.equal(best?.price, lowest);
          assert.equal(best?.discount, p - lowest);
        }
      }),
    );
  });

  it('breaks ties by the campaign ending first, then the smaller id', () => {
    const later = campaign({ id: 'a', type: 'discount_all_credit_packages', percentOff: 10, endsAt: '2026-07-01T00:00:00Z' });
    const sooner = campaign({ id: 'b', type: 'discount_all_credit_packages', percentOff: 10 });
    assert.equal(bestCampaignPrice(item, [later, sooner], NOW)?.campaign.id, 'b');
    const twin = { ...sooner, id: 'a0' };
    assert.equal(bestCampaignPrice(item, [sooner, twin], NOW)?.campaign.id, 'a0');
  });
});
