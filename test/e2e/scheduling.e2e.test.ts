import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import type { AppointmentPackage } from '../../src/core/package.js';
import { PUBLISHABLE_KEY, callApi, createPackage, launchChromium, setWeekdayMornings, startStack, type Stack } from './support.js';

// A New York expert seen by a client in Berlin, across the US spring change (Sunday
// 2027-03-14: 02:00 EST → 03:00 EDT), while Berlin stays on CET until 2027-03-28, so the
// distance between the two zones shrinks from 6 to 5 hours in between.
const EXPERT = 'exp_newyork';
const TITLE = 'Three sessions across the change';
const PICKS = [
  { date: '2027-03-12', label: '3:00 PM', start: '2027-03-12T14:00:00Z' }, // Fri 09:00 EST
  { date: '2027-03-15', label: '2:00 PM', start: '2027-03-15T13:00:00Z' }, // Mon 09:00 EDT
  { date: '2027-03-16', label: '2:00 PM', start: '2027-03-16T13:00:00Z' }, // Tue 09:00 EDT
];
const HELD_BY_ANOTHER = { start: '2027-03-15T14:00:00Z', label: '3:00 PM' }; // Mon 10:00 EDT


describe('choosing the sessions of a package in the slot picker', () => {
  let browser: Browser;
  let stack: Stack;
  let pkg: AppointmentPackage;

  before(async () => {
    browser = await launchChromium();
    stack = await startStack('memory');

    pkg = await createPackage(stack, EXPERT, { title: TITLE, sessions: 3, description: 'Three weekly video sessions.' });

    await setWeekdayMornings(stack, EXPERT);

    // Another customer holds Monday 10:00 EDT (and its break) before our client looks.
    const hold = await callApi(stack, '/v1/holds', {
      key: PUBLISHABLE_KEY,
      method: 'POST',
      headers: { 'idempotency-key': 'another-customer-1' },
      body: JSON.stringify({ expertId: EXPERT, packageId: pkg.id, starts: [HELD_BY_ANOTHER.start] }),
    });
    assert.equal(hold.status, 201, await hold.clone().text());
  });

  after(async () => {
    await browser?.close();
    await stack?.close();
  });

  it('picks three sessions across a DST change: the times shown and the instants emitted agree, and a held slot is not offered', async () => {
    const context = await browser.newContext({ timezoneId: 'Europe/Berlin', locale: 'en-US', viewport: { width: 1024, height: 1000 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${stack.site.url}/`);

    await page.locator('#expert').selectOption(EXPERT);
    const card = page.locator('appt-packages [part~="card"]', { hasText: TITLE });
    await card.locator('[part~="select-button"]').click();

    const picker = page.locator('appt-slot-picker');
    await picker.locator('[part~="month-label"]').waitFor();
    await page.evaluate(() => {
      const seen: string[][] = [];
      (window as unknown as { emitted: string[][] }).emitted = seen;
      document.querySelector('appt-slot-picker')!.addEventListener('appt-slot-select', (event) => {
        seen.push(event.slots.map((slot) => slot.start));
      });
    });
    for (let i = 0; i < 12 && (await picker.locator('[part~="month-label"]').textContent()) !== 'March 2027'; i++) {
      await picker.locator('[part~="next-button"]').click();
    }
    assert.equal(await picker.locator('[part~="month-label"]').textContent(), 'March 2027');

    const times = picker.locator('[part~="slot"]');
    for (const pick of PICKS) {
      await picker.locator(`[part~="day"][data-date="${pick.date}"]`).click();
      await times.first().waitFor();
      if (pick.date === '2027-03-15') {
        const labels = (await times.allTextContents()).map((text) => text.replace(/\s+/g, ' ').trim());
        assert.ok(!labels.includes(HELD_BY_ANOTHER.label), `the held 10:00 EDT slot is not offered: ${labels.join(', ')}`);
        assert.ok(labels.includes('4:00 PM'), `the slot after the held one and its break is offered: ${labels.join(', ')}`);
      }
      await times.filter({ hasText: pick.label }).first().click();
    }

    const emitted = await page.evaluate(() => (window as unknown as { emitted: string[][] }).emitted);
    assert.deepEqual(emitted.at(-1), PICKS.map((pick) => pick.start));

    // The instants emitted are slots the server offers for that package.
    const slots = await callApi(stack, `/v1/experts/${EXPERT}/slots?packageId=${pkg.id}&from=2027-03-08T00:00:00Z&to=2027-03-20T00:00:00Z`, { key: PUBLISHABLE_KEY });
    const offered = ((await slots.json()) as { data: { start: string }[] }).data.map((slot) => slot.start);
    for (const pick of PICKS) assert.ok(offered.includes(pick.start), `${pick.start} is offered`);
    assert.ok(!offered.includes(HELD_BY_ANOTHER.start));

    // A fourth pick is impossible for a three-session package.
    await picker.locator('[part~="day"][data-date="2027-03-17"]').click();
    await times.first().waitFor();
    const enabled = await times.evaluateAll((buttons) => buttons.filter((b) => !(b as HTMLButtonElement).disabled).length);
    assert.equal(enabled, 0, 'every other time is disabled once three are chosen');
    assert.deepEqual(errors, []);
    await context.close();
  });
});
