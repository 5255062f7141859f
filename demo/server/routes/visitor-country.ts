/**
 * Which country's packages (and credit offers) a visitor sees: the host's explicit `country`
 * query, else the country the configured proxy/CDN header gives (only that one header is
 * trusted), else the region of the best `Accept-Language` tag that has one, else the tenant's
 * default country.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { isCountryCode } from '../../../src/core/index.js';

/** Where the visitor's country came from. */
export type CountrySource = 'query' | 'header' | 'accept-language' | 'default';

/** The visitor's country and where it came from. */
export interface VisitorCountry {
  country: string;
  source: CountrySource;
}

/** What the resolution reads of one request. */
export interface CountryRequest {
  /** The `country` query parameter (its format already checked by openapi.yaml), or `null`. */
  query: string | null;
  headers: IncomingHttpHeaders;
  /** The lower-case name of the proxy header to trust, or `undefined` for none. */
  countryHeader: string | undefined;
  defaultCountry: string;
}

const single = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value);

/** An assigned country code in `value` (any case), or `undefined` (CDNs send `XX`, `T1` for unknown). */
function assignedCountry(value: string | undefined): string | undefined {
  const code = value?.trim().toUpperCase();
  return code !== undefined && isCountryCode(code) ? code : undefined;
}

/**
 * The region of the most preferred `Accept-Language` tag that names an assigned one
 * (`tr-TR,tr;q=0.9` → `TR`; `de` names none). Tags with `q=0` are refused by the visitor.
 */
export function acceptLanguageRegion(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  const ranked = header
    .split(',')
    .slice(0, 32)
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((param) => /^\s*q\s*=\s*([0-9.]+)\s*$/i.exec(param)?.[1]).find((value) => value !== undefined);
      return { tag: tag.trim(), q: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranked) {
    // language[-script]-REGION[-…]: the region is the first two-letter subtag after the language.
    const region = tag.split('-').slice(1).find((subtag) => /^[A-Za-z]{2}$/.test(subtag));
    const country = assignedCountry(region);
    if (country !== undefined) return country;
  }
  return undefined;
}

/** Resolves the visitor's country in the documented order. */
export function visitorCountry(request: CountryRequest): VisitorCountry {
  if (request.query !== null) return { country: request.query, source: 'query' };
  const fromHeader = request.countryHeader === undefined ? undefined : assignedCountry(single(request.headers[request.countryHeader]));
  if (fromHeader !== undefined) return { country: fromHeader, source: 'header' };
  const fromLanguage = acceptLanguageRegion(single(request.headers['accept-language']));
  if (fromLanguage !== undefined) return { country: fromLanguage, source: 'accept-language' };
  return { country: request.defaultCountry, source: 'default' };
}

/**
 * The one list a visitor sees, from `items` (every country's, in listing order): those of their
 * country; when an inferred country (not one the host asked for) has none, those of the tenant's
 * default country; when that has none either, those of the topmost item's country (an expert who
 * sells elsewhere only still shows something). Of one currency only: the `currency` asked for,
 * else that of the topmost item of the country.
 */
export function oneMarketList<T extends { country: string; currency: string }>(
  visitor: VisitorCountry,
  defaultCountry: string,
  currency: string | undefined,
  items: readonly T[],
): { country: string; data: T[] } {
  const sells = (country: string) => items.some((item) => item.country === country);
  const country =
    visitor.source === 'query' || sells(visitor.country)
      ? visitor.country
      : sells(defaultCountry)
        ? defaultCountry
        : (items[0]?.country ?? defaultCountry);
  const ofCountry = items.filter((item) => item.country === country);
  const shown = currency ?? ofCountry[0]?.currency;
  return { country, data: ofCountry.filter((item) => item.currency === shown) };
}
