import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import type { AppointmentPackage } from '../../src/core/package.js';
import { ADMIN_KEY, PUBLISHABLE_KEY, callApi, createPackage, launchChromium, startStack, type Stack } from './support.js';

const TIMEOUT = { timeout: 120_000 };

/** The admin dashboard at `width` (in `timezoneId`, the browser's own by default), with every page error and CSP violation recorded. */
async function openDashboard(browser: Browser, stack: Stack, width = 1024, timezoneId?: string): Promise<{ page: Page; problems: string[] }> {
  const page = await (await browser.newContext({ viewport: { width, height: 900 }, ...(timezoneId ? { timezoneId } : {}) })).newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy|Refused to/.test(message.text())) problems.push(`console: ${message.text()}`);
  });
  await page.goto(`${stack.site.url}/admin/`);
  return { page, problems };
}

async function connect(page: Page): Promise<void> {
  await page.getByLabel('Admin key').fill(ADMIN_KEY);
  await page.getByRole('button', { name: 'Connect' }).click();
  await page.locator('#connection[data-state="connected"]').waitFor();
}

describe('admin dashboard (Chromium)', () => {
  let stack: Stack;
  let browser: Browser;
  before(async () => {
    stack = await startStack('memory');
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await stack?.close();
  });

  it('connects with the key, shows the connected state and the menu, and keeps the key out of the page', TIMEOUT, async () => {
    const { page, problems } = await openDashboard(browser, stack);
    assert.equal(await page.locator('#connection').textContent(), 'Not connected');
    assert.equal(await page.getByRole('navigation', { name: 'Back office' }).isVisible(), false);
    await page.getByLabel('Admin key').fill('sk_test_wrong');
    await page.getByRole('button', { name: 'Connect' }).click();
    await page.getByRole('alert').filter({ hasText: 'Could not connect' }).waitFor();
    await connect(page);
    assert.match((await page.locator('#connection').textContent()) ?? '', /^Connected · \d+ experts · US \/ USD$/);
    const menu = page.getByRole('navigation', { name: 'Back office' });
    assert.deepEqual(await menu.getByRole('link').allTextContents(), ['Appointments', 'Customers list', 'Campaigns', 'Coupons', 'Credits, phone and sales']);
    assert.equal(await page.getByLabel('Admin key').isVisible(), false);
    assert.ok(!(await page.content()).includes(ADMIN_KEY));
    await page.getByRole('button', { name: 'Disconnect' }).click();
    assert.equal(await page.locator('#connection').textContent(), 'Not connected');
    assert.equal(await page.getByLabel('Admin key').isVisible(), true);
    assert.deepEqual(problems, []);
  });

  it('Services → Appointments → Packages → New: the 14 fields in order (a meeting place for face to face), fee in EUR major units, Apply Changes', TIMEOUT, async () => {
    const { page, problems } = await openDashboard(browser, stack);
    await connect(page);
    await page.getByRole('navigation', { name: 'Back office' }).getByRole('link', { name: 'Appointments' }).click();
    await page.getByRole('link', { name: 'Packages' }).click();
    const expertId = await page.locator('#expert').inputValue();
    await page.getByRole('link', { name: 'New', exact: true }).click();
    await page.locator('#form-panel').waitFor();
    assert.equal(await page.locator('#appointments-crumb').textContent(), 'Services › Appointments › Packages › New');
    const labels = await page.locator('#fields label').allTextContents();
    assert.deepEqual(labels, [
      // The meeting place takes the service's row for a face-to-face meeting.
      'Appointment type', 'Service', 'Meeting place', 'Duration', 'Fee', 'Credits', 'Sessions', 'Break', 'Package country', 'Package currency',
      'Listing order', 'How the appointment ends', 'When the appointment ends', 'Title', 'Description',
      // After the seed's 14: the package's own booking policy, or the tenant's.
      'Booking policy', 'Cancellation cut-off', 'Rescheduling cut-off', 'Cancelled session',
    ]);
    // The tenant's home market is preselected, not the first country of the list (Afghanistan).
    assert.equal(await page.locator('#field-country').inputValue(), 'US');
    assert.equal(await page.locator('#field-currency').inputValue(), 'USD');

    const form = page.locator('#package-form');
    await form.getByLabel('Appointment type').selectOption('face_to_face');
    assert.deepEqual(
      [await form.getByLabel('Service').isVisible(), await form.getByLabel('Meeting place').isVisible()],
      [false, true],
      'a face-to-face meeting has a place instead of a service',
    );
    await form.getByLabel('Appointment type').selectOption('online');
    assert.deepEqual([await form.getByLabel('Service').isVisible(), await form.getByLabel('Meeting place').isVisible()], [true, false]);
    await form.getByLabel('Service').selectOption('video');
    await form.getByLabel('Duration').fill('50');
    await form.getByLabel('Package currency').selectOption('EUR');
    assert.equal(await page.locator('#unit-fee').textContent(), 'EUR');
    await form.getByLabel('Fee').fill('90.00');
    await form.getByLabel('Credits').fill('12');
    await form.getByLabel('Sessions').fill('4');
    await form.getByLabel('Break').fill('10');
    await form.getByLabel('Package country').selectOption('DE');
    await form.getByLabel('Listing order').fill('0');
    await form.getByLabel('How the appointment ends').selectOption('automatic');
    await form.getByLabel('When the appointment ends').selectOption('full_duration');
    await form.getByLabel('Title').fill('Four video sessions');
    await form.getByLabel('Description').fill('Fifty minutes each, with a ten-minute break.');
    await page.getByRole('button', { name: 'Apply Changes' }).click();

    await page.locator('#packages .package', { hasText: 'Four video sessions' }).waitFor();
    assert.match((await page.locator('#packages .package', { hasText: 'Four video sessions' }).textContent()) ?? '', /€90\.00/);
    const response = await callApi(stack, `/v1/admin/packages?expertId=${expertId}&limit=200`);
    const stored = ((await response.json()) as { data: AppointmentPackage[] }).data.find((pkg) => pkg.title === 'Four video sessions');
    assert.ok(stored);
    assert.deepEqual(
      [stored.fee, stored.currency, stored.country, stored.credits, stored.sessions, stored.breakMinutes, stored.durationMinutes, stored.endTiming],
      [9000, 'EUR', 'DE', 12, 4, 10, 50, 'full_duration'],
    );

    // Editing shows the fee in major units again.
    await page.getByRole('link', { name: 'Edit: Four video sessions' }).click();
    assert.equal(await form.getByLabel('Fee').inputValue(), '90.00');
    await form.getByLabel('Fee').fill('90.005');
    await page.getByRole('button', { name: 'Apply Changes' }).click();
    await page.locator('#error-fee', { hasText: 'at most 2 decimals' }).waitFor();
    await page.getByRole('button', { name: 'Cancel' }).click();
    assert.deepEqual(problems, []);
  });

  it('Customers: add a customer, search for them, open their detail and grant credits with a reason', TIMEOUT, async () => {
    const { page, problems } = await openDashboard(browser, stack);
    await connect(page);
    await page.getByRole('navigation', { name: 'Back office' }).getByRole('link', { name: 'Customers list' }).click();
    await page.getByLabel('Name', { exact: true }).fill('Grace Hopper');
    await page.getByLabel('E-mail', { exact: true }).fill('grace@example.com');
    await page.getByLabel('Country (optional)').selectOption('US');
    await page.getByRole('button', { name: 'Add customer' }).click();
    await page.getByRole('status').filter({ hasText: 'Added Grace Hopper (grace@example.com).' }).waitFor();

    await page.getByLabel('E-mail', { exact: true }).fill('GRACE@example.com');
    await page.getByLabel('Name', { exact: true }).fill('Grace again');
    await page.getByRole('button', { name: 'Add customer' }).click();
    await page.locator('#add-customer-errors li', { hasText: 'email is already the address of customer' }).waitFor();

    // Grace books a session as a guest with her e-mail: her detail lists it with its package and expert.
    const pkg = await createPackage(stack, 'exp_kolkata', { title: 'Career check-in', fee: 9000 });
    const slots = await callApi(stack, `/v1/experts/exp_kolkata/slots?packageId=${pkg.id}&from=2027-03-02T00:00:00Z&to=2027-03-16T00:00:00Z`, { key: PUBLISHABLE_KEY });
    const [slot] = ((await slots.json()) as { data: { start: string }[] }).data;
    assert.ok(slot, 'the seeded expert has a free slot');
    const hold = await callApi(stack, '/v1/holds', {
      key: PUBLISHABLE_KEY,
      method: 'POST',
      headers: { 'idempotency-key': 'grace-hold' },
      body: JSON.stringify({ expertId: 'exp_kolkata', packageId: pkg.id, starts: [slot.start] }),
    });
    const held = (await hold.json()) as { id: string; token: string };
    const bought = await callApi(stack, '/v1/purchases', {
      key: PUBLISHABLE_KEY,
      method: 'POST',
      headers: { 'idempotency-key': 'grace-purchase' },
      body: JSON.stringify({ packageId: pkg.id, method: 'card', paymentMethod: 'pm_card_visa', holdId: held.id, holdToken: held.token, guest: { name: 'Grace Hopper', email: 'grace@example.com' } }),
    });
    assert.equal(bought.status, 201, await bought.clone().text());

    await page.getByLabel('Search by name or e-mail').fill('hopper');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('status').filter({ hasText: 'Customers matching "hopper".' }).waitFor();
    assert.deepEqual(await page.locator('#customer-rows .customer-link').allTextContents(), ['Grace Hopper']);
    await page.getByRole('link', { name: 'Grace Hopper' }).click();
    await page.getByRole('heading', { name: 'Grace Hopper' }).waitFor();
    assert.equal(await page.locator('[data-fact="credits"]').textContent(), '0');
    assert.equal(await page.locator('[data-fact="country"]').textContent(), 'United States (US)');
    assert.match((await page.locator('#customer-upcoming li').first().textContent()) ?? '', /· Career check-in · Ananya Banerjee$/);

    const grant = page.getByRole('form', { name: 'Grant credits' });
    await grant.getByLabel('Credits', { exact: true }).fill('25');
    await grant.getByLabel('Reason').fill('Welcome gift');
    await page.getByRole('button', { name: 'Grant credits' }).click();
    await page.getByRole('status').filter({ hasText: 'The balance is now 25 credits.' }).waitFor();
    await page.locator('[data-fact="credits"]', { hasText: '25' }).waitFor();
    assert.match((await page.locator('#customer-ledger li').first().textContent()) ?? '', /\+25 credits · Welcome gift · balance 25/);
    assert.equal(await page.locator('#customer-coupons li').textContent(), 'No coupons used.');
    assert.deepEqual(problems, []);
  });

  it('Marketing → Campaigns: a fixed discount typed in euros is listed as such, edited with its version, and ended', TIMEOUT, async () => {
    const made = await callApi(stack, '/v1/admin/credit-packages', {
      method: 'POST',
      body: JSON.stringify({ title: 'Ten credits', credits: 10, price: 4900, currency: 'EUR', country: 'DE', active: true, listingOrder: 0 }),
    });
    assert.equal(made.status, 201);
    const { page, problems } = await openDashboard(browser, stack, 1024, 'Europe/Berlin');
    await connect(page);
    await page.getByRole('navigation', { name: 'Back office' }).getByRole('link', { name: 'Campaigns' }).click();
    await page.locator('#campaigns-title:focus').waitFor();
    await page.getByRole('link', { name: 'New campaign' }).click();
    await page.locator('#campaign-form-title:focus').waitFor();

    const form = page.locator('#campaign-form');
    await form.getByLabel('Campaign type').selectOption({ label: 'Discount on selected credit packages' });
    assert.equal(await form.getByLabel('Gift credits').isVisible(), false);
    await form.getByLabel('Title', { exact: true }).fill('Spring fixed');
    // The clock is at 2027-03-01T09:00Z, 10:00 in Berlin: this runs from 08:00 Berlin to April 1 (summer time by then).
    await form.getByLabel('Start', { exact: true }).fill('2027-03-01T08:00');
    await form.getByLabel('End', { exact: true }).fill('2027-04-01T00:00');
    await form.getByLabel('Ten credits').check();
    await form.getByLabel('Currency').selectOption('EUR');
    assert.equal(await page.locator('#campaign-unit-amountOff').textContent(), 'EUR');
    await form.getByLabel('Fixed discount').fill('5.505');
    await page.getByRole('button', { name: 'Create campaign' }).click();
    await page.locator('#campaign-error-amountOff', { hasText: 'at most 2 decimals' }).waitFor();
    assert.equal(await form.getByLabel('Fixed discount').getAttribute('aria-invalid'), 'true');
    await form.getByLabel('Fixed discount').fill('5.50');
    await page.getByRole('button', { name: 'Create campaign' }).click();

    const row = page.locator('#campaign-rows li', { hasText: 'Spring fixed' });
    await row.waitFor();
    assert.equal(await row.locator('.offer').textContent(), '€5.50 off 1 credit package');
    assert.equal(await row.locator('.badge').textContent(), 'Running');
    assert.match((await row.textContent()) ?? '', /Discount on selected credit packages/);
    assert.equal(await row.locator('.when').textContent(), 'Mar 1, 2027, 08:00 GMT+1 – Apr 1, 2027, 00:00 GMT+2');
    assert.equal(await page.locator('#campaigns-zone').textContent(), 'Times are in your time zone, Europe/Berlin.');
    const listed = (await (await callApi(stack, '/v1/admin/campaigns')).json()) as { data: Record<string, unknown>[] };
    const stored = listed.data.find((campaign) => campaign.title === 'Spring fixed');
    assert.deepEqual([stored?.amountOff, stored?.currency, stored?.startsAt, stored?.endsAt], [550, 'EUR', '2027-03-01T07:00:00Z', '2027-03-31T22:00:00Z']);

    // Editing shows the amount in euros again and saves the change at the read version.
    await page.getByRole('link', { name: 'Edit: Spring fixed' }).click();
    await page.getByRole('heading', { name: 'Edit "Spring fixed" (version 1)' }).waitFor();
    assert.equal(await form.getByLabel('Fixed discount').inputValue(), '5.50');
    assert.equal(await form.getByLabel('Campaign type').isDisabled(), true);
    await form.getByLabel('Fixed discount').fill('6');
    await page.getByRole('button', { name: 'Apply Changes' }).click();
    await row.locator('.offer', { hasText: '€6.00 off 1 credit package' }).waitFor();

    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'End now: Spring fixed' }).click();
    await row.locator('.badge', { hasText: 'Ended' }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'End now: Spring fixed' }).count(), 0);
    await page.getByRole('status').filter({ hasText: 'Ended "Spring fixed".' }).waitFor();
    assert.deepEqual(problems, []);
  });

  it('Marketing → Coupons: three generated codes in the detail, a named coupon created and deactivated', TIMEOUT, async () => {
    const { page, problems } = await openDashboard(browser, stack, 1024, 'Europe/Berlin');
    await connect(page);
    const menu = page.getByRole('navigation', { name: 'Back office' });
    await menu.getByRole('link', { name: 'Coupons' }).click();
    await page.locator('#coupons-title:focus').waitFor();
    await page.getByRole('link', { name: 'New coupon' }).click();
    await page.locator('#coupon-form-title:focus').waitFor();

    const form = page.locator('#coupon-form');
    await form.getByLabel('Title', { exact: true }).fill('Spring codes');
    assert.equal(await form.getByLabel('Codes', { exact: true }).inputValue(), 'count');
    await form.getByLabel('Number of codes').fill('3');
    await form.getByLabel('Discount (%)').fill('20');
    await form.getByLabel('Total uses per code').fill('5');
    await form.getByLabel('Expires', { exact: true }).fill('2027-04-01T00:00');
    await page.getByRole('button', { name: 'Create coupon' }).click();

    await page.getByRole('heading', { name: 'Spring codes', level: 1 }).waitFor();
    const codes = await page.locator('#coupon-codes .code').allTextContents();
    assert.equal(codes.length, 3);
    assert.equal(new Set(codes).size, 3);
    for (const code of codes) assert.match(code, /^[A-Z0-9]+(-[A-Z0-9]+)+$/);
    assert.deepEqual(await page.locator('#coupon-codes [data-uses]').allTextContents(), ['0 of 5', '0 of 5', '0 of 5']);
    assert.equal(await page.locator('[data-fact="Gives"]').textContent(), '20 % off');
    assert.equal(await page.locator('[data-fact="Status"]').textContent(), 'Active');
    assert.equal(await page.locator('#coupon-codes .code').first().evaluate((element) => getComputedStyle(element).fontFamily.includes('monospace')), true);

    await menu.getByRole('link', { name: 'Coupons' }).click();
    const spring = page.locator('#coupon-rows li', { hasText: 'Spring codes' });
    await spring.waitFor();
    assert.equal(await spring.locator('.offer').textContent(), '20 % off');
    assert.equal(await spring.locator('.codes-uses').textContent(), '3 codes · 0 uses');
    assert.equal(await spring.locator('.when').textContent(), 'Mar 1, 2027, 10:00 GMT+1 – Apr 1, 2027, 00:00 GMT+2');

    // One named code with gift credits; a malformed code is named next to its field first.
    await page.getByRole('link', { name: 'New coupon' }).click();
    await form.getByLabel('Title', { exact: true }).fill('Friends');
    await form.getByLabel('Codes', { exact: true }).selectOption({ label: 'One named code' });
    assert.equal(await form.getByLabel('Number of codes').isVisible(), false);
    await form.getByLabel('Code', { exact: true }).fill('x!');
    await form.getByLabel('Coupon type').selectOption({ label: 'Gift credits' });
    assert.equal(await form.getByLabel('Discount applies to').isVisible(), false);
    await form.getByLabel('Gift credits').fill('50');
    await page.getByRole('button', { name: 'Create coupon' }).click();
    await page.locator('#coupon-error-code', { hasText: 'Use 3–40 letters, digits and inner hyphens' }).waitFor();
    assert.equal(await form.getByLabel('Code', { exact: true }).getAttribute('aria-invalid'), 'true');
    await form.getByLabel('Code', { exact: true }).fill('friends-26');
    await page.getByRole('button', { name: 'Create coupon' }).click();
    await page.getByRole('heading', { name: 'Friends', level: 1 }).waitFor();
    assert.deepEqual(await page.locator('#coupon-codes .code').allTextContents(), ['FRIENDS-26']);
    assert.equal(await page.locator('[data-fact="Gives"]').textContent(), '50 gift credits');

    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Deactivate: Friends' }).click();
    await page.locator('[data-fact="Status"]', { hasText: 'Deactivated' }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Deactivate: Friends' }).isVisible(), false);
    await menu.getByRole('link', { name: 'Coupons' }).click();
    const friends = page.locator('#coupon-rows li', { hasText: 'Friends' });
    await friends.locator('.badge', { hasText: 'Deactivated' }).waitFor();
    assert.equal(await friends.locator('.codes-uses').textContent(), 'Code FRIENDS-26 · 0 uses');
    assert.equal(await friends.getByRole('button', { name: 'Deactivate: Friends' }).count(), 0);
    assert.equal(await spring.getByRole('button', { name: 'Deactivate: Spring codes' }).count(), 1);
    assert.deepEqual(problems, []);
  });

  it('has no sideways scroll at 360 px on the package form, the customers list and the marketing pages', TIMEOUT, async () => {
    const { page } = await openDashboard(browser, stack, 360);
    await connect(page);
    for (const hash of ['#/services/appointments/packages/new', '#/customers', '#/marketing/campaigns', '#/marketing/campaigns/new', '#/marketing/coupons', '#/marketing/coupons/new']) {
      await page.evaluate((next) => (location.hash = next), hash);
      await page.waitForTimeout(300);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.equal(overflow, 0, `${hash} scrolls sideways by ${overflow}px`);
    }
  });
});
