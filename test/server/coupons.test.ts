/**
 * Coupons at the checkout, over HTTP: the quote before paying, every reason a code is refused,
 * the discount a purchase and a credit purchase charge (on the initial or the campaign price),
 * gift credits granted once on payment, and the count of uses under concurrency, with uses given
 * back by failed and abandoned payments. With APPTKIT_TEST_DATABASE_URL the races run on a
 * PostgreSQL pool, truly in parallel.
 */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { AppointmentPackage } from '../../src/core/index.js';
import { checkoutPackage, count, grant, newKey, openExpert, purchase, signIn, type Receipt, type SignedIn } from './checkout-fixtures.js';
import { assertProblem, startTestServer, testClock, type ApiResponse, type TestServer } from './harness.js';
import { outbox } from './mail-fixtures.js';

const T0 = '2031-05-04T09:00:00Z';
const EXPERT = 'exp_coupon_shop';
const OTHER_EXPERT = 'exp_coupon_other';

interface Coupon {
  id: string;
  codes: { code: string; uses: number }[];
}

interface Quote {
  couponCode: string;
  method: string;
  currency: string;
  price: number;
  campaignPrice?: number;
  amount: number;
  discount: number;
  giftCredits?: number;
}

type CouponReceipt = Receipt & { coupon?: { code: string; discount: number; giftCredits?: number } };

interface CreditReceipt {
  id: string;
  status: string;
  amount: number;
  campaignId?: string;
  coupon?: { code: string; discount: number };
  balance: number;
}

let codes = 0;
/** A named code unique in this run. */
const uniqueCode = (label: string) => `${label}-${process.pid}-${++codes}`.toUpperCase();

describe('coupons at the checkout', () => {
  let test: TestServer;
  const clock = testClock(T0);
  let pkg: AppointmentPackage; // 3 sessions, 12000 EUR or 12 credits
  let guests = 0;

  const guest = () => ({ name: 'Coupon Guest', email: `guest-${process.pid}-${++guests}@example.com` });

  async function coupon(body: Record<string, unknown>): Promise<Coupon> {
    const response = await test.call<Coupon>('/v1/admin/coupons', {
      method: 'POST',
      body: { title: 'Spring', startsAt: '2031-05-01T00:00:00Z', value: { percentOff: 15 }, ...body },
    });
    assert.equal(response.status, 201, JSON.stringify(response.body));
    return response.body;
  }

  const named = async (body: Record<string, unknown>) => {
    const code = uniqueCode('c');
    await coupon({ code, ...body });
    return code;
  };

  const quote = (body: Record<string, unknown>, customer?: SignedIn): Promise<ApiResponse<Quote>> =>
    test.call<Quote>('/v1/coupon-quotes', { method: 'POST', body, headers: customer ? { 'apptkit-customer': customer.token } : {} });

  const buyByCard = (couponCode: string, paymentMethod = 'pm_card_visa', packageId = pkg.id) =>
    purchase<CouponReceipt>(test, { packageId, method: 'card', paymentMethod, guest: guest(), couponCode });

  /** Asserts the 422 on couponCode with `code` and returns its message. */
  function refusedWith(response: ApiResponse, code: string): string {
    const problem = assertProblem(response, 422, 'validation_failed');
    assert.deepEqual(
      problem.errors?.map((error) => [error.field, error.code]),
      [['couponCode', code]],
    );
    return problem.errors?.[0]?.message ?? '';
  }

  before(async () => {
    test = await startTestServer({ clock: clock.clock });
    await openExpert(test, EXPERT);
    await openExpert(test, OTHER_EXPERT);
    pkg = await checkoutPackage(test, EXPERT);
  });
  beforeEach(() => clock.set(T0));
  after(() => test.close());

  describe('the quote', () => {
    it('prices a package with a percentage coupon, the code matched without case or spaces, and writes nothing', async () => {
      const code = await named({ value: { percentOff: 15 } });
      const response = await quote({ couponCode: `  ${code.toLowerCase()} `, packageId: pkg.id });
      assert.equal(response.status, 200, JSON.stringify(response.body));
      assert.deepEqual(response.body, { couponCode: code, method: 'card', currency: 'EUR', price: 12000, amount: 10200, discount: 1800 });
      assert.equal(await count(test, 'SELECT count(*) AS n FROM coupon_uses WHERE code = $1', [code]), 0);
      const credits = await quote({ couponCode: code, packageId: pkg.id, method: 'credits' });
      assert.deepEqual(credits.body, { couponCode: code, method: 'credits', currency: 'EUR', price: 12, amount: 10, discount: 2 });
    });

    it('names each reason a code cannot be used, in the field couponCode', async () => {
      const buyer = await signIn(test, `reasons-${process.pid}@example.com`);
      refusedWith(await quote({ couponCode: 'NO-SUCH-CODE', packageId: pkg.id }), 'coupon_unknown');

      const later = await named({ startsAt: '2031-06-01T00:00:00Z' });
      assert.match(refusedWith(await quote({ couponCode: later, packageId: pkg.id }), 'coupon_not_started'), /from 2031-06-01T00:00:00Z/);

      const brief = await named({ expiresAt: '2031-05-04T10:00:00Z' });
      assert.equal((await quote({ couponCode: brief, packageId: pkg.id })).status, 200);
      clock.set('2031-05-04T10:00:00Z');
      assert.match(refusedWith(await quote({ couponCode: brief, packageId: pkg.id }), 'coupon_expired'), /expired at 2031-05-04T10:00:00Z/);
      clock.set(T0);

      const withdrawn = uniqueCode('gone');
      const made = await coupon({ code: withdrawn });
      assert.equal((await test.call(`/v1/admin/coupons/${made.id}/deactivate`, { method: 'POST' })).status, 200);
      refusedWith(await quote({ couponCode: withdrawn, packageId: pkg.id }), 'coupon_inactive');

      const othersOnly = await named({ expertIds: [OTHER_EXPERT] });
      assert.match(refusedWith(await quote({ couponCode: othersOnly, packageId: pkg.id }), 'coupon_not_applicable'), /not for this expert's packages/);
      const free = await checkoutPackage(test, EXPERT, { fee: 0, credits: null });
      const anyPackage = await named({});
      assert.match(refusedWith(await quote({ couponCode: anyPackage, packageId: free.id }), 'coupon_not_applicable'), /free/);

      const newcomers = await named({ newMembersOnly: true });
      assert.equal((await quote({ couponCode: newcomers, packageId: pkg.id }, buyer)).status, 200);
      await grant(test, buyer.customerId, 12);
      assert.equal((await purchase(test, { packageId: pkg.id, method: 'credits' }, { customer: buyer })).status, 201);
      refusedWith(await quote({ couponCode: newcomers, packageId: pkg.id }, buyer), 'coupon_new_members_only');
      // Without a customer, the customer's rules wait for the purchase.
      assert.equal((await quote({ couponCode: newcomers, packageId: pkg.id })).status, 200);

      const once = await named({ usesPerCustomer: 1 });
      await grant(test, buyer.customerId, 12);
      assert.equal((await purchase(test, { packageId: pkg.id, method: 'credits', couponCode: once }, { customer: buyer })).status, 201);
      refusedWith(await quote({ couponCode: once, packageId: pkg.id }, buyer), 'coupon_already_used');

      const single = await named({ totalUses: 1, usesPerCustomer: 5 });
      assert.equal((await buyByCard(single)).status, 201);
      assert.match(refusedWith(await quote({ couponCode: single, packageId: pkg.id }), 'coupon_used_up'), /used up/);
    });

    it('asks for packageId or creditPackageId, one of them', async () => {
      const problem = assertProblem(await quote({ couponCode: 'X1Y' }), 422, 'validation_failed');
      assert.deepEqual(problem.errors?.map((error) => [error.field, error.code]), [['packageId', 'required']]);
      const unknown = assertProblem(await quote({ couponCode: 'X1Y', packageId: 'pkg_nope' }), 422, 'validation_failed');
      assert.deepEqual(unknown.errors?.map((error) => [error.field, error.code]), [['packageId', 'not_found']]);
    });
  });

  describe('purchases with a code', () => {
    it('charges the discounted card price and shows the coupon on the receipt, the sales report and the customer', async () => {
      const code = await named({ value: { percentOff: 25 } });
      const buyer = guest();
      const bought = await purchase<CouponReceipt>(test, { packageId: pkg.id, method: 'card', paymentMethod: 'pm_card_visa', guest: buyer, couponCode: code.toLowerCase(), locale: 'de' });
      assert.equal(bought.status, 201, JSON.stringify(bought.body));
      const [mail] = await outbox(test, buyer.email);
      assert.match(mail?.text ?? '', /Betrag: 90,00\s€/);
      assert.match(mail?.text ?? '', new RegExp(`Gutschein \\u2068?${code}\\u2069?: −30,00\\s€`));
      assert.equal(bought.body.amount, 9000);
      assert.deepEqual(bought.body.coupon, { code, discount: 3000 });
      const report = await test.call<{ data: { purchaseId: string; amount: number; couponCode: string | null; couponDiscount: number; couponId: string | null }[] }>('/v1/admin/reports/sales?limit=200');
      const row = report.body.data.find((each) => each.purchaseId === bought.body.id);
      assert.equal(row?.amount, 9000);
      assert.equal(row?.couponCode, code);
      assert.equal(row?.couponDiscount, 3000);
      assert.match(row?.couponId ?? '', /^cpn_/);
      const detail = await test.call<{ couponUses: { code: string; purchaseId: string; status: string; discount: number; unit: string }[] }>(`/v1/admin/customers/${bought.body.customerId}`);
      assert.deepEqual(
        detail.body.couponUses.map(({ code: used, purchaseId, status, discount, unit }) => ({ used, purchaseId, status, discount, unit })),
        [{ used: code, purchaseId: bought.body.id, status: 'used', discount: 3000, unit: 'EUR' }],
      );
    });

    it('takes a whole price: 0 credits debited, and a 0 card price paid without the card provider', async () => {
      const code = await named({ value: { percentOff: 100 }, usesPerCustomer: 5 });
      const buyer = await signIn(test, `free-ride-${process.pid}@example.com`);
      await grant(test, buyer.customerId, 3);
      const byCredits = await purchase<CouponReceipt>(test, { packageId: pkg.id, method: 'credits', couponCode: code }, { customer: buyer });
      assert.equal(byCredits.status, 201, JSON.stringify(byCredits.body));
      assert.equal(byCredits.body.credits, 0);
      assert.equal(await count(test, 'SELECT credits AS n FROM customers WHERE id = $1', [buyer.customerId]), 3);
      const byCard = await purchase<CouponReceipt>(test, { packageId: pkg.id, method: 'card', paymentMethod: 'pm_card_declined', couponCode: code }, { customer: buyer });
      assert.equal(byCard.status, 201, JSON.stringify(byCard.body));
      assert.equal(byCard.body.amount, 0);
      assert.equal(byCard.body.provider, 'none');
      assert.equal(byCard.body.status, 'paid');
      const noCard = await purchase<CouponReceipt>(test, { packageId: pkg.id, method: 'card', couponCode: code }, { customer: buyer });
      assert.equal(noCard.status, 201, JSON.stringify(noCard.body));
      assert.equal(noCard.body.amount, 0);
    });

    it('asks for a card when a coupon leaves something to pay, and writes nothing then', async () => {
      const code = await named({ value: { percentOff: 50 }, usesPerCustomer: 5 });
      const buyer = await signIn(test, `half-off-${process.pid}@example.com`);
      const before = await count(test, 'SELECT count(*) AS n FROM purchases');
      const refused = assertProblem(await purchase(test, { packageId: pkg.id, method: 'card', couponCode: code }, { customer: buyer }), 422, 'validation_failed');
      assert.deepEqual(refused.errors?.map((error) => [error.field, error.code]), [['paymentMethod', 'required']]);
      assert.match(refused.errors?.[0]?.message ?? '', /6000 \(minor units of EUR\) is left to pay/);
      assert.equal(await count(test, 'SELECT count(*) AS n FROM purchases'), before);
      assert.equal(await count(test, 'SELECT count(*) AS n FROM coupon_uses WHERE customer_id = $1', [buyer.customerId]), 0);
      const noCoupon = assertProblem(await purchase(test, { packageId: pkg.id, method: 'card' }, { customer: buyer }), 422, 'validation_failed');
      assert.deepEqual(noCoupon.errors?.map((error) => [error.field, error.code]), [['paymentMethod', 'required']]);
    });

    it('a gift-credits coupon keeps the price and adds its credits once the card is paid, not when declined', async () => {
      const code = await named({ value: { giftCredits: 7 }, usesPerCustomer: 5 });
      const buyer = await signIn(test, `gifted-${process.pid}@example.com`);
      const declined = await purchase(test, { packageId: pkg.id, method: 'card', paymentMethod: 'pm_card_declined', couponCode: code }, { customer: buyer });
      assertProblem(declined, 402, 'payment_declined');
      assert.equal(await count(test, 'SELECT credits AS n FROM customers WHERE id = $1', [buyer.customerId]), 0);
      const paid = await purchase<CouponReceipt>(test, { packageId: pkg.id, method: 'card', paymentMethod: 'pm_card_visa', couponCode: code }, { customer: buyer });
      assert.equal(paid.status, 201, JSON.stringify(paid.body));
      assert.equal(paid.body.amount, 12000);
      assert.deepEqual(paid.body.coupon, { code, discount: 0, giftCredits: 7 });
      assert.equal(await count(test, 'SELECT credits AS n FROM customers WHERE id = $1', [buyer.customerId]), 7);
      assert.equal(await count(test, "SELECT count(*) AS n FROM credit_ledger WHERE customer_id = $1 AND reason = $2", [buyer.customerId, `coupon ${code}`]), 1);
    });

    it('a bad code at the purchase writes nothing: no purchase, no customer, no use', async () => {
      const before = await count(test, 'SELECT count(*) AS n FROM purchases');
      const stranger = guest();
      const response = await purchase(test, { packageId: pkg.id, method: 'card', paymentMethod: 'pm_card_visa', guest: stranger, couponCode: 'WRONG-CODE' });
      refusedWith(response, 'coupon_unknown');
      assert.equal(await count(test, 'SELECT count(*) AS n FROM purchases'), before);
      assert.equal(await count(test, 'SELECT count(*) AS n FROM customers WHERE email = $1', [stranger.email]), 0);
    });
  });

  describe('credit packages', () => {
    let creditPackageId: string;
    let buyer: SignedIn;
    const buyCredits = (couponCode?: string, paymentMethod: string | null = 'pm_card_visa') =>
      test.call<CreditReceipt>('/v1/credit-purchases', {
        method: 'POST',
        body: { creditPackageId, ...(paymentMethod ? { paymentMethod } : {}), ...(couponCode ? { couponCode } : {}) },
        headers: { 'idempotency-key': newKey('credits'), 'apptkit-customer': buyer.token },
      });

    before(async () => {
      const made = await test.call<{ id: string }>('/v1/admin/credit-packages', {
        method: 'POST',
        body: { title: '10 credits', credits: 10, price: 4900, currency: 'EUR', country: 'DE', active: true, listingOrder: 1 },
      });
      creditPackageId = made.body.id;
      buyer = await signIn(test, `credits-${process.pid}@example.com`);
      const campaign = await test.call('/v1/admin/campaigns', {
        method: 'POST',
        body: { type: 'discount_all_credit_packages', title: 'All −20 %', percentOff: 20, startsAt: '2031-05-01T00:00:00Z', endsAt: '2031-06-01T00:00:00Z', active: true },
      });
      assert.equal(campaign.status, 201, JSON.stringify(campaign.body));
    });

    it('discounts the initial price (the campaign then not applied) or the campaign price, as the coupon says', async () => {
      const initial = await named({ value: { percentOff: 10 }, appliesTo: 'initial', usesPerCustomer: 5 });
      const onCampaign = await named({ value: { percentOff: 10 }, appliesTo: 'campaign', usesPerCustomer: 5 });
      assert.deepEqual((await quote({ couponCode: initial, creditPackageId }, buyer)).body, {
        couponCode: initial,
        method: 'card',
        currency: 'EUR',
        price: 4900,
        amount: 4410,
        discount: 490,
      });
      // 4900 − 20 % = 3920; − round-half-up(392.0) = 3528.
      assert.deepEqual((await quote({ couponCode: onCampaign, creditPackageId }, buyer)).body, {
        couponCode: onCampaign,
        method: 'card',
        currency: 'EUR',
        price: 4900,
        campaignPrice: 3920,
        amount: 3528,
        discount: 392,
      });
      const first = await buyCredits(initial);
      assert.equal(first.status, 201, JSON.stringify(first.body));
      assert.equal(first.body.amount, 4410);
      assert.equal(first.body.campaignId, undefined);
      assert.deepEqual(first.body.coupon, { code: initial, discount: 490 });
      const second = await buyCredits(onCampaign);
      assert.equal(second.body.amount, 3528);
      assert.match(second.body.campaignId ?? '', /^cmp_/);
      const report = await test.call<{ data: { purchaseId: string; campaignDiscount: number; couponDiscount: number; kind: string }[] }>('/v1/admin/reports/sales?limit=200');
      const row = report.body.data.find((each) => each.purchaseId === second.body.id);
      assert.deepEqual([row?.kind, row?.campaignDiscount, row?.couponDiscount], ['credit_package', 980, 392]);
    });

    it('needs no card when a coupon takes the whole price, and asks for one otherwise', async () => {
      const whole = await named({ value: { percentOff: 100 }, usesPerCustomer: 5 });
      const free = await buyCredits(whole, null);
      assert.equal(free.status, 201, JSON.stringify(free.body));
      assert.equal(free.body.amount, 0);
      const half = await named({ value: { percentOff: 50 }, usesPerCustomer: 5 });
      const refused = assertProblem(await buyCredits(half, null), 422, 'validation_failed');
      assert.deepEqual(refused.errors?.map((error) => [error.field, error.code]), [['paymentMethod', 'required']]);
      const bare = assertProblem(await buyCredits(undefined, null), 422, 'validation_failed');
      assert.deepEqual(bare.errors?.map((error) => [error.field, error.code]), [['paymentMethod', 'required']]);
    });

    it('a coupon for chosen experts is not for credit packages', async () => {
      const code = await named({ expertIds: [EXPERT] });
      assert.match(refusedWith(await buyCredits(code), 'coupon_not_applicable'), /credit packages/);
    });
  });

  describe('uses under concurrency and failed or abandoned payments', () => {
    it('50 concurrent purchases with a coupon of totalUses 5: exactly 5 discounted, 45 refused with nothing written', async () => {
      const solo = await checkoutPackage(test, OTHER_EXPERT, { sessions: 1 });
      const code = await named({ totalUses: 5, value: { percentOff: 50 } });
      const responses = await Promise.all(Array.from({ length: 50 }, () => buyByCard(code, 'pm_card_visa', solo.id)));
      const paid = responses.filter((response) => response.status === 201);
      assert.equal(paid.length, 5);
      for (const response of paid) assert.equal(response.body.amount, 6000);
      for (const response of responses.filter((r) => r.status !== 201)) refusedWith(response, 'coupon_used_up');
      assert.equal(await count(test, 'SELECT count(*) AS n FROM purchases WHERE package_id = $1', [solo.id]), 5);
      assert.equal(await count(test, "SELECT count(*) AS n FROM coupon_uses WHERE code = $1 AND status = 'used'", [code]), 5);
      const read = await test.call<Coupon>(`/v1/admin/coupons/${(await test.call<{ data: Coupon[] }>('/v1/admin/coupons?limit=200')).body.data.find((each) => each.codes.some((c) => c.code === code))?.id}`);
      assert.deepEqual(read.body.codes, [{ code, uses: 5 }]);
    });

    it('a declined card gives its use back at once', async () => {
      const code = await named({ totalUses: 1 });
      assertProblem(await buyByCard(code, 'pm_card_declined'), 402, 'payment_declined');
      const next = await buyByCard(code);
      assert.equal(next.status, 201, JSON.stringify(next.body));
      assert.equal(next.body.amount, 10200);
    });

    it('a payment left waiting for authentication holds its use for 30 minutes, then gives it back; confirming later keeps the discount', async () => {
      const code = await named({ totalUses: 1 });
      const waiting = await buyByCard(code, 'pm_card_authentication_required');
      assert.equal(waiting.status, 202, JSON.stringify(waiting.body));
      assert.deepEqual(waiting.body.coupon, { code, discount: 1800 });
      refusedWith(await buyByCard(code), 'coupon_used_up');
      clock.set('2031-05-04T09:29:00Z');
      refusedWith(await buyByCard(code), 'coupon_used_up');
      clock.set('2031-05-04T09:31:00Z');
      const after = await buyByCard(code);
      assert.equal(after.status, 201, JSON.stringify(after.body));
      const confirmed = await test.call<CouponReceipt>(`/v1/purchases/${waiting.body.id}/confirm`, { method: 'POST', body: { purchaseToken: waiting.body.token } });
      assert.equal(confirmed.status, 200, JSON.stringify(confirmed.body));
      assert.equal(confirmed.body.amount, 10200);
      assert.equal(confirmed.body.status, 'paid');
    });
  });
});
