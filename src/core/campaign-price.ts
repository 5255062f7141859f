/**
 * The one price rule of campaigns, shared by the reference server (what it lists and charges) and
 * any client that wants to explain a price. Prices are integers in the smallest unit of their
 * currency.
 *
 * - A percentage discount takes round-half-up(price × percentOff / 100) off the price: the
 *   discount is rounded to the nearest minor unit, halves up (e.g. 15% of 1999 = 299.85 → 300
 *   off → 1699; 50% of 1 = 0.5 → 1 off → 0).
 * - A fixed discount takes `amountOff` off the price.
 * - A price never goes below 0.
 * - A campaign runs while `active` and `startsAt` ≤ now < `endsAt`.
 * - When several discount campaigns apply to one credit package at one moment, the lowest price
 *   wins (ties: the campaign ending first, then the smaller id); discounts never stack.
 */

/** A discount: a whole percentage (1–100) or a fixed amount in minor units (≥ 1). */
export type Discount = { readonly percentOff: number } | { readonly amountOff: number };

/** The price of something sold, in the smallest unit of its currency. */
export interface PricedItem {
  readonly id: string;
  readonly price: number;
  readonly currency: string;
}

/** What the price rule reads of a campaign. */
export interface PricingCampaign {
  readonly id: string;
  readonly type: string;
  readonly active: boolean;
  /** UTC instants. */
  readonly startsAt: string;
  readonly endsAt: string;
  readonly percentOff?: number;
  readonly amountOff?: number;
  readonly currency?: string;
  readonly creditPackageIds?: readonly string[];
}

/** A price lowered by a campaign. */
export interface CampaignPrice<C extends PricingCampaign> {
  /** The lowered price, below the item's price. */
  readonly price: number;
  /** What it takes off: the item's price minus {@link price}. */
  readonly discount: number;
  readonly campaign: C;
}

/** round-half-up(price × percentOff / 100), exact for every safe integer price. */
function percentDiscount(price: number, percentOff: number): number {
  return Number((BigInt(price) * BigInt(percentOff) + 50n) / 100n);
}

/**
 * The price after `discount`: price − round-half-up(price × percentOff / 100), or
 * price − amountOff, never below 0. Throws a RangeError for a price that is not a safe integer
 * ≥ 0 or a discount outside its range.
 *
 * @example
 * discountedPrice(1999, { percentOff: 15 }); // 1699
 * discountedPrice(500, { amountOff: 800 }); // 0
 */
export function discountedPrice(price: number, discount: Discount): number {
  if (!Number.isSafeInteger(price) || price < 0) throw new RangeError(`price must be a whole number of minor units ≥ 0 (got ${price}).`);
  if ('percentOff' in discount) {
    const { percentOff } = discount;
    if (!Number.isInteger(percentOff) || percentOff < 1 || percentOff > 100) throw new RangeError(`percentOff must be a whole number from 1 to 100 (got ${percentOff}).`);
    return price - percentDiscount(price, percentOff);
  }
  const { amountOff } = discount;
  if (!Number.isSafeInteger(amountOff) || amountOff < 1) throw new RangeError(`amountOff must be a whole number of minor units ≥ 1 (got ${amountOff}).`);
  return Math.max(0, price - amountOff);
}

/** Whether `campaign` runs at `nowMs`: `active` and `startsAt` ≤ now < `endsAt`. */
export function isCampaignRunning(campaign: Pick<PricingCampaign, 'active' | 'startsAt' | 'endsAt'>, nowMs: number): boolean {
  return campaign.active && Date.parse(campaign.startsAt) <= nowMs && nowMs < Date.parse(campaign.endsAt);
}

/** The discount `campaign` gives `item` (whether it runs aside), or `null` when it gives none. */
export function campaignDiscountOf(item: PricedItem, campaign: PricingCampaign): Discount | null {
  if (campaign.type === 'discount_all_credit_packages' && campaign.percentOff !== undefined) return { percentOff: campaign.percentOff };
  if (campaign.type !== 'discount_selected_credit_packages' || !campaign.creditPackageIds?.includes(item.id)) return null;
  if (campaign.percentOff !== undefined) return { percentOff: campaign.percentOff };
  if (campaign.amountOff !== undefined && campaign.currency === item.currency) return { amountOff: campaign.amountOff };
  return null;
}

/**
 * The lowest price of `item` under the campaigns running at `nowMs`, or `null` when none lowers
 * it (a 0 % effect, e.g. 1 % of a price of 49 minor units, or a price of 0, is no campaign price).
 */
export function bestCampaignPrice<C extends PricingCampaign>(item: PricedItem, campaigns: readonly C[], nowMs: number): CampaignPrice<C> | null {
  let best: CampaignPrice<C> | null = null;
  for (const campaign of campaigns) {
    if (!isCampaignRunning(campaign, nowMs)) continue;
    const discount = campaignDiscountOf(item, campaign);
    if (discount === null) continue;
    const price = discountedPrice(item.price, discount);
    if (price >= item.price) continue;
    if (best === null || price < best.price || (price === best.price && isEarlier(campaign, best.campaign))) {
      best = { price, discount: item.price - price, campaign };
    }
  }
  return best;
}

/** Whether `a` wins a tie over `b`: it ends first, then has the smaller id. */
function isEarlier(a: PricingCampaign, b: PricingCampaign): boolean {
  const [endA, endB] = [Date.parse(a.endsAt), Date.parse(b.endsAt)];
  return endA !== endB ? endA < endB : a.id < b.id;
}
