/**
 * Money: amounts travel as integers in the currency's smallest unit (cents; yen have none) and
 * are only turned into text through `Intl.NumberFormat`, with the ISO 4217 minor units.
 */
import { lookupMinorUnits } from './currencies.js';

/**
 * The number of decimals of `currency`'s smallest unit per ISO 4217: 2 for USD, 0 for JPY,
 * 3 for KWD. Throws a `RangeError` naming `currency` for anything but an active uppercase code.
 */
export function currencyMinorUnits(currency: string): number {
  const units = typeof currency === 'string' ? lookupMinorUnits(currency) : undefined;
  if (units === undefined) {
    throw new RangeError(
      `currency must be an active ISO 4217 code in uppercase, such as "EUR" (got ${JSON.stringify(currency) ?? String(currency)}).`,
    );
  }
  return units;
}

/** Writes `amountMinor / 10^units` as an exact decimal string, so no float rounding can creep in. */
function toDecimalString(amountMinor: number, units: number): string {
  const digits = Math.abs(amountMinor).toString().padStart(units + 1, '0');
  const sign = amountMinor < 0 ? '-' : '';
  if (units === 0) return sign + digits;
  return `${sign}${digits.slice(0, -units)}.${digits.slice(-units)}`;
}

const formatters = new Map<string, Intl.NumberFormat>();

function formatterFor(currency: string, locale: string, units: number): Intl.NumberFormat {
  const key = `${locale}|${currency}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      minimumFractionDigits: units,
      maximumFractionDigits: units,
    });
    if (formatters.size >= 64) formatters.clear(); // a page uses a handful; never grow unbounded
    formatters.set(key, formatter);
  }
  return formatter;
}

/**
 * Formats an amount given in the smallest unit of `currency` for `locale`:
 * `formatMoney(1999, 'USD', 'en')` → `"$19.99"`, `formatMoney(1500, 'JPY', 'en')` → `"¥1,500"`,
 * `formatMoney(12345, 'KWD', 'en')` → `"KWD 12.345"`. Always shows exactly the ISO minor units.
 * Throws a `RangeError` naming the argument when `amountMinor` is not a safe integer, `currency`
 * is not an active ISO 4217 code, or `locale` is not a well-formed BCP 47 tag.
 */
export function formatMoney(amountMinor: number, currency: string, locale: string): string {
  if (typeof amountMinor !== 'number' || !Number.isSafeInteger(amountMinor)) {
    throw new RangeError(
      `amountMinor must be a safe integer in the smallest unit of the currency (got ${String(amountMinor)}).`,
    );
  }
  const units = currencyMinorUnits(currency);
  let canonical: string | undefined;
  try {
    canonical = typeof locale === 'string' ? Intl.getCanonicalLocales(locale)[0] : undefined;
  } catch {
    canonical = undefined;
  }
  if (canonical === undefined) {
    throw new RangeError(`locale must be a BCP 47 language tag such as "en" or "de-DE" (got ${JSON.stringify(locale) ?? String(locale)}).`);
  }
  // Intl.NumberFormat formats decimal strings exactly (ES2023); older engines read them as numbers.
  const amount = toDecimalString(amountMinor, units) as `${number}`;
  const formatter = formatterFor(currency, canonical, units);
  if (!RIGHT_TO_LEFT.has(canonical.split('-')[0]!)) return formatter.format(amount);
  // In right-to-left text a Latin symbol such as "US$" ends the line, where the bidi algorithm
  // would detach its "$" ("$US"): the symbol is isolated left-to-right (LRI … PDI).
  return formatter
    .formatToParts(amount)
    .map((part) => (part.type === 'currency' && /[A-Za-z]/.test(part.value) ? `\u2066${part.value}\u2069` : part.value))
    .join('');
}

/** Languages written right to left, whose currency symbols need isolating. */
const RIGHT_TO_LEFT = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'yi', 'dv', 'ckb', 'sd', 'ug']);
