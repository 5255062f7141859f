import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import type { AppointmentPackage } from '../../src/core/package.js';
import { ADMIN_KEY, callApi, launchChromium, startStack, type Stack } from './support.js';

const TIMEOUT = { timeout: 120_000 };

/** The admin dashboard at `width`, with every page error and CSP violation recorded. */
async function openDashboard(browser: Browser, stack: Stack, width = 1024): Promise<{ page: Page; problems: string[] }> {
  const page = await (await browser.newContext({ viewport: { width, height: 900 } })).newPage();
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
    assert.deepEqual(await menu.getByRole('link').allTextContents(), ['Appointments', 'Customers list', 'Credits, phone and sales']);
    assert.equal(await page.getByLabel('Admin key').isVisible(), false);
    assert.ok(!(await page.content()).includes(ADMIN_KEY));
    await page.getByRole('button', { name: 'Disconnect' }).click();
    assert.equal(await page.locator('#connection').textContent(), 'Not connected');
    assert.equal(await page.getByLabel('Admin key').isVisible(), true);
    assert.deepEqual(problems, []);
  });

  it('Services → Appointments → Packages → New: the 14 fields in order, fee in EUR major units, Apply Changes', TIMEOUT, async () => {
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
      'Appointment type', 'Service', 'Duration', 'Fee', 'Credits', 'Sessions', 'Break', 'Package country', 'Package currency',
      'Listing order', 'How the appointment ends', 'When the appointment ends', 'Title', 'Description',
    ]);
    // The tenant's home market is preselected, not the first country of the list (Afghanistan).
    assert.equal(await page.locator('#field-country').inputValue(), 'US');
    assert.equal(await page.locator('#field-currency').inputValue(), 'USD');

    const form = page.locator('#package-form');
    await form.getByLabel('Appointment type').selectOption('online');
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

    await page.getByLabel('Search by name or e-mail').fill('hopper');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('status').filter({ hasText: 'Customers matching "hopper".' }).waitFor();
    assert.deepEqual(await page.locator('#customer-rows .customer-link').allTextContents(), ['Grace Hopper']);
    await page.getByRole('link', { name: 'Grace Hopper' }).click();
    await page.getByRole('heading', { name: 'Grace Hopper' }).waitFor();
    assert.equal(await page.locator('[data-fact="credits"]').textContent(), '0');

    const grant = page.getByRole('form', { name: 'Grant credits' });
    await grant.getByLabel('Credits', { exact: true }).fill('25');
    await grant.getByLabel('Reason').fill('Welcome gift');
    await page.getByRole('button', { name: 'Grant credits' }).click();
    await page.getByRole('status').filter({ hasText: 'The balance is now 25 credits.' }).waitFor();
    await page.locator('[data-fact="credits"]', { hasText: '25' }).waitFor();
    assert.match((await page.locator('#customer-ledger li').first().textContent()) ?? '', /\+25 credits · Welcome gift · balance 25/);
    assert.deepEqual(problems, []);
  });

  it('has no sideways scroll at 360 px on the package form and the customers list', TIMEOUT, async () => {
    const { page } = await openDashboard(browser, stack, 360);
    await connect(page);
    for (const hash of ['#/services/appointments/packages/new', '#/customers']) {
      await page.evaluate((next) => (location.hash = next), hash);
      await page.waitForTimeout(300);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.equal(overflow, 0, `${hash} scrolls sideways by ${overflow}px`);
    }
  });
});
