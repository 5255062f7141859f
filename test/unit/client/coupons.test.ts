import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { HttpResponse } from 'msw';
import { createClient, isApiError, isResponseValidationError, type ApiError, type CouponQuoteInput, type ResponseValidationError } from '../../../src/client/index.js';
import { BASE, problem, useServer, record, rejection } from './helpers.js';

const server = useServer();
const signedIn = createClient({ baseUrl: BASE, publishableKey: 'pk_test_demo', customerToken: 'ct_customer', retry: { backoffMs: 1 } });
const QUOTES = `${BASE}/v1/coupon-quotes`;
const QUOTE = { couponCode: 'SPRING10', method: 'card', currency: 'EUR', price: 12000, amount: 10800, discount: 1200 };

describe('coupons.quote', () => {
  it('sends the code and the package with the customer token, and reads the quote', async () => {
    const seen = record(server, 'post', QUOTES, () => HttpResponse.json({ ...QUOTE, extra: 1 }));
    assert.deepEqual(await signedIn.coupons.quote({ couponCode: ' spring10 ', packageId: 'pkg_1' }), QUOTE);
    assert.deepEqual(await seen[0]!.json(), { couponCode: 'spring10', packageId: 'pkg_1', method: 'card' });
    assert.equal(seen[0]!.headers.get('apptkit-customer'), 'ct_customer');
  });

  it('quotes a credit package without a method, and a guest by e-mail', async () => {
    const seen = record(server, 'post', QUOTES, () => HttpResponse.json({ ...QUOTE, price: 9000, amount: 9000, discount: 0, giftCredits: 10 }));
    await signedIn.coupons.quote({ couponCode: 'WELCOME', creditPackageId: 'cpk_1', guestEmail: 'ana@example.com' });
    assert.deepEqual(await seen[0]!.json(), { couponCode: 'WELCOME', creditPackageId: 'cpk_1', guestEmail: 'ana@example.com' });
  });

  it('rejects a refused code with the reason on couponCode', async () => {
    record(server, 'post', QUOTES, () =>
      problem(422, { code: 'validation_failed', title: 'Invalid', errors: [{ field: 'couponCode', code: 'coupon_expired', message: 'The coupon expired.' }] }),
    );
    const error = (await rejection(signedIn.coupons.quote({ couponCode: 'OLD', packageId: 'pkg_1' }))) as ApiError;
    assert.ok(isApiError(error));
    assert.deepEqual(
      error.fieldErrors.map((e) => [e.field, e.code]),
      [['couponCode', 'coupon_expired']],
    );
  });

  it('refuses a quote for another method, or one charging more than the price it starts from', async () => {
    for (const [answer, path, message] of [
      [{ ...QUOTE, method: 'credits' }, '$.method', /"card" as asked for/],
      [{ ...QUOTE, amount: 12500 }, '$.amount', /at most 12000/],
      [{ ...QUOTE, campaignPrice: 10000, amount: 10500 }, '$.amount', /at most 10000/],
    ] as const) {
      server.resetHandlers();
      record(server, 'post', QUOTES, () => HttpResponse.json(answer));
      const error = (await rejection(signedIn.coupons.quote({ couponCode: 'SPRING10', packageId: 'pkg_1' }))) as ResponseValidationError;
      assert.ok(isResponseValidationError(error), String(error));
      assert.equal(error.issues[0]?.path, path, error.message);
      assert.match(error.issues[0]!.message, message);
    }
  });

  it('checks its arguments before sending anything', async () => {
    const seen = record(server, 'post', QUOTES, () => HttpResponse.json(QUOTE));
    const cases: [unknown, RegExp][] = [
      [{ couponCode: '  ', packageId: 'pkg_1' }, /couponCode must be the code as the customer typed it, 1–64 characters/],
      [{ couponCode: 'X'.repeat(65), packageId: 'pkg_1' }, /couponCode must be .* 1–64 characters/],
      [{ couponCode: 'A', packageId: 'pkg_1', creditPackageId: 'cpk_1' }, /exactly one of packageId and creditPackageId/],
      [{ couponCode: 'A' }, /exactly one of packageId and creditPackageId/],
      [{ couponCode: 'A', creditPackageId: 'cpk_1', method: 'card' }, /method is only for a packageId/],
      [{ couponCode: 'A', packageId: 'pkg_1', method: 'free' }, /method must be "card" or "credits" \(got "free"\)/],
      [{ couponCode: 'A', packageId: 'pkg_1', guestEmail: 'nope' }, /guestEmail must be an e-mail address/],
    ];
    for (const [input, message] of cases) {
      const error = (await rejection(signedIn.coupons.quote(input as CouponQuoteInput))) as Error;
      assert.equal(error.name, 'TypeError', String(error));
      assert.match(error.message, message);
    }
    assert.equal(seen.length, 0);
  });
});

describe('couponCode in purchases', () => {
  it('sends the trimmed code with a card purchase and a credit purchase, and checks it', async () => {
    const purchases = record(server, 'post', `${BASE}/v1/purchases`, () => HttpResponse.json({}, { status: 500 }));
    const credits = record(server, 'post', `${BASE}/v1/credit-purchases`, () => HttpResponse.json({}, { status: 500 }));
    await rejection(signedIn.purchases.create({ packageId: 'pkg_1', method: 'card', paymentMethod: 'pm_card_visa', couponCode: ' SPRING10 ' }));
    await rejection(signedIn.creditPackages.purchase({ creditPackageId: 'cpk_1', paymentMethod: 'pm_card_visa', couponCode: 'WELCOME' }));
    assert.equal(((await purchases[0]!.json()) as { couponCode?: string }).couponCode, 'SPRING10');
    assert.equal(((await credits[0]!.json()) as { couponCode?: string }).couponCode, 'WELCOME');
    const error = (await rejection(signedIn.purchases.create({ packageId: 'pkg_1', method: 'credits', couponCode: '' }))) as Error;
    assert.match(error.message, /couponCode must be the code as the customer typed it/);
    assert.equal(purchases.length, 1);
  });
});
