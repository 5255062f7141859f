/**
 * The three customer journeys, written once and run in every engine (Chromium, Firefox, WebKit;
 * APPTKIT_BROWSERS picks some) through ./drivers, each engine against its own fresh stack:
 *
 * 1. a guest books a package and pays by test card, then opens the e-mailed call link;
 * 2. a client signs in with an e-mail code, schedules the session left in "my bookings" and joins it;
 * 3. a client signs in inside the checkout, buys credits there and pays the package with them.
 *
 * A New York expert, a client in Berlin: the chosen times cross the US spring change
 * (2027-03-14). The stack's clock starts on Monday 2027-03-01 at 08:52 in New York, with no
 * minimum notice, so the 09:00 session scheduled in journey 2 can be joined at once (joining
 * opens 10 minutes before the start). Assertions are on times, parts and the server's records,
 * not on engine-specific zone names.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { AppointmentPackage } from '../../src/core/package.js';
import { e2eEngines, launchBrowser, locate, type Browser, type Locator, type Page } from './drivers/index.js';
import { ADMIN_KEY, PUBLISHABLE_KEY, callApi, createPackage, mailTo, setWeekdayMornings, startStack, type Stack } from './support.js';

const NOW = '2027-03-01T13:52:00Z';
const TIME_ZONE = 'Europe/Berlin';
const EXPERT = 'exp_newyork';
const TITLE = 'Two sessions, card or credits';
const TIMEOUT = { timeout: 120_000 };

interface Pick {
  date: string;
  /** The time as the Berlin client sees it. */
  label: string;
  start: string;
}

// Journey 1: Fri 09:00 EST and Mon 09:00 EDT.
const GUEST = { name: 'Grace Hopper', email: 'grace@example.com' };
const CARD_PICKS: Pick[] = [
  { date: '2027-03-12', label: '3:00 PM', start: '2027-03-12T14:00:00Z' },
  { date: '2027-03-15', label: '2:00 PM', start: '2027-03-15T13:00:00Z' },
];
// Journey 2: booked before (Tue 09:00 EDT), then today 09:00 EST, eight minutes ahead.
const CLIENT = 'ada@example.com';
const BOOKED_BEFORE = '2027-03-16T13:00:00Z';
const TODAY_PICK: Pick = { date: '2027-03-01', label: '3:00 PM', start: '2027-03-01T14:00:00Z' };
// Journey 3: Wed 09:00 EDT, paid with credits bought on the way.
const CREDITS_CLIENT = 'lin@example.com';
const CREDITS_PICK: Pick = { date: '2027-03-17', label: '2:00 PM', start: '2027-03-17T13:00:00Z' };
const CREDIT_PACKAGE = 'Starter: 10 credits';

/** The customer's bookings and purchases, read through a token the admin mints. */
async function recordsOf(stack: Stack, email: string) {
  const minted = await callApi(stack, '/v1/admin/customer-tokens', { method: 'POST', body: JSON.stringify({ email }) });
  const { token } = (await minted.json()) as { token: string };
  const headers = { 'apptkit-customer': token, origin: stack.site.url };
  const me = await callApi(stack, '/v1/me', { key: PUBLISHABLE_KEY, headers });
  const mine = await callApi(stack, '/v1/me/bookings', { key: PUBLISHABLE_KEY, headers });
  const { bookings, purchases } = (await mine.json()) as { bookings: { start: string; packageId: string }[]; purchases: { packageId: string; sessionsUsed: number }[] };
  return { credits: ((await me.json()) as { credits: number }).credits, bookings, purchases };
}

/** The 6-digit sign-in code of the newest of `count` e-mails to `email`. */
async function signInCode(stack: Stack, email: string, count: number): Promise<string> {
  const [mail] = await mailTo(stack, email, count);
  const code = /\b(\d{6})\b/.exec(mail!.text)?.[1];
  assert.ok(code, mail!.text);
  return code;
}

/** Signs in through an `<appt-sign-in>` with the code e-mailed to `email`. */
async function signIn(page: Page, stack: Stack, form: Locator, email: string): Promise<void> {
  const sent = (await mailTo(stack, email, 0)).length;
  await page.fill(form.locate('[part~="email-input"]'), email);
  await page.click(form.locate('[part~="submit-button"]'));
  await page.fill(form.locate('[part~="code-input"]'), await signInCode(stack, email, sent + 1));
  await page.click(form.locate('[part~="submit-button"]'));
}

/** In a slot picker: shows March 2027, then picks each day and time. */
async function pickTimes(page: Page, picker: Locator, picks: readonly Pick[]): Promise<void> {
  const month = picker.locate('[part~="month-label"]');
  await page.waitFor(month);
  for (let i = 0; i < 12 && (await page.texts(month))[0] !== 'March 2027'; i++) await page.click(picker.locate('[part~="next-button"]'));
  await page.waitForText(month, 'March 2027');
  for (const pick of picks) {
    await page.click(picker.locate(`[part~="day"][data-date="${pick.date}"]`));
    await page.waitFor(picker.locate(`[part~="day-selected"][data-date="${pick.date}"]`));
    await page.click(picker.locate('[part~="slot"]', { hasText: pick.label }).first());
  }
}

/** On the one-tag booking page: the New York expert, the package, the times, then on to the checkout. */
async function chooseTimes(page: Page, picks: readonly Pick[]): Promise<void> {
  await page.select(locate('#expert'), EXPERT);
  await page.click(locate('appt-packages').locate('[part~="card"]', { hasText: TITLE }).locate('[part~="select-button"]'));
  await pickTimes(page, locate('appt-slot-picker'), picks);
  await page.click(locate('appt-booking').locate('[part~="continue-button"]'));
  await page.waitFor(locate('appt-checkout').locate('[part~="pay-button"]'));
}

for (const engine of e2eEngines()) {
  describe(`the customer journeys in ${engine}`, () => {
    let browser: Browser | undefined;
    let stack: Stack | undefined;
    let pkg: AppointmentPackage;

    /** Runs `journey` in a fresh page (no storage shared with the others; WebKit's driver allows one at a time), then closes it. */
    async function inPage(viewport: { width: number; height: number }, journey: (page: Page) => Promise<void>): Promise<void> {
      const page = await browser!.newPage({ viewport });
      try {
        await journey(page);
      } finally {
        await page.close();
      }
    }

    before(async () => {
      // The browser starts while the stack does; `after` closes whichever started.
      const launching = launchBrowser(engine, { timeZone: TIME_ZONE });
      try {
        stack = await startStack('memory', { now: NOW, minNoticeMinutes: 0 });
      } finally {
        browser = await launching;
      }

      pkg = await createPackage(stack, EXPERT, { title: TITLE, fee: 18000, credits: 4, sessions: 2, description: 'Two video sessions.' });
      await setWeekdayMornings(stack, EXPERT);

      // Journey 2's client bought the package by card with one session booked, the other to schedule.
      const minted = await callApi(stack, '/v1/admin/customer-tokens', { method: 'POST', body: JSON.stringify({ email: CLIENT, name: 'Ada' }) });
      const { token } = (await minted.json()) as { token: string };
      const asClient = { key: PUBLISHABLE_KEY, headers: { 'apptkit-customer': token, origin: stack.site.url } };
      const hold = await callApi(stack, '/v1/holds', {
        ...asClient,
        method: 'POST',
        headers: { ...asClient.headers, 'idempotency-key': 'ada-hold' },
        body: JSON.stringify({ expertId: EXPERT, packageId: pkg.id, starts: [BOOKED_BEFORE] }),
      });
      assert.equal(hold.status, 201, await hold.clone().text());
      const { id: holdId, token: holdToken } = (await hold.json()) as { id: string; token: string };
      const bought = await callApi(stack, '/v1/purchases', {
        ...asClient,
        method: 'POST',
        headers: { ...asClient.headers, 'idempotency-key': 'ada-purchase' },
        body: JSON.stringify({ packageId: pkg.id, method: 'card', paymentMethod: 'pm_card_visa', holdId, holdToken }),
      });
      assert.equal(bought.status, 201, await bought.clone().text());
    });

    after(async () => {
      await browser?.close();
      await stack?.close();
    });

    it('1. a guest books two sessions, pays by test card, and the e-mailed call link admits that booking only', TIMEOUT, async () => {
      await inPage({ width: 1024, height: 1000 }, async (page) => {
        await page.goto(`${stack!.site.url}/book.html`);
        await chooseTimes(page, CARD_PICKS);

        const checkout = locate('appt-checkout');
        const summary = checkout.locate('[part~="summary"]');
        await page.waitForText(summary, /Fri, Mar 12, 2027, 3:00 – 3:50 PM/);
        await page.waitForText(summary, /Mon, Mar 15, 2027, 2:00 – 2:50 PM/);
        await page.fill(checkout.locate('input[part~="field"][name="name"]'), GUEST.name);
        await page.fill(checkout.locate('input[part~="field"][name="email"]'), GUEST.email);
        await page.click(checkout.locate('[part~="pay-button"]'));
        const confirmation = await page.waitForText(checkout.locate('[part~="confirmation"]'), /Mar 12, 2027, 3:00 – 3:50 PM.*Mar 15, 2027, 2:00 – 2:50 PM/);
        assert.match(confirmation, new RegExp(TITLE));
        assert.match((await page.texts(locate('#events')))[0]!, /appt-booking-confirmed: purchase pur_\w+ by card/);

        // Where the driver takes downloads (Chromium): the .ics holds the same instants in UTC.
        if (page.download) {
          const ics = await page.download(checkout.locate('[part~="calendar-link"]'));
          assert.match(ics, /DTSTART:20270312T140000Z\r\nDTEND:20270312T145000Z\r\n/);
          assert.match(ics, /DTSTART:20270315T130000Z\r\nDTEND:20270315T135000Z\r\n/);
          assert.match(ics, /SUMMARY:Two sessions\\, card or credits/);
        }
        const { bookings } = await recordsOf(stack!, GUEST.email);
        assert.deepEqual(bookings.map((b) => b.start), CARD_PICKS.map((p) => p.start));

        // The confirmation e-mail carries one call link per booking; the first opens at 2:50 PM Berlin time.
        const [mail] = await mailTo(stack!, GUEST.email);
        const links = [...mail!.text.matchAll(/http:\/\/127\.0\.0\.1:\d+\/call\.html\?booking=(\w+)#join=([\w.~-]+)/g)];
        assert.equal(links.length, 2, mail!.text);
        const call = locate('appt-call');
        await page.goto(links[0]![0]);
        await page.click(call.locate('[part~="join-button"]'));
        await page.waitForText(call.locate('[part~="status"]'), /Mar 12.*2:50 PM/);
        assert.ok(!(await page.url()).includes('join='), 'the token leaves the address bar');
        // A reload of the tab still admits the guest (the token waits in its sessionStorage).
        await page.reload();
        await page.click(call.locate('[part~="join-button"]'));
        await page.waitForText(call.locate('[part~="status"]'), /2:50 PM/);
        assert.ok(!(await page.url()).includes('join='), 'the token stays out of the address bar');
        // The first booking's token does not open the second booking.
        await page.goto(`${stack!.site.url}/call.html?booking=${links[1]![1]}#join=${links[0]![2]}`);
        await page.click(call.locate('[part~="join-button"]'));
        await page.waitForText(call.locate('[part~="error"]'), 'does not admit you');
        assert.deepEqual(await page.errors(), []);
      });
    });

    it('2. a client signs in with an e-mail code, schedules the session left for today in "my bookings" and joins it', TIMEOUT, async () => {
      await inPage({ width: 390, height: 900 }, async (page) => {
        await page.goto(`${stack!.site.url}/account.html`);
        const mine = locate('appt-my-bookings');
        await signIn(page, stack!, mine.locate('appt-sign-in'), CLIENT);

        await page.waitForText(mine.locate('[part~="booking"]', { hasText: TITLE }), /Tue, Mar 16/);
        const purchase = mine.locate('[part~="purchase"]', { hasText: TITLE });
        await page.waitForText(purchase, '1 of 2 sessions left');
        await page.click(purchase.locate('[part~="schedule-button"]'));
        await pickTimes(page, purchase.locate('appt-slot-picker'), [TODAY_PICK]);
        await page.click(purchase.locate('[part~="book-button"]'));
        await page.waitFor(purchase, { state: 'detached' });

        // Today's session starts in minutes: its card offers Join; the other one says when joining opens.
        const today = mine.locate('[part~="booking"]', { hasText: /Mon, Mar 1\b/ });
        await page.waitForText(today, '3:00');
        await page.waitFor(mine.locate('[part~="booking"]', { hasText: /Tue, Mar 16/ }).locate('[part~="join-note"]'));
        assert.equal(await page.count(mine.locate('[part~="join-button"]')), 1, 'only the session starting now can be joined');
        await page.click(today.locate('[part~="join-button"]'));
        const inCall = today.locate('appt-call');
        await page.waitFor(inCall.locate('[part~="leave-button"]'));
        await page.waitFor(inCall.locate('[part~="test-mode"]'));

        const { bookings } = await recordsOf(stack!, CLIENT);
        assert.deepEqual(bookings.filter((b) => b.packageId === pkg.id).map((b) => b.start), [TODAY_PICK.start, BOOKED_BEFORE]);
        assert.deepEqual(await page.errors(), []);
      });
    });

    it('3. a client signs in inside the checkout, buys credits there and pays the package with them', TIMEOUT, async () => {
      await inPage({ width: 1024, height: 1000 }, async (page) => {
        await page.goto(`${stack!.site.url}/book.html`);
        await chooseTimes(page, [CREDITS_PICK]);

        const checkout = locate('appt-checkout');
        await page.click(checkout.locate('[part~="methods"] input[name="method"]').nth(1));
        await signIn(page, stack!, checkout.locate('[part~="sign-in"]'), CREDITS_CLIENT);
        await page.waitForText(checkout.locate('[part~="balance"]'), /\b0 credits/);

        // Too few credits: the checkout offers <appt-credits> in place.
        const credits = checkout.locate('[part~="credits-short"]').locate('appt-credits');
        await page.click(credits.locate('[part~="offer"]', { hasText: CREDIT_PACKAGE }).locate('input'));
        await page.waitFor(credits.locate('[part~="test-mode"]'));
        await page.click(credits.locate('[part~="pay-button"]'));
        await page.waitFor(checkout.locate('[part~="credits-short"]'), { state: 'detached' });
        await page.waitForText(checkout.locate('[part~="balance"]'), /\b10 credits/);

        await page.click(checkout.locate('[part~="pay-button"]'));
        await page.waitForText(checkout.locate('[part~="confirmation"]'), /Wed, Mar 17, 2027, 2:00 – 2:50 PM/);
        assert.match((await page.texts(locate('#events')))[0]!, /appt-booking-confirmed: purchase pur_\w+ by credits/);

        // 10 credits bought, 4 paid, once; one session booked, one left.
        const records = await recordsOf(stack!, CREDITS_CLIENT);
        assert.equal(records.credits, 6);
        assert.deepEqual(records.bookings.map((b) => b.start), [CREDITS_PICK.start]);
        assert.deepEqual(records.purchases.map((p) => p.sessionsUsed), [1]);
        assert.deepEqual(await page.errors(), []);
      });
    });

    it('the site signs its own member in: its backend mints the customer token, the page never holds the admin key', TIMEOUT, async () => {
      await inPage({ width: 1024, height: 900 }, async (page) => {
        await page.goto(`${stack!.site.url}/account.html`);
        await page.waitFor(locate('appt-my-bookings').locate('[part~="email-input"]'));
        await page.click(locate('#member-sign-in'));
        await page.waitForText(locate('#member-status'), 'Signed in as the site’s demo member.');
        await page.waitFor(locate('appt-my-bookings').locate('[part~="empty"]'));
        const html = await page.evaluate<string>('document.documentElement.outerHTML');
        assert.ok(!html.includes(ADMIN_KEY), 'the admin key stays on the site’s server');
        assert.deepEqual(await page.errors(), []);
      });
    });
  });
}
