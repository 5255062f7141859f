/**
 * Receipts of credit purchases: one e-mail per paid purchase, in the customer's language and time
 * zone (named), saying the order number, the credit package, the credits added, what was paid and
 * how (campaign and coupon discounts, gift credits), the new balance and the date; sent by the
 * write that paid it only, and `emailSent` telling whether the mailer took it.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Mail } from '../../demo/server/mail/mailer.js';
import { grant, newKey, signIn, type SignedIn } from './checkout-fixtures.js';
import { startTestServer, testClock, type ApiResponse, type TestServer } from './harness.js';

/** Tuesday, 6 May 2031, 09:00 UTC: inside the campaign below. */
const T0 = '2031-05-06T09:00:00Z';

interface CreditReceipt {
  id: string;
  status: string;
  amount: number;
  balance: number;
  paymentStatus: string;
  emailSent?: boolean;
}

describe('credit purchase receipts', () => {
  let test: TestServer;
  const sent: Mail[] = [];
  let failing = false;
  let offer: { id: string }; // "10 credits", 4900 EUR
  let onSale: { id: string }; // "Big pack", 20 credits for 9000 EUR, 20 % off in a campaign

  const mailsTo = (email: string) => sent.filter((mail) => mail.to === email);

  function buy(customer: SignedIn, body: Record<string, unknown>, key = newKey('credit-receipt')): Promise<ApiResponse<CreditReceipt>> {
    return test.call<CreditReceipt>('/v1/credit-purchases', { method: 'POST', body, headers: { 'idempotency-key': key, 'apptkit-customer': customer.token } });
  }

  const confirm = (id: string, customer: SignedIn) =>
    test.call<CreditReceipt>(`/v1/credit-purchases/${id}/confirm`, { method: 'POST', headers: { 'apptkit-customer': customer.token } });

  async function created<T>(path: string, body: unknown): Promise<T> {
    const response = await test.call<T>(path, { method: 'POST', body });
    assert.equal(response.status, 201, JSON.stringify(response.body));
    return response.body;
  }

  before(async () => {
    const mailer = {
      async send(mail: Mail) {
        if (failing) throw new Error('mail relay refused');
        sent.push(mail);
      },
    };
    test = await startTestServer({ clock: testClock(T0).clock, mailer });
    const pack = { credits: 10, price: 4900, currency: 'EUR', country: 'DE', active: true, listingOrder: 1 };
    offer = await created('/v1/admin/credit-packages', { ...pack, title: '10 credits' });
    onSale = await created('/v1/admin/credit-packages', { ...pack, title: 'Big pack', credits: 20, price: 9000, listingOrder: 2 });
    await created('/v1/admin/campaigns', {
      type: 'discount_selected_credit_packages',
      title: 'Spring sale',
      percentOff: 20,
      creditPackageIds: [onSale.id],
      startsAt: '2031-05-01T00:00:00Z',
      endsAt: '2031-06-01T00:00:00Z',
      active: true,
    });
  });
  after(() => test.close());

  it('e-mails one receipt in German, in the customer’s zone (named), and not again on a replay', async () => {
    const customer = await signIn(test, 'greta.credits@example.com', 'Greta');
    await grant(test, customer.customerId, 3);
    const key = newKey('german');
    const body = { creditPackageId: offer.id, paymentMethod: 'pm_card_visa', locale: 'de-AT', timeZone: 'Europe/Berlin' };
    const paid = await buy(customer, body, key);
    assert.equal(paid.status, 201, JSON.stringify(paid.body));
    assert.equal(paid.body.emailSent, true);
    const [receipt, ...more] = mailsTo('greta.credits@example.com');
    assert.equal(more.length, 0);
    assert.equal(receipt?.subject, 'Beleg: 10 credits');
    assert.equal(
      receipt?.text,
      [
        'Hallo Greta,',
        '',
        'vielen Dank für Ihren Kauf. Die Credits aus „10 credits“ sind Ihrem Guthaben gutgeschrieben.',
        '',
        `Bestellnummer: ${paid.body.id}`,
        'Paket: 10 credits',
        'Gutgeschriebene Credits: 10 Credits',
        'Betrag: 49,00\u00a0€',
        'Zahlungsart: Karte',
        'Neues Guthaben: 13 Credits',
        'Datum: Di., 6. Mai 2031, 11:00 Mitteleuropäische Zeit (Europe/Berlin)',
        '',
      ].join('\n'),
    );

    const replay = await buy(customer, body, key);
    assert.equal(replay.headers.get('idempotent-replayed'), 'true');
    assert.deepEqual(replay.body, paid.body, 'the replay tells emailSent as the first answer did');
    assert.equal(mailsTo('greta.credits@example.com').length, 1, 'a replay sends nothing');
  });

  it('names the campaign price and the coupon’s discount, in English and UTC for a customer who never said', async () => {
    const code = `SPRING-${process.pid}`;
    await created('/v1/admin/coupons', { title: 'Spring', code, startsAt: '2031-05-01T00:00:00Z', value: { percentOff: 10 }, appliesTo: 'campaign' });
    const customer = await signIn(test, 'sale.buyer@example.com', 'Sam');
    const paid = await buy(customer, { creditPackageId: onSale.id, paymentMethod: 'pm_card_visa', couponCode: code });
    assert.equal(paid.status, 201, JSON.stringify(paid.body));
    // 9000 − 20 % = 7200; − 10 % = 6480.
    assert.equal(paid.body.amount, 6480);
    const [receipt] = mailsTo('sale.buyer@example.com');
    assert.equal(receipt?.subject, 'Receipt: Big pack');
    assert.match(receipt?.text ?? '', /^Hello Sam,\n\nThank you for your purchase\. The credits of "Big pack" are on your balance\.\n\n/);
    const facts = (receipt?.text ?? '').split('\n').slice(4, -1);
    assert.deepEqual(facts, [
      `Order number: ${paid.body.id}`,
      'Package: Big pack',
      'Credits added: 20 credits',
      'Amount: €64.80',
      'Campaign Spring sale: −€18.00',
      `Coupon ${code}: −€7.20`,
      'Payment method: Card',
      'New balance: 20 credits',
      'Date: Tue, 6 May 2031, 09:00 Coordinated Universal Time (UTC)',
    ]);
  });

  it('names gift credits and the balance with them, in Arabic right to left', async () => {
    const code = `GIFT-${process.pid}`;
    await created('/v1/admin/coupons', { title: 'Gift', code, startsAt: '2031-05-01T00:00:00Z', value: { giftCredits: 7 } });
    const customer = await signIn(test, 'amal.credits@example.com', 'Amal');
    const paid = await buy(customer, { creditPackageId: offer.id, paymentMethod: 'pm_card_visa', couponCode: code, locale: 'ar', timeZone: 'Asia/Riyadh' });
    assert.equal(paid.status, 201, JSON.stringify(paid.body));
    assert.equal(paid.body.balance, 17);
    const [receipt] = mailsTo('amal.credits@example.com');
    assert.equal(receipt?.subject, 'إيصال: 10 credits');
    const lines = (receipt?.text ?? '').split('\n').filter((line) => line !== '');
    assert.ok(lines.every((line) => line.startsWith('\u200f')), 'every line reads right to left');
    assert.ok(lines.includes(`\u200fرقم الطلب: \u2068${paid.body.id}\u2069`));
    assert.ok(lines.includes(`\u200fالقسيمة \u2068${code}\u2069: +7 أرصدة هدية`), lines.join('\n'));
    assert.ok(lines.some((line) => line.startsWith('\u200fالتاريخ: ') && line.endsWith('(\u2068Asia/Riyadh\u2069)')));
  });

  it('sends the receipt of a card needing authentication once, when it is confirmed', async () => {
    const customer = await signIn(test, 'three.ds.receipt@example.com');
    const key = newKey('3ds');
    const body = { creditPackageId: offer.id, paymentMethod: 'pm_card_authentication_required' };
    const pending = await buy(customer, body, key);
    assert.equal(pending.status, 202, JSON.stringify(pending.body));
    assert.equal(pending.body.emailSent, false);
    assert.deepEqual(mailsTo('three.ds.receipt@example.com'), [], 'nothing is paid yet');
    const confirmed = await confirm(pending.body.id, customer);
    assert.equal(confirmed.status, 200, JSON.stringify(confirmed.body));
    assert.equal(confirmed.body.emailSent, true);
    const again = await confirm(pending.body.id, customer);
    assert.equal(again.body.emailSent, true, 'a later confirm tells that the receipt went out');
    assert.equal((await buy(customer, body, key)).body.emailSent, false, 'the key replays its own (pending) answer');
    const mails = mailsTo('three.ds.receipt@example.com');
    assert.deepEqual(mails.map((mail) => mail.subject), ['Receipt: 10 credits']);
    assert.ok(mails[0]?.text.includes(`Order number: ${pending.body.id}`));
  });

  it('keeps the purchase when the mailer fails, says emailSent false (on a replay and a confirm too), and logs why', async () => {
    const customer = await signIn(test, 'unlucky.credits@example.com');
    const key = newKey('unlucky');
    const body = { creditPackageId: offer.id, paymentMethod: 'pm_card_visa' };
    failing = true;
    const paid = await buy(customer, body, key).finally(() => (failing = false));
    assert.equal(paid.status, 201, JSON.stringify(paid.body));
    assert.deepEqual([paid.body.status, paid.body.balance, paid.body.emailSent], ['paid', 10, false]);
    assert.equal((await buy(customer, body, key)).body.emailSent, false);
    assert.equal((await confirm(paid.body.id, customer)).body.emailSent, false);
    assert.deepEqual(mailsTo('unlucky.credits@example.com'), [], 'a later confirm does not send it either');
    const logged = test.logs.find((line) => line.message === 'credit receipt e-mail failed; the purchase stands');
    assert.equal(logged?.fields?.creditPurchaseId, paid.body.id);
    assert.match(String(logged?.fields?.error), /mail relay refused/);
  });
});
