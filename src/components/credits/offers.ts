import type { CreditOffer } from '../../client/types.js';

/**
 * The offers of one market: those in the first offer's country and currency, in the server's
 * order. The server answers one country when asked for none; should an answer mix countries or
 * currencies anyway, a visitor still sees one list of comparable prices, never the same credits
 * at once in euros and in lira.
 */
export function oneMarket(offers: readonly CreditOffer[]): CreditOffer[] {
  const first = offers[0];
  if (!first) return [];
  return offers.filter((offer) => offer.country === first.country && offer.currency === first.currency);
}

/** What a purchase of `offer` charges: its campaign price while a campaign lowers it, else its price. */
export function chargedPrice(offer: CreditOffer): number {
  return offer.campaignPrice ?? offer.price;
}
