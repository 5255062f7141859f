// Screenshots of the demo admin dashboard against the reference server on the end-to-end stack
// (in memory): connect, the packages list, the package form, the customers list and a customer's
// detail, each at 360 and 1024 px, light and dark (prefers-color-scheme), into
// screenshots/dashboard (gitignored), to be looked at. Nothing is asserted: the dashboard's tests
// are in test/e2e/dashboard.e2e.test.ts.
//
// Run after `npm run build`: node --import tsx scripts/dashboard-screenshots.ts
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ADMIN_KEY, callApi, createPackage, launchChromium, startStack } from '../test/e2e/support.js';

const EXPERT = 'exp_istanbul';
const outDir = join(new URL('..', import.meta.url).pathname, 'screenshots/dashboard');
mkdirSync(outDir, { recursive: true });

const stack = await startStack('memory');
await createPackage(stack, EXPERT, { title: 'Four video sessions with a long title that wraps', fee: 9000, currency: 'EUR', country: 'DE', credits: 12, sessions: 4 });
const created = await callApi(stack, '/v1/admin/customers', {
  method: 'POST',
  headers: { 'idempotency-key': 'screenshots-customer' },
  body: JSON.stringify({ name: 'Grace Hopper', email: 'grace.hopper.with.a.long.address@example.com', country: 'US' }),
});
const customer = (await created.json()) as { id: string };
await callApi(stack, `/v1/admin/customers/${customer.id}/credits`, { method: 'POST', body: JSON.stringify({ amount: 25, reason: 'Welcome gift' }) });
const browser = await launchChromium();

try {
  for (const width of [360, 1024]) {
    for (const scheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ viewport: { width, height: 800 }, colorScheme: scheme });
      const page = await context.newPage();
      const shoot = async (name: string) => {
        await page.waitForTimeout(400);
        await page.screenshot({ path: join(outDir, `${name}-${width}-${scheme}.png`), fullPage: true });
      };
      await page.goto(`${stack.site.url}/admin/`);
      await shoot('connect');
      await page.getByLabel('Admin key').fill(ADMIN_KEY);
      await page.getByRole('button', { name: 'Connect' }).click();
      await page.locator('#connection[data-state="connected"]').waitFor();
      await page.locator('#expert').selectOption(EXPERT);
      await page.locator('#packages .package').first().waitFor();
      await shoot('packages');
      await page.getByRole('link', { name: 'New', exact: true }).click();
      await page.getByLabel('Package currency').selectOption('EUR');
      await page.getByLabel('Fee').fill('90.005');
      await page.getByRole('button', { name: 'Apply Changes' }).click();
      await page.locator('#error-fee:not(:empty)').waitFor();
      await shoot('package-form');
      await page.evaluate(() => (location.hash = '#/customers'));
      await page.locator('#customer-rows .customer-link').first().waitFor();
      await shoot('customers');
      await page.getByRole('link', { name: 'Grace Hopper' }).click();
      await page.locator('#customer-ledger li').first().waitFor();
      await shoot('customer');
      await context.close();
    }
  }
} finally {
  await browser.close();
  await stack.close();
}
console.log(`wrote ${outDir}`);
