/**
 * Campaign prices of credit packages, decided on the server by core's price rule
 * (src/core/campaign-price.ts) over the discount campaigns running on the server's clock: what the
 * public list shows beside each price and what a credit purchase charges.
 */
import { bestCampaignPrice } from '../../../src/core/campaign-price.js';
import { runningDiscountCampaigns } from '../db/campaigns.js';
import type { CreditPackage } from '../db/credit-packages.js';
import type { Queryable } from '../db/database.js';
import type * as Wire from '../../../src/wire/index.js';

/** A credit package on the public list, with its campaign price while a campaign lowers it. */
export type CreditOffer = Wire.Schema<'CreditOffer'>;

/** What a credit purchase charges: the amount, and the campaign that lowered it with what it took off. */
export interface CreditCharge {
  amount: number;
  campaignId: string | null;
  discount: number;
}

/** `packages` with `campaignPrice` and `campaign` on each one a campaign running at `nowMs` lowers. */
export async function creditOffers(db: Queryable, packages: readonly CreditPackage[], nowMs: number): Promise<CreditOffer[]> {
  const campaigns = packages.length > 0 ? await runningDiscountCampaigns(db, nowMs) : [];
  return packages.map((pkg) => {
    const best = bestCampaignPrice(pkg, campaigns, nowMs);
    if (best === null) return pkg;
    const { id, title, endsAt } = best.campaign;
    return { ...pkg, campaignPrice: best.price, campaign: { id, title, endsAt } };
  });
}

/** What buying `pkg` at `nowMs` charges: its lowest campaign price, else its price. */
export async function creditChargeOf(db: Queryable, pkg: CreditPackage, nowMs: number): Promise<CreditCharge> {
  const best = bestCampaignPrice(pkg, await runningDiscountCampaigns(db, nowMs), nowMs);
  return best === null ? { amount: pkg.price, campaignId: null, discount: 0 } : { amount: best.price, campaignId: best.campaign.id, discount: best.discount };
}
