import { isCountryCode } from '../../core/countries.js';
import { isCurrencyCode } from '../../core/currencies.js';

/** What is wrong with `<appt-credits>`'s market attributes (`''`: nothing), naming the attribute at fault. */
export function marketProblem(tag: string, country: string, currency: string): string {
  if (country.trim() && !isCountryCode(country.trim())) {
    return `<${tag}>: the "country" attribute must be an ISO 3166-1 alpha-2 code in capitals such as "DE" (got "${country}").`;
  }
  if (currency.trim() && !isCurrencyCode(currency.trim())) {
    return `<${tag}>: the "currency" attribute must be an ISO 4217 code in capitals such as "EUR" (got "${currency}").`;
  }
  return '';
}
