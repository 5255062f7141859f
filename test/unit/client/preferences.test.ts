import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { HttpResponse } from 'msw';
import { createClient } from '../../../src/client/index.js';
import { BASE, record, rejection, useServer } from './helpers.js';

/**
 * The customer's language and time zone (`locale`, `timeZone`) ride along with purchases,
 * bookings, credit purchases and sign-in codes, so that the server's e-mails come in the
 * customer's language with times in their zone.
 */
const server = useServer();
const guest = createClient({ baseUrl: BASE, publishableKey: 'pk_test_demo' });
const signedIn = createClient({ baseUrl: BASE, publishableKey: 'pk_test_demo', customerToken: 'ct_customer' });

const PREFERENCES = { locale: 'de-DE', timeZone: 'America/New_York' } as const;

const RECEIPT = {
  id: 'pur_1',
  customerId: 'cus_1',
  packageId: 'pkg_1',
  expertId: 'exp_1',
  method: 'card',
  status: 'paid',
  amount: 12000,
  currency: 'EUR',
  credits: null,
  provider: 'test',
  sessionsTotal: 1,
  sessionsUsed: 0,
  createdAt: '2026-10-20T10:00:00Z',
  token: 'prt_secret',
  paymentStatus: 'succeeded',
  bookings: [],
  emailSent: true,
};

describe('customer preferences on writes', () => {
  it('sends them with a card purchase, a credits purchase, a booking, a credit purchase and a sign-in code', async () => {
    const purchases = record(server, 'post', `${BASE}/v1/purchases`, () => HttpResponse.json(RECEIPT, { status: 201 }));
    await guest.purchases.create({ packageId: 'pkg_1', method: 'card', paymentMethod: 'pm_card_visa', ...PREFERENCES });
    await rejection(signedIn.purchases.create({ packageId: 'pkg_1', method: 'credits', ...PREFERENCES })); // a card receipt: refused, but sent
    assert.deepEqual(await purchases[0]!.json(), { packageId: 'pkg_1', method: 'card', paymentMethod: 'pm_card_visa', ...PREFERENCES });
    assert.deepEqual(await purchases[1]!.json(), { packageId: 'pkg_1', method: 'credits', ...PREFERENCES });

    const bookings = record(server, 'post', `${BASE}/v1/bookings`, () => HttpResponse.json({}, { status: 500 }));
    await rejection(signedIn.bookings.create({ purchaseId: 'pur_1', starts: ['2026-10-24T08:00:00Z'], ...PREFERENCES }));
    assert.deepEqual(await bookings[0]!.json(), { purchaseId: 'pur_1', starts: ['2026-10-24T08:00:00Z'], ...PREFERENCES });

    const credits = record(server, 'post', `${BASE}/v1/credit-purchases`, () => HttpResponse.json({}, { status: 500 }));
    await rejection(signedIn.creditPackages.purchase({ creditPackageId: 'cpk_1', paymentMethod: 'pm_card_visa', ...PREFERENCES }));
    assert.deepEqual(await credits[0]!.json(), { creditPackageId: 'cpk_1', paymentMethod: 'pm_card_visa', ...PREFERENCES });

    const codes = record(server, 'post', `${BASE}/v1/sign-in/codes`, () => HttpResponse.json({ expiresAt: '2026-10-20T10:15:00Z' }, { status: 202 }));
    await guest.signIn.requestCode({ email: 'ana@example.com', ...PREFERENCES });
    assert.deepEqual(await codes[0]!.json(), { email: 'ana@example.com', ...PREFERENCES });
  });

  it('sends neither when left out', async () => {
    const codes = record(server, 'post', `${BASE}/v1/sign-in/codes`, () => HttpResponse.json({ expiresAt: '2026-10-20T10:15:00Z' }, { status: 202 }));
    await guest.signIn.requestCode({ email: 'ana@example.com' });
    assert.deepEqual(await codes[0]!.json(), { email: 'ana@example.com' });
  });

  it('rejects a malformed locale or an unknown zone before sending anything, naming the field', async () => {
    const seen = record(server, 'post', `${BASE}/v1/sign-in/codes`, () => HttpResponse.json({ expiresAt: '2026-10-20T10:15:00Z' }, { status: 202 }));
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ locale: 'de_DE!' }, /^locale must be a BCP 47 language tag such as "de" or "ar-EG" \(got "de_DE!"\)/],
      [{ locale: 'x'.repeat(36) }, /^locale must be a BCP 47 language tag/],
      [{ locale: 42 }, /^locale must be a BCP 47 language tag .*\(got 42\)/],
      [{ timeZone: 'Mars/Olympus' }, /^timeZone must be an IANA time zone such as "Europe\/Berlin" \(got "Mars\/Olympus"\)/],
      [{ timeZone: '+01:00' }, /^timeZone must be an IANA time zone .*\(got "\+01:00"\)/],
    ];
    for (const [bad, message] of cases) {
      const input = { email: 'ana@example.com', ...bad } as Parameters<typeof guest.signIn.requestCode>[0];
      const error = await rejection(guest.signIn.requestCode(input));
      assert.ok(error instanceof TypeError, `${JSON.stringify(bad)}: ${String(error)}`);
      assert.match(error.message, message);
    }
    const purchase = await rejection(guest.purchases.create({ packageId: 'pkg_1', method: 'card', paymentMethod: 'pm_card_visa', timeZone: 'Berlin' }));
    assert.match((purchase as Error).message, /^timeZone must be an IANA time zone/);
    assert.equal(seen.length, 0);
  });
});
