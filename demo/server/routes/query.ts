import type { FieldError } from '../../../src/core/index.js';
import { validatePackagePatch } from '../../../src/core/index.js';

/** A listing's `country` and `currency` filters, checked with the package rules. */
export interface MarketFilter {
  country?: string;
  currency?: string;
}

/**
 * Reads the `country` and `currency` query parameters, checking them with the same rules as a
 * package's fields; problems are pushed onto `errors`.
 */
export function readMarketFilter(query: URLSearchParams, errors: FieldError[]): MarketFilter {
  const filter: MarketFilter = {};
  for (const field of ['country', 'currency'] as const) {
    const value = query.get(field);
    if (value === null) continue;
    const result = validatePackagePatch({ [field]: value });
    if (result.ok) filter[field] = value;
    else errors.push(...result.errors);
  }
  return filter;
}
