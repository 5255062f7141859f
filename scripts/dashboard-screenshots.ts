// Screenshots of the demo admin dashboard against the reference server on the end-to-end stack
// (in memory): connect, the packages list, the package form (online, and face to face with its
// meeting place), the customers list and a customer's detail, the campaigns list and form, the
// coupons list, form and detail, each at 360 and 1024 px, light and dark (prefers-color-scheme), into
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
const post = async (path: string, body: unknown, key: string) => {
  const response = await callApi(stack, path, { method: 'POST', headers: { 'idempotency-key': key }, body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`POST ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as { id: string };
};
const creditPackage = await post('/v1/admin/credit-packages', { title: 'Ten credits for the spring', credits: 10, price: 4900, currency: 'EUR', country: 'DE', active: true, listingOrder: 0 }, 'screenshots-cpk');
const month = { startsAt: '2027-03-01T00:00:00Z', endsAt: '2027-04-01T00:00:00Z', active: true };
await post('/v1/admin/campaigns', { ...month, type: 'discount_selected_credit_packages', title: 'Spring: five euros off the ten-credit pack', creditPackageIds: [creditPackage.id], amountOff: 500, currency: 'EUR' }, 'screenshots-cmp-1');
await post('/v1/admin/campaigns', { ...month, type: 'gift_first_verification', title: 'Welcome credits', giftCredits: 3, signedUpAfter: '2027-02-01T00:00:00Z' }, 'screenshots-cmp-2');
await post('/v1/admin/campaigns', { startsAt: '2027-01-01T00:00:00Z', endsAt: '2027-02-01T00:00:00Z', active: true, type: 'discount_all_credit_packages', title: 'January sale', percentOff: 20 }, 'screenshots-cmp-3');
const coupon = await post('/v1/admin/coupons', { title: 'Spring newsletter', count: 5, value: { percentOff: 20 }, totalUses: 1, startsAt: '2027-03-01T00:00:00Z', expiresAt: '2027-04-01T00:00:00Z' }, 'screenshots-cpn-1');
await post('/v1/admin/coupons', { title: 'Friends of the practice', code: 'FRIENDS-26', value: { giftCredits: 50 }, startsAt: '2027-03-01T00:00:00Z' }, 'screenshots-cpn-2');
const browser = await launchChromium();

try {
  for (const width of [360, 1024]) {
    for (const scheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ viewport: { width, height: 800 }, colorScheme: scheme, timezoneId: 'Europe/Berlin' });
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
      // A face-to-face meeting: its place takes the service's row; an online one is refused a place.
      await page.getByLabel('Appointment type').selectOption('face_to_face');
      await page.getByLabel('Meeting place').fill('Caferağa Mah., Moda Cad. 12/3\n34710 Kadıköy, İstanbul');
      await shoot('package-form-face-to-face');
      await page.evaluate(() => (location.hash = '#/customers'));
      await page.locator('#customer-rows .customer-link').first().waitFor();
      await shoot('customers');
      await page.getByRole('link', { name: 'Grace Hopper' }).click();
      await page.locator('#customer-ledger li').first().waitFor();
      await shoot('customer');
      await page.evaluate(() => (location.hash = '#/marketing/campaigns'));
      await page.locator('#campaign-rows .record').first().waitFor();
      await shoot('campaigns');
      await page.getByRole('link', { name: 'New campaign' }).click();
      const campaignForm = page.locator('#campaign-form');
      await campaignForm.getByLabel('Campaign type').selectOption('discount_selected_credit_packages');
      await campaignForm.getByLabel('Title', { exact: true }).fill('Easter');
      await campaignForm.getByLabel('Fixed discount').fill('5.505');
      await page.getByRole('button', { name: 'Create campaign' }).click();
      await page.locator('#campaign-error-amountOff:not(:empty)').waitFor();
      await shoot('campaign-form');
      await page.evaluate(() => (location.hash = '#/marketing/coupons'));
      await page.locator('#coupon-rows .record').first().waitFor();
      await shoot('coupons');
      await page.getByRole('link', { name: 'New coupon' }).click();
      const couponForm = page.locator('#coupon-form');
      await couponForm.getByLabel('Title', { exact: true }).fill('Autumn');
      await couponForm.getByLabel('Number of codes').fill('0');
      await page.getByRole('button', { name: 'Create coupon' }).click();
      await page.locator('#coupon-error-count:not(:empty)').waitFor();
      await shoot('coupon-form');
      await page.evaluate((id) => (location.hash = `#/marketing/coupons/${id}`), coupon.id);
      await page.locator('#coupon-codes .code').first().waitFor();
      await shoot('coupon');
      await context.close();
    }
  }
} finally {
  await browser.close();
  await stack.close();
}
console.log(`wrote ${outDir}`);
