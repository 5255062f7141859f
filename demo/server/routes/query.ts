/** A listing's `country` and `currency` filters, as openapi.yaml's checks let them through. */
export interface MarketFilter {
  country?: string;
  currency?: string;
}

/** The `country` and `currency` query parameters that were sent. */
export function marketOf(query: URLSearchParams): MarketFilter {
  const country = query.get('country');
  const currency = query.get('currency');
  return { ...(country === null ? {} : { country }), ...(currency === null ? {} : { currency }) };
}
