import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { formatMoney } from '../../src/core/money.js';
import type { AppointmentPackage } from '../../src/core/package.js';
import { startHostSite } from '../../demo/host/server.js';
import { ADMIN_KEY, launchChromium, PUBLISHABLE_KEY, startStack, temporaryDataDir, type Stack } from './support.js';

const EXPERT = 'exp_istanbul';

async function adminFetch(apiUrl: string, path: string, init: RequestInit = {}): Promise<Response> {
  return fetch(`${apiUrl}${path}`, {
    ...init,
    headers: { authorization: `Bearer ${ADMIN_KEY}`, 'content-type': 'application/json', ...init.headers },
  });
}

async function packagesOf(apiUrl: string, expertId: string): Promise<AppointmentPackage[]> {
  const response = await adminFetch(apiUrl, `/v1/admin/packages?expertId=${expertId}&limit=200`);
  assert.equal(response.status, 200);
  const body = (await response.json()) as { data: AppointmentPackage[] };
  return body.data;
}

/** Opens a page and records every console error and CSP violation the widget causes. */
async function openPage(browser: Browser, url: string, locale?: string): Promise<{ page: Page; problems: string[] }> {
  const page = await (await browser.newContext({ viewport: { width: 1024, height: 900 }, ...(locale ? { locale } : {}) })).newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy|Refused to/.test(message.text())) {
      problems.push(`console: ${message.text()}`);
    }
  });
  await page.goto(url);
  return { page, problems };
}

const titles = (page: Page) => page.locator('appt-packages [part~="title"]').allTextContents();

describe('the package list embedded in a host page on another origin', () => {
  let browser: Browser;
  let stack: Stack;
  let dataDir: Awaited<ReturnType<typeof temporaryDataDir>>;

  before(async () => {
    browser = await launchChromium();
    dataDir = await temporaryDataDir();
    stack = await startStack(dataDir.path);
  });

  after(async () => {
    await browser?.close();
    await stack?.close();
    await dataDir?.remove();
  });

  it("shows the seeded packages of the visitor's market in listing order, in one currency", async () => {
    const { page, problems } = await openPage(browser, `${stack.site.url}/`);
    const cards = page.locator('appt-packages [part~="card"]');
    await cards.first().waitFor();
    // The market the server chose for this browser (its Accept-Language), as the public list says.
    const language = await page.evaluate(() => navigator.languages.join(','));
    const listed = await fetch(`${stack.apiUrl}/v1/experts/${EXPERT}/packages`, {
      headers: { authorization: `Bearer ${PUBLISHABLE_KEY}`, origin: stack.site.url, 'accept-language': language },
    });
    const market = (await listed.json()) as { country: string; data: AppointmentPackage[] };
    const [currency] = new Set(market.data.map((pkg) => pkg.currency));
    const expected = (await packagesOf(stack.apiUrl, EXPERT))
      .filter((pkg) => pkg.country === market.country && pkg.currency === currency)
      .sort((a, b) => a.listingOrder - b.listingOrder || a.id.localeCompare(b.id));
    assert.ok(expected.length >= 2, 'the seed gives the demo expert several packages in one market');
    assert.ok((await packagesOf(stack.apiUrl, EXPERT)).some((pkg) => pkg.currency !== currency), 'the expert sells in another currency too, which stays out');
    assert.deepEqual(await titles(page), expected.map((pkg) => pkg.title));

    const prices = await page.locator('appt-packages [part~="price"]').allTextContents();
    assert.deepEqual(
      prices.map((text) => text.trim()),
      expected.map((pkg) => formatMoney(pkg.fee, pkg.currency, 'en')),
    );
    assert.deepEqual(problems, [], 'no CSP violation or page error under the strict policy');
    await page.close();
  });

  it('formats currencies without minor units as whole amounts', async () => {
    const all = await Promise.all(['exp_istanbul', 'exp_newyork', 'exp_kolkata'].map((id) => packagesOf(stack.apiUrl, id)));
    const yen = all.flat().find((pkg) => pkg.currency === 'JPY');
    assert.ok(yen, 'the seed sells a package in JPY');
    // A visitor whose browser asks for Japanese in Japan sees the Japanese market.
    const { page } = await openPage(browser, `${stack.site.url}/`, 'ja-JP');
    await page.locator('#expert').selectOption(yen.expertId);
    const card = page.locator('appt-packages [part~="card"]', { hasText: yen.title });
    await card.waitFor();
    const price = (await card.locator('[part~="price"]').textContent())?.trim() ?? '';
    assert.match(price, /^¥[\d,]+$/, `a yen price has no decimals: ${price}`);
    assert.equal(Number(price.replace(/[¥,]/g, '')), yen.fee);
    await page.close();
  });

  it('ends in the error state, with a retry, on a host origin that is not on the allow-list', async () => {
    const stranger = await startHostSite({ port: 0, apiUrl: stack.apiUrl, publishableKey: 'pk_test_demo' });
    try {
      const { page } = await openPage(browser, `${stranger.url}/`);
      const error = page.locator('appt-packages [part~="error"]');
      await error.waitFor();
      assert.match((await error.textContent()) ?? '', /not allowed|key/i);
      assert.equal(await page.locator('appt-packages [part~="card"]').count(), 0);
      assert.equal(await page.locator('appt-packages [part~="retry-button"]').count(), 1);
      await page.close();
    } finally {
      await stranger.close();
    }
  });

  it('gives its pages the test clock only when asked: first of their scripts, under the same policy', async () => {
    const page = await (await fetch(`${stack.site.url}/book.html`)).text();
    assert.match(page, /<head>\s*<script src="\/test-clock.js"><\/script>/);
    const clock = await fetch(`${stack.site.url}/test-clock.js`);
    assert.equal(clock.status, 200);
    assert.match(clock.headers.get('content-security-policy') ?? '', /script-src 'self'/);
    const plain = await startHostSite({ port: 0, apiUrl: stack.apiUrl, publishableKey: 'pk_test_demo' });
    try {
      assert.ok(!(await (await fetch(`${plain.url}/book.html`)).text()).includes('test-clock'));
      assert.equal((await fetch(`${plain.url}/test-clock.js`)).status, 404);
    } finally {
      await plain.close();
    }
  });

  it('ends in the error state with a wrong publishable key', async () => {
    const wrongKey = await startHostSite({ port: 0, apiUrl: stack.apiUrl, publishableKey: 'pk_test_wrong' });
    try {
      const { page } = await openPage(browser, `${wrongKey.url}/`);
      const error = page.locator('appt-packages [part~="error"]');
      await error.waitFor();
      assert.match((await error.textContent()) ?? '', /key/i);
      await page.close();
    } finally {
      await wrongKey.close();
    }
  });

  it('keeps its data when the server restarts on the same data directory', async () => {
    const created = await adminFetch(stack.apiUrl, '/v1/admin/packages', {
      method: 'POST',
      body: JSON.stringify({
        expertId: EXPERT,
        appointmentType: 'online',
        service: 'video',
        durationMinutes: 45,
        fee: 12000,
        credits: 12,
        sessions: 2,
        breakMinutes: 15,
        country: 'TR',
        currency: 'TRY',
        listingOrder: 0,
        endMode: 'automatic',
        endTiming: 'full_duration',
        title: 'Restart-proof strategy session',
        description: 'Created before the restart.',
      }),
    });
    assert.equal(created.status, 201);

    const sitePort = Number(new URL(stack.site.url).port);
    await stack.close();
    stack = await startStack(dataDir.path, { sitePort });

    const { page } = await openPage(browser, `${stack.site.url}/`);
    await page.locator('appt-packages [part~="card"]').first().waitFor();
    assert.ok((await titles(page)).includes('Restart-proof strategy session'));
    await page.close();
  });
});
