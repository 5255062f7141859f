/**
 * The active ISO 4217 currency codes that can carry a price, with their minor units (the number
 * of decimals of the smallest unit), embedded so that validation and money never depend on what a
 * browser's `Intl` happens to know. Codes whose minor unit is "N.A." in ISO 4217 (precious metals,
 * SDR, bond-market units, XTS, XXX) are left out on purpose: nothing can be priced in them.
 * Withdrawn codes (HRK, ZWL, ANG, SLL, CUC, MRO, …) are left out too. Country codes are in
 * `countries.ts`.
 */

// "CODE<minor units>", grouped by minor units for readability: most currencies have 2.
const CURRENCY_TABLE =
  // 0 minor units
  'BIF0 CLP0 DJF0 GNF0 ISK0 JPY0 KMF0 KRW0 PYG0 RWF0 UGX0 UYI0 VND0 VUV0 XAF0 XOF0 XPF0 ' +
  // 3 minor units
  'BHD3 IQD3 JOD3 KWD3 LYD3 OMR3 TND3 ' +
  // 4 minor units
  'CLF4 UYW4 ' +
  // 2 minor units
  'AED2 AFN2 ALL2 AMD2 AOA2 ARS2 AUD2 AWG2 AZN2 BAM2 BBD2 BDT2 BGN2 BMD2 BND2 BOB2 BOV2 BRL2 ' +
  'BSD2 BTN2 BWP2 BYN2 BZD2 CAD2 CDF2 CHE2 CHF2 CHW2 CNY2 COP2 COU2 CRC2 CUP2 CVE2 CZK2 DKK2 ' +
  'DOP2 DZD2 EGP2 ERN2 ETB2 EUR2 FJD2 FKP2 GBP2 GEL2 GHS2 GIP2 GMD2 GTQ2 GYD2 HKD2 HNL2 HTG2 ' +
  'HUF2 IDR2 ILS2 INR2 IRR2 JMD2 KES2 KGS2 KHR2 KPW2 KYD2 KZT2 LAK2 LBP2 LKR2 LRD2 LSL2 MAD2 ' +
  'MDL2 MGA2 MKD2 MMK2 MNT2 MOP2 MRU2 MUR2 MVR2 MWK2 MXN2 MXV2 MYR2 MZN2 NAD2 NGN2 NIO2 NOK2 ' +
  'NPR2 NZD2 PAB2 PEN2 PGK2 PHP2 PKR2 PLN2 QAR2 RON2 RSD2 RUB2 SAR2 SBD2 SCR2 SDG2 SEK2 SGD2 ' +
  'SHP2 SLE2 SOS2 SRD2 SSP2 STN2 SVC2 SYP2 SZL2 THB2 TJS2 TMT2 TOP2 TRY2 TTD2 TWD2 TZS2 UAH2 ' +
  'USD2 USN2 UYU2 UZS2 VED2 VES2 WST2 XCD2 XCG2 YER2 ZAR2 ZMW2 ZWG2';

const MINOR_UNITS: ReadonlyMap<string, number> = new Map(
  CURRENCY_TABLE.split(' ').map((entry) => [entry.slice(0, 3), Number(entry.slice(3))] as const),
);

/** Every active ISO 4217 currency code that can carry a price, uppercase, in alphabetical order. */
export const CURRENCY_CODES: readonly string[] = Object.freeze([...MINOR_UNITS.keys()].sort());

/** Whether `code` is an active ISO 4217 currency code, exactly as written (uppercase). */
export function isCurrencyCode(code: unknown): code is string {
  return typeof code === 'string' && MINOR_UNITS.has(code);
}

/**
 * The ISO 4217 minor units of `code` (2 for USD, 0 for JPY, 3 for KWD), or `undefined` when `code`
 * is not an active currency. {@link currencyMinorUnits} in `money.ts` is the throwing variant.
 */
export function lookupMinorUnits(code: string): number | undefined {
  return MINOR_UNITS.get(code);
}
