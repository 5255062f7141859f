import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import type { AppointmentPackage } from '../../src/core/package.js';
import { ADMIN_KEY, PUBLISHABLE_KEY, callApi, createPackage, launchChromium, openContext, setWeekdayMornings, startStack, temporaryDataDir, type Stack } from './support.js';

// A New York expert, booked by a client in Berlin across the US spring change (2027-03-14).
const EXPERT = 'exp_newyork';
const TITLE = 'Two sessions, card or credits';
const CARD_PICKS = [
  { date: '2027-03-12', label: '3:00 PM', start: '2027-03-12T14:00:00Z', ics: '20270312T140000Z', icsEnd: '20270312T145000Z' }, // Fri 09:00 EST
  { date: '2027-03-15', label: '2:00 PM', start: '2027-03-15T13:00:00Z', ics: '20270315T130000Z', icsEnd: '20270315T135000Z' }, // Mon 09:00 EDT
];
const CREDITS_PICK = { date: '2027-03-16', label: '2:00 PM', start: '2027-03-16T13:00:00Z', ics: '20270316T130000Z' }; // Tue 09:00 EDT
const CREDITS_CUSTOMER = 'lin@example.com';
const LATER_PICK = { date: '2027-03-17', label: '2:00 PM', start: '2027-03-17T13:00:00Z' }; // Wed 09:00 EDT


interface Mail {
  to: string;
  subject: string;
  text: string;
}

/** The test outbox's mail to `to`, newest first, once there is at least `count`. */
async function mailTo(stack: Stack, to: string, count = 1): Promise<Mail[]> {
  for (let i = 0; i < 100; i++) {
    const answer = await fetch(`${stack.apiUrl}/outbox.json?to=${encodeURIComponent(to)}`);
    const { data } = (await answer.json()) as { data: Mail[] };
    if (data.length >= count) return data;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`no mail to ${to}`);
}

/** From the one-tag booking page: choose the package and the given times, then continue to the checkout. */
async function chooseTimes(page: Page, picks: readonly { date: string; label: string }[]): Promise<void> {
  await page.locator('appt-packages [part~="card"]', { hasText: TITLE }).locator('[part~="select-button"]').click();
  const picker = page.locator('appt-slot-picker');
  await picker.locator('[part~="month-label"]').waitFor();
  for (let i = 0; i < 12 && (await picker.locator('[part~="month-label"]').textContent()) !== 'March 2027'; i++) {
    await picker.locator('[part~="next-button"]').click();
  }
  for (const pick of picks) {
    await picker.locator(`[part~="day"][data-date="${pick.date}"]`).click();
    await picker.locator('[part~="slot"]').filter({ hasText: pick.label }).first().click();
  }
  await page.locator('appt-booking [part~="continue-button"]').click();
  await page.locator('appt-checkout [part~="pay-button"]').waitFor();
}

/** Downloads the confirmation's `.ics` and returns its text. */
async function calendarFileOf(page: Page): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('appt-checkout [part~="calendar-link"]').click()]);
  return readFile((await download.path())!, 'utf8');
}

describe('booking and paying in the one-tag flow', () => {
  let browser: Browser;
  let stack: Stack;
  let dataDir: Awaited<ReturnType<typeof temporaryDataDir>>;
  let pkg: AppointmentPackage;

  before(async () => {
    browser = await launchChromium();
    dataDir = await temporaryDataDir();
    stack = await startStack(dataDir.path);

    pkg = await createPackage(stack, EXPERT, { title: TITLE, fee: 18000, credits: 4, sessions: 2, description: 'Two video sessions.' });

    await setWeekdayMornings(stack, EXPERT);

    // The credits customer exists with 10 credits (granted by the tenant's admin).
    const minted = await callApi(stack, '/v1/admin/customer-tokens', { method: 'POST', body: JSON.stringify({ email: CREDITS_CUSTOMER, name: 'Lin' }) });
    const { customerId } = (await minted.json()) as { customerId: string };
    const granted = await callApi(stack, `/v1/admin/customers/${customerId}/credits`, { method: 'POST', body: JSON.stringify({ amount: 10, reason: 'e2e' }) });
    assert.ok(granted.ok, await granted.clone().text());
  });

  after(async () => {
    await browser?.close();
    await stack?.close();
    await dataDir?.remove();
  });

  it('a guest pays by test card; the .ics imports at the right UTC times and the e-mailed call link admits that booking only', async () => {
    const context = await openContext(browser, stack, { timezoneId: 'Europe/Berlin', locale: 'en-US', viewport: { width: 1024, height: 1000 }, acceptDownloads: true });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${stack.site.url}/book.html`);
    await page.locator('#expert').selectOption(EXPERT);
    await chooseTimes(page, CARD_PICKS);

    const checkout = page.locator('appt-checkout');
    await checkout.getByText('Test mode: no money moves.').waitFor();
    await checkout.getByText('Fri, Mar 12, 2027, 3:00 – 3:50 PM').waitFor();
    await checkout.getByText('Mon, Mar 15, 2027, 2:00 – 2:50 PM').waitFor();
    await checkout.getByLabel('Name').fill('Grace Hopper');
    await checkout.getByLabel('E-mail').fill('grace@example.com');
    await checkout.getByLabel('Test card that succeeds').check();
    await checkout.locator('[part~="pay-button"]').click();
    await checkout.getByText('You are booked').waitFor();

    const ics = await calendarFileOf(page);
    for (const pick of CARD_PICKS) assert.match(ics, new RegExp(`DTSTART:${pick.ics}\\r\\nDTEND:${pick.icsEnd}\\r\\n`));
    assert.match(ics, /SUMMARY:Two sessions\\, card or credits/);
    const log = await page.locator('#events').textContent();
    assert.match(log!, /appt-checkout-start: package .*, 2 time\(s\)/);
    assert.match(log!, /appt-booking-confirmed: purchase pur_\w+ by card/);

    // The confirmation e-mail carries one call link per booking.
    const [mail] = await mailTo(stack, 'grace@example.com');
    const links = [...mail!.text.matchAll(/http:\/\/127\.0\.0\.1:\d+\/call\.html\?booking=(\w+)#join=([\w.~-]+)/g)];
    assert.equal(links.length, 2, mail!.text);
    const call = await context.newPage();
    await call.goto(links[0]![0]);
    await call.locator('appt-call [part~="join-button"]').click();
    await call.locator('appt-call').getByText(/The call opens at/).waitFor();
    assert.ok(!call.url().includes('#join='), 'the token leaves the address bar');
    // A reload in the same tab still admits the guest: the token waits in the tab's sessionStorage.
    await call.reload();
    await call.locator('appt-call [part~="join-button"]').click();
    await call.locator('appt-call').getByText(/The call opens at/).waitFor();
    assert.ok(!call.url().includes('join='), 'the token stays out of the address bar');
    // The first booking's token does not open the second booking.
    await call.goto(`${stack.site.url}/call.html?booking=${links[1]![1]}#join=${links[0]![2]}`);
    await call.locator('appt-call [part~="join-button"]').click();
    await call.locator('appt-call').getByText('This link or sign-in does not admit you to this session.').waitFor();
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('a client signs in with an e-mail code inside the checkout and pays with credits', async () => {
    const context = await openContext(browser, stack, { timezoneId: 'Europe/Berlin', locale: 'en-US', viewport: { width: 390, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${stack.site.url}/book.html`);
    await page.locator('#expert').selectOption(EXPERT);
    await chooseTimes(page, [CREDITS_PICK]);

    const checkout = page.locator('appt-checkout');
    await checkout.getByLabel(/Credits · 4 credits/).check();
    await checkout.getByText('Sign in to pay with your credits.').waitFor();
    const signIn = checkout.locator('appt-sign-in');
    await signIn.locator('[part~="email-input"]').fill(CREDITS_CUSTOMER);
    await signIn.locator('[part~="submit-button"]').click();
    const [codeMail] = await mailTo(stack, CREDITS_CUSTOMER);
    const code = /\b(\d{6})\b/.exec(codeMail!.text)?.[1];
    assert.ok(code, codeMail!.text);
    await signIn.locator('[part~="code-input"]').fill(code);
    await signIn.locator('[part~="submit-button"]').click();
    await checkout.getByText('Your balance: 10 credits').waitFor();
    await checkout.locator('[part~="pay-button"]', { hasText: 'Pay 4 credits' }).click();
    await checkout.getByText('You are booked').waitFor();
    await checkout.getByText('1 more session can be booked later.').waitFor();

    const ics = await calendarFileOf(page);
    assert.match(ics, new RegExp(`DTSTART:${CREDITS_PICK.ics}\\r\\n`));

    // 4 of the 10 credits were debited, once.
    const minted = await callApi(stack, '/v1/admin/customer-tokens', { method: 'POST', body: JSON.stringify({ email: CREDITS_CUSTOMER }) });
    const { token } = (await minted.json()) as { token: string };
    const me = await callApi(stack, '/v1/me', { key: PUBLISHABLE_KEY, headers: { 'apptkit-customer': token, origin: stack.site.url } });
    assert.equal(((await me.json()) as { credits: number }).credits, 6);
    const mine = await callApi(stack, '/v1/me/bookings', { key: PUBLISHABLE_KEY, headers: { 'apptkit-customer': token, origin: stack.site.url } });
    const { bookings, purchases } = (await mine.json()) as { bookings: { start: string; packageId: string }[]; purchases: { sessionsUsed: number }[] };
    assert.deepEqual(bookings.filter((b) => b.packageId === pkg.id).map((b) => b.start), [CREDITS_PICK.start]);
    assert.deepEqual(purchases.map((p) => p.sessionsUsed), [1]);
    assert.deepEqual(errors, []);
    await context.close();
  });
  it('the client schedules the session left from "my bookings", signed in with a new e-mail code', async () => {
    const context = await openContext(browser, stack, { timezoneId: 'Europe/Berlin', locale: 'en-US', viewport: { width: 390, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${stack.site.url}/account.html`);
    const mine = page.locator('appt-my-bookings');
    const signIn = mine.locator('appt-sign-in');
    const before = (await mailTo(stack, CREDITS_CUSTOMER)).length;
    await signIn.locator('[part~="email-input"]').fill(CREDITS_CUSTOMER);
    await signIn.locator('[part~="submit-button"]').click();
    const [codeMail] = await mailTo(stack, CREDITS_CUSTOMER, before + 1);
    await signIn.locator('[part~="code-input"]').fill(/\b(\d{6})\b/.exec(codeMail!.text)![1]!);
    await signIn.locator('[part~="submit-button"]').click();

    await mine.locator('[part~="card"][part~="booking"]', { hasText: TITLE }).getByText('Tue, Mar 16').waitFor();
    const purchase = mine.locator('[part~="card"][part~="purchase"]', { hasText: TITLE });
    await purchase.getByText('1 of 2 sessions left').waitFor();
    await purchase.locator('[part~="schedule-button"]').click();
    const picker = purchase.locator('appt-slot-picker');
    await picker.locator('[part~="month-label"]').waitFor();
    for (let i = 0; i < 12 && (await picker.locator('[part~="month-label"]').textContent()) !== 'March 2027'; i++) {
      await picker.locator('[part~="next-button"]').click();
    }
    await picker.locator(`[part~="day"][data-date="${LATER_PICK.date}"]`).click();
    await picker.locator('[part~="slot"]').filter({ hasText: LATER_PICK.label }).first().click();
    await purchase.locator('[part~="book-button"]').click();
    await mine.locator('[part~="card"][part~="booking"]', { hasText: TITLE }).getByText('Wed, Mar 17').waitFor();
    await purchase.waitFor({ state: 'detached' });

    const minted = await callApi(stack, '/v1/admin/customer-tokens', { method: 'POST', body: JSON.stringify({ email: CREDITS_CUSTOMER }) });
    const { token } = (await minted.json()) as { token: string };
    const answer = await callApi(stack, '/v1/me/bookings', { key: PUBLISHABLE_KEY, headers: { 'apptkit-customer': token, origin: stack.site.url } });
    const { bookings } = (await answer.json()) as { bookings: { start: string; packageId: string }[] };
    assert.deepEqual(bookings.filter((b) => b.packageId === pkg.id).map((b) => b.start), [CREDITS_PICK.start, LATER_PICK.start]);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('the site signs its own member in: its backend mints the customer token, the widget never sees the admin key', async () => {
    const context = await openContext(browser, stack, { timezoneId: 'Europe/Berlin', locale: 'en-US', viewport: { width: 1024, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${stack.site.url}/account.html`);
    await page.locator('appt-my-bookings appt-sign-in [part~="email-input"]').waitFor();
    await page.locator('#member-sign-in').click();
    await page.locator('#member-status').getByText('Signed in as the site’s demo member.').waitFor();
    await page.locator('appt-my-bookings').getByText('No upcoming bookings').waitFor();
    const html = await page.content();
    assert.ok(!html.includes(ADMIN_KEY), 'the admin key stays on the site’s server');
    await context.close();
  });
});
