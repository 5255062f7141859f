import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page, Route } from 'playwright-core';
import { createPackage, launchChromium, setWeekdayMornings, startStack, temporaryDataDir, type Stack } from './support.js';

// The demo host serves every page with `require-trusted-types-for 'script'; trusted-types lit-html`:
// a string written to an HTML or script sink throws, and only Lit's policy may be created.
const EXPERT = 'exp_newyork';
const TITLE = 'One session under Trusted Types';
/** One time per test (a time held or booked by one test is gone for the next): Mon, Tue, Wed 09:00 EDT, seen from Berlin. */
const PICKS = [
  { date: '2027-03-15', label: '2:00 PM' },
  { date: '2027-03-16', label: '2:00 PM' },
  { date: '2027-03-17', label: '2:00 PM' },
] as const;
/** A visitor in Berlin; the pages live at the stack's clock (the host site's test clock script). */
const PAGE = { timezoneId: 'Europe/Berlin', locale: 'en-US', viewport: { width: 1024, height: 1000 } };

/** What the page reported: CSP violations (securitypolicyviolation), page errors and CSP console errors. */
async function watch(page: Page): Promise<() => Promise<string[]>> {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && /Trusted Type|Content Security Policy|Refused to/i.test(message.text())) problems.push(`console: ${message.text()}`);
  });
  // A string, not a function: the test runner's transpiler would add helpers the page does not have.
  await page.addInitScript(`
    globalThis.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      globalThis.__violations.push((event.effectiveDirective + ': ' + event.blockedURI + ' ' + event.sample).trim());
    });
  `);
  return async () => [...problems, ...(await page.evaluate(() => (globalThis as { __violations?: string[] }).__violations ?? []))];
}

/**
 * A stand-in for Stripe.js (this machine cannot reach js.stripe.com): `Stripe()` with a Payment
 * Element that writes a line of text where it is mounted, through textContent only.
 */
const FAKE_STRIPE_JS = `
window.Stripe = Object.assign(function Stripe() {
  return {
    elements: function () {
      return {
        create: function () {
          return {
            mount: function (target) {
              var line = document.createElement('p');
              line.textContent = 'Stand-in Payment Element';
              target.append(line);
            },
            destroy: function () {},
          };
        },
        submit: async function () { return {}; },
      };
    },
    createPaymentMethod: async function () { return { error: { message: 'stand-in' } }; },
    confirmPayment: async function () { return {}; },
  };
}, { version: 'endive' });
`;

/**
 * Makes the stack's tenant a Stripe tenant for `page` (its payment configuration names Stripe)
 * and serves the stand-in Stripe.js from js.stripe.com.
 */
async function asStripeTenant(page: Page, stack: Stack): Promise<void> {
  await page.route(`${stack.apiUrl}/v1/payment-config`, async (route) => {
    const response = await route.fetch();
    const headers = { ...response.headers() };
    delete headers['content-length'];
    delete headers['content-encoding'];
    await route.fulfill({ response, headers, json: { provider: 'stripe', publishableKey: 'pk_test_stand_in' } });
  });
  await page.route('https://js.stripe.com/**', (route) => route.fulfill({ contentType: 'text/javascript', body: FAKE_STRIPE_JS }));
}

/** From the booking page: the package, the time `pick`, on to the checkout. */
async function toCheckout(page: Page, pick: (typeof PICKS)[number]): Promise<void> {
  await page.locator('#expert').selectOption(EXPERT);
  await page.locator('appt-packages [part~="card"]', { hasText: TITLE }).locator('[part~="select-button"]').click();
  const picker = page.locator('appt-slot-picker');
  await picker.locator('[part~="month-label"]').waitFor();
  for (let i = 0; i < 12 && (await picker.locator('[part~="month-label"]').textContent()) !== 'March 2027'; i++) {
    await picker.locator('[part~="next-button"]').click();
  }
  await picker.locator(`[part~="day"][data-date="${pick.date}"]`).click();
  await picker.locator('[part~="slot"]').filter({ hasText: pick.label }).first().click();
  await page.locator('appt-booking [part~="continue-button"]').click();
  await page.locator('appt-checkout [part~="pay-button"]').waitFor();
}

describe('the booking journey under Trusted Types', () => {
  let browser: Browser;
  let stack: Stack;
  let dataDir: Awaited<ReturnType<typeof temporaryDataDir>>;

  before(async () => {
    browser = await launchChromium();
    dataDir = await temporaryDataDir();
    stack = await startStack(dataDir.path);
    await createPackage(stack, EXPERT, { title: TITLE, fee: 9000, credits: null, sessions: 1, description: 'One video session.' });
    await setWeekdayMornings(stack, EXPERT);
  });

  after(async () => {
    await browser?.close();
    await stack?.close();
    await dataDir?.remove();
  });

  it('lists, picks a time, pays by test card and confirms without a single violation', async () => {
    const context = await browser.newContext(PAGE);
    const page = await context.newPage();
    const problems = await watch(page);
    const response = await page.goto(`${stack.site.url}/book.html`);
    const csp = response!.headers()['content-security-policy'] ?? '';
    assert.match(csp, /require-trusted-types-for 'script'/);
    assert.match(csp, /trusted-types lit-html(;|$)/);

    // List → pick → checkout with the test card → confirmation.
    await toCheckout(page, PICKS[0]);
    const checkout = page.locator('appt-checkout');
    await checkout.getByText('Test mode: no money moves.').waitFor();
    await checkout.getByLabel('Name').fill('Grace Hopper');
    await checkout.getByLabel('E-mail').fill('grace@example.com');
    await checkout.getByLabel('Test card that succeeds').check();
    await checkout.locator('[part~="pay-button"]').click();
    await checkout.getByText('You are booked').waitFor();

    // The call page the confirmation links to: joining the test provider's call renders under the same policy.
    const joinLink = checkout.locator('[part~="join-link"]').first();
    const href = await joinLink.getAttribute('href');
    assert.ok(href, 'the confirmation links the session’s call');
    assert.deepEqual(await problems(), [], 'no Trusted Types or CSP violation from list to confirmation');

    const call = await context.newPage();
    const callProblems = await watch(call);
    await call.goto(href);
    await call.locator('appt-call [part~="join-button"]').click();
    await call.locator('appt-call').getByText(/The call opens at/).waitFor();
    assert.deepEqual(await callProblems(), [], 'no Trusted Types or CSP violation on the call page');

    // The listener works and the policy is enforced: a string written to a script sink is refused and reported.
    const refused = await page.evaluate(() => {
      try {
        document.createElement('script').src = 'https://js.stripe.com/endive/stripe.js';
        return 'allowed';
      } catch (error) {
        return (error as Error).name;
      }
    });
    assert.equal(refused, 'TypeError');
    assert.ok((await problems()).some((problem) => problem.startsWith('require-trusted-types-for')), 'the violation was reported');
    await context.close();
  });

  it('a Stripe tenant: stripe-js sets its script URL as a string, so without a `default` policy the card form says it cannot load', async () => {
    const context = await browser.newContext(PAGE);
    const page = await context.newPage();
    const problems = await watch(page);
    await asStripeTenant(page, stack);
    await page.goto(`${stack.site.url}/book.html`);
    await toCheckout(page, PICKS[1]);
    await page.locator('appt-checkout').getByText('The card form could not be loaded.').waitFor();
    const reported = await problems();
    const fromStripeJs = reported.filter((problem) => /^require-trusted-types-for: .*js\.stripe\.com/.test(problem));
    assert.ok(fromStripeJs.length > 0, `stripe-js's script.src was refused: ${reported.join(' | ')}`);
    // Its script URL is all that was refused: every report is that one.
    assert.deepEqual(
      reported.filter((problem) => !fromStripeJs.includes(problem) && !problem.startsWith('console:')),
      [],
    );
    await context.close();
  });

  it('a Stripe tenant: with the `default` policy the README gives (js.stripe.com only), the card form loads without a violation', async () => {
    const context = await browser.newContext(PAGE);
    const page = await context.newPage();
    const problems = await watch(page);
    // A page served through the test's route has no network address, so Chromium would treat it as
    // public and refuse its calls to the loopback API: the API's answers go through routes too.
    await page.route(`${stack.apiUrl}/**`, async (route) => route.fulfill({ response: await route.fetch() }));
    await asStripeTenant(page, stack);
    // The host follows the README: `trusted-types lit-html default`, and a default policy for Stripe's script URLs only.
    await page.route(`${stack.site.url}/book.html`, async (route: Route) => {
      const response = await route.fetch();
      const headers = { ...response.headers() };
      delete headers['content-length'];
      delete headers['content-encoding'];
      headers['content-security-policy'] = headers['content-security-policy']!.replace('trusted-types lit-html', 'trusted-types lit-html default');
      await route.fulfill({ response, headers });
    });
    // A string, not a function: the test runner's transpiler would add helpers the page does not have.
    await page.addInitScript(`
      trustedTypes.createPolicy('default', {
        createScriptURL: (url) => (new URL(url, location.href).origin === 'https://js.stripe.com' ? url : null),
      });
    `);
    await page.goto(`${stack.site.url}/book.html`);
    await toCheckout(page, PICKS[2]);
    await page.getByText('Stand-in Payment Element').waitFor();
    assert.deepEqual(await problems(), [], 'no violation with the default policy');
    // The default policy lets Stripe's URLs through and nothing else.
    const other = await page.evaluate(() => {
      try {
        document.createElement('script').src = 'https://cdn.example.com/evil.js';
        return 'allowed';
      } catch (error) {
        return (error as Error).name;
      }
    });
    assert.equal(other, 'TypeError');
    await context.close();
  });
});
