/**
 * Money in a form: people type amounts in the major unit of a currency ("90.00" euros), the wire
 * carries whole minor units (9000 cents). The decimals are ISO 4217's (core's table, the server's
 * rule too), so 0 for JPY and 3 for KWD.
 */
import { lookupMinorUnits } from '../../core/currencies.js';

/** The decimals of `currency`'s minor unit (2 for EUR, 0 for JPY), or `undefined` for an unknown code. */
export function moneyFractionDigits(currency: unknown): number | undefined {
  return typeof currency === 'string' ? lookupMinorUnits(currency) : undefined;
}

/** The `step` of an input of amounts in `currency`: "0.01" for EUR, "1" for JPY, "any" when unknown. */
export function moneyStep(currency: unknown): string {
  const digits = moneyFractionDigits(currency);
  return digits === undefined ? 'any' : digits === 0 ? '1' : `0.${'0'.repeat(digits - 1)}1`;
}

/** A whole amount of minor units as major-unit text with the currency's decimals: 9000 EUR → "90.00". */
export function minorToMajorText(amountMinor: number, currency: unknown): string {
  const digits = moneyFractionDigits(currency);
  if (digits === undefined || !Number.isSafeInteger(amountMinor)) return String(amountMinor);
  const text = Math.abs(amountMinor).toString().padStart(digits + 1, '0');
  const sign = amountMinor < 0 ? '-' : '';
  return digits === 0 ? sign + text : `${sign}${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

/**
 * Major-unit text as whole minor units: "90" or "90.00" or "90,5" EUR → 9000 / 9000 / 9050.
 * `undefined` when the text is not a plain amount (a sign, thousands separators, letters), has
 * more decimals than the currency, the currency is unknown, or the result is not a safe integer.
 */
export function majorTextToMinor(text: string, currency: unknown): number | undefined {
  const digits = moneyFractionDigits(currency);
  const match = /^(\d*)(?:[.,](\d*))?$/.exec(text.trim());
  if (digits === undefined || !match) return undefined;
  const whole = match[1] ?? '';
  const fraction = match[2] ?? '';
  if ((whole === '' && fraction === '') || fraction.length > digits) return undefined;
  const minor = Number(whole || '0') * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
  return Number.isSafeInteger(minor) ? minor : undefined;
}
