/**
 * E-mails in the customer's language and time zone (`locale` and `timeZone` of purchases,
 * bookings and sign-ins, stored on the customer), free purchases, and the 422s of bad input.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { AppointmentPackage } from '../../src/core/index.js';
import { book, checkoutPackage, grant, hold, purchase, signIn, type Receipt } from './checkout-fixtures.js';
import { assertProblem, createExpert, putAvailability, startTestServer, testClock, type ApiResponse, type Problem, type TestServer } from './harness.js';
import { lastCode, outbox, requestCode, verifyCode, type OutboxMail } from './mail-fixtures.js';

const T0 = '2026-03-02T06:00:00Z'; // a Monday; Berlin is on UTC+1 and New York on UTC-5 until 8 March
const EXPERT = 'exp_locale_tests';
const JOIN_PAGE = 'https://shop.example/call';
const RLM = '\u200f';
/** Isolates a left-to-right part (an id, a title, a zone id) in right-to-left text: U+2068 … U+2069. */
const isolated = (text: string) => `\u2068${text}\u2069`;

/** Asserts that `text` contains `part`, showing both when it does not. */
function assertIncludes(text: string, part: string): void {
  assert.ok(text.includes(part), `${JSON.stringify(part)} is not in:\n${text}`);
}

/** The newest mail to `to`. */
async function lastMail(test: TestServer, to: string): Promise<OutboxMail> {
  const [mail] = await outbox(test, to);
  assert.ok(mail, `no mail to ${to}`);
  return mail;
}

/** The field errors of a 422, as [field, code] pairs. */
function fieldErrors(response: ApiResponse): string[][] {
  const problem = assertProblem(response, 422, 'validation_failed');
  return (problem.errors ?? []).map((error) => [error.field, error.code]);
}

describe('e-mails in the customer language and time zone', () => {
  let test: TestServer;
  let pkg: AppointmentPackage;
  let freePkg: AppointmentPackage;

  before(async () => {
    test = await startTestServer({ clock: testClock(T0).clock, joinPageUrl: JOIN_PAGE });
    await createExpert(test, EXPERT, 'Europe/Berlin');
    const weekly = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '09:00', end: '17:00' }));
    assert.equal((await putAvailability(test, EXPERT, { weekly, overrides: [], blocks: [] })).status, 200);
    pkg = await checkoutPackage(test, EXPERT, { title: 'Career coaching' });
    freePkg = await checkoutPackage(test, EXPERT, { title: 'Intro call', fee: 0, credits: null, sessions: 2 });
  });
  after(() => test.close());

  it('writes in German in the customer zone, named, and keeps both for the sessions booked later', async () => {
    const held = await hold(test, pkg, ['2026-03-03T14:00:00Z']);
    const guest = { name: 'Greta', email: 'greta@example.com' };
    const paid = await purchase(test, {
      packageId: pkg.id, method: 'card', paymentMethod: 'pm_card_visa', holdId: held.id, holdToken: held.token, guest, locale: 'de-AT', timeZone: 'america/new_york',
    });
    assert.equal(paid.status, 201, JSON.stringify(paid.body));
    assert.equal(paid.body.emailSent, true);
    const order = await lastMail(test, guest.email);
    assert.equal(order.subject, 'Bestellung bestätigt: Career coaching');
    assert.match(order.text, /^Hallo Greta,\n\nvielen Dank für Ihre Bestellung\. Ihr Kauf von „Career coaching“ bei Test expert exp_locale_tests ist bestätigt\./);
    assertIncludes(order.text, `Bestellnummer: ${paid.body.id}\nBetrag: 120,00\u00a0€\nZahlungsart: Karte\nPaket: Career coaching (3 Sitzungen)`);
    assertIncludes(order.text, 'Ihre gebuchte Sitzung:\n\nSitzung 1\n  Di., 3. März 2026, 09:00–09:50 Uhr Nordamerikanische Ostküstenzeit (America/New_York)\n  Zum Anruf: https://shop.example/call?booking=');
    assertIncludes(order.text, 'Noch 2 Sitzungen zum späteren Buchen');

    // Booked later without locale or timeZone: the stored ones.
    const booked = await book(test, { purchaseId: paid.body.id, purchaseToken: paid.body.token, starts: ['2026-03-04T14:00:00Z'] });
    assert.equal(booked.status, 201, JSON.stringify(booked.body));
    assert.equal(booked.body.emailSent, true);
    const later = await lastMail(test, guest.email);
    assert.equal(later.subject, 'Buchung bestätigt: Career coaching');
    assert.match(later.text, /^Hallo Greta,\n\nIhre Sitzung von „Career coaching“ bei Test expert exp_locale_tests ist gebucht\./);
    assertIncludes(later.text, 'Sitzung 1\n  Mi., 4. März 2026, 09:00–09:50 Uhr Nordamerikanische Ostküstenzeit (America/New_York)');
  });

  it('writes in Turkish for credits, and a booking may change the zone', async () => {
    const customer = await signIn(test, 'tarik@example.com', 'Tarık');
    await grant(test, customer.customerId, 12);
    const held = await hold(test, pkg, ['2026-03-03T09:00:00Z']);
    const paid = await purchase(test, { packageId: pkg.id, method: 'credits', holdId: held.id, holdToken: held.token, locale: 'tr', timeZone: 'Europe/Istanbul' }, { customer });
    assert.equal(paid.status, 201, JSON.stringify(paid.body));
    const order = await lastMail(test, 'tarik@example.com');
    assert.equal(order.subject, 'Siparişiniz onaylandı: Career coaching');
    assert.ok(order.text.startsWith('Merhaba Tarık,\n\nSiparişiniz için teşekkür ederiz.'));
    assertIncludes(order.text, `Sipariş numarası: ${paid.body.id}\nTutar: 12 kredi\nÖdeme yöntemi: Kredi\nPaket: Career coaching (3 seans)`);
    assertIncludes(order.text, 'Seans 1\n  3 Mar 2026 Sal 12:00–12:50 Türkiye Standart Saati (Europe/Istanbul)');
    assertIncludes(order.text, 'Daha sonra rezerve edilecek 2 seans');

    const booked = await book(test, { purchaseId: paid.body.id, starts: ['2026-03-05T15:00:00Z'], timeZone: 'Asia/Kolkata' }, { customer });
    assert.equal(booked.status, 201, JSON.stringify(booked.body));
    const later = await lastMail(test, 'tarik@example.com');
    assert.equal(later.subject, 'Rezervasyon onaylandı: Career coaching');
    assertIncludes(later.text, 'Seans 1\n  5 Mar 2026 Per 20:30–21:20 Hindistan Standart Saati (Asia/Kolkata)');
  });

  it('writes Arabic right to left, with Latin ids, titles and links isolated and intact', async () => {
    const held = await hold(test, pkg, ['2026-03-03T10:00:00Z', '2026-03-03T11:00:00Z']);
    const guest = { name: 'Layla', email: 'layla@example.com' };
    const paid = await purchase(test, {
      packageId: pkg.id, method: 'card', paymentMethod: 'pm_card_visa', holdId: held.id, holdToken: held.token, guest, locale: 'ar-EG', timeZone: 'Asia/Riyadh',
    });
    assert.equal(paid.status, 201, JSON.stringify(paid.body));
    const order = await lastMail(test, guest.email);
    assert.equal(order.subject, 'تم تأكيد الطلب: Career coaching');
    const lines = order.text.split('\n').filter((line) => line !== '');
    assert.ok(lines.every((line) => line.startsWith(RLM)), 'every line reads right to left');
    assert.equal(lines[0], `${RLM}مرحبًا ${isolated('Layla')}،`);
    assertIncludes(order.text, `${RLM}رقم الطلب: ${isolated(paid.body.id)}\n${RLM}المبلغ: ${RLM}120.00\u00a0€\n${RLM}طريقة الدفع: البطاقة\n${RLM}الباقة: ${isolated('Career coaching')} (3 جلسات)`);
    assertIncludes(order.text, `${RLM}جلستاك المحجوزتان:`);
    assertIncludes(order.text, `${RLM}الجلسة 1\n${RLM}  الثلاثاء، 3 مارس 2026، 13:00–13:50 التوقيت العربي الرسمي (${isolated('Asia/Riyadh')})`);
    assertIncludes(order.text, `${RLM}الجلسة 2\n${RLM}  الثلاثاء، 3 مارس 2026، 14:00–14:50 التوقيت العربي الرسمي (${isolated('Asia/Riyadh')})`);
    assertIncludes(order.text, `${RLM}جلسة واحدة للحجز لاحقًا`);
    assertIncludes(order.text, `${RLM}يُفتح الانضمام قبل 10 دقائق من كل جلسة.`);
    const [first, second] = paid.body.bookings;
    for (const booking of [first, second]) {
      assertIncludes(order.text, `الانضمام إلى المكالمة: ${JOIN_PAGE}?booking=${booking?.id}#join=${booking?.joinToken}\n`);
    }
    // The outbox page lays the text out by its first strong character: the right-to-left mark.
    const html = await (await fetch(`${test.url}/outbox?to=${guest.email}`)).text();
    assert.ok(html.includes(`<pre dir="auto">${RLM}مرحبًا`));
  });

  it('falls back to English for another language, and to the expert zone, named; a purchase without times lists none', async () => {
    const guest = { name: 'Camille', email: 'camille@example.com' };
    const paid = await purchase(test, { packageId: pkg.id, method: 'card', paymentMethod: 'pm_card_visa', guest, locale: 'fr-CA' });
    assert.equal(paid.status, 201, JSON.stringify(paid.body));
    assert.equal(paid.body.emailSent, true);
    const order = await lastMail(test, guest.email);
    assert.equal(order.subject, 'Order confirmed: Career coaching');
    assertIncludes(order.text, `Order number: ${paid.body.id}\nAmount: €120.00\nPayment method: Card\nPackage: Career coaching (3 sessions)\n\n3 sessions to book later: book them on the site where you bought this package.\n`);
    assert.doesNotMatch(order.text, /Session|Join/);

    const booked = await book(test, { purchaseId: paid.body.id, purchaseToken: paid.body.token, starts: ['2026-03-05T08:00:00Z'] });
    assert.equal(booked.status, 201, JSON.stringify(booked.body));
    const later = await lastMail(test, guest.email);
    assertIncludes(later.text, 'Session 1\n  Thu, 5 Mar 2026, 09:00–09:50 Central European Time (Europe/Berlin)');
  });

  it('sells a package whose fee is 0 with method free: nothing charged, paid at once, confirmed by e-mail', async () => {
    const held = await hold(test, freePkg, ['2026-03-06T08:00:00Z']);
    const guest = { name: 'Frida', email: 'frida@example.com' };
    const free = await purchase(test, { packageId: freePkg.id, method: 'free', holdId: held.id, holdToken: held.token, guest, locale: 'en-US', timeZone: 'UTC' });
    assert.equal(free.status, 201, JSON.stringify(free.body));
    const { id, customerId, createdAt, token, bookings, ...rest } = free.body as Receipt & { createdAt: string; expertId: string };
    assert.deepEqual(rest, {
      packageId: freePkg.id, expertId: EXPERT, method: 'free', status: 'paid', amount: 0, currency: 'EUR', credits: null,
      provider: 'none', sessionsTotal: 2, sessionsUsed: 1, paymentStatus: 'succeeded', emailSent: true,
    });
    assert.ok(id && customerId && createdAt && token);
    assert.deepEqual(bookings.map((booking) => booking.start), ['2026-03-06T08:00:00Z']);
    const order = await lastMail(test, guest.email);
    assertIncludes(order.text, `Order number: ${id}\nAmount: Free\nPayment method: Free\nPackage: Intro call (2 sessions)`);
    assertIncludes(order.text, 'Session 1\n  Fri, 6 Mar 2026, 08:00–08:50 Coordinated Universal Time (UTC)');
    assertIncludes(order.text, '1 session to book later: book it on the site where you bought this package.');

    const customer = await signIn(test, 'free.member@example.com');
    const signedIn = await purchase(test, { packageId: freePkg.id, method: 'free' }, { customer });
    assert.equal(signedIn.status, 201, JSON.stringify(signedIn.body));
    assert.equal(signedIn.body.method, 'free');
    assert.equal(signedIn.body.customerId, customer.customerId);
  });

  it('refuses a card for a free package, free for a priced one, and a card or no buyer with free', async () => {
    const guest = { name: 'Rule', email: 'rules@example.com' };
    const card = fieldErrors(await purchase(test, { packageId: freePkg.id, method: 'card', paymentMethod: 'pm_card_visa', guest }));
    assert.deepEqual(card, [['method', 'free_package']]);
    const priced = await purchase<Problem>(test, { packageId: pkg.id, method: 'free', guest });
    assert.deepEqual(fieldErrors(priced), [['method', 'not_free']]);
    assert.match(priced.body.errors?.[0]?.message ?? '', /pay by card or with credits/);
    assert.deepEqual(fieldErrors(await purchase(test, { packageId: freePkg.id, method: 'free', paymentMethod: 'pm_card_visa', guest })), [['paymentMethod', 'not_allowed']]);
    assert.deepEqual(fieldErrors(await purchase(test, { packageId: freePkg.id, method: 'free' })), [['guest', 'required']]);
    assert.deepEqual(fieldErrors(await purchase(test, { packageId: freePkg.id, method: 'gift', guest })), [['method', 'invalid_value']]);
    assert.deepEqual(await outbox(test, guest.email), []);
  });

  it('mails the sign-in code in the language asked for, else the stored one, and stores it with the zone once signed in', async () => {
    const email = 'dora@example.com';
    assert.equal((await requestCode(test, { email, name: 'Dora', locale: 'de-CH', timeZone: 'Asia/Tokyo' })).status, 202);
    const mail = await lastMail(test, email);
    assert.equal(mail.subject, 'Ihr Anmeldecode');
    const code = await lastCode(test, email);
    assert.ok(mail.text.startsWith(`Ihr Anmeldecode lautet ${code}.\n\nEr ist 10 Minuten gültig`));
    const session = await verifyCode(test, { email, code });
    assert.equal(session.status, 201, JSON.stringify(session.body));

    // A new code without a locale: the customer's stored language.
    assert.equal((await requestCode(test, { email })).status, 202);
    assert.equal((await lastMail(test, email)).subject, 'Ihr Anmeldecode');

    // A purchase without locale or zone: the ones stored at sign-in.
    const customer = session.body.token;
    const bought = await purchase(test, { packageId: freePkg.id, method: 'free' }, { customer });
    assert.equal(bought.status, 201, JSON.stringify(bought.body));
    const booked = await book(test, { purchaseId: bought.body.id, starts: ['2026-03-06T09:00:00Z'] }, { customer });
    assert.equal(booked.status, 201, JSON.stringify(booked.body));
    const later = await lastMail(test, email);
    assert.equal(later.subject, 'Buchung bestätigt: Intro call');
    assertIncludes(later.text, 'Fr., 6. März 2026, 18:00–18:50 Uhr Japanische Normalzeit (Asia/Tokyo)');

    assert.equal((await requestCode(test, { email: 'tuba@example.com', locale: 'tr' })).status, 202);
    assert.equal((await lastMail(test, 'tuba@example.com')).subject, 'Giriş kodunuz');
    assert.equal((await requestCode(test, { email: 'amal@example.com', locale: 'ar' })).status, 202);
    const arabic = await lastMail(test, 'amal@example.com');
    assert.equal(arabic.subject, 'رمز تسجيل الدخول الخاص بك');
    assert.ok(arabic.text.startsWith(`${RLM}رمز تسجيل الدخول الخاص بك هو ${await lastCode(test, 'amal@example.com')}.`));
  });

  it('answers 422 naming locale or timeZone when they are malformed or unknown, on every request that takes them', async () => {
    const guest = { name: 'Bad Input', email: 'bad.input@example.com' };
    const card = { packageId: pkg.id, method: 'card', paymentMethod: 'pm_card_visa', guest };
    assert.deepEqual(fieldErrors(await purchase(test, { ...card, locale: 'en_US!' })), [['locale', 'invalid_format']]);
    assert.deepEqual(fieldErrors(await purchase(test, { ...card, locale: 'de-'.padEnd(36, 'x') })), [['locale', 'too_long']]);
    assert.deepEqual(fieldErrors(await purchase(test, { ...card, locale: 7 })), [['locale', 'invalid_type']]);
    assert.deepEqual(fieldErrors(await purchase(test, { ...card, timeZone: 'Mars/Olympus_Mons' })), [['timeZone', 'unknown_time_zone']]);
    assert.deepEqual(fieldErrors(await purchase(test, { ...card, timeZone: '+01:00' })), [['timeZone', 'unknown_time_zone']]);
    assert.deepEqual(fieldErrors(await purchase(test, { ...card, locale: '', timeZone: '' })), [['locale', 'invalid_format'], ['timeZone', 'unknown_time_zone']]);
    assert.deepEqual(await outbox(test, guest.email), [], 'nothing was bought');

    assert.deepEqual(fieldErrors(await book(test, { purchaseId: 'pur_none', purchaseToken: 'prt_none', starts: ['2026-03-06T10:00:00Z'], timeZone: 'Europe/Atlantis' })), [['timeZone', 'unknown_time_zone']]);
    assert.deepEqual(fieldErrors(await requestCode(test, { email: 'bad.code@example.com', locale: '12' })), [['locale', 'invalid_format']]);
    assert.deepEqual(await outbox(test, 'bad.code@example.com'), []);
    const customer = await signIn(test, 'bad.credits@example.com');
    const credits = await test.call('/v1/credit-purchases', {
      method: 'POST',
      body: { creditPackageId: 'cpk_none', paymentMethod: 'pm_card_visa', timeZone: 'GMT+1' },
      headers: { 'idempotency-key': 'bad-tz-credits', 'apptkit-customer': customer.token },
    });
    assert.deepEqual(fieldErrors(credits), [['timeZone', 'unknown_time_zone']]);
  });
});
