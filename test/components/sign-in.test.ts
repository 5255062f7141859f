import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { ContextProvider } from '@lit/context';
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/sign-in/define.js';
import type { ApptSignIn } from '../../src/components/sign-in/sign-in.component.js';
import { CustomerSession } from '../../src/context/customer-session.js';
import { customerContext } from '../../src/context/customer.js';
import { clientContext } from '../../src/context/client.js';
import { createClient } from '../../src/client/index.js';
import { ApptSignedInEvent } from '../../src/events/signed-in.js';
import { SignInHarness } from './harness/sign-in-harness.js';
import { gate } from './harness/fixtures.js';
import { resetPageSessions } from '../../src/components/customer/page-session.js';
import { chooseVisitorZone, resetVisitorZone } from '../../src/components/customer/visitor-zone.js';

const API = 'https://api.apptkit.test';
const CODES = '*/v1/sign-in/codes';
const TOKENS = '*/v1/sign-in/tokens';
const ME = '*/v1/me';

/** The code the mocked server accepts, and when the codes it sends lapse. */
const CODE = '482913';
const CODE_EXPIRES = '2031-05-04T10:42:00Z';
const ADA = { id: 'cus_ada', email: 'ada@example.com', name: 'Ada Lovelace', credits: 7 };

let requests: { path: string; body: Record<string, unknown>; customer: string | null }[] = [];

async function remember(request: Request): Promise<Record<string, unknown>> {
  const text = await request.clone().text();
  const body = text ? (JSON.parse(text) as Record<string, unknown>) : {};
  requests.push({ path: new URL(request.url).pathname, body, customer: request.headers.get('apptkit-customer') });
  return body;
}

function problem(status: number, code: string, extra: Record<string, unknown> = {}) {
  return HttpResponse.json(
    { type: `https://apptkit.dev/problems/${code}`, title: code, status, detail: code, code, requestId: `req_${code}`, ...extra },
    { status, headers: { 'Content-Type': 'application/problem+json', 'Request-Id': `req_${code}` } },
  );
}

const codeRefused = (code: 'invalid_code' | 'expired_code') =>
  problem(422, 'validation_failed', { errors: [{ field: 'code', code, message: `code: ${code}` }] });

const worker = setupWorker(
  http.post(CODES, async ({ request }) => {
    await remember(request);
    return HttpResponse.json({ expiresAt: CODE_EXPIRES }, { status: 202 });
  }),
  http.post(TOKENS, async ({ request }) => {
    const body = await remember(request);
    if (body.code !== CODE) return codeRefused('invalid_code');
    return HttpResponse.json({ token: 'ctk_new', expiresAt: '2031-05-04T12:00:00Z', customer: { ...ADA, email: body.email } }, { status: 201 });
  }),
  http.get(ME, async ({ request }) => {
    await remember(request);
    const token = request.headers.get('apptkit-customer');
    if (!token) return problem(401, 'customer_required');
    if (token.startsWith('ctk_stale')) return problem(401, 'invalid_customer_token');
    return HttpResponse.json(ADA);
  }),
);

/**
 * Mounts a sign-in form (US English) in a box `width` wide: with its own client, or, given a
 * `session`, inside a host that provides that session and a client signing in with it (as
 * `<appt-booking>` does). `setup` sets properties before it connects, as a host page would.
 */
async function mount({
  attributes = '',
  width = 360,
  session,
  setup,
}: { attributes?: string; width?: number; session?: CustomerSession; setup?: (el: ApptSignIn) => void } = {}) {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size:${width}px"></div>`);
  if (session) {
    new ContextProvider(wrapper, { context: customerContext, initialValue: session });
    const client = createClient({ baseUrl: API, publishableKey: 'pk_test_demo', customerToken: () => session.current() });
    new ContextProvider(wrapper, { context: clientContext, initialValue: client });
  }
  const parsed = document.createElement('template');
  parsed.innerHTML = `<appt-sign-in ${attributes} api="${API}" key="pk_test_demo" lang="en-US"></appt-sign-in>`;
  const el = document.createElement('appt-sign-in');
  for (const attr of parsed.content.firstElementChild!.attributes) el.setAttribute(attr.name, attr.value);
  setup?.(el);
  wrapper.append(el);
  await el.updateComplete;
  const ui = new SignInHarness(el);
  return { el, wrapper, ui };
}

/** Mounts and goes to the code step for ada@example.com. */
async function atCodeStep(options: Parameters<typeof mount>[0] = {}) {
  const mounted = await mount(options);
  await mounted.ui.waitFor('email');
  await mounted.ui.fill('E-mail address', 'ada@example.com');
  await mounted.ui.press('Enter');
  await mounted.ui.waitFor('code');
  return mounted;
}

/** A time as the element shows it: in the browser's zone, the zone named. */
const timeOf = (iso: string, locale = 'en-US') =>
  new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZoneName: 'short' }).format(Date.parse(iso)).replace(/[\u00a0\u202f]/g, ' ');

/** The browser's own zone: the sign-in's when neither its host nor the visitor chose one. */
const BROWSER_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

/** The page's clock: before the fixtures' tokens expire (2031-05-04T12:00Z), whatever today's date. */
const PAGE_NOW = () => Date.parse('2031-05-04T09:00:00Z');

describe('<appt-sign-in>', () => {
  // Each test starts in a fresh tab: no customer signed in by an earlier test.
  beforeEach(() => resetPageSessions({ now: PAGE_NOW }));
  beforeEach(() => resetVisitorZone());
  before(() => worker.start({ quiet: true, onUnhandledRequest: 'error' }));
  after(() => worker.stop());
  beforeEach(() => {
    requests = [];
  });
  afterEach(() => worker.resetHandlers());

  it('renders the e-mail step with labelled fields and sends nothing yet', async () => {
    const { ui } = await mount();
    await ui.waitFor('email');
    const email = ui.field('E-mail address');
    expect(email.type).to.equal('email');
    expect(email.autocomplete).to.equal('email');
    expect(email.required).to.equal(true);
    expect(ui.field('Your name (optional)').autocomplete).to.equal('name');
    expect(ui.text(ui.part('title'))).to.equal('Sign in');
    expect(ui.text(ui.part('submit-button'))).to.equal('Send me a code');
    expect(requests).to.deep.equal([]);
  });

  describe('is accessible', () => {
    it('at the e-mail step, with a field error, and at the code step with a code error', async () => {
      const { el, ui } = await mount();
      await ui.waitFor('email');
      await expect(el).to.be.accessible();
      await ui.fill('E-mail address', 'not an address');
      await ui.press('Enter');
      expect(ui.fieldError('E-mail address')).not.to.equal('');
      await expect(el).to.be.accessible();
      await ui.fill('E-mail address', 'ada@example.com');
      await ui.press('Enter');
      await ui.waitFor('code');
      await expect(el).to.be.accessible();
      await ui.fill('6-digit code', '000000');
      await ui.press('Enter');
      await ui.until(() => ui.fieldError('6-digit code') !== '', 'no code error');
      await expect(el).to.be.accessible();
    });

    for (const width of [360, 1024]) {
      it(`signed in, and while an existing sign-in is checked, without moving anything (${width}px)`, async () => {
        const hold = gate();
        worker.use(http.get(ME, async () => (await hold.promise, HttpResponse.json(ADA))));
        const { el, ui } = await mount({ attributes: 'customer-token="ctk_host"', width });
        await ui.waitFor('checking');
        expect(el.shadowRoot!.querySelector('[aria-busy="true"]')).to.exist;
        expect(ui.text(el.shadowRoot!.querySelector('[aria-busy="true"] [role="status"]'))).to.equal('Checking your sign-in…');
        await expect(el).to.be.accessible();
        const checking = el.getBoundingClientRect().height;
        hold.open();
        await ui.waitFor('signed-in');
        expect(Math.abs(el.getBoundingClientRect().height - checking)).to.be.below(1);
        await expect(el).to.be.accessible();
      });
    }

    it('with a failure box (rate limited)', async () => {
      worker.use(http.post(CODES, () => problem(429, 'rate_limited')));
      const { el, ui } = await mount();
      await ui.waitFor('email');
      await ui.fill('E-mail address', 'ada@example.com');
      await ui.press('Enter');
      await ui.until(() => ui.part('error') !== null, 'no error box');
      await expect(el).to.be.accessible();
    });
  });

  it('words the code’s validity in the zone the visitor chose on the page, or in its own time-zone, and asks for e-mails in both', async () => {
    chooseVisitorZone('America/New_York'); // what switching a slot picker elsewhere on the page does
    const { ui } = await atCodeStep();
    expect(ui.text(ui.part('intro'))).to.equal('We sent a 6-digit code to ada@example.com. It is valid until 6:42 AM EDT.');
    expect(requests.at(-1)!.body).to.deep.equal({ email: 'ada@example.com', locale: 'en-US', timeZone: 'America/New_York' });

    const own = await atCodeStep({ attributes: 'time-zone="Asia/Tokyo" lang="en-GB"' });
    expect(own.ui.text(own.ui.part('intro'))).to.equal('We sent a 6-digit code to ada@example.com. It is valid until 19:42 GMT+9.');
    expect(requests.at(-1)!.body).to.deep.equal({ email: 'ada@example.com', locale: 'en-GB', timeZone: 'Asia/Tokyo' });
  });

  it('names the attribute at fault for a time-zone that is no zone', async () => {
    const { ui } = await mount({ attributes: 'time-zone="Mars/Olympus"' });
    await ui.until(() => ui.part('error') !== null, 'no error box');
    expect(ui.text(ui.part('error'))).to.contain('"time-zone" attribute must be an IANA time zone');
  });

  it('signs in with the keyboard alone: e-mail, name, code; the token goes to the shared session, the event carries the customer', async () => {
    const session = new CustomerSession(undefined, PAGE_NOW);
    const { el, ui } = await mount({ session });
    await ui.waitFor('email');
    await ui.fill('E-mail address', 'ada@example.com');
    await ui.press('Tab');
    expect(ui.focused()).to.equal(ui.field('Your name (optional)'));
    await sendType('Ada Lovelace');
    await ui.press('Enter');
    await ui.waitFor('code');
    expect(requests.map((r) => [r.path, r.body])).to.deep.equal([
      ['/v1/sign-in/codes', { email: 'ada@example.com', name: 'Ada Lovelace', locale: 'en-US', timeZone: BROWSER_ZONE }],
    ]);
    expect(ui.text(ui.part('intro'))).to.equal(`We sent a 6-digit code to ada@example.com. It is valid until ${timeOf(CODE_EXPIRES)}.`);
    expect(ui.announcement()).to.equal('We sent a 6-digit code to ada@example.com.');

    const code = ui.field('6-digit code');
    expect(ui.focused()).to.equal(code);
    expect(code.getAttribute('autocomplete')).to.equal('one-time-code'); // Firefox's IDL reads unknown tokens as ''
    expect(code.inputMode).to.equal('numeric');
    expect(code.getAttribute('aria-describedby')).to.contain('code-sent');

    const signedIn = oneEvent(el, 'appt-signed-in');
    await sendType('482 913');
    await ui.press('Enter');
    const event = (await signedIn) as Event as ApptSignedInEvent;
    expect(event).to.be.instanceOf(ApptSignedInEvent);
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.customer).to.deep.equal(ADA);
    expect(JSON.stringify(event)).not.to.contain('ctk_new');
    expect(Object.values(event.customer)).not.to.include('ctk_new');
    expect(requests.at(-1)!.body).to.deep.equal({ email: 'ada@example.com', code: CODE });
    expect(session.token).to.equal('ctk_new');

    await ui.waitFor('signed-in');
    expect(ui.text(ui.part('signed-in-as'))).to.equal('Signed in as Ada Lovelace');
    expect(ui.text(ui.part('email'))).to.equal('ada@example.com');
    expect(ui.text(ui.part('credits'))).to.equal('7 credits');
    expect(ui.announcement()).to.equal('You are signed in.');
    expect(ui.focused()).to.equal(ui.part('signed-in'));
    // Who signed in is known from the answer: no extra request.
    expect(requests.filter((r) => r.path === '/v1/me')).to.deep.equal([]);
  });

  it('signs out: forgets the shared token and shows the form again', async () => {
    const session = new CustomerSession(undefined, PAGE_NOW);
    session.set('ctk_host');
    const { ui } = await mount({ session });
    await ui.waitFor('signed-in');
    expect(requests.map((r) => [r.path, r.customer])).to.deep.equal([['/v1/me', 'ctk_host']]);
    await ui.click('Sign out');
    expect(session.token).to.equal(undefined);
    await ui.waitFor('email');
    expect(ui.announcement()).to.equal('You are signed out.');
    expect(ui.focused()).to.equal(ui.field('E-mail address'));
  });

  describe('one session per tab, shared by the page', () => {
    const mountPlain = async (attributes = '') => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size:360px"></div>`);
      wrapper.innerHTML = `<appt-sign-in ${attributes} api="${API}" key="pk_test_demo" lang="en-US"></appt-sign-in>`;
      return new SignInHarness(wrapper.firstElementChild as ApptSignIn);
    };

    it("signs in every element of the page with one sign-in, and keeps it in the tab's sessionStorage only", async () => {
      const first = await mountPlain();
      const second = await mountPlain();
      await first.waitFor('email');
      await second.waitFor('email');
      await first.fill('E-mail address', 'ada@example.com');
      await first.press('Enter');
      await first.waitFor('code');
      await first.fill('6-digit code', CODE);
      await first.press('Enter');
      await first.waitFor('signed-in');
      await second.waitFor('signed-in');
      expect(requests.filter((r) => r.path === '/v1/me').map((r) => r.customer)).to.include('ctk_new');
      const stored = Object.keys(sessionStorage).filter((key) => key.startsWith('apptkit.'));
      expect(stored).to.deep.equal(['apptkit.customer:https://api.apptkit.test']);
      expect(Object.keys(localStorage).filter((key) => key.startsWith('apptkit.'))).to.deep.equal([]);
      expect(JSON.stringify(Object.values(localStorage))).not.to.contain('ctk_new');
    });

    it('is still signed in after a reload in the same tab, and Sign out forgets it everywhere', async () => {
      const page = await mountPlain('customer-token="ctk_host"');
      await page.waitFor('signed-in');
      resetPageSessions({ keepTab: true, now: PAGE_NOW }); // what a reload or the next page of the site starts from
      const reloaded = await mountPlain();
      const other = await mountPlain();
      await reloaded.waitFor('signed-in');
      await other.waitFor('signed-in');
      expect(requests.at(-1)!.customer).to.equal('ctk_host');
      await reloaded.click('Sign out');
      await reloaded.waitFor('email');
      await other.waitFor('email');
      expect(Object.keys(sessionStorage).filter((key) => key.startsWith('apptkit.'))).to.deep.equal([]);
      resetPageSessions({ keepTab: true, now: PAGE_NOW });
      await (await mountPlain()).waitFor('email');
    });

    it('keeps apart the customers of two tenant APIs on one page', async () => {
      const ours = await mountPlain('customer-token="ctk_host"');
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      wrapper.innerHTML = `<appt-sign-in api="https://other-tenant.apptkit.test" key="pk_test_demo" lang="en-US"></appt-sign-in>`;
      const theirs = new SignInHarness(wrapper.firstElementChild as ApptSignIn);
      await ours.waitFor('signed-in');
      await theirs.waitFor('email');
    });
  });

  describe('field errors', () => {
    for (const [typed, message] of [
      ['', 'Enter your e-mail address.'],
      ['ada@example', 'Enter an e-mail address like name@example.com.'],
      ['ada example.com', 'Enter an e-mail address like name@example.com.'],
    ] as const) {
      it(`says what is wrong with "${typed}" on the field, and moves focus there, before sending anything`, async () => {
        const { ui } = await mount();
        await ui.waitFor('email');
        await ui.fill('E-mail address', typed);
        await ui.button('Send me a code').click();
        await ui.element.updateComplete;
        const email = ui.field('E-mail address');
        expect(ui.fieldError('E-mail address')).to.equal(message);
        expect(email.getAttribute('aria-invalid')).to.equal('true');
        expect(ui.focused()).to.equal(email);
        expect(requests).to.deep.equal([]);
        await ui.fill('E-mail address', 'ada@example.com');
        await ui.press('Enter');
        await ui.waitFor('code');
      });
    }

    it('asks for the 6 digits before sending a malformed code, and reads Arabic-Indic digits', async () => {
      const { ui } = await atCodeStep();
      await ui.fill('6-digit code', '4829');
      await ui.press('Enter');
      expect(ui.fieldError('6-digit code')).to.equal('Enter the 6 digits from the e-mail.');
      expect(requests.filter((r) => r.path === '/v1/sign-in/tokens')).to.deep.equal([]);
      await ui.fill('6-digit code', '٤٨٢٩١٣');
      await ui.press('Enter');
      await ui.waitFor('signed-in');
      expect(requests.at(-1)!.body.code).to.equal(CODE);
    });

    it('a wrong code: says so on the field, keeps the e-mail, and sends a new code to it', async () => {
      const { ui } = await atCodeStep();
      await ui.fill('6-digit code', '135790'); // WebKitWebDriver drops repeated keys typed in a row
      await ui.press('Enter');
      await ui.until(() => ui.fieldError('6-digit code') !== '', 'no code error');
      expect(ui.fieldError('6-digit code')).to.equal('That code is not right. Check the e-mail and try again, or send a new code.');
      expect(ui.announcement()).to.equal('That code is not right. Check the e-mail and try again, or send a new code.');
      expect(ui.field('6-digit code').getAttribute('aria-invalid')).to.equal('true');
      expect(ui.focused()).to.equal(ui.field('6-digit code'));
      expect(ui.text(ui.part('intro'))).to.contain('ada@example.com');
      await ui.click('Send a new code');
      await ui.until(() => ui.announcement() === 'A new code is on its way.', 'no resend announcement');
      expect(requests.filter((r) => r.path === '/v1/sign-in/codes').map((r) => r.body.email)).to.deep.equal(['ada@example.com', 'ada@example.com']);
      expect(ui.fieldError('6-digit code')).to.equal('');
    });

    it('an expired code: says so and offers a new one', async () => {
      worker.use(http.post(TOKENS, () => codeRefused('expired_code')));
      const { ui } = await atCodeStep();
      await ui.fill('6-digit code', CODE);
      await ui.press('Enter');
      await ui.until(() => ui.fieldError('6-digit code') !== '', 'no code error');
      expect(ui.fieldError('6-digit code')).to.equal('That code has expired. Send a new code.');
      expect(ui.button('Send a new code')).to.exist;
    });

    it('"Use another e-mail" goes back to the e-mail field, focused and still filled in', async () => {
      const { ui } = await atCodeStep();
      await ui.click('Use another e-mail');
      await ui.waitFor('email');
      expect(ui.focused()).to.equal(ui.field('E-mail address'));
      expect(ui.field('E-mail address').value).to.equal('ada@example.com');
    });
  });

  describe('failures', () => {
    it('rate limited: says to wait, without a retry button', async () => {
      worker.use(http.post(CODES, () => problem(429, 'rate_limited')));
      const { ui } = await mount();
      await ui.waitFor('email');
      await ui.fill('E-mail address', 'ada@example.com');
      await ui.press('Enter');
      await ui.until(() => ui.part('error') !== null, 'no error box');
      expect(ui.text(ui.part('error-message'))).to.equal('Too many attempts. Please wait a few minutes and try again.');
      expect(ui.part('retry-button')).to.equal(null);
      expect(ui.state()).to.equal('email');
    });

    it('rate limited with the time to wait: says when to try again', async () => {
      worker.use(http.post(CODES, () => problem(429, 'rate_limited', { retryAfter: 600 })));
      const now = Date.parse('2031-05-05T13:02:00Z');
      const { ui } = await mount({ setup: (el) => (el.now = () => now) });
      await ui.waitFor('email');
      await ui.fill('E-mail address', 'ada@example.com');
      await ui.press('Enter');
      await ui.until(() => ui.part('error') !== null, 'no error box');
      expect(ui.text(ui.part('error-message'))).to.equal(`Too many attempts. Please try again at ${timeOf('2031-05-05T13:12:00Z')}.`);
    });

    it('a lost connection: says so, and Try again sends the same request', async () => {
      let fail = true;
      worker.use(http.post(CODES, async ({ request }) => (await remember(request), fail ? HttpResponse.error() : HttpResponse.json({ expiresAt: CODE_EXPIRES }, { status: 202 }))));
      const { ui } = await mount();
      await ui.waitFor('email');
      await ui.fill('E-mail address', 'ada@example.com');
      await ui.press('Enter');
      await ui.until(() => ui.part('retry-button') !== null, 'no retry button');
      expect(ui.text(ui.part('error-message'))).to.equal('The server could not be reached. Check your connection and try again.');
      fail = false;
      await ui.click('Try again');
      await ui.waitFor('code');
      const asked = { email: 'ada@example.com', locale: 'en-US', timeZone: BROWSER_ZONE };
      expect(requests.map((r) => r.body)).to.deep.equal([asked, asked]);
    });

    it('ignores a second submit while the first is under way', async () => {
      const hold = gate();
      worker.use(http.post(CODES, async ({ request }) => (await remember(request), await hold.promise, HttpResponse.json({ expiresAt: CODE_EXPIRES }, { status: 202 }))));
      const { ui } = await mount();
      await ui.waitFor('email');
      await ui.fill('E-mail address', 'ada@example.com');
      await ui.press('Enter');
      await ui.until(() => requests.length === 1, 'no request');
      expect(ui.text(ui.part('submit-button'))).to.equal('Sending…');
      expect(ui.part('submit-button')!.getAttribute('aria-disabled')).to.equal('true');
      await ui.press('Enter');
      ui.button('Sending…').click();
      hold.open();
      await ui.waitFor('code');
      expect(requests.length).to.equal(1);
    });

    it('names the attribute at fault when set up wrongly', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      wrapper.innerHTML = `<appt-sign-in api="${API}" lang="en"></appt-sign-in>`;
      const ui = new SignInHarness(wrapper.querySelector('appt-sign-in')!);
      await ui.waitFor('error');
      expect(ui.text(ui.part('error-message'))).to.equal('This booking widget is not set up correctly.');
      expect(ui.text(ui.part('error-detail'))).to.contain('"key" attribute is required');
    });
  });

  describe('a session it is given', () => {
    it('a token from the host: asks the server who it is, and shows the name as text', async () => {
      worker.use(http.get(ME, () => HttpResponse.json({ ...ADA, name: '<img src=x onerror="window.__xss=1">' })));
      const { ui } = await mount({ attributes: 'customer-token="ctk_host"' });
      await ui.waitFor('signed-in');
      expect(ui.text(ui.part('signed-in-as'))).to.equal('Signed in as <img src=x onerror="window.__xss=1">');
      expect(ui.part('signed-in')!.querySelector('img')).to.equal(null);
    });

    it('a refused token: renews it once through getCustomerToken and tries again', async () => {
      const asked: string[] = [];
      const { ui } = await mount({
        attributes: 'customer-token="ctk_stale"',
        setup: (el) => (el.getCustomerToken = () => (asked.push('asked'), 'ctk_fresh')),
      });
      await ui.waitFor('signed-in');
      expect(asked).to.deep.equal(['asked']);
      expect(requests.map((r) => r.customer)).to.deep.equal(['ctk_stale', 'ctk_fresh']);
    });

    it('a refused token and nothing better: shows the form, and asks no more', async () => {
      let asked = 0;
      const session = new CustomerSession(() => (asked++, 'ctk_stale_again'));
      session.set('ctk_stale');
      const { ui } = await mount({ session });
      await ui.waitFor('email');
      expect(session.token).to.equal(undefined);
      expect(asked).to.equal(1);
      expect(requests.map((r) => r.customer)).to.deep.equal(['ctk_stale', 'ctk_stale_again']);
    });
  });

  describe('languages', () => {
    it('speaks German', async () => {
      const { ui } = await mount({ attributes: 'lang="de"' });
      await ui.until(() => ui.text(ui.part('title')) === 'Anmelden', 'no German');
      expect(ui.field('E-Mail-Adresse')).to.exist;
      expect(ui.text(ui.part('submit-button'))).to.equal('Code senden');
      expect(ui.base().dir).to.equal('ltr');
    });

    it('speaks Turkish', async () => {
      const { ui } = await mount({ attributes: 'lang="tr"' });
      await ui.until(() => ui.text(ui.part('title')) === 'Giriş yap', 'no Turkish');
      expect(ui.field('E-posta adresi')).to.exist;
    });

    it('speaks Arabic right to left, keeping the address and code fields left to right', async () => {
      const { ui } = await mount({ attributes: 'lang="ar"' });
      await ui.until(() => ui.text(ui.part('title')) === 'تسجيل الدخول', 'no Arabic');
      expect(ui.base().getAttribute('dir')).to.equal('rtl');
      expect(getComputedStyle(ui.base()).direction).to.equal('rtl');
      const email = ui.field('البريد الإلكتروني');
      expect(getComputedStyle(email).direction).to.equal('ltr');
      await ui.fill('البريد الإلكتروني', 'nope');
      await ui.press('Enter');
      expect(ui.fieldError('البريد الإلكتروني')).to.equal('أدخل بريدًا إلكترونيًا مثل \u2066name@example.com\u2069.');
    });
  });

  for (const width of [320, 1024]) {
    it(`fits ${width}px without horizontal overflow, with targets of at least 44px`, async () => {
      const { ui } = await atCodeStep({ width });
      await ui.fill('6-digit code', '1');
      await ui.press('Enter');
      const base = ui.base();
      expect(base.scrollWidth).to.be.at.most(base.clientWidth);
      for (const target of [...ui.root.querySelectorAll('button, input')]) {
        expect(target.getBoundingClientRect().height, ui.text(target) || (target as HTMLInputElement).id).to.be.at.least(44);
      }
    });
  }

  it('follows the theme attribute', async () => {
    const { el, ui } = await mount({ attributes: 'theme="dark"' });
    await ui.waitFor('email');
    const dark = getComputedStyle(ui.part('form')!).backgroundColor;
    el.theme = 'light';
    await el.updateComplete;
    expect(getComputedStyle(ui.part('form')!).backgroundColor).not.to.equal(dark);
  });
});

/** Types into whatever has focus. */
async function sendType(text: string): Promise<void> {
  await sendKeys({ type: text });
}
