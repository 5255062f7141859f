// Screenshots of every customer step on the demo host site, against the reference server on the
// end-to-end stack (in memory, clock at 2027-03-01): the package list, the picker with two chosen
// times, the checkout, the confirmation, "my account" (my bookings and credits, signed in as the
// site's member) and the call page opened from the e-mailed link. Each step at 360 and 1024 px,
// in English and Arabic, light and dark (the OS setting; the demo page itself is light-only),
// into screenshots/journey (gitignored), to be looked at. Nothing is asserted: the journeys'
// tests are in test/e2e.
//
// Run after `npm run build`: node --import tsx scripts/journey-screenshots.ts
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { createPackage, launchChromium, mailTo, setWeekdayMornings, startStack } from '../test/e2e/support.js';

const EXPERT = 'exp_newyork';
const TITLE = 'Two sessions, card or credits';
const WEEKDAYS = ['02', '03', '04', '05', '08', '09', '10', '11'].map((day) => `2027-03-${day}`);
const outDir = join(new URL('..', import.meta.url).pathname, 'screenshots/journey');
mkdirSync(outDir, { recursive: true });

const stack = await startStack('memory', { now: '2027-03-01T13:52:00Z' });
await createPackage(stack, EXPERT, { title: TITLE, fee: 18000, credits: 4, sessions: 2, description: 'Two video sessions with a ten-minute break.' });
await setWeekdayMornings(stack, EXPERT);
const browser = await launchChromium();

/** The language: through the demo page's own control where it has one, else `lang` on each element. */
async function chooseLanguage(page: Page, lang: string): Promise<void> {
  if (await page.locator('#language').count()) return void (await page.locator('#language').selectOption(lang));
  await page.evaluate((value) => {
    for (const element of document.querySelectorAll('appt-my-bookings, appt-credits, appt-call')) element.setAttribute('lang', value);
  }, lang);
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(300); // let transitions settle
  await page.screenshot({ path: join(outDir, `${name}.png`), fullPage: true });
}

let guest = 0;
try {
  for (const width of [360, 1024]) {
    for (const lang of ['en', 'ar']) {
      for (const scheme of ['light', 'dark'] as const) {
        const tag = (step: string) => `${step}-${width}-${lang}-${scheme}`;
        const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme, timezoneId: 'Europe/Berlin', locale: 'en-US' });
        const page = await context.newPage();
        await page.goto(`${stack.site.url}/book.html`);
        await page.locator('#expert').selectOption(EXPERT);
        await chooseLanguage(page, lang);
        await page.locator('appt-packages [part~="card"]', { hasText: TITLE }).waitFor();
        await shoot(page, tag('1-packages'));

        await page.locator('appt-packages [part~="card"]', { hasText: TITLE }).locator('[part~="select-button"]').click();
        const picker = page.locator('appt-slot-picker');
        await picker.locator('[part~="day"]').first().waitFor();
        // Each run books other times: its own weekday of March.
        const day = WEEKDAYS[guest]!;
        for (let i = 0; i < 3 && !(await picker.locator(`[part~="day"][data-date="${day}"]`).count()); i++) {
          await picker.locator('[part~="next-button"]').click();
        }
        await picker.locator(`[part~="day"][data-date="${day}"]`).click();
        await picker.locator('[part~="slot"]').nth(0).click();
        await picker.locator('[part~="slot"]').nth(1).click();
        await shoot(page, tag('2-picker'));

        await page.locator('appt-booking [part~="continue-button"]').click();
        const checkout = page.locator('appt-checkout');
        await checkout.locator('[part~="pay-button"]').waitFor();
        guest += 1;
        const email = `guest${guest}@example.com`;
        await checkout.locator('input[autocomplete="name"]').fill('Grace Hopper');
        await checkout.locator('input[type="email"]').fill(email);
        await checkout.locator('input[name="test-card"]').first().check();
        await shoot(page, tag('3-checkout'));

        await checkout.locator('[part~="pay-button"]').click();
        await checkout.locator('[part~="confirmation"]').waitFor();
        await shoot(page, tag('4-confirmation'));

        await page.goto(`${stack.site.url}/account.html`);
        await chooseLanguage(page, lang);
        await page.locator('#member-sign-in').click();
        await page.locator('appt-my-bookings [part~="list"]').first().waitFor();
        await page.locator('appt-credits [part~="price"]').first().waitFor();
        await shoot(page, tag('5-account'));

        const [mail] = await mailTo(stack, email);
        const link = /http:\/\/127\.0\.0\.1:\d+\/call\.html\?booking=\w+#join=[\w.~-]+/.exec(mail!.text)![0];
        await page.goto(link);
        await chooseLanguage(page, lang);
        await page.locator('appt-call [part~="join-button"]').click();
        await page.locator('appt-call [part~="status"]').first().waitFor();
        await shoot(page, tag('6-call'));
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  await stack.close();
}
console.log(`screenshots in ${outDir}`);
