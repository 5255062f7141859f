import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  COUNTRY_CODES,
  CURRENCY_CODES,
  currencyMinorUnits,
  formatMoney,
  isCountryCode,
  isCurrencyCode,
} from '../../../src/core/index.js';

/** ICU puts (narrow) no-break spaces and bidi marks around currency signs; compare the visible text. */
const visible = (text: string): string => text.replace(/[\u00a0\u202f]/g, ' ').replace(/[\u200e\u200f\u061c]/g, '');

describe('currencyMinorUnits', () => {
  it('follows ISO 4217', () => {
    assert.equal(currencyMinorUnits('USD'), 2);
    assert.equal(currencyMinorUnits('EUR'), 2);
    assert.equal(currencyMinorUnits('TRY'), 2);
    assert.equal(currencyMinorUnits('JPY'), 0);
    assert.equal(currencyMinorUnits('KRW'), 0);
    assert.equal(currencyMinorUnits('KWD'), 3);
    assert.equal(currencyMinorUnits('CLF'), 4);
  });

  it('throws a RangeError naming currency for unknown or lowercase codes', () => {
    for (const code of ['usd', 'ABC', '', 'HRK']) {
      assert.throws(() => currencyMinorUnits(code), { name: 'RangeError', message: /^currency must be an active ISO 4217 code/ });
    }
  });
});

describe('formatMoney', () => {
  const cases: [number, string, string, string][] = [
    [1999, 'USD', 'en', '$19.99'],
    [1999, 'EUR', 'en', '€19.99'],
    [1500, 'JPY', 'en', '¥1,500'],
    [12345, 'KWD', 'en', 'KWD 12.345'],
    [1999, 'TRY', 'en', 'TRY 19.99'],
    [1999, 'USD', 'de', '19,99 $'],
    [123456, 'EUR', 'de', '1.234,56 €'],
    [1500, 'JPY', 'de', '1.500 ¥'],
    [12345, 'KWD', 'de', '12,345 KWD'],
    [1999, 'TRY', 'tr', '₺19,99'],
    [1999, 'EUR', 'tr', '€19,99'],
    [12345, 'KWD', 'tr', 'KWD 12,345'],
    [1500, 'JPY', 'tr', '¥1.500'],
    [1999, 'USD', 'tr', '$19,99'],
  ];
  for (const [amount, currency, locale, expected] of cases) {
    it(`formats ${amount} ${currency} in ${locale} as ${expected}`, () => {
      assert.equal(visible(formatMoney(amount, currency, locale)), expected);
    });
  }

  it('formats in Arabic with the currency sign and the ISO decimals', () => {
    // Whether digits are Latin or Arabic-Indic depends on the ICU data; read them back either way.
    const latin = (text: string) =>
      visible(text).replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660)).replace(/\u066b/g, '.').replace(/\u066c/g, ',');
    assert.match(latin(formatMoney(12345, 'KWD', 'ar')), /^12\.345 د\.ك\.$/);
    assert.match(latin(formatMoney(1999, 'USD', 'ar')), /19\.99/);
    assert.match(latin(formatMoney(1500, 'JPY', 'ar')), /^1,500 /);
    assert.match(latin(formatMoney(1999, 'TRY', 'ar')), /19\.99/);
  });

  it('isolates a Latin currency symbol in right-to-left text, so "US$" never shows as "$US"', () => {
    assert.match(formatMoney(18000, 'USD', 'ar'), /\u2066US\$\u2069$/);
    assert.ok(!formatMoney(18000, 'USD', 'en').includes('\u2066'), 'left-to-right text needs no isolate');
    assert.ok(!formatMoney(12345, 'KWD', 'ar').includes('\u2066'), 'an Arabic symbol needs none either');
  });

  it('always shows exactly the minor units of the currency', () => {
    assert.equal(visible(formatMoney(0, 'KWD', 'en')), 'KWD 0.000');
    assert.equal(visible(formatMoney(5, 'USD', 'en')), '$0.05');
    assert.equal(visible(formatMoney(7, 'JPY', 'en')), '¥7');
    assert.equal(visible(formatMoney(1, 'CLF', 'en')), 'CLF 0.0001');
  });

  it('formats negative amounts (refunds)', () => {
    assert.equal(visible(formatMoney(-1999, 'USD', 'en')), '-$19.99');
    assert.equal(visible(formatMoney(-5, 'EUR', 'de')), '-0,05 €');
  });

  it('is exact for the largest safe amounts', () => {
    assert.equal(visible(formatMoney(Number.MAX_SAFE_INTEGER, 'USD', 'en')), '$90,071,992,547,409.91');
  });

  it('matches integer division for any amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 12 }), (amount) => {
        const expected = `${Math.floor(amount / 1000).toLocaleString('en')}.${String(amount % 1000).padStart(3, '0')}`;
        assert.equal(visible(formatMoney(amount, 'KWD', 'en')), `KWD ${expected}`);
      }),
    );
  });

  it('throws a RangeError naming the bad argument', () => {
    assert.throws(() => formatMoney(19.99, 'USD', 'en'), { name: 'RangeError', message: /^amountMinor must be a safe integer/ });
    assert.throws(() => formatMoney(Number.NaN, 'USD', 'en'), { name: 'RangeError', message: /^amountMinor/ });
    assert.throws(() => formatMoney(2 ** 60, 'USD', 'en'), { name: 'RangeError', message: /^amountMinor/ });
    assert.throws(() => formatMoney('1999' as unknown as number, 'USD', 'en'), { name: 'RangeError', message: /^amountMinor/ });
    assert.throws(() => formatMoney(1999, 'usd', 'en'), { name: 'RangeError', message: /^currency must be/ });
    assert.throws(() => formatMoney(1999, 'XAU', 'en'), { name: 'RangeError', message: /^currency must be/ });
    assert.throws(() => formatMoney(1999, 'USD', 'not a locale!'), { name: 'RangeError', message: /^locale must be a BCP 47 language tag/ });
    assert.throws(() => formatMoney(1999, 'USD', '' ), { name: 'RangeError', message: /^locale/ });
  });
});

describe('ISO tables', () => {
  it('holds the 249 assigned country codes, each a region Intl can name', () => {
    assert.equal(COUNTRY_CODES.length, 249);
    const names = new Intl.DisplayNames('en', { type: 'region' });
    for (const code of COUNTRY_CODES) assert.notEqual(names.of(code), code, code);
    assert.ok(isCountryCode('DE') && isCountryCode('AQ') && isCountryCode('XK') === false);
  });

  it('holds only well-formed, distinct currency codes with their minor units', () => {
    assert.equal(new Set(CURRENCY_CODES).size, CURRENCY_CODES.length);
    for (const code of CURRENCY_CODES) {
      assert.match(code, /^[A-Z]{3}$/);
      assert.ok([0, 2, 3, 4].includes(currencyMinorUnits(code)), code);
    }
    assert.ok(isCurrencyCode('EUR') && !isCurrencyCode('eur') && !isCurrencyCode(978));
  });
});
