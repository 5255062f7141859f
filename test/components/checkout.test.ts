import { expect, fixture, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import '../../src/components/checkout/define.js';
import type { ApptCheckout } from '../../src/components/checkout/checkout.component.js';
import type { Hold } from '../../src/client/index.js';
import type { Expert } from '../../src/client/types.js';
import { ApptBookingConfirmedEvent } from '../../src/events/booking-confirmed.js';
import { ApptPaymentFailedEvent } from '../../src/events/payment-failed.js';
import { ApptSlotsLostEvent } from '../../src/events/slots-lost.js';
import { ApptCreditsPurchasedEvent } from '../../src/events/credits-purchased.js';
import { FakeStripe } from './harness/fake-stripe.js';
import type { StripeLoader } from '../../src/components/payment/stripe.js';
import { gate, makePackage } from './harness/fixtures.js';
import { alignedSide, breaksLineAtNewline } from './harness/line-breaks.js';
import { resetPageSessions } from '../../src/components/customer/page-session.js';
import { chooseVisitorZone, resetVisitorZone } from '../../src/components/customer/visitor-zone.js';

const API = 'https://api.apptkit.test';

/** Three 50-minute sessions for USD 120.00 or 5 credits; two are held, across New York's spring change. */
const PKG = makePackage({ id: 'pkg_co', title: 'Career coaching', fee: 12000, credits: 5, sessions: 3, currency: 'USD' });
const HOLD: Hold = {
  id: 'hld_1',
  token: 'hold_secret',
  expertId: 'exp_1',
  packageId: PKG.id,
  slots: [
    { start: '2027-03-13T15:00:00Z', end: '2027-03-13T15:50:00Z' }, // 10:00 EST
    { start: '2027-03-14T14:00:00Z', end: '2027-03-14T14:50:00Z' }, // 10:00 EDT
  ],
  expiresAt: '2027-03-01T08:10:00Z',
};

interface Server {
  provider: 'test' | 'stripe';
  balance: number;
  /** Answer purchases with 409 slot_taken. */
  slotTaken: boolean;
  /** Fail the next purchase at the network level. */
  dropNext: boolean;
  /** Holds purchase answers until opened. */
  hold?: ReturnType<typeof gate>;
  /** Whether the server says it handed the confirmation e-mail to its mailer. */
  emailSent: boolean;
}
let server: Server;
let purchases: { key: string | null; customer: string | null; body: Record<string, unknown> }[] = [];
let confirms: { id: string; body: Record<string, unknown> }[] = [];
let configRequests = 0;

function receipt(body: Record<string, unknown>, status: 'paid' | 'pending', paymentStatus: 'succeeded' | 'requires_action') {
  const booked = status === 'paid' && body.holdId ? HOLD.slots : [];
  return {
    id: 'pur_1',
    customerId: 'cus_1',
    packageId: PKG.id,
    expertId: 'exp_1',
    method: body.method,
    status,
    amount: body.method === 'card' ? PKG.fee : 0,
    currency: 'USD',
    credits: body.method === 'credits' ? PKG.credits : null,
    provider: body.method === 'credits' ? 'credits' : body.method === 'free' ? 'none' : server.provider,
    sessionsTotal: 3,
    sessionsUsed: booked.length,
    createdAt: '2027-03-01T08:00:00Z',
    token: 'pur_secret',
    paymentStatus,
    emailSent: status === 'paid' && server.emailSent,
    ...(paymentStatus === 'requires_action' && server.provider === 'stripe' ? { clientSecret: 'pi_fake_secret_1' } : {}),
    bookings: booked.map((slot, i) => ({
      id: `bkg_${i + 1}`,
      purchaseId: 'pur_1',
      expertId: 'exp_1',
      packageId: PKG.id,
      start: slot.start,
      end: slot.end,
      joinToken: `jnt_${i + 1}`,
    })),
  };
}

function problem(status: number, code: string, members: Record<string, unknown> = {}) {
  return HttpResponse.json(
    { type: `https://apptkit.dev/problems/${code}`, title: code, status, detail: code, code, requestId: `req_${code}`, ...members },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

const worker = setupWorker(
  http.get('*/v1/credit-packages', () =>
    HttpResponse.json({ data: [{ id: 'cp_10', title: 'Ten credits', credits: 10, price: 4000, currency: 'USD', country: 'US', active: true, listingOrder: 0 }] }),
  ),
  http.get('*/v1/payment-config', () => {
    configRequests++;
    return HttpResponse.json(server.provider === 'stripe' ? { provider: 'stripe', publishableKey: 'pk_test_fake' } : { provider: 'test' });
  }),
  http.get('*/v1/me', ({ request }) =>
    request.headers.get('Apptkit-Customer') === 'cus_token'
      ? HttpResponse.json({ id: 'cus_1', email: 'ada@example.com', name: 'Ada', credits: server.balance })
      : problem(401, 'invalid_customer_token'),
  ),
  http.post('*/v1/purchases', async ({ request }) => {
    const body = (await request.json()) as Record<string, unknown>;
    purchases.push({ key: request.headers.get('Idempotency-Key'), customer: request.headers.get('Apptkit-Customer'), body });
    await server.hold?.promise;
    if (server.dropNext) {
      server.dropNext = false;
      return HttpResponse.error();
    }
    if (server.slotTaken) return problem(409, 'slot_taken');
    if (body.method === 'free') return HttpResponse.json(receipt(body, 'paid', 'succeeded'), { status: 201 });
    if (body.method === 'credits') {
      if (server.balance < PKG.credits!) return problem(402, 'insufficient_credits', { balance: server.balance, price: PKG.credits });
      return HttpResponse.json(receipt(body, 'paid', 'succeeded'), { status: 201 });
    }
    if (body.paymentMethod === 'pm_card_declined') return problem(402, 'payment_declined', { purchaseId: 'pur_failed', declineCode: 'insufficient_funds' });
    if (body.paymentMethod === 'pm_card_authentication_required' || body.paymentMethod === 'pm_fake_3ds') {
      return HttpResponse.json(receipt(body, 'pending', 'requires_action'), { status: 202 });
    }
    return HttpResponse.json(receipt(body, 'paid', 'succeeded'), { status: 201 });
  }),
  http.post('*/v1/sign-in/codes', () => HttpResponse.json({ expiresAt: '2099-01-01T00:10:00Z' }, { status: 202 })),
  http.post('*/v1/sign-in/tokens', async ({ request }) => {
    const { code } = (await request.json()) as { code: string };
    if (code !== '123456') return problem(422, 'validation_failed', { errors: [{ field: 'code', code: 'invalid_code', message: 'Wrong code.' }] });
    return HttpResponse.json(
      { token: 'cus_token', expiresAt: '2099-01-01T01:00:00Z', customer: { id: 'cus_1', email: 'ada@example.com', name: 'Ada', credits: server.balance } },
      { status: 201 },
    );
  }),
  http.post('*/v1/purchases/:id/confirm', async ({ request, params }) => {
    const body = (await request.json()) as Record<string, unknown>;
    confirms.push({ id: String(params.id), body });
    return HttpResponse.json(receipt({ method: 'card', holdId: HOLD.id }, 'paid', 'succeeded'));
  }),
);

/** The next `type` event from `target`, typed by the global event map. */
function next<K extends keyof GlobalEventHandlersEventMap>(target: EventTarget, type: K): Promise<GlobalEventHandlersEventMap[K]> {
  return new Promise((resolve) => target.addEventListener(type, (event) => resolve(event as GlobalEventHandlersEventMap[K]), { once: true }));
}

interface MountOptions {
  attributes?: string;
  width?: number;
  pkg?: typeof PKG;
  hold?: Hold | undefined;
  stripe?: FakeStripe | Error;
  /** Loads Stripe.js for the checkout, in place of `stripe`. */
  loader?: StripeLoader;
  expert?: Expert;
}

async function mount(options: MountOptions = {}) {
  const { attributes = '', width = 360, pkg = PKG, stripe, expert } = options;
  const hold = 'hold' in options ? options.hold : HOLD; // `hold: undefined`: no times chosen
  const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size:${width}px"></div>`);
  const parsed = document.createElement('template');
  parsed.innerHTML = `<appt-checkout ${attributes} api="${API}" key="pk_test_demo" time-zone="America/New_York" lang="en-US"></appt-checkout>`;
  const el = parsed.content.firstElementChild as ApptCheckout;
  el.package = pkg;
  el.hold = hold;
  el.expert = expert;
  if (stripe) el.stripeLoader = async () => (stripe instanceof Error ? Promise.reject(stripe) : stripe);
  if (options.loader) el.stripeLoader = options.loader;
  wrapper.append(el);
  await el.updateComplete;
  return { el, ui: new CheckoutUi(el) };
}

/** Reads and drives the checkout the way a visitor does. */
class CheckoutUi {
  constructor(readonly el: ApptCheckout) {}
  get root(): ShadowRoot {
    return this.el.shadowRoot!;
  }
  text(): string {
    return (this.root.querySelector('[part~="base"]') as HTMLElement).innerText.replace(/\s+/g, ' ').trim();
  }
  async until(predicate: () => boolean, message: string): Promise<void> {
    for (let i = 0; i < 200 && !predicate(); i++) await new Promise((r) => setTimeout(r, 10));
    if (!predicate()) throw new Error(`${message}\n${this.text()}`);
    await this.el.updateComplete;
  }
  input(name: string): HTMLInputElement {
    return this.root.querySelector(`input[name="${name}"]`)!;
  }
  async type(name: string, value: string): Promise<void> {
    const input = this.input(name);
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await this.el.updateComplete;
  }
  async choose(name: string, label: string): Promise<void> {
    const option = [...this.root.querySelectorAll<HTMLLabelElement>('label.choice')].find((l) => l.textContent!.includes(label));
    if (!option) throw new Error(`no choice "${label}" in ${this.text()}`);
    option.querySelector('input')!.click();
    await this.el.updateComplete;
  }
  payButton(): HTMLButtonElement {
    return this.root.querySelector('[part~="pay-button"]')!;
  }
  error(): string {
    return (this.root.querySelector('[part~="error"]') as HTMLElement | null)?.innerText.trim() ?? '';
  }
  confirmation(): HTMLElement | null {
    return this.root.querySelector('[part~="confirmation"]');
  }
  /** A part's text, spaces collapsed ('' without it). */
  part(name: string): string {
    return ((this.root.querySelector(`[part~="${name}"]`) as HTMLElement | null)?.innerText ?? '').replace(/\s+/g, ' ').trim();
  }
  /** The confirmation's order number, amount and method as shown. */
  receipt(): [string, string, string] {
    return [this.part('order-number'), this.part('amount'), this.part('payment-method')];
  }
  /** The downloaded calendar file, its folded lines unfolded (RFC 5545 §3.1). */
  async calendar(): Promise<string> {
    const link = this.root.querySelector<HTMLAnchorElement>('[part~="calendar-link"]')!;
    return (await (await fetch(link.href)).text()).replace(/\r\n /g, '');
  }
  async fillGuest(): Promise<void> {
    await this.type('name', 'Ada Lovelace');
    await this.type('email', 'ada@example.com');
  }
}

describe('<appt-checkout>', () => {
  // Each test starts in a fresh tab: no customer signed in by an earlier test.
  beforeEach(() => resetPageSessions());
  beforeEach(() => resetVisitorZone());
  before(() => worker.start({ quiet: true, onUnhandledRequest: 'error' }));
  after(() => worker.stop());
  beforeEach(() => {
    server = { provider: 'test', balance: 10, slotTaken: false, dropNext: false, emailSent: true };
    purchases = [];
    confirms = [];
    configRequests = 0;
    sessionStorage.clear();
  });
  afterEach(() => worker.resetHandlers());

  it('shows the package, the held times in the viewer’s zone across the DST change, and both prices', async () => {
    const { el, ui } = await mount();
    await ui.until(() => ui.text().includes('Test card that succeeds'), 'test cards never showed');
    const text = ui.text();
    expect(text).to.contain('Career coaching');
    expect(text).to.contain('Sat, Mar 13, 2027, 10:00 – 10:50 AM');
    expect(text).to.contain('Sun, Mar 14, 2027, 10:00 – 10:50 AM');
    expect(text).to.contain('1 more session can be booked later.');
    expect(text).to.contain('Card · $120.00');
    expect(text).to.contain('Credits · 5 credits');
    expect(text).to.contain('Test mode: no money moves.');
    expect(ui.payButton().textContent!.trim()).to.equal('Pay $120.00');
    await expect(el).to.be.accessible();
  });

  it('says the package’s booking policy beside the summary and again on the confirmation', async () => {
    const pkg = { ...PKG, effectivePolicy: { cancelCutoffHours: 24, rescheduleCutoffHours: 24, cancelReturnsSession: true } };
    const { ui } = await mount({ pkg });
    await ui.until(() => !!ui.input('name'), 'guest form never showed');
    const words = 'Free cancellation up to 24 hours before each session. Rescheduling up to 24 hours before each session.';
    expect(ui.part('policy')).to.equal(words);
    await ui.fillGuest();
    ui.payButton().click();
    await ui.until(() => !!ui.confirmation(), 'no confirmation');
    expect(ui.part('policy')).to.equal(words);
  });

  it('without the package’s policy, says the booked sessions’ cut-offs on the confirmation', async () => {
    const HOUR = 3_600_000;
    worker.use(
      http.post('*/v1/purchases', async ({ request }) => {
        const paid = receipt((await request.json()) as Record<string, unknown>, 'paid', 'succeeded');
        const until = (start: string, hours: number) => new Date(Date.parse(start) - hours * HOUR).toISOString();
        const bookings = paid.bookings.map((b) => ({ ...b, status: 'booked', cancellableUntil: until(b.start, 48), reschedulableUntil: until(b.start, 12) }));
        return HttpResponse.json({ ...paid, bookings }, { status: 201 });
      }),
    );
    const { el, ui } = await mount({ pkg: PKG });
    await ui.until(() => !!ui.input('name'), 'guest form never showed');
    expect(ui.part('policy')).to.equal('');
    await expect(el).to.be.accessible();
    await ui.fillGuest();
    ui.payButton().click();
    await ui.until(() => !!ui.confirmation(), 'no confirmation');
    expect(ui.part('policy')).to.equal('Cancellation up to 48 hours before each session. Rescheduling up to 12 hours before each session.');
  });

  it('says the policy in German, and that a cancelled session is not given back when the package says so', async () => {
    const pkg = { ...PKG, effectivePolicy: { cancelCutoffHours: 1, rescheduleCutoffHours: 0, cancelReturnsSession: false } };
    const { ui } = await mount({ pkg, attributes: 'lang="de"' });
    await ui.until(() => ui.part('policy').startsWith('Stornierung'), `no German policy: ${ui.part('policy')}`);
    expect(ui.part('policy')).to.equal('Stornierung bis 1 Stunde vor jeder Sitzung, ohne dass die Sitzung zurückgeht. Verlegen bis zum Beginn jeder Sitzung.');
  });

  it('pays by test card as a guest, books the hold, and confirms with an .ics of the right UTC times', async () => {
    const expert: Expert = { id: 'exp_1', name: 'Grace Hopper', headline: '', timeZone: 'America/New_York' };
    const { el, ui } = await mount({ attributes: 'join-url="https://example.com/call"', expert });
    await ui.until(() => !!ui.input('name'), 'guest form never showed');
    await ui.fillGuest();
    const confirmed = next(el, ApptBookingConfirmedEvent.type);
    ui.payButton().click();
    const event = await confirmed;
    expect(purchases).to.have.length(1);
    expect(purchases[0]!.body).to.deep.equal({
      packageId: PKG.id,
      method: 'card',
      paymentMethod: 'pm_card_visa',
      guest: { name: 'Ada Lovelace', email: 'ada@example.com' },
      holdId: 'hld_1',
      holdToken: 'hold_secret',
      locale: 'en-US',
      timeZone: 'America/New_York',
    });
    expect(purchases[0]!.key).to.match(/^[0-9a-f-]{36}$/);
    expect(event.purchaseId).to.equal('pur_1');
    expect(event.sessions.map((s) => s.start)).to.deep.equal(HOLD.slots.map((s) => s.start));
    expect(event.sessionsLeft).to.equal(1);
    expect(JSON.stringify(event)).not.to.contain('secret');
    expect(Object.values(event).join(' ')).not.to.match(/jnt_|pur_secret/);

    await ui.until(() => !!ui.confirmation(), 'no confirmation');
    expect(ui.text()).to.contain('You are booked');
    expect(ui.part('email-status')).to.equal('A confirmation was sent to ada@example.com.');
    expect(ui.receipt()).to.deep.equal(['pur_1', '$120.00', 'Card']);
    expect(ui.text()).to.contain('Order number');
    expect(ui.part('book-later')).to.equal('1 more session can be booked later. Choose the times in My bookings: sign in there with your e-mail address.');
    const links = [...ui.root.querySelectorAll<HTMLAnchorElement>('[part~="join-link"]')].map((a) => a.href);
    expect(links).to.deep.equal(['https://example.com/call?booking=bkg_1#join=jnt_1', 'https://example.com/call?booking=bkg_2#join=jnt_2']);
    const calendar = ui.root.querySelector<HTMLAnchorElement>('[part~="calendar-link"]')!;
    expect(calendar.download).to.equal('Career-coaching.ics');
    const ics = await (await fetch(calendar.href)).text();
    expect(ics).to.contain('DTSTART:20270313T150000Z\r\nDTEND:20270313T155000Z');
    expect(ics).to.contain('DTSTART:20270314T140000Z\r\nDTEND:20270314T145000Z');
    expect(ics).to.contain('SUMMARY:Career coaching');
    // Each entry carries its call link as location and URL, and says what, with whom and where to join.
    const unfolded = await ui.calendar();
    expect(unfolded).to.contain('LOCATION:https://example.com/call?booking=bkg_1#join=jnt_1\r\n');
    expect(unfolded).to.contain('URL:https://example.com/call?booking=bkg_2#join=jnt_2\r\n');
    expect(unfolded).to.contain(
      'DESCRIPTION:Three focused sessions to plan your next step.\\nWith Grace Hopper\\nCall link: https://example.com/call?booking=bkg_1#join=jnt_1\r\n',
    );
    await expect(el).to.be.accessible();
  });

  it('says plainly when no confirmation e-mail went out: the details are on the page', async () => {
    server.emailSent = false;
    const { el, ui } = await mount();
    await ui.until(() => !!ui.input('name'), 'guest form never showed');
    await ui.fillGuest();
    ui.payButton().click();
    await ui.until(() => !!ui.confirmation(), 'no confirmation');
    expect(ui.part('email-status')).to.equal('No confirmation e-mail was sent. Everything you need is on this page: note your order number.');
    expect(ui.text()).not.to.contain('A confirmation was sent');
    expect(ui.receipt()).to.deep.equal(['pur_1', '$120.00', 'Card']);
    await expect(el).to.be.accessible();
  });

  it('paying without times says how many sessions are to be booked later and where, and offers no calendar file', async () => {
    const { ui } = await mount({ hold: undefined });
    await ui.until(() => !!ui.input('name'), 'guest form never showed');
    expect(ui.text()).to.contain('No time chosen yet: you can book the sessions after paying.');
    await ui.fillGuest();
    ui.payButton().click();
    await ui.until(() => !!ui.confirmation(), 'no confirmation');
    expect(purchases[0]!.body.holdId).to.equal(undefined);
    expect(ui.part('book-later')).to.equal('3 sessions are to be booked later. Choose the times in My bookings: sign in there with your e-mail address.');
    expect(ui.text()).not.to.contain('more session');
    expect(ui.root.querySelector('[part~="calendar-link"]')).to.equal(null);
    expect(ui.receipt()).to.deep.equal(['pur_1', '$120.00', 'Card']);
  });

  it('asks no payment for a package with fee 0: no card, no method choice, "Confirm booking" sends method free', async () => {
    server.provider = 'stripe';
    const stripe = new FakeStripe();
    const free = makePackage({ id: PKG.id, title: 'Intro call', fee: 0, credits: 5, sessions: 3, currency: 'USD' });
    const { el, ui } = await mount({ pkg: free, stripe, attributes: 'join-url="https://example.com/call"' });
    await ui.until(() => !!ui.input('name'), 'guest form never showed');
    expect(ui.part('free-notice')).to.equal('This package is free: there is nothing to pay.');
    expect(ui.root.querySelector('[part~="methods"]')).to.equal(null);
    expect(ui.text()).not.to.match(/Card|Credits|Test mode|Pay /);
    expect(ui.payButton().textContent!.trim()).to.equal('Confirm booking');
    await expect(el).to.be.accessible();

    ui.payButton().click();
    await ui.until(() => ui.input('name').getAttribute('aria-invalid') === 'true', 'a guest still gives a name');
    expect(purchases).to.have.length(0);
    await ui.fillGuest();
    const confirmed = next(el, ApptBookingConfirmedEvent.type);
    ui.payButton().click();
    expect((await confirmed).method).to.equal('free');
    const body = purchases[0]!.body;
    expect([body.method, body.packageId, body.holdId, body.holdToken, body.guest]).to.deep.equal([
      'free',
      PKG.id,
      'hld_1',
      'hold_secret',
      { name: 'Ada Lovelace', email: 'ada@example.com' },
    ]);
    expect(body).not.to.have.property('paymentMethod');
    expect(configRequests).to.equal(0);
    expect(stripe.mountedInto).to.equal(undefined);
    await ui.until(() => !!ui.confirmation(), 'no confirmation');
    expect(ui.receipt()).to.deep.equal(['pur_1', 'Free', 'Free, no payment']);
    const ics = await ui.calendar();
    expect(ics).to.contain('LOCATION:https://example.com/call?booking=bkg_1#join=jnt_1\r\n');
    await expect(el).to.be.accessible();
  });

  it('a signed-in customer confirms a fee-0 package without any form; without a call page the calendar names the kind of call', async () => {
    server.emailSent = false;
    const free = makePackage({ id: PKG.id, title: 'Intro call', fee: 0, credits: null, service: 'phone', description: 'Ten minutes, to get to know each other; no obligation.' });
    const { ui } = await mount({ pkg: free, attributes: 'customer-token="cus_token"' });
    await ui.until(() => ui.payButton()?.textContent!.trim() === 'Confirm booking', 'no confirm button');
    expect(ui.input('name')).to.equal(null);
    ui.payButton().click();
    await ui.until(() => !!ui.confirmation(), 'no confirmation');
    expect(purchases[0]!.customer).to.equal('cus_token');
    expect(purchases[0]!.body).not.to.have.property('guest');
    expect(ui.part('email-status')).to.equal('No confirmation e-mail was sent. Everything you need is on this page and in My bookings.');
    const ics = await ui.calendar();
    expect(ics).to.contain('LOCATION:Phone call\r\n');
    expect(ics).to.contain('DESCRIPTION:Ten minutes\\, to get to know each other\\; no obligation.\r\n');
    expect(ics).not.to.contain('URL:');
  });

  describe('a face-to-face package', () => {
    // Without its line break, "1350" would sit on the first line beside "Suite 1204".
    const ADDRESS = 'Suite 1204\n1350 Avenue of the Americas, New York, NY 10019; 12th floor';
    const OFFICE = makePackage({ id: PKG.id, title: 'Office visit', appointmentType: 'face_to_face', service: null, location: ADDRESS, fee: 12000, sessions: 3 });
    /** The address shown as the part's value: its text, and whether its line break shows as a new line. */
    const address = (ui: CheckoutUi) => {
      const value = ui.root.querySelector('[part~="location"] dd')!;
      return [value.textContent, breaksLineAtNewline(value)];
    };

    it('shows its address with its line breaks before paying and on the confirmation, with no call links, and puts it in the calendar entries', async () => {
      const { el, ui } = await mount({ pkg: OFFICE, attributes: 'join-url="https://example.com/call"' });
      await ui.until(() => !!ui.input('name'), 'guest form never showed');
      expect(ui.part('location')).to.equal('Address Suite 1204 1350 Avenue of the Americas, New York, NY 10019; 12th floor');
      expect(address(ui)).to.deep.equal([ADDRESS, true]);
      await expect(el).to.be.accessible();
      await ui.fillGuest();
      ui.payButton().click();
      await ui.until(() => !!ui.confirmation(), 'no confirmation');
      expect(address(ui)).to.deep.equal([ADDRESS, true]);
      expect(ui.root.querySelectorAll('[part~="join-link"]')).to.have.length(0);
      expect(ui.text()).not.to.contain('Call link');
      const ics = await ui.calendar();
      expect(ics).to.contain('LOCATION:Suite 1204\\n1350 Avenue of the Americas\\, New York\\, NY 10019\\; 12th floor\r\n');
      expect(ics).not.to.contain('example.com/call');
      expect(ics).not.to.contain('URL:');
      await expect(el).to.be.accessible();
    });

    it('without an address, says it is in person, also in the calendar entries', async () => {
      const { ui } = await mount({ pkg: { ...OFFICE, location: null }, attributes: 'join-url="https://example.com/call"' });
      await ui.until(() => !!ui.input('name'), 'guest form never showed');
      expect(ui.part('location')).to.equal('In person');
      await ui.fillGuest();
      ui.payButton().click();
      await ui.until(() => !!ui.confirmation(), 'no confirmation');
      expect(ui.part('location')).to.equal('In person');
      expect(ui.root.querySelector('[part~="join-link"]')).to.equal(null);
      expect(await ui.calendar()).to.contain('LOCATION:In person\r\n');
    });

    it('labels the address in Arabic and keeps a Latin address left to right on the right-to-left page', async () => {
      const { el, ui } = await mount({ pkg: OFFICE, attributes: 'lang="ar"' });
      await ui.until(() => ui.part('location').startsWith('العنوان'), `no Arabic label: ${ui.part('location')}`);
      const value = ui.root.querySelector<HTMLElement>('[part~="location"] dd')!;
      // Isolated left to right, aligned to the right like the rest of the Arabic checkout.
      expect(getComputedStyle(value.querySelector('bdi')!).direction).to.equal('ltr');
      expect(getComputedStyle(ui.root.querySelector('[part~="location"]')!).direction).to.equal('rtl');
      expect([...address(ui), alignedSide(value)]).to.deep.equal([ADDRESS, true, 'right']);
      await expect(el).to.be.accessible();
    });
  });

  it('says so when the payment went through but the reserved times ran out meanwhile', async () => {
    worker.use(
      http.post('*/v1/purchases', async ({ request }) => {
        const body = (await request.json()) as Record<string, unknown>;
        purchases.push({ key: request.headers.get('Idempotency-Key'), customer: null, body });
        const paid = { ...receipt({ ...body, holdId: undefined }, 'paid', 'succeeded'), bookingProblem: { code: 'hold_expired', detail: 'The hold expired.' } };
        return HttpResponse.json(paid, { status: 201 });
      }),
    );
    const { el, ui } = await mount();
    await ui.until(() => !!ui.input('name'), 'guest form never showed');
    await ui.fillGuest();
    const confirmed = next(el, ApptBookingConfirmedEvent.type);
    ui.payButton().click();
    const event = await confirmed;
    expect(event.sessions).to.deep.equal([]);
    expect(event.sessionsLeft).to.equal(3);
    await ui.until(() => !!ui.confirmation(), 'no confirmation');
    expect(ui.text()).to.contain('Your payment went through, but your reserved times ran out meanwhile.');
    expect(ui.part('book-later')).to.equal('3 sessions are to be booked later. Choose the times in My bookings: sign in there with your e-mail address.');
    expect(ui.root.querySelector('[part~="calendar-link"]')).to.equal(null);
  });

  it('shows the times in the zone the visitor chose on the page when the host set none, at once; its own time-zone wins', async () => {
    const { el, ui } = await mount({ attributes: 'time-zone=""' });
    await ui.until(() => ui.text().includes('Test card that succeeds'), 'test cards never showed');
    chooseVisitorZone('Europe/Berlin'); // what switching a slot picker elsewhere on the page does
    await el.updateComplete;
    expect(ui.text()).to.contain('Sat, Mar 13, 2027, 4:00 – 4:50 PM');
    expect(ui.text()).to.contain('Sun, Mar 14, 2027, 3:00 – 3:50 PM');
    expect(ui.text()).to.contain('Times in Central European Time');

    const fixed = await mount(); // time-zone="America/New_York"
    await fixed.ui.until(() => fixed.ui.text().includes('Times in'), 'no zone named');
    expect(fixed.ui.text()).to.contain('Sat, Mar 13, 2027, 10:00 – 10:50 AM');
    expect(fixed.ui.text()).to.contain('Times in Eastern Time');

    await ui.fillGuest();
    const confirmed = next(el, ApptBookingConfirmedEvent.type);
    ui.payButton().click();
    await confirmed;
    expect(purchases[0]!.body).to.include({ locale: 'en-US', timeZone: 'Europe/Berlin' });
    await ui.until(() => !!ui.confirmation(), 'no confirmation');
    expect(ui.text()).to.contain('Sat, Mar 13, 2027, 4:00 – 4:50 PM');
  });

  it('pays once on a double click', async () => {
    server.hold = gate();
    const { ui } = await mount();
    await ui.until(() => !!ui.input('name'), 'guest form never showed');
    await ui.fillGuest();
    ui.payButton().click();
    ui.payButton().click();
    await ui.until(() => ui.payButton().disabled, 'pay button never disabled');
    ui.payButton().click();
    server.hold.open();
    await ui.until(() => !!ui.confirmation(), 'no confirmation');
    expect(purchases).to.have.length(1);
  });

  it('names the wrong guest fields, focuses the first, and sends nothing', async () => {
    const { ui } = await mount({ pkg: makePackage({ id: 'pkg_phone', service: 'phone', title: 'Phone advice' }), hold: undefined });
    await ui.until(() => !!ui.input('phone'), 'a phone package asks for a phone number');
    await ui.type('email', 'not-an-email');
    await ui.type('phone', '0151 1234');
    ui.payButton().click();
    await ui.until(() => ui.input('name').getAttribute('aria-invalid') === 'true', 'name not flagged');
    expect(ui.text()).to.contain('Enter your name.');
    expect(ui.text()).to.contain('Enter an e-mail address like name@example.com.');
    expect(ui.text()).to.contain('Enter the number with + and the country code');
    expect(ui.root.activeElement).to.equal(ui.input('name'));
    expect(ui.input('email').getAttribute('aria-describedby')).to.equal('email-error');
    expect(purchases).to.have.length(0);
  });

  it('says a declined card charged nothing, tells the host, and tries again as a new attempt', async () => {
    const { el, ui } = await mount();
    await ui.until(() => ui.text().includes('Test card that succeeds'), 'test cards never showed');
    await ui.fillGuest();
    await ui.choose('test-card', 'Test card that is declined');
    const failed = next(el, ApptPaymentFailedEvent.type);
    ui.payButton().click();
    const event = await failed;
    expect(event.code).to.equal('payment_declined');
    expect(event.declineCode).to.equal('insufficient_funds');
    await ui.until(() => ui.error() !== '', 'no error shown');
    expect(ui.error()).to.equal('Your card was declined. Nothing was charged; try another card.');
    expect(ui.root.activeElement).to.equal(ui.root.querySelector('[part~="error"]'));
    await ui.choose('test-card', 'Test card that succeeds');
    ui.payButton().click();
    await ui.until(() => !!ui.confirmation(), 'no confirmation after the second card');
    expect(purchases.map((p) => p.body.paymentMethod)).to.deep.equal(['pm_card_declined', 'pm_card_visa']);
    expect(purchases[0]!.key).not.to.equal(purchases[1]!.key);
  });

  it('retries a lost answer with the same Idempotency-Key, so the server replays instead of charging again', async () => {
    server.dropNext = true;
    const { ui } = await mount();
    await ui.until(() => !!ui.input('name'), 'guest form never showed');
    await ui.fillGuest();
    ui.payButton().click();
    await ui.until(() => ui.error().includes('you will not be charged twice'), 'no network error');
    ui.payButton().click();
    await ui.until(() => !!ui.confirmation(), 'no confirmation after the retry');
    expect(purchases).to.have.length(2);
    expect(purchases[1]!.key).to.equal(purchases[0]!.key);
  });

  it('says before the click when the credits do not reach, and offers to buy credits in place or on the site', async () => {
    server.balance = 3;
    const { ui } = await mount({ attributes: 'customer-token="cus_token"' });
    await ui.until(() => ui.text().includes('Credits · 5 credits'), 'no credits option');
    await ui.choose('method', 'Credits');
    await ui.until(() => ui.text().includes('You have 3 of the 5 credits this costs: buy credits, or pay by card.'), 'no shortfall notice');
    expect(ui.payButton().disabled).to.equal(true);
    expect(ui.root.querySelector('[part~="buy-credits"]')!.localName).to.equal('appt-credits');
    expect(purchases).to.deep.equal([]);

    const linked = await mount({ attributes: 'customer-token="cus_token" buy-credits-url="https://shop.example/credits"' });
    await linked.ui.until(() => linked.ui.text().includes('Credits · 5 credits'), 'no credits option');
    await linked.ui.choose('method', 'Credits');
    await linked.ui.until(() => !!linked.ui.root.querySelector('[part~="buy-credits-link"]'), 'no link to buy credits');
    const link = linked.ui.root.querySelector<HTMLAnchorElement>('[part~="buy-credits-link"]')!;
    expect([link.href, link.textContent!.trim()]).to.deep.equal(['https://shop.example/credits', 'Buy credits']);
  });

  it('pays with credits when signed in; a balance spent meanwhile debits nothing, says so, and credits bought in place let it pay', async () => {
    server.balance = 10;
    const { el, ui } = await mount({ attributes: 'customer-token="cus_token"' });
    await ui.until(() => ui.text().includes('Credits · 5 credits'), 'no credits option');
    await ui.choose('method', 'Credits');
    await ui.until(() => ui.text().includes('Your balance: 10 credits'), 'no balance');
    expect(ui.payButton().textContent!.trim()).to.equal('Pay 5 credits');
    expect(ui.input('name')).to.equal(null);
    server.balance = 3; // spent in another tab since the balance was read
    const failed = next(el, ApptPaymentFailedEvent.type);
    ui.payButton().click();
    expect((await failed).code).to.equal('insufficient_credits');
    await ui.until(() => ui.error() !== '', 'no error');
    expect(ui.error()).to.contain('This costs 5 credits and your balance is 3. Nothing was debited');
    expect(purchases[0]!.customer).to.equal('cus_token');
    await ui.until(() => !!ui.root.querySelector('[part~="buy-credits"]'), 'no way to buy credits');

    server.balance = 13;
    ui.root.querySelector('[part~="buy-credits"]')!.dispatchEvent(new ApptCreditsPurchasedEvent('cpu_1', 'cp_10', 10, 13));
    await ui.until(() => ui.text().includes('Your balance: 13 credits') && !ui.payButton().disabled, 'the new balance never came');
    const confirmed = next(el, ApptBookingConfirmedEvent.type);
    ui.payButton().click();
    expect((await confirmed).method).to.equal('credits');
    expect(purchases[1]!.body).to.deep.equal({
      packageId: PKG.id,
      method: 'credits',
      holdId: 'hld_1',
      holdToken: 'hold_secret',
      locale: 'en-US',
      timeZone: 'America/New_York',
    });
    await ui.until(() => ui.text().includes('A confirmation was sent to ada@example.com.'), 'no e-mail line');
    expect(ui.receipt()).to.deep.equal(['pur_1', '5 credits', 'Credits']);
    expect(ui.part('book-later')).to.equal('1 more session can be booked later. Choose the times in My bookings.');
  });

  it('asks a signed-out visitor to sign in with an e-mail code before paying with credits', async () => {
    const { el, ui } = await mount();
    await ui.until(() => ui.text().includes('Credits · 5 credits'), 'no credits option');
    await ui.choose('method', 'Credits');
    expect(ui.text()).to.contain('Sign in to pay with your credits.');
    expect(ui.payButton().disabled).to.equal(true);
    await ui.until(() => !!ui.root.querySelector('appt-sign-in')?.shadowRoot?.querySelector('[part~="email-input"]'), 'no sign-in form');
    const signIn = ui.root.querySelector('appt-sign-in')!.shadowRoot!;
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
    await ui.until(() => ui.text().includes('Your balance: 10 credits'), 'the checkout did not pick up the sign-in');
    expect(ui.payButton().disabled).to.equal(false);
    // The sign-in form had the focus and is gone: the focus is on the balance, not on the page's body.
    await ui.until(() => ui.root.activeElement?.getAttribute('part') === 'balance', 'focus did not land on the balance');
    const confirmed = next(el, ApptBookingConfirmedEvent.type);
    ui.payButton().click();
    await confirmed;
    expect(purchases[0]!.customer).to.equal('cus_token');
  });

  it('sends the visitor back to the picker when a time was taken, charging nothing', async () => {
    server.slotTaken = true;
    const { el, ui } = await mount();
    await ui.until(() => !!ui.input('name'), 'guest form never showed');
    await ui.fillGuest();
    const lost = next(el, ApptSlotsLostEvent.type);
    ui.payButton().click();
    expect((await lost).packageId).to.equal(PKG.id);
    await ui.until(() => ui.error().includes('was just taken'), 'no slots-lost message');
    const again = next(el, ApptSlotsLostEvent.type);
    ui.root.querySelector<HTMLButtonElement>('[part~="error"] button')!.click();
    await again;
  });

  it('completes a test card that asks for authentication', async () => {
    const { ui } = await mount();
    await ui.until(() => ui.text().includes('Test card that succeeds'), 'test cards never showed');
    await ui.fillGuest();
    await ui.choose('test-card', 'asks for authentication');
    ui.payButton().click();
    await ui.until(() => ui.text().includes('Your bank asks you to confirm this payment.'), 'no authentication step');
    ui.payButton().click();
    await ui.until(() => !!ui.confirmation(), 'no confirmation');
    expect(confirms).to.deep.equal([{ id: 'pur_1', body: { purchaseToken: 'pur_secret' } }]);
  });

  describe('with Stripe', () => {
    beforeEach(() => (server.provider = 'stripe'));

    it('mounts the Payment Element in light DOM, projected through the card-form slot, and charges its payment method', async () => {
      const stripe = new FakeStripe();
      const { el, ui } = await mount({ stripe });
      await ui.until(() => stripe.mountedInto !== undefined, 'Payment Element never mounted');
      expect(stripe.mountedInto!.parentElement).to.equal(el);
      expect(stripe.mountedInto!.slot).to.equal('card-form');
      expect(stripe.mountedInto!.assignedSlot?.name).to.equal('card-form');
      expect(stripe.elementsOptions[0]).to.include({ mode: 'payment', amount: 12000, currency: 'usd' });
      expect(ui.text()).not.to.contain('Test mode');
      await ui.fillGuest();
      ui.payButton().click();
      await ui.until(() => !!ui.confirmation(), 'no confirmation');
      expect(purchases[0]!.body.paymentMethod).to.equal('pm_fake_visa');
      expect(el.querySelector('[slot="card-form"]')).to.equal(null);
      expect(stripe.destroyed).to.equal(1);
    });

    it('mounts exactly one Payment Element when it re-renders and is moved while Stripe.js loads', async () => {
      const stripe = new FakeStripe();
      const loading = gate();
      let loads = 0;
      const { el, ui } = await mount({
        loader: async () => {
          loads++;
          await loading.promise;
          return stripe;
        },
      });
      await ui.until(() => loads > 0 && !!ui.input('name'), 'Stripe.js was never asked for');
      await ui.fillGuest(); // Re-renders while Stripe.js loads.
      const box = el.parentElement!;
      el.remove();
      box.append(el); // Moved: disconnected and connected again.
      await el.updateComplete;
      loading.open();
      await ui.until(() => stripe.mounts > 0, 'Payment Element never mounted');
      await new Promise((r) => setTimeout(r, 50));
      await el.updateComplete;
      expect(el.querySelectorAll('[slot="card-form"]')).to.have.length(1);
      expect([loads, stripe.mounts, stripe.destroyed]).to.deep.equal([1, 1, 0]);
      expect(stripe.mountedInto!.assignedSlot?.name).to.equal('card-form');
    });

    it('forwards the inner sign-in\'s parts, so the page styles them from outside', async () => {
      server.provider = 'test';
      const style = document.createElement('style');
      style.textContent = 'appt-checkout::part(sign-in-submit-button) { outline: 3px solid rgb(1, 2, 3); }';
      document.head.append(style);
      try {
        const { ui } = await mount();
        await ui.until(() => ui.text().includes('Credits · 5 credits'), 'no credits option');
        await ui.choose('method', 'Credits');
        const submit = () => ui.root.querySelector('appt-sign-in')?.shadowRoot?.querySelector<HTMLElement>('[part~="submit-button"]');
        await ui.until(() => !!submit(), 'no sign-in form');
        expect(getComputedStyle(submit()!).outlineColor).to.equal('rgb(1, 2, 3)');
      } finally {
        style.remove();
      }
    });

    it('runs 3-D Secure through confirmPayment with redirect if_required, then confirms the purchase', async () => {
      const stripe = new FakeStripe();
      stripe.paymentMethod = { id: 'pm_fake_3ds' };
      const { ui } = await mount({ stripe, attributes: 'return-url="https://shop.example.com/booked"' });
      await ui.until(() => stripe.mountedInto !== undefined, 'Payment Element never mounted');
      await ui.fillGuest();
      ui.payButton().click();
      await ui.until(() => !!ui.confirmation(), 'no confirmation');
      expect(stripe.confirmCalls).to.deep.equal([
        { clientSecret: 'pi_fake_secret_1', confirmParams: { return_url: 'https://shop.example.com/booked' }, redirect: 'if_required' },
      ]);
      expect(confirms).to.have.length(1);
    });

    it('shows Stripe’s own message for a card it refuses, and asks nothing of the server', async () => {
      const stripe = new FakeStripe();
      stripe.paymentMethod = { error: 'Your card number is incomplete.' };
      const { ui } = await mount({ stripe });
      await ui.until(() => stripe.mountedInto !== undefined, 'Payment Element never mounted');
      await ui.fillGuest();
      ui.payButton().click();
      await ui.until(() => ui.error() !== '', 'no error');
      expect(ui.error()).to.equal('Your card number is incomplete.');
      expect(purchases).to.have.length(0);
    });

    it('says so when Stripe.js cannot be loaded, and never pays a Stripe tenant with a test card', async () => {
      const { el, ui } = await mount({ stripe: new Error('Stripe.js did not load within 15 s.') });
      await ui.until(() => ui.text().includes('The card form could not be loaded.'), 'no unavailable message');
      await ui.fillGuest();
      const failed = next(el, ApptPaymentFailedEvent.type);
      ui.payButton().click();
      expect((await failed).code).to.equal('card_unavailable');
      expect(ui.error()).to.contain('The card form could not be loaded.');
      expect(purchases).to.have.length(0);
    });

    it('finishes a payment when the bank redirects back to the page', async () => {
      sessionStorage.setItem('apptkit.pending-payment', JSON.stringify({ purchaseId: 'pur_1', purchaseToken: 'pur_secret', packageId: PKG.id, email: 'ada@example.com' }));
      const before = location.href;
      history.replaceState(null, '', `${location.pathname}?payment_intent=pi_1&payment_intent_client_secret=pi_1_secret&redirect_status=succeeded`);
      try {
        const { ui } = await mount({ hold: undefined });
        await ui.until(() => !!ui.confirmation(), 'no confirmation after the redirect');
        expect(confirms).to.deep.equal([{ id: 'pur_1', body: { purchaseToken: 'pur_secret' } }]);
        expect(location.search).to.equal('');
        expect(sessionStorage.getItem('apptkit.pending-payment')).to.equal(null);
      } finally {
        history.replaceState(null, '', before);
      }
    });
  });

  describe('languages and layout', () => {
    it('speaks German, Turkish and Arabic (right to left)', async () => {
      const de = await mount({ attributes: 'lang="de"' });
      await de.ui.until(() => de.ui.text().includes('Testmodus'), 'no German');
      expect(de.ui.payButton().textContent!.trim()).to.equal('120,00\u00a0$ bezahlen');
      const tr = await mount({ attributes: 'lang="tr"' });
      await tr.ui.until(() => tr.ui.text().includes('Test modu'), 'no Turkish');
      const ar = await mount({ attributes: 'lang="ar"' });
      await ar.ui.until(() => ar.ui.text().includes('وضع الاختبار'), 'no Arabic');
      expect(ar.el.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('dir')).to.equal('rtl');
      // Arabic zone names begin with "توقيت": the sentence around one must not say it twice.
      expect(ar.ui.text()).not.to.match(/توقيت\s+توقيت/);
      await expect(ar.el).to.be.accessible();
    });

    it('confirms in Arabic: order number, the amount in Arabic number format, the method, and whether an e-mail went out', async () => {
      server.emailSent = false;
      const { el, ui } = await mount({ attributes: 'lang="ar"', hold: undefined });
      await ui.until(() => !!ui.input('name') && ui.text().includes('وضع الاختبار'), 'no Arabic form');
      await ui.fillGuest();
      ui.payButton().click();
      await ui.until(() => !!ui.confirmation(), 'no confirmation');
      // Bidi marks around the amount differ between engines' innerText: compare without them.
      const plain = (text: string) => text.replace(/[\u200e\u200f\u061c\u2066-\u2069]/g, '').replace(/\s+/g, ' ');
      const amount = new Intl.NumberFormat('ar', { style: 'currency', currency: 'USD', minimumFractionDigits: 2 }).format(120);
      expect(ui.receipt().map(plain)).to.deep.equal(['pur_1', plain(amount), 'البطاقة']);
      // "US$" is isolated left to right, so its "$" never detaches to the left of "US".
      expect(el.shadowRoot!.querySelector('[part~="amount"]')!.textContent).to.contain('\u2066US$\u2069');
      expect(ui.text()).to.contain('رقم الطلب');
      expect(ui.part('email-status')).to.equal('لم تُرسل رسالة تأكيد بالبريد الإلكتروني. كل ما تحتاجه موجود في هذه الصفحة: احتفظ برقم طلبك.');
      expect(ui.part('book-later')).to.contain(`تبقى ${new Intl.NumberFormat('ar').format(3)} جلسات تُحجز لاحقًا.`);
      await expect(el).to.be.accessible();
    });

    for (const width of [320, 1024]) {
      it(`fits ${width}px with touch targets of at least 44px`, async () => {
        const { el, ui } = await mount({ width });
        await ui.until(() => !!ui.input('name'), 'guest form never showed');
        expect(el.scrollWidth).to.be.at.most(width);
        for (const target of ui.root.querySelectorAll<HTMLElement>('button, input[type="text"], input[type="email"], label.choice')) {
          expect(target.getBoundingClientRect().height, target.outerHTML.slice(0, 60)).to.be.at.least(44);
        }
      });
    }
  });
});
