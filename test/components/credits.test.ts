import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import { sendKeys } from '@web/test-runner-commands';
import { pressKey } from './harness/keys.js';
import '../../src/components/credits/define.js';
import type { ApptCredits } from '../../src/components/credits/credits.component.js';
import { ApptCreditsPurchasedEvent } from '../../src/events/credits-purchased.js';
import { ApptPaymentFailedEvent } from '../../src/events/payment-failed.js';
import { FakeStripe } from './harness/fake-stripe.js';
import { gate } from './harness/fixtures.js';
import { resetPageSessions } from '../../src/components/customer/page-session.js';
import { chooseVisitorZone, resetVisitorZone } from '../../src/components/customer/visitor-zone.js';

const API = 'https://api.apptkit.test';

/** A credit package as the server sends it (with the admin fields the client drops). */
interface RawOffer {
  id: string;
  version: number;
  title: string;
  credits: number;
  price: number;
  currency: string;
  country: string;
  active: boolean;
  listingOrder: number;
  /** While a running campaign lowers the price: the price charged, and the campaign. */
  campaignPrice?: number;
  campaign?: { id: string; title: string; endsAt: string };
}

const offer = (id: string, title: string, credits: number, price: number, listingOrder: number, country = 'DE', currency = 'EUR'): RawOffer => ({
  id,
  version: 1,
  title,
  credits,
  price,
  currency,
  country,
  active: true,
  listingOrder,
});

/** The spring campaign, ending at 23:59 in Berlin (summer time) on 31 May 2031. */
const SPRING = { id: 'cmp_spring', title: 'Spring sale', endsAt: '2031-05-31T21:59:00Z' };

/** `raw` lowered to `campaignPrice` by the spring campaign. */
const onCampaign = (raw: RawOffer, campaignPrice: number): RawOffer => ({ ...raw, campaignPrice, campaign: SPRING });

/** Three packages of the German shop, sent out of order: the element shows them by `listingOrder`. */
const OFFERS: RawOffer[] = [offer('cpk_large', 'Large', 120, 2000, 2), offer('cpk_starter', 'Starter', 50, 1000, 0), offer('cpk_medium', 'Medium', 80, 1500, 1)];

interface StoredPurchase {
  id: string;
  creditPackageId: string;
  credits: number;
  amount: number;
  currency: string;
  status: 'pending' | 'paid';
  campaignId?: string;
}

/** The mocked tenant; tests change it. */
let server: {
  provider: 'test' | 'stripe';
  balance: number;
  offers: RawOffer[];
  validTokens: Set<string>;
  /** Process the next purchase, then lose its answer (the network fails on the way back). */
  dropNext: boolean;
  /** Holds purchase answers until opened. */
  purchaseGate?: ReturnType<typeof gate>;
  /** Holds the credit package list until opened. */
  listGate?: ReturnType<typeof gate>;
  /** Answer the next credit package lists with a 500. */
  listFails: number;
};
let purchases: { key: string | null; customer: string | null; body: Record<string, unknown> }[] = [];
let confirms: { id: string; customer: string | null }[] = [];
let listQueries: string[] = [];
/** Stored answers by `Idempotency-Key`: a retry with the same key replays instead of charging again. */
let replies: Map<string, { status: number; body: Record<string, unknown> }>;
let stored: Map<string, StoredPurchase>;

function problem(status: number, code: string, members: Record<string, unknown> = {}) {
  return HttpResponse.json(
    { type: `https://apptkit.dev/problems/${code}`, title: code, status, detail: code, code, requestId: `req_${code}`, ...members },
    { status, headers: { 'Content-Type': 'application/problem+json', 'Request-Id': `req_${code}` } },
  );
}

function refusal(request: Request): Response | undefined {
  const token = request.headers.get('Apptkit-Customer');
  if (!token) return problem(401, 'customer_required');
  if (!server.validTokens.has(token)) return problem(401, 'invalid_customer_token');
  return undefined;
}

function receipt(purchase: StoredPurchase, clientSecret?: string) {
  return {
    id: purchase.id,
    customerId: 'cus_1',
    creditPackageId: purchase.creditPackageId,
    status: purchase.status,
    amount: purchase.amount,
    currency: purchase.currency,
    credits: purchase.credits,
    ...(purchase.campaignId ? { campaignId: purchase.campaignId } : {}),
    provider: server.provider,
    createdAt: '2031-05-05T14:00:00Z',
    paymentStatus: purchase.status === 'paid' ? 'succeeded' : 'requires_action',
    ...(clientSecret ? { clientSecret } : {}),
    balance: server.balance,
  };
}

const worker = setupWorker(
  http.get('*/v1/payment-config', () =>
    HttpResponse.json(server.provider === 'stripe' ? { provider: 'stripe', publishableKey: 'pk_test_fake' } : { provider: 'test' }),
  ),
  http.get('*/v1/me', ({ request }) => refusal(request) ?? HttpResponse.json({ id: 'cus_1', email: 'ada@example.com', name: 'Ada', credits: server.balance })),
  http.get('*/v1/credit-packages', async ({ request }) => {
    const url = new URL(request.url);
    listQueries.push(url.search);
    await server.listGate?.promise;
    if (server.listFails > 0) {
      server.listFails--;
      return problem(500, 'internal_error');
    }
    const country = url.searchParams.get('country');
    const currency = url.searchParams.get('currency');
    const data = server.offers.filter((o) => (!country || o.country === country) && (!currency || o.currency === currency));
    return HttpResponse.json({ data });
  }),
  http.post('*/v1/credit-purchases', async ({ request }) => {
    const body = (await request.json()) as { creditPackageId: string; paymentMethod: string };
    const key = request.headers.get('Idempotency-Key');
    purchases.push({ key, customer: request.headers.get('Apptkit-Customer'), body });
    await server.purchaseGate?.promise;
    const refused = refusal(request);
    if (refused) return refused;
    let reply = key ? replies.get(key) : undefined;
    if (!reply) {
      const pkg = server.offers.find((o) => o.id === body.creditPackageId);
      if (!pkg) {
        return problem(422, 'validation_failed', { errors: [{ field: 'creditPackageId', code: 'not_found', message: 'Not a credit package.' }] });
      }
      // A running campaign's price is what the purchase charges.
      const charged = pkg.campaignPrice === undefined ? { amount: pkg.price } : { amount: pkg.campaignPrice, campaignId: pkg.campaign!.id };
      const purchase: StoredPurchase = { id: `cpu_${purchases.length}`, creditPackageId: pkg.id, credits: pkg.credits, currency: pkg.currency, status: 'pending', ...charged };
      if (body.paymentMethod === 'pm_card_declined') {
        reply = { status: 402, body: { code: 'payment_declined', purchaseId: purchase.id, declineCode: 'insufficient_funds' } };
      } else if (body.paymentMethod === 'pm_card_authentication_required' || body.paymentMethod === 'pm_fake_3ds') {
        stored.set(purchase.id, purchase);
        reply = { status: 202, body: receipt(purchase, server.provider === 'stripe' ? 'pi_fake_secret_credits' : undefined) };
      } else {
        purchase.status = 'paid';
        server.balance += purchase.credits;
        stored.set(purchase.id, purchase);
        reply = { status: 201, body: receipt(purchase) };
      }
      if (key) replies.set(key, reply);
    }
    if (server.dropNext) {
      server.dropNext = false;
      return HttpResponse.error();
    }
    if (reply.status === 402) {
      const { code, ...members } = reply.body as { code: string };
      return problem(402, code, members);
    }
    return HttpResponse.json(reply.body, { status: reply.status });
  }),
  http.post('*/v1/credit-purchases/:id/confirm', ({ request, params }) => {
    confirms.push({ id: String(params.id), customer: request.headers.get('Apptkit-Customer') });
    const refused = refusal(request);
    if (refused) return refused;
    const purchase = stored.get(String(params.id));
    if (!purchase) return problem(404, 'not_found');
    if (purchase.status === 'pending') {
      purchase.status = 'paid';
      server.balance += purchase.credits;
    }
    return HttpResponse.json(receipt(purchase));
  }),
  http.post('*/v1/sign-in/codes', () => HttpResponse.json({ expiresAt: '2099-01-01T00:10:00Z' }, { status: 202 })),
  http.post('*/v1/sign-in/tokens', async ({ request }) => {
    const { code } = (await request.json()) as { code: string };
    if (code !== '123456') return problem(422, 'validation_failed', { errors: [{ field: 'code', code: 'invalid_code', message: 'Wrong code.' }] });
    server.validTokens.add('cus_new');
    return HttpResponse.json(
      { token: 'cus_new', expiresAt: '2099-01-01T01:00:00Z', customer: { id: 'cus_1', email: 'ada@example.com', name: 'Ada', credits: server.balance } },
      { status: 201 },
    );
  }),
);

/** The next `type` event from `target`, typed by the global event map. */
function next<K extends keyof GlobalEventHandlersEventMap>(target: EventTarget, type: K): Promise<GlobalEventHandlersEventMap[K]> {
  return new Promise((resolve) => target.addEventListener(type, (event) => resolve(event as GlobalEventHandlersEventMap[K]), { once: true }));
}

interface MountOptions {
  attributes?: string;
  width?: number;
  token?: string | null;
  stripe?: FakeStripe;
}

/** Mounts the element signed in as Ada (unless `token` is null), in US English, in a box `width` wide. */
async function mount({ attributes = '', width = 360, token = 'cus_token', stripe }: MountOptions = {}) {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size:${width}px"></div>`);
  const parsed = document.createElement('template');
  const signIn = token ? `customer-token="${token}"` : '';
  parsed.innerHTML = `<appt-credits ${attributes} api="${API}" key="pk_test_demo" ${signIn} lang="en-US"></appt-credits>`;
  const el = parsed.content.firstElementChild as ApptCredits;
  if (stripe) el.stripeLoader = async () => stripe;
  wrapper.append(el);
  await el.updateComplete;
  return { el, ui: new CreditsUi(el) };
}

/** Reads and drives `<appt-credits>` the way a customer does. */
class CreditsUi {
  constructor(readonly el: ApptCredits) {}
  get root(): ShadowRoot {
    return this.el.shadowRoot!;
  }
  part(name: string): HTMLElement | null {
    return this.root.querySelector<HTMLElement>(`[part~="${name}"]`);
  }
  parts(name: string): HTMLElement[] {
    return [...this.root.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
  }
  text(element: Element | null = this.part('base')): string {
    return ((element as HTMLElement | null)?.innerText ?? '').replace(/\s+/g, ' ').trim();
  }
  async until(predicate: () => boolean, message: string, timeout = 5000): Promise<void> {
    await waitUntil(predicate, `${message}\n${this.text()}`, { timeout });
    await this.el.updateComplete;
  }
  async loaded(): Promise<void> {
    await this.until(() => !!this.part('balance') && this.text(this.part('balance')) !== '', 'the balance never showed');
  }
  /** The credit packages as shown: title, credits, price. */
  offers(): string[][] {
    return this.parts('offer').map((o) => [this.text(o.querySelector('[part~="offer-title"]')), this.text(o.querySelector('[part~="offer-credits"]')), this.text(o.querySelector('[part~="price"]'))]);
  }
  /** Clicks the choice whose label contains `label` (a credit package or a test card). */
  async choose(label: string): Promise<void> {
    const option = [...this.root.querySelectorAll<HTMLLabelElement>('label')].find((l) => this.text(l).includes(label));
    if (!option) throw new Error(`no choice "${label}" in ${this.text()}`);
    option.click();
    await this.el.updateComplete;
  }
  payButton(): HTMLButtonElement {
    return this.part('pay-button') as HTMLButtonElement;
  }
  /** Waits until Pay can be pressed (the card part is ready). */
  async readyToPay(): Promise<void> {
    await this.until(() => !!this.payButton() && !this.payButton().disabled, 'Pay never became available');
  }
  payError(): string {
    return this.text(this.part('pay-error'));
  }
  success(): string {
    return this.text(this.part('success'));
  }
  /** The part names of the focused element in the shadow root, or '' (compared as text: a failed DOM comparison is slow to print). */
  focused(): string {
    return this.root.activeElement?.getAttribute('part') ?? '';
  }
  /** What a screen reader reads of `element`: its text without the parts hidden from assistive technology. */
  spoken(element: Element | null): string {
    const words: string[] = [];
    const walk = (node: Node): void => {
      if (node instanceof Element && node.getAttribute('aria-hidden') === 'true') return;
      if (node.nodeType === Node.TEXT_NODE) words.push(node.textContent ?? '');
      node.childNodes.forEach(walk);
    };
    if (element) walk(element);
    return words.join(' ').replace(/\s+/g, ' ').trim();
  }
  signIn(): ShadowRoot | null {
    return this.root.querySelector('appt-sign-in')?.shadowRoot ?? null;
  }
}

/** The browser's own zone: the one purchases carry when the visitor chose none. */
const BROWSER_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

describe('<appt-credits>', () => {
  // Each test starts in a fresh tab: no customer signed in by an earlier test.
  beforeEach(() => resetPageSessions());
  beforeEach(() => resetVisitorZone());
  before(() => worker.start({ quiet: true, onUnhandledRequest: 'error' }));
  after(() => worker.stop());
  beforeEach(() => {
    server = { provider: 'test', balance: 15, offers: OFFERS.map((o) => ({ ...o })), validTokens: new Set(['cus_token']), dropNext: false, listFails: 0 };
    purchases = [];
    confirms = [];
    listQueries = [];
    replies = new Map();
    stored = new Map();
    sessionStorage.clear();
  });
  afterEach(() => worker.resetHandlers());

  it('renders the balance and the credit packages in listing order, with credits and price', async () => {
    const { el, ui } = await mount({ attributes: 'country="DE" currency="EUR"' });
    await ui.loaded();
    expect(ui.text(ui.part('heading'))).to.equal('Buy credits');
    expect(ui.text(ui.part('balance'))).to.equal('Your balance: 15 credits');
    expect(ui.offers()).to.deep.equal([
      ['Starter', '50 credits', '€10.00'],
      ['Medium', '80 credits', '€15.00'],
      ['Large', '120 credits', '€20.00'],
    ]);
    expect(listQueries).to.deep.equal(['?country=DE&currency=EUR']);
    // Nothing chosen yet: no card part, no Pay button.
    expect(ui.part('card')).to.equal(null);
    expect(ui.payButton()).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows a skeleton of the same size while loading, so nothing moves', async () => {
    server.listGate = gate();
    const { el, ui } = await mount();
    await ui.until(() => !!ui.part('skeleton'), 'no skeleton');
    expect(ui.text(ui.root.querySelector('[role="status"]'))).to.equal('Loading your balance and the credit packages…');
    const loading = el.getBoundingClientRect().height;
    await expect(el).to.be.accessible();
    server.listGate.open();
    await ui.loaded();
    expect(el.getBoundingClientRect().height).to.be.closeTo(loading, 0.5);
  });

  it('buys credits with the test card: announces the credits and the new balance, and tells the host', async () => {
    const { el, ui } = await mount();
    await ui.loaded();
    await ui.choose('Starter');
    await ui.until(() => ui.text().includes('Test card that succeeds'), 'test cards never showed');
    expect(ui.text(ui.part('test-mode'))).to.equal('Test mode: no money moves. Choose how the test card behaves.');
    await ui.readyToPay();
    expect(ui.text(ui.payButton())).to.equal('Pay €10.00');
    await expect(el).to.be.accessible();

    const purchased = next(el, ApptCreditsPurchasedEvent.type);
    ui.payButton().click();
    const event = await purchased;
    expect({ purchaseId: event.purchaseId, creditPackageId: event.creditPackageId, credits: event.credits, balance: event.balance }).to.deep.equal({
      purchaseId: 'cpu_1',
      creditPackageId: 'cpk_starter',
      credits: 50,
      balance: 65,
    });
    expect(event.bubbles && event.composed).to.equal(true);
    expect(purchases).to.have.length(1);
    // The receipt e-mail in the element's language and the browser's zone (the visitor chose none).
    expect(purchases[0]!.body).to.deep.equal({ creditPackageId: 'cpk_starter', paymentMethod: 'pm_card_visa', locale: 'en-US', timeZone: BROWSER_ZONE });
    expect(purchases[0]!.key).to.match(/^[0-9a-f-]{36}$/);
    expect(purchases[0]!.customer).to.equal('cus_token');

    await ui.until(() => ui.success() !== '', 'no success message');
    expect(ui.success()).to.equal('50 credits added for €10.00; your balance is 65 credits.');
    expect(ui.part('success')!.getAttribute('role')).to.equal('status');
    expect(ui.focused()).to.equal('success');
    expect(ui.text(ui.part('balance'))).to.equal('Your balance: 65 credits');
    // Done: the choice is cleared for the next purchase.
    expect(ui.payButton()).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('is operable by keyboard alone: arrows choose a package, Tab reaches Pay, Enter pays', async () => {
    const { el, ui } = await mount();
    await ui.loaded();
    const radios = [...ui.root.querySelectorAll<HTMLInputElement>('input[name="offer"]')];
    radios[0]!.focus();
    await pressKey('Space');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(radios[1]!.checked).to.equal(true);
    await ui.readyToPay();
    expect(ui.text(ui.payButton())).to.equal('Pay €15.00');
    for (let i = 0; i < 5 && ui.focused() !== 'pay-button'; i++) await sendKeys({ press: 'Tab' });
    expect(ui.focused()).to.equal('pay-button');
    const purchased = next(el, ApptCreditsPurchasedEvent.type);
    await sendKeys({ press: 'Enter' });
    expect((await purchased).creditPackageId).to.equal('cpk_medium');
  });

  it('says a declined card charged nothing, tells the host, and tries again as a new attempt', async () => {
    const { el, ui } = await mount();
    await ui.loaded();
    await ui.choose('Medium');
    await ui.readyToPay();
    await ui.choose('Test card that is declined');
    const failed = next(el, ApptPaymentFailedEvent.type);
    ui.payButton().click();
    const event = await failed;
    expect([event.packageId, event.method, event.code, event.declineCode]).to.deep.equal(['cpk_medium', 'card', 'payment_declined', 'insufficient_funds']);
    await ui.until(() => ui.payError() !== '', 'no error shown');
    expect(ui.payError()).to.equal('Your card was declined. Nothing was charged and no credits were added; try another card.');
    expect(ui.focused()).to.equal('pay-error');
    expect(ui.text(ui.part('balance'))).to.equal('Your balance: 15 credits');
    await expect(el).to.be.accessible();

    await ui.choose('Test card that succeeds');
    const purchased = next(el, ApptCreditsPurchasedEvent.type);
    ui.payButton().click();
    expect((await purchased).balance).to.equal(95);
    expect(purchases.map((p) => p.body.paymentMethod)).to.deep.equal(['pm_card_declined', 'pm_card_visa']);
    expect(purchases[1]!.key).not.to.equal(purchases[0]!.key);
  });

  it('retries a lost answer with the same Idempotency-Key, so the credits are added once', async () => {
    server.dropNext = true;
    const { el, ui } = await mount();
    await ui.loaded();
    await ui.choose('Starter');
    await ui.readyToPay();
    const failed = next(el, ApptPaymentFailedEvent.type);
    ui.payButton().click();
    expect((await failed).code).to.equal('network');
    await ui.until(() => ui.payError().includes('you will not be charged twice'), 'no network error');
    const purchased = next(el, ApptCreditsPurchasedEvent.type);
    ui.payButton().click();
    expect((await purchased).balance).to.equal(65);
    expect(purchases).to.have.length(2);
    expect(purchases[1]!.key).to.equal(purchases[0]!.key);
    expect(purchases[1]!.body).to.deep.equal(purchases[0]!.body);
    await ui.until(() => ui.success() !== '', 'no success message');
    expect(ui.success()).to.equal('50 credits added for €10.00; your balance is 65 credits.');
  });

  it('pays once on a double click', async () => {
    server.purchaseGate = gate();
    const { ui } = await mount();
    await ui.loaded();
    await ui.choose('Starter');
    await ui.readyToPay();
    ui.payButton().click();
    ui.payButton().click();
    await ui.until(() => ui.payButton().disabled, 'Pay never disabled while paying');
    expect(ui.text(ui.payButton())).to.equal('Paying…');
    ui.payButton().click();
    server.purchaseGate.open();
    await ui.until(() => ui.success() !== '', 'no success message');
    expect(purchases).to.have.length(1);
    expect(server.balance).to.equal(65);
  });

  it('asks for the test bank’s confirmation when the card requires it, then confirms the purchase', async () => {
    const { el, ui } = await mount();
    await ui.loaded();
    await ui.choose('Large');
    await ui.readyToPay();
    await ui.choose('asks for authentication');
    ui.payButton().click();
    await ui.until(() => ui.text().includes('Your bank asks you to confirm this payment.'), 'no authentication step');
    expect(ui.text(ui.payButton())).to.equal('Confirm the payment (test)');
    await ui.until(() => ui.focused() === 'pay-button', 'the Confirm button never got the focus');
    expect(ui.text(ui.part('balance'))).to.equal('Your balance: 15 credits');
    await expect(el).to.be.accessible();
    const purchased = next(el, ApptCreditsPurchasedEvent.type);
    ui.payButton().click();
    expect((await purchased).balance).to.equal(135);
    expect(confirms).to.deep.equal([{ id: 'cpu_1', customer: 'cus_token' }]);
    await ui.until(() => ui.success() !== '', 'no success message');
    expect(ui.success()).to.equal('120 credits added for €20.00; your balance is 135 credits.');
  });

  it('with sign-in="none", leaves signing in to the page: the prompt without a form, then the balance once anyone on the page signs in', async () => {
    const { el, ui } = await mount({ token: null, attributes: 'sign-in="none"' });
    await ui.until(() => ui.part('sign-in-prompt') !== null, 'no sign-in prompt');
    expect(ui.signIn()).to.equal(null);
    await expect(el).to.be.accessible();
    // The site's own sign-in, on another element of the same page and API.
    const other = document.createElement('appt-credits');
    other.setAttribute('api', API);
    other.setAttribute('key', 'pk_test_demo');
    other.setAttribute('customer-token', 'cus_token');
    el.parentElement!.append(other);
    await ui.loaded();
    expect(ui.text(ui.part('balance'))).to.equal('Your balance: 15 credits');
  });

  it('shows the sign-in form when nobody is signed in, and the balance once signed in', async () => {
    const { el, ui } = await mount({ token: null });
    await ui.until(() => !!ui.signIn()?.querySelector('[part~="email-input"]'), 'no sign-in form');
    expect(ui.text(ui.part('sign-in-prompt'))).to.equal('Sign in to see your balance and buy credits.');
    expect(ui.part('balance')).to.equal(null);
    await expect(el).to.be.accessible();
    const signIn = ui.signIn()!;
    const type = (part: string, value: string) => {
      const input = signIn.querySelector<HTMLInputElement>(`[part~="${part}"]`)!;
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    };
    type('email-input', 'ada@example.com');
    signIn.querySelector<HTMLButtonElement>('[part~="submit-button"]')!.click();
    await ui.until(() => !!signIn.querySelector('[part~="code-input"]'), 'no code field');
    type('code-input', '123456');
    signIn.querySelector<HTMLButtonElement>('[part~="submit-button"]')!.click();
    await ui.loaded();
    expect(ui.text(ui.part('balance'))).to.equal('Your balance: 15 credits');
    await ui.until(() => ui.focused() === 'balance', 'the balance never got the focus after signing in');
    await ui.choose('Starter');
    await ui.readyToPay();
    ui.payButton().click();
    await ui.until(() => ui.success() !== '', 'no success message');
    expect(purchases[0]!.customer).to.equal('cus_new');
  });

  it('shows the sign-in form again, saying why, when the server refuses the sign-in at payment', async () => {
    const { el, ui } = await mount();
    await ui.loaded();
    await ui.choose('Starter');
    await ui.readyToPay();
    server.validTokens.clear();
    const failed = next(el, ApptPaymentFailedEvent.type);
    ui.payButton().click();
    expect((await failed).packageId).to.equal('cpk_starter');
    await ui.until(() => !!ui.part('sign-in'), 'no sign-in form');
    expect(ui.payError()).to.equal('Your sign-in has expired. Please sign in again.');
    expect(server.balance).to.equal(15);
    await expect(el).to.be.accessible();
  });

  it('shows a campaign price beside the struck-through original, with the campaign and its end in the visitor’s zone', async () => {
    server.offers = [onCampaign(OFFERS[1]!, 900), OFFERS[2]!];
    chooseVisitorZone('Europe/Berlin');
    const { el, ui } = await mount();
    await ui.loaded();
    // Both prices are visible: the price charged in the price part, the original struck through.
    expect(ui.offers()).to.deep.equal([
      ['Starter', '50 credits', '€9.00'],
      ['Medium', '80 credits', '€15.00'],
    ]);
    const [starter, medium] = ui.parts('offer');
    const was = starter!.querySelector<HTMLElement>('[part~="was-price"]')!;
    expect([was.localName, ui.text(was)]).to.deep.equal(['s', '€10.00']);
    expect(getComputedStyle(was).textDecorationLine).to.contain('line-through');
    expect(ui.text(starter!)).to.contain('€10.00 €9.00');
    // A strike-through is not announced: assistive technology reads one phrase instead.
    expect(ui.spoken(starter!.querySelector('.offer-price'))).to.equal('was €10.00, now €9.00');
    expect(ui.spoken(starter!)).to.equal('Starter 50 credits Spring sale Ends May 31, 2031, 11:59 PM Central European Summer Time was €10.00, now €9.00');
    expect(ui.text(starter!.querySelector('[part~="campaign"]'))).to.equal('Spring sale Ends May 31, 2031, 11:59 PM Central European Summer Time');
    // An offer no campaign lowers shows its price alone.
    expect(medium!.querySelector('[part~="was-price"], [part~="campaign"]')).to.equal(null);
    expect(ui.spoken(medium!)).to.equal('Medium 80 credits €15.00');
    await expect(el).to.be.accessible();

    // The campaign's end follows the visitor's zone, named.
    chooseVisitorZone('America/New_York');
    await el.updateComplete;
    expect(ui.text(ui.part('campaign-ends'))).to.equal('Ends May 31, 2031, 5:59 PM Eastern Daylight Time');
  });

  it('charges the campaign price and says what was charged', async () => {
    server.offers = [onCampaign(OFFERS[1]!, 900)];
    const { el, ui } = await mount();
    await ui.loaded();
    await ui.choose('Starter');
    await ui.readyToPay();
    expect(ui.text(ui.payButton())).to.equal('Pay €9.00');
    const purchased = next(el, ApptCreditsPurchasedEvent.type);
    ui.payButton().click();
    expect((await purchased).balance).to.equal(65);
    await ui.until(() => ui.success() !== '', 'no success message');
    expect(ui.success()).to.equal('50 credits added for €9.00; your balance is 65 credits.');
    await expect(el).to.be.accessible();
  });

  it('says so when no credit package is on sale', async () => {
    server.offers = [];
    const { el, ui } = await mount();
    await ui.until(() => !!ui.part('empty'), 'no empty state');
    expect(ui.text(ui.part('empty'))).to.equal('No credit packages are on sale right now.');
    expect(ui.text(ui.part('balance'))).to.equal('Your balance: 15 credits');
    await expect(el).to.be.accessible();
  });

  it('shows one market when the answer mixes countries: the first offer’s country and currency, priced in the element’s language', async () => {
    server.offers = [
      offer('cpk_tr', 'Başlangıç', 50, 45000, 3, 'TR', 'TRY'),
      ...OFFERS.map((o) => ({ ...o })),
      offer('cpk_at', 'Österreich', 60, 1200, 4, 'AT', 'EUR'),
      offer('cpk_us', 'Starter US', 50, 1100, 5, 'DE', 'USD'),
    ];
    const { el, ui } = await mount({ attributes: 'lang="de"' });
    await ui.loaded();
    expect(listQueries.filter((query) => query !== '')).to.deep.equal([]); // no country asked: the server's default
    expect(ui.offers()).to.deep.equal([
      ['Starter', '50 Credits', '10,00 €'],
      ['Medium', '80 Credits', '15,00 €'],
      ['Large', '120 Credits', '20,00 €'],
    ]);
    await expect(el).to.be.accessible();

    // A Turkish page of the Turkish shop: Turkish texts and lira in Turkish format, nothing else.
    server.offers = [offer('cpk_tr', 'Başlangıç', 50, 45000, 0, 'TR', 'TRY'), offer('cpk_de', 'Starter', 50, 1000, 1)];
    const tr = await mount({ attributes: 'lang="tr"' });
    await tr.ui.loaded();
    expect(tr.ui.offers()).to.deep.equal([['Başlangıç', '50 kredi', '₺450,00']]);
  });

  it('explains a failed load with the support reference, and loads again on Try again', async function () {
    // The client tries a GET three times, pausing 0.3 s and 0.6 s, before it gives up: the list
    // fails until Try again, however often the element asks meanwhile.
    this.timeout(30_000);
    server.listFails = Number.POSITIVE_INFINITY;
    const { el, ui } = await mount();
    await ui.until(() => !!ui.part('error'), 'no error box', 20_000);
    expect(ui.text(ui.part('error'))).to.contain('Your credits could not be loaded.');
    expect(ui.text(ui.part('error-detail'))).to.equal('Reference: req_internal_error');
    await expect(el).to.be.accessible();
    server.listFails = 0;
    ui.part('retry-button')!.click();
    await ui.loaded();
    expect(ui.offers()).to.have.length(3);
  });

  it('names the attribute at fault when set up wrongly', async () => {
    const { ui } = await mount({ attributes: 'currency="euro"' });
    await ui.until(() => !!ui.part('error'), 'no error box');
    expect(ui.text(ui.part('error-detail'))).to.contain('"currency" attribute must be an ISO 4217 code');
    expect(listQueries).to.deep.equal([]);
  });

  describe('with Stripe', () => {
    beforeEach(() => (server.provider = 'stripe'));

    it('mounts the Payment Element in light DOM for the chosen amount, and charges its payment method', async () => {
      const stripe = new FakeStripe();
      const { el, ui } = await mount({ stripe });
      await ui.loaded();
      await ui.choose('Medium');
      await ui.until(() => stripe.mountedInto !== undefined, 'Payment Element never mounted');
      expect(stripe.mountedInto!.parentElement).to.equal(el);
      expect(stripe.mountedInto!.slot).to.equal('card-form');
      expect(stripe.mountedInto!.assignedSlot?.name).to.equal('card-form');
      expect(stripe.elementsOptions.at(-1)).to.include({ mode: 'payment', amount: 1500, currency: 'eur' });
      expect(ui.text()).not.to.contain('Test mode');
      await ui.readyToPay();
      const purchased = next(el, ApptCreditsPurchasedEvent.type);
      ui.payButton().click();
      await purchased;
      expect(purchases[0]!.body).to.deep.equal({ creditPackageId: 'cpk_medium', paymentMethod: 'pm_fake_visa', locale: 'en-US', timeZone: BROWSER_ZONE });
      await ui.until(() => el.querySelector('[slot="card-form"]') === null, 'the Payment Element stayed after paying');
      expect(stripe.destroyed).to.equal(1);
    });

    it('runs 3-D Secure through confirmPayment with redirect if_required, then confirms the purchase', async () => {
      const stripe = new FakeStripe();
      stripe.paymentMethod = { id: 'pm_fake_3ds' };
      const { el, ui } = await mount({ stripe, attributes: 'return-url="https://shop.example.com/credits"' });
      await ui.loaded();
      await ui.choose('Starter');
      await ui.readyToPay();
      const purchased = next(el, ApptCreditsPurchasedEvent.type);
      ui.payButton().click();
      expect((await purchased).balance).to.equal(65);
      expect(stripe.confirmCalls).to.deep.equal([
        { clientSecret: 'pi_fake_secret_credits', confirmParams: { return_url: 'https://shop.example.com/credits' }, redirect: 'if_required' },
      ]);
      expect(confirms).to.deep.equal([{ id: 'cpu_1', customer: 'cus_token' }]);
      expect(sessionStorage.getItem('apptkit.pending-credit-purchase')).to.equal(null);
    });

    it('says a failed authentication charged nothing, and starts a new attempt', async () => {
      const stripe = new FakeStripe();
      stripe.paymentMethod = { id: 'pm_fake_3ds' };
      stripe.confirmError = 'We are unable to authenticate your payment method.';
      const { el, ui } = await mount({ stripe });
      await ui.loaded();
      await ui.choose('Starter');
      await ui.readyToPay();
      const failed = next(el, ApptPaymentFailedEvent.type);
      ui.payButton().click();
      expect((await failed).code).to.equal('authentication_failed');
      await ui.until(() => ui.payError() !== '', 'no error');
      expect(ui.payError()).to.equal('The payment was not confirmed. Nothing was charged; try again.');
      expect(confirms).to.have.length(0);
      stripe.confirmError = undefined;
      ui.payButton().click();
      await ui.until(() => ui.success() !== '', 'no success message');
      expect(purchases[1]!.key).not.to.equal(purchases[0]!.key);
    });

    it('finishes a purchase when the bank redirects back to the page', async () => {
      stored.set('cpu_9', { id: 'cpu_9', creditPackageId: 'cpk_large', credits: 120, amount: 2000, currency: 'EUR', status: 'pending' });
      sessionStorage.setItem('apptkit.pending-credit-purchase', JSON.stringify({ purchaseId: 'cpu_9', creditPackageId: 'cpk_large' }));
      const before = location.href;
      history.replaceState(null, '', `${location.pathname}?payment_intent=pi_1&payment_intent_client_secret=pi_1_secret&redirect_status=succeeded`);
      try {
        const { el, ui } = await mount({ stripe: new FakeStripe() });
        const purchased = next(el, ApptCreditsPurchasedEvent.type);
        expect((await purchased).purchaseId).to.equal('cpu_9');
        await ui.until(() => ui.success() !== '', 'no success message');
        expect(ui.success()).to.equal('120 credits added for €20.00; your balance is 135 credits.');
        expect(confirms).to.deep.equal([{ id: 'cpu_9', customer: 'cus_token' }]);
        expect(location.search).to.equal('');
        expect(sessionStorage.getItem('apptkit.pending-credit-purchase')).to.equal(null);
      } finally {
        history.replaceState(null, '', before);
      }
    });
  });

  describe('languages and layout', () => {
    it('speaks German, Turkish and Arabic (right to left)', async () => {
      const de = await mount({ attributes: 'lang="de"' });
      await de.ui.loaded();
      expect(de.ui.text(de.ui.part('balance'))).to.equal('Ihr Guthaben: 15 Credits');
      await de.ui.choose('Starter');
      await de.ui.readyToPay();
      expect(de.ui.text(de.ui.part('test-mode'))).to.contain('Testmodus');
      expect(de.ui.payButton().textContent!.trim()).to.equal('10,00\u00a0€ bezahlen');

      const tr = await mount({ attributes: 'lang="tr"' });
      await tr.ui.loaded();
      expect(tr.ui.text(tr.ui.part('balance'))).to.equal('Bakiyeniz: 15 kredi');
      expect(tr.ui.text(tr.ui.part('heading'))).to.equal('Kredi satın al');

      const ar = await mount({ attributes: 'lang="ar"' });
      await ar.ui.loaded();
      expect(ar.ui.part('base')!.getAttribute('dir')).to.equal('rtl');
      expect(ar.ui.text(ar.ui.part('heading'))).to.equal('شراء الرصيد');
      await ar.ui.choose('Starter');
      await ar.ui.readyToPay();
      expect(ar.ui.text(ar.ui.part('test-mode'))).to.contain('وضع الاختبار');
      await expect(ar.el).to.be.accessible();
    });

    it('shows a campaign price in Arabic, right to left, with the accessible wording and the struck-through original', async () => {
      server.offers = [onCampaign(OFFERS[1]!, 900)];
      chooseVisitorZone('Europe/Berlin');
      const { el, ui } = await mount({ attributes: 'lang="ar"' });
      await ui.loaded();
      expect(ui.part('base')!.getAttribute('dir')).to.equal('rtl');
      // As the element formats euros in Arabic, its spaces read as the UI helpers read them (collapsed).
      const money = (minor: number) => new Intl.NumberFormat('ar', { style: 'currency', currency: 'EUR' }).format(minor / 100).replace(/\s+/g, ' ');
      // Read from the DOM text: engines differ in whether innerText keeps the bidi marks of Arabic prices.
      const shown = (element: Element | null) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
      const was = ui.part('was-price')!;
      expect([was.localName, shown(was), shown(ui.part('price'))]).to.deep.equal(['s', money(1000), money(900)]);
      expect(ui.spoken(ui.root.querySelector('.offer-price'))).to.equal(`كان السعر ${money(1000)}، والآن ${money(900)}`);
      expect(ui.text(ui.part('campaign-title'))).to.equal('Spring sale');
      expect(ui.text(ui.part('campaign-ends'))).to.match(/^ينتهي العرض في /);
      // Right to left: the price column sits at the inline end, left of the title.
      expect(ui.part('price')!.getBoundingClientRect().right).to.be.below(ui.part('offer-title')!.getBoundingClientRect().left);
      await ui.choose('Spring sale');
      await ui.readyToPay();
      expect(shown(ui.payButton())).to.equal(`ادفع ${money(900)}`);
      const purchased = next(el, ApptCreditsPurchasedEvent.type);
      ui.payButton().click();
      await purchased;
      await ui.until(() => ui.success() !== '', 'no success message');
      expect(shown(ui.part('success'))).to.contain(`مقابل ${money(900)}`);
      await expect(el).to.be.accessible();
    });

    it('follows the dark palette of the global tokens with theme="dark"', async () => {
      const light = await mount({ attributes: 'theme="light"' });
      const dark = await mount({ attributes: 'theme="dark"' });
      await light.ui.loaded();
      await dark.ui.loaded();
      const background = (ui: CreditsUi) => getComputedStyle(ui.part('base')!).backgroundColor;
      expect(background(light.ui)).to.equal('rgb(255, 255, 255)');
      expect(background(dark.ui)).to.equal('rgb(27, 30, 37)');
      await expect(dark.el).to.be.accessible();
    });

    for (const width of [320, 1024]) {
      it(`fits ${width}px with touch targets of at least 44px`, async () => {
        server.offers.push(offer('cpk_long', 'Yearly bundle for the whole family and friends', 1000, 1_000_000, 3));
        const { el, ui } = await mount({ width });
        await ui.loaded();
        await ui.choose('Starter');
        await ui.readyToPay();
        expect(el.scrollWidth).to.be.at.most(width);
        expect(ui.part('base')!.scrollWidth).to.be.at.most(ui.part('base')!.clientWidth);
        const targets = ui.root.querySelectorAll<HTMLElement>('button, label.offer, label.choice');
        expect(targets.length).to.be.greaterThan(5);
        for (const target of targets) {
          const box = target.getBoundingClientRect();
          expect(box.height, target.outerHTML.slice(0, 60)).to.be.at.least(44);
          expect(box.right, target.outerHTML.slice(0, 60)).to.be.at.most(el.getBoundingClientRect().right + 0.5);
        }
        const offers = ui.parts('offer').map((o) => o.getBoundingClientRect());
        if (width === 320) expect(new Set(offers.map((b) => Math.round(b.left))).size).to.equal(1);
        else expect(offers[1]!.top).to.equal(offers[0]!.top);
      });
    }
  });
});
