import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { AppointmentPackage } from '../../src/core/index.js';
import type { Mail } from '../../demo/server/server.js';
import { join } from './call-fixtures.js';
import { book, checkoutPackage, grant, hold, newKey, purchase, signIn, type Receipt } from './checkout-fixtures.js';
import { assertProblem, createExpert, putAvailability, startTestServer, testClock, type TestServer } from './harness.js';
import { outbox, type OutboxMail } from './mail-fixtures.js';

const T0 = '2026-03-02T06:00:00Z'; // a Monday; Berlin is on UTC+1 until 29 March
const EXPERT = 'exp_mail_tests';
const JOIN_PAGE = 'https://shop.example/call';

/** An expert in Berlin, open 09:00–17:00 local time every day. */
async function berlinExpert(test: TestServer): Promise<void> {
  await createExpert(test, EXPERT, 'Europe/Berlin');
  const weekly = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '09:00', end: '17:00' }));
  assert.equal((await putAvailability(test, EXPERT, { weekly, overrides: [], blocks: [] })).status, 200);
}

/** The call links of a mail: booking id → join token. */
function linksOf(mail: OutboxMail | Mail | undefined): Map<string, string> {
  const links = new Map<string, string>();
  for (const match of (mail?.text ?? '').matchAll(/https:\/\/shop\.example\/call\?booking=(bkg_[a-z0-9]+)#join=([\w-]+)/g)) {
    links.set(match[1] as string, match[2] as string);
  }
  return links;
}

const confirmations = async (test: TestServer, to: string) => (await outbox(test, to)).filter((mail) => mail.subject.startsWith('Booking confirmed'));
const orders = async (test: TestServer, to: string) => (await outbox(test, to)).filter((mail) => mail.subject.startsWith('Order confirmed'));

describe('purchase and booking confirmation e-mails', () => {
  let test: TestServer;
  let pkg: AppointmentPackage;
  const clock = testClock(T0);

  before(async () => {
    test = await startTestServer({ clock: clock.clock, joinPageUrl: JOIN_PAGE });
    await berlinExpert(test);
    pkg = await checkoutPackage(test, EXPERT, { title: 'Career <coaching>' });
  });
  after(() => test.close());

  it('mails a guest the order with each booked session in the expert zone, named, and a link whose token admits that booking only', async () => {
    const held = await hold(test, pkg, ['2026-03-03T08:00:00Z', '2026-03-04T15:00:00Z']);
    const guest = { name: 'Guest One', email: 'guest.one@example.com' };
    const key = newKey('mail');
    const body = { packageId: pkg.id, method: 'card', paymentMethod: 'pm_card_visa', holdId: held.id, holdToken: held.token, guest };
    const paid = await purchase(test, body, { key });
    assert.equal(paid.status, 201, JSON.stringify(paid.body));
    assert.equal(paid.body.emailSent, true);
    const [mail, ...more] = await outbox(test, guest.email);
    assert.equal(more.length, 0);
    assert.equal(mail?.to, guest.email);
    assert.equal(mail?.subject, 'Order confirmed: Career <coaching>');
    const text = mail?.text ?? '';
    assert.match(text, /^Hello Guest One,/);
    assert.ok(text.includes('Your purchase of "Career <coaching>" with Test expert exp_mail_tests is confirmed.'));
    assert.ok(text.includes(`Order number: ${paid.body.id}\nAmount: €120.00\nPayment method: Card\nPackage: Career <coaching> (3 sessions)`));
    // No zone of the customer's is known: the expert's, named.
    assert.ok(text.includes('Your booked sessions:\n\nSession 1\n  Tue, 3 Mar 2026, 09:00–09:50 Central European Time (Europe/Berlin)\n  Join the call: '));
    assert.ok(text.includes('Session 2\n  Wed, 4 Mar 2026, 16:00–16:50 Central European Time (Europe/Berlin)\n  Join the call: '));
    assert.ok(text.includes('1 session to book later: book it on the site where you bought this package.'));
    assert.ok(text.includes('Joining opens 10 minutes before each session.'));

    const links = linksOf(mail);
    const [first, second] = paid.body.bookings;
    assert.deepEqual([...links.keys()], [first?.id, second?.id]);
    assert.equal(links.get(first?.id ?? ''), first?.joinToken);
    clock.set('2026-03-03T08:00:00Z');
    try {
      const admitted = await join(test, first?.id ?? '', 'client', { join: links.get(first?.id ?? '') ?? '' });
      assert.equal(admitted.status, 200, JSON.stringify(admitted.body));
      assert.equal(admitted.body.bookingId, first?.id);
      assertProblem(await join(test, first?.id ?? '', 'client', { join: links.get(second?.id ?? '') ?? '' }), 403, 'not_your_booking');
    } finally {
      clock.set(T0);
    }

    // The outbox page shows the links as links, escaped like everything else.
    const html = await (await fetch(`${test.url}/outbox?to=${guest.email}`)).text();
    assert.ok(html.includes(`<a href="${JOIN_PAGE}?booking=${first?.id}#join=${first?.joinToken}" rel="noreferrer">`));
    assert.ok(html.includes('Career &lt;coaching&gt;') && !html.includes('Career <coaching>'));

    // A replay of the purchase mails nothing, and says the e-mail went out.
    const replay = await purchase(test, body, { key });
    assert.equal(replay.headers.get('idempotent-replayed'), 'true');
    assert.equal(replay.body.emailSent, true);
    assert.equal((await outbox(test, guest.email)).length, 1);
  });

  it('mails nothing for a purchase waiting for authentication, and once when it is confirmed', async () => {
    const held = await hold(test, pkg, ['2026-03-05T09:00:00Z']);
    const guest = { name: 'Sam', email: 'sam.confirm@example.com' };
    const pending = await purchase(test, { packageId: pkg.id, method: 'card', paymentMethod: 'pm_card_authentication_required', holdId: held.id, holdToken: held.token, guest });
    assert.equal(pending.status, 202, JSON.stringify(pending.body));
    assert.equal(pending.body.emailSent, false);
    assert.deepEqual(await outbox(test, guest.email), []);
    const path = `/v1/purchases/${pending.body.id}/confirm`;
    const confirmed = await test.call<Receipt>(path, { method: 'POST', body: { purchaseToken: pending.body.token } });
    assert.equal(confirmed.status, 200, JSON.stringify(confirmed.body));
    assert.equal(confirmed.body.emailSent, true);
    const mails = await orders(test, guest.email);
    assert.equal(mails.length, 1);
    assert.ok(mails[0]?.text.includes('Thu, 5 Mar 2026, 10:00–10:50 Central European Time (Europe/Berlin)'));
    assert.ok(mails[0]?.text.includes('2 sessions to book later: book them on the site where you bought this package.'));
    assert.equal(linksOf(mails[0]).get(confirmed.body.bookings[0]?.id ?? ''), confirmed.body.bookings[0]?.joinToken);
    const again = await test.call<Receipt>(path, { method: 'POST', body: { purchaseToken: pending.body.token } });
    assert.equal(again.status, 200);
    assert.equal(again.body.emailSent, true, 'the confirmation went out before this answer');
    assert.equal((await outbox(test, guest.email)).length, 1);
  });

  it('mails a purchase without times, then the sessions booked later with POST /v1/bookings, once per Idempotency-Key', async () => {
    const customer = await signIn(test, 'later@example.com', 'Lara Later');
    await grant(test, customer.customerId, 12);
    const bought = await purchase(test, { packageId: pkg.id, method: 'credits' }, { customer });
    assert.equal(bought.status, 201, JSON.stringify(bought.body));
    assert.equal(bought.body.emailSent, true);
    const [order] = await orders(test, 'later@example.com');
    assert.ok(order?.text.includes(`Order number: ${bought.body.id}\nAmount: 12 credits\nPayment method: Credits\n`));
    assert.ok(order?.text.includes('3 sessions to book later: book them on the site where you bought this package.'));
    assert.doesNotMatch(order?.text ?? '', /Session 1|booked session|Join/);
    assert.deepEqual(await confirmations(test, 'later@example.com'), []);

    const key = newKey('later');
    const body = { purchaseId: bought.body.id, starts: ['2026-03-06T10:00:00Z'] };
    const booked = await book(test, body, { customer, key });
    assert.equal(booked.status, 201, JSON.stringify(booked.body));
    assert.equal(booked.body.emailSent, true);
    const replay = await book(test, body, { customer, key });
    assert.equal(replay.headers.get('idempotent-replayed'), 'true');
    assert.equal(replay.body.emailSent, true);
    const mails = await confirmations(test, 'later@example.com');
    assert.equal(mails.length, 1);
    assert.equal(mails[0]?.subject, 'Booking confirmed: Career <coaching>');
    assert.match(mails[0]?.text ?? '', /^Hello Lara Later,\n\nYour session of "Career <coaching>" with Test expert exp_mail_tests is booked\./);
    assert.ok(mails[0]?.text.includes('Session 1\n  Fri, 6 Mar 2026, 11:00–11:50 Central European Time (Europe/Berlin)\n  Join the call: '));
    assert.deepEqual([...linksOf(mails[0]).keys()], [booked.body.bookings[0]?.id]);
  });
});

describe('confirmation e-mails through a configured mailer', () => {
  let test: TestServer;
  let pkg: AppointmentPackage;
  let twoSessions: AppointmentPackage;
  const sent: Mail[] = [];
  let failing = false;

  before(async () => {
    const mailer = {
      async send(mail: Mail) {
        if (failing) throw new Error('mail relay refused');
        sent.push(mail);
      },
    };
    test = await startTestServer({ clock: testClock(T0).clock, mailer });
    await berlinExpert(test);
    pkg = await checkoutPackage(test, EXPERT, { sessions: 1 });
    twoSessions = await checkoutPackage(test, EXPERT, { sessions: 2 });
  });
  after(() => test.close());

  /** Runs `work` while the mailer refuses every mail. */
  async function whileFailing<T>(work: () => Promise<T>): Promise<T> {
    failing = true;
    try {
      return await work();
    } finally {
      failing = false;
    }
  }

  it('has no call links without a join page', async () => {
    const held = await hold(test, pkg, ['2026-03-03T12:00:00Z']);
    const guest = { name: 'No Link', email: 'nolink@example.com' };
    const paid = await purchase(test, { packageId: pkg.id, method: 'card', paymentMethod: 'pm_card_visa', holdId: held.id, holdToken: held.token, guest });
    assert.equal(paid.status, 201, JSON.stringify(paid.body));
    assert.equal(paid.body.emailSent, true);
    const mail = sent.find((item) => item.to === guest.email);
    assert.ok(mail?.text.includes('Tue, 3 Mar 2026, 13:00–13:50 Central European Time (Europe/Berlin)'));
    assert.doesNotMatch(mail?.text ?? '', /https?:|jnt_/);
    assert.match(mail?.text ?? '', /Join each session from the site where you booked it/);
  });

  it('keeps the purchase when the mailer fails, says emailSent false (on a replay too), and logs the failure', async () => {
    const held = await hold(test, pkg, ['2026-03-03T14:00:00Z']);
    const key = newKey('unlucky');
    const body = { packageId: pkg.id, method: 'card', paymentMethod: 'pm_card_visa', holdId: held.id, holdToken: held.token, guest: { name: 'Unlucky', email: 'unlucky@example.com' } };
    const paid = await whileFailing(() => purchase(test, body, { key }));
    assert.equal(paid.status, 201, JSON.stringify(paid.body));
    assert.equal(paid.body.emailSent, false);
    assert.equal(paid.body.status, 'paid');
    assert.equal(paid.body.bookings.length, 1);
    const stored = await test.server.database.query('SELECT id FROM bookings WHERE purchase_id = $1', [paid.body.id]);
    assert.equal(stored.rows.length, 1);
    const logged = test.logs.find((line) => line.message === 'purchase confirmation e-mail failed; the purchase stands');
    assert.equal(logged?.fields?.purchaseId, paid.body.id);
    assert.match(String(logged?.fields?.error), /mail relay refused/);
    const replay = await purchase(test, body, { key });
    assert.equal(replay.headers.get('idempotent-replayed'), 'true');
    assert.equal(replay.body.emailSent, false);
    assert.equal(sent.filter((mail) => mail.to === 'unlucky@example.com').length, 0);
  });

  it('keeps the bookings made later when the mailer fails, and says emailSent false', async () => {
    const guest = { name: 'Later Unlucky', email: 'later.unlucky@example.com' };
    const paid = await purchase(test, { packageId: twoSessions.id, method: 'card', paymentMethod: 'pm_card_visa', guest });
    assert.equal(paid.status, 201, JSON.stringify(paid.body));
    assert.equal(paid.body.emailSent, true);
    const booked = await whileFailing(() => book(test, { purchaseId: paid.body.id, purchaseToken: paid.body.token, starts: ['2026-03-04T09:00:00Z'] }));
    assert.equal(booked.status, 201, JSON.stringify(booked.body));
    assert.equal(booked.body.emailSent, false);
    assert.equal(booked.body.purchase.sessionsUsed, 1);
    const logged = test.logs.find((line) => line.message === 'booking confirmation e-mail failed; the bookings stand');
    assert.deepEqual(logged?.fields?.bookingIds, [booked.body.bookings[0]?.id]);
    const next = await book(test, { purchaseId: paid.body.id, purchaseToken: paid.body.token, starts: ['2026-03-04T10:00:00Z'] });
    assert.equal(next.body.emailSent, true);
    assert.deepEqual(sent.filter((mail) => mail.to === guest.email).map((mail) => mail.subject), ['Order confirmed: Test package', 'Booking confirmed: Test package']);
  });
});
