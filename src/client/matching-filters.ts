/**
 * The filters of a listing held against its answer, apart from their checks (`list-filters.ts`)
 * so that this loads with the readers of the answers, not in the widget's first load.
 */
import type { Parser } from '../http/contract.js';

/**
 * Items (packages, credit packages) must match the filters asked for: one in another currency
 * would show a wrong price.
 */
export function matchingFilters<T extends { country: string; currency: string }>(
  parse: Parser<T>,
  query: { country?: string | undefined; currency?: string | undefined },
): Parser<T> {
  return (json, path, issues) => {
    const item = parse(json, path, issues);
    if (!item) return undefined;
    for (const field of ['country', 'currency'] as const) {
      const wanted = query[field];
      if (wanted !== undefined && item[field] !== wanted) {
        issues.push({ path: `${path}.${field}`, message: `expected "${wanted}" as filtered (got "${item[field]}").` });
        return undefined;
      }
    }
    return item;
  };
}
