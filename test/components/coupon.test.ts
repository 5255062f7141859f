import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import { sendKeys } from '@web/test-runner-commands';
import { pressKey } from './harness/keys.js';
import '../../src/components/checkout/define.js';
import '../../src/components/credits/define.js';
import type { ApptCheckout } from '../../src/components/checkout/checkout.component.js';
import type { ApptCredits } from '../../src/components/credits/credits.component.js';
import type { Hold } from '../../src/client/index.js';
import { ApptBookingConfirmedEvent } from '../../src/events/booking-confirmed.js';
import { ApptCreditsPurchasedEvent } from '../../src/events/credits-purchased.js';
import { ApptPaymentFailedEvent } from '../../src/events/payment-failed.js';
import { gate, makePackage } from './harness/fixtures.js';
import { FakeStripe } from './harness/fake-stripe.js';
import { resetPageSessions } from '../../src/components/customer/page-session.js';
import { resetVisitorZone } from '../../src/components/customer/visitor-zone.js';

const API = 'https://api.apptkit.test';

/** Three sessions for USD 120.00 or 5 credits; one is held. */
const PKG = makePackage({ id: 'pkg_cp', title: 'Career coaching', fee: 12000, credits: 5, sessions: 3, currency: 'USD' });
const FREE = makePackage({ id: 'pkg_free', title: 'Intro call', fee: 0, credits: null, sessions: 1, currency: 'USD' });
const HOLD: Hold = {
  id: 'hld_1',
  token: 'hold_secret',
  expertId: 'exp_1',
  packageId: PKG.id,
  slots: [{ start: '2027-03-13T15:00:00Z', end: '2027-03-13T15:50:00Z' }],
  expiresAt: '2027-03-01T08:10:00Z',
};
const OFFERS = [
  { id: 'cpk_starter', version: 1, title: 'Starter', credits: 50, price: 1000, currency: 'EUR', country: 'DE', active: true, listingOrder: 0 },
  { id: 'cpk_large', version: 1, title: 'Large', credits: 120, price: 2000, currency: 'EUR', country: 'DE', active: true, listingOrder: 1 },
];

/** The codes the mocked tenant knows: 10 % off, the whole price, or 10 gift credits. */
const COUPONS: Record<string, { percentOff: number } | { giftCredits: number }> = { SPRING10: { percentOff: 10 }, ONUS: { percentOff: 100 }, WELCOME: { giftCredits: 10 } };
/** Codes the mocked tenant refuses, and why. */
const REFUSED: Record<string, string> = {
  OLD2020: 'coupon_expired',
  GONE: 'coupon_used_up',
  NEWBIE: 'coupon_new_members_only',
  SOON: 'coupon_not_started',
  OTHERS: 'coupon_not_applicable',
};

let server: { balance: number; usedUp: Set<string>; quoteGate?: ReturnType<typeof gate> };
let quotes: { customer: string | null; body: Record<string, unknown> }[];
let purchases: { key: string | null; body: Record<string, unknown> }[];
let creditPurchases: { key: string | null; body: Record<string, unknown> }[];

function problem(status: number, code: string, members: Record<string, unknown> = {}) {
  return HttpResponse.json(
    { type: `https://apptkit.dev/problems/${code}`, title: code, status, detail: code, code, requestId: `req_${code}`, ...members },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

/** The 422 a quote or a purchase answers for a code that cannot be used. */
const refusal = (reason: string) => problem(422, 'validation_failed', { errors: [{ field: 'couponCode', code: reason, message: `The code cannot be used: ${reason}.` }] });

/** Why `code` cannot be used now, or `undefined`. */
function refusalOf(code: string): string | undefined {
  if (server.usedUp.has(code)) return 'coupon_used_up';
  return REFUSED[code] ?? (code in COUPONS ? undefined : 'coupon_unknown');
}

/** What `code` does to `price`: round half up, as the spec says. */
function priced(code: string, price: number): { amount: number; discount: number; giftCredits?: number } {
  const coupon = COUPONS[code]!;
  if ('giftCredits' in coupon) return { amount: price, discount: 0, giftCredits: coupon.giftCredits };
  const discount = Math.round((price * coupon.percentOff) / 100);
  return { amount: price - discount, discount };
}

const worker = setupWorker(
  http.get('*/v1/payment-config', () => HttpResponse.json({ provider: 'test' })),
  http.get('*/v1/me', ({ request }) =>
    request.headers.get('Apptkit-Customer') === 'cus_token'
      ? HttpResponse.json({ id: 'cus_1', email: 'ada@example.com', name: 'Ada', credits: server.balance })
      : problem(401, 'invalid_customer_token'),
  ),
  http.get('*/v1/credit-packages', () => HttpResponse.json({ data: OFFERS })),
  http.post('*/v1/coupon-quotes', async ({ request }) => {
    const body = (await request.json()) as Record<string, unknown>;
    quotes.push({ customer: request.headers.get('Apptkit-Customer'), body });
    await server.quoteGate?.promise;
    const code = String(body.couponCode).trim().toUpperCase();
    const refused = refusalOf(code);
    if (refused) return refusal(refused);
    const offer = OFFERS.find((o) => o.id === body.creditPackageId);
    const method = offer ? 'card' : (body.method as string);
    const price = offer ? offer.price : method === 'credits' ? PKG.credits! : PKG.fee;
    return HttpResponse.json({ couponCode: code, method, currency: offer ? 'EUR' : 'USD', price, ...priced(code, price) });
  }),
  http.post('*/v1/purchases', async ({ request }) => {
    const body = (await request.json()) as Record<string, unknown>;
    purchases.push({ key: request.headers.get('Idempotency-Key'), body });
    const code = body.couponCode as string | undefined;
    const refused = code === undefined ? undefined : refusalOf(code);
    if (refused) return refusal(refused);
    const credits = body.method === 'credits';
    const price = credits ? PKG.credits! : PKG.fee;
    const { amount, discount } = code ? priced(code, price) : { amount: price, discount: 0 };
    return HttpResponse.json(
      {
        id: 'pur_1',
        customerId: 'cus_1',
        packageId: PKG.id,
        expertId: 'exp_1',
        method: body.method,
        status: 'paid',
        amount: credits ? 0 : amount,
        currency: 'USD',
        credits: credits ? amount : null,
        ...(code ? { coupon: { code, discount } } : {}),
        provider: credits ? 'credits' : 'test',
        sessionsTotal: 3,
        sessionsUsed: 1,
        createdAt: '2027-03-01T08:00:00Z',
        token: 'pur_secret',
        paymentStatus: 'succeeded',
        emailSent: true,
        bookings: [{ id: 'bkg_1', purchaseId: 'pur_1', expertId: 'exp_1', packageId: PKG.id, ...HOLD.slots[0]!, joinToken: 'jnt_1' }],
      },
      { status: 201 },
    );
  }),
  http.post('*/v1/credit-purchases', async ({ request }) => {
    const body = (await request.json()) as Record<string, unknown>;
    creditPurchases.push({ key: request.headers.get('Idempotency-Key'), body });
    const code = body.couponCode as string | undefined;
    const refused = code === undefined ? undefined : refusalOf(code);
    if (refused) return refusal(refused);
    const offer = OFFERS.find((o) => o.id === body.creditPackageId)!;
    const { amount, discount, giftCredits } = code ? priced(code, offer.price) : { amount: offer.price, discount: 0, giftCredits: undefined };
    server.balance += offer.credits + (giftCredits ?? 0);
    return HttpResponse.json(
      {
        id: 'cpu_1',
        customerId: 'cus_1',
        creditPackageId: offer.id,
        status: 'paid',
        amount,
        currency: 'EUR',
        credits: offer.credits,
        ...(code ? { coupon: { code, discount, ...(giftCredits ? { giftCredits } : {}) } } : {}),
        provider: 'test',
        createdAt: '2027-03-01T08:00:00Z',
        paymentStatus: 'succeeded',
        balance: server.balance,
      },
      { status: 201 },
    );
  }),
);

/** The next `type` event from `target`, typed by the global event map. */
function next<K extends keyof GlobalEventHandlersEventMap>(target: EventTarget, type: K): Promise<GlobalEventHandlersEventMap[K]> {
  return new Promise((resolve) => target.addEventListener(type, (event) => resolve(event as GlobalEventHandlersEventMap[K]), { once: true }));
}

/** Reads and drives the coupon field of either element the way a visitor does. */
class CouponUi {
  constructor(readonly el: ApptCheckout | ApptCredits) {}
  get root(): ShadowRoot {
    return this.el.shadowRoot!;
  }
  part(name: string): HTMLElement | null {
    return this.root.querySelector<HTMLElement>(`[part~="${name}"]`);
  }
  /** A part's text as shown, spaces collapsed ('' without it); the direction isolates of codes and amounts dropped. */
  text(name = 'base'): string {
    return (this.part(name)?.innerText ?? '').replace(/[\u2068\u2069]/g, '').replace(/\s+/g, ' ').trim();
  }
  async until(predicate: () => boolean, message: string): Promise<void> {
    await waitUntil(predicate, `${message}\n${this.text()}`, { timeout: 5000 });
    await this.el.updateComplete;
  }
  input(): HTMLInputElement {
    return this.part('coupon-input') as HTMLInputElement;
  }
  button(): HTMLButtonElement {
    return this.part('coupon-button') as HTMLButtonElement;
  }
  payButton(): HTMLButtonElement {
    return this.part('pay-button') as HTMLButtonElement;
  }
  /** The Pay button's label, spaces (and the no-break spaces of money) collapsed. */
  payLabel(): string {
    return this.payButton().textContent!.replace(/\s+/g, ' ').trim();
  }
  /** The part names of the focused element in the shadow root, or ''. */
  focused(): string {
    return this.root.activeElement?.getAttribute('part') ?? '';
  }
  async typeCode(code: string): Promise<void> {
    const input = this.input();
    input.value = code;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await this.el.updateComplete;
  }
  async typeField(name: string, value: string): Promise<void> {
    const input = this.root.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await this.el.updateComplete;
  }
  /** Types `code`, clicks Apply and waits for the answer (applied, or refused). */
  async apply(code: string): Promise<void> {
    await this.typeCode(code);
    const before = quotes.length;
    this.button().click();
    await this.until(() => quotes.length > before && this.button().getAttribute('aria-busy') === 'false', 'the code was never checked');
  }
  error(): string {
    return this.text('coupon-error');
  }
}

/** Answers the payment configuration of a Stripe tenant from now on. */
const useStripe = () => worker.use(http.get('*/v1/payment-config', () => HttpResponse.json({ provider: 'stripe', publishableKey: 'pk_test_fake' })));

async function mountCheckout(o: { lang?: string; signedIn?: boolean; pkg?: typeof PKG; stripe?: FakeStripe } = {}) {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size:360px"></div>`);
  const parsed = document.createElement('template');
  const token = o.signedIn ? 'customer-token="cus_token"' : '';
  parsed.innerHTML = `<appt-checkout api="${API}" key="pk_test_demo" ${token} time-zone="America/New_York" lang="${o.lang ?? 'en-US'}"></appt-checkout>`;
  const el = parsed.content.firstElementChild as ApptCheckout;
  el.package = o.pkg ?? PKG;
  el.hold = HOLD;
  const { stripe } = o;
  if (stripe) el.stripeLoader = async () => stripe;
  wrapper.append(el);
  await el.updateComplete;
  const ui = new CouponUi(el);
  await ui.until(() => !!ui.part('test-mode') || !!ui.part('free-notice') || (stripe?.mounts ?? 0) > 0, 'the form never showed');
  return { el, ui };
}

async function mountCredits(o: { lang?: string } = {}) {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size:360px"></div>`);
  const parsed = document.createElement('template');
  parsed.innerHTML = `<appt-credits api="${API}" key="pk_test_demo" customer-token="cus_token" lang="${o.lang ?? 'en-US'}"></appt-credits>`;
  const el = parsed.content.firstElementChild as ApptCredits;
  wrapper.append(el);
  await el.updateComplete;
  const ui = new CouponUi(el);
  await ui.until(() => ui.root.querySelectorAll('[part~="offer"] input').length === OFFERS.length, 'the offers never showed');
  return { el, ui };
}

/** Chooses the credit package titled `title`. */
async function chooseOffer(ui: CouponUi, title: string): Promise<void> {
  const label = [...ui.root.querySelectorAll<HTMLElement>('[part~="offer"]')].find((l) => l.innerText.includes(title))!;
  label.querySelector('input')!.click();
  await ui.until(() => !!ui.part('coupon-input') && !ui.payButton().disabled, 'the chosen package never became payable');
}

describe('coupon field', () => {
  beforeEach(() => resetPageSessions());
  beforeEach(() => resetVisitorZone());
  before(() => worker.start({ quiet: true, onUnhandledRequest: 'error' }));
  after(() => worker.stop());
  beforeEach(() => {
    server = { balance: 10, usedUp: new Set() };
    quotes = [];
    purchases = [];
    creditPurchases = [];
    sessionStorage.clear();
  });
  afterEach(() => worker.resetHandlers());

  describe('in <appt-checkout>', () => {
    it('renders a labelled code field with an Apply button of touch size, and is accessible', async () => {
      const { el, ui } = await mountCheckout();
      expect(ui.text('coupon-label')).to.equal('Coupon code');
      expect(ui.input().labels![0]!.textContent!.trim()).to.equal('Coupon code');
      expect(ui.button().textContent!.trim()).to.equal('Apply');
      expect(ui.button().type).to.equal('button');
      for (const target of [ui.input(), ui.button()]) expect(target.getBoundingClientRect().height).to.be.at.least(44);
      await expect(el).to.be.accessible();
    });

    it('Apply shows the price struck through beside the new one, the discount line and the new Pay amount', async () => {
      const { el, ui } = await mountCheckout();
      expect(ui.payLabel()).to.equal('Pay $120.00');
      await ui.apply('spring10');
      expect(quotes[0]!.body).to.deep.equal({ couponCode: 'spring10', packageId: PKG.id, method: 'card' });
      expect(ui.text('coupon-was-price')).to.equal('$120.00');
      expect(ui.part('coupon-was-price')!.localName).to.equal('s');
      expect(ui.text('coupon-price')).to.equal('$108.00');
      expect(ui.text('coupon-discount')).to.equal('Coupon SPRING10: −$12.00');
      expect(ui.text('coupon')).to.contain('was $120.00, now $108.00');
      expect(ui.payLabel()).to.equal('Pay $108.00');
      expect(ui.input().value).to.equal('SPRING10');
      expect(ui.button().textContent!.trim()).to.equal('Remove');
      // The same button: the focus that clicked it is not lost.
      await expect(el).to.be.accessible();
    });

    it('sends the applied code with the purchase and pays the discounted amount', async () => {
      const { el, ui } = await mountCheckout();
      await ui.typeField('name', 'Ada Lovelace');
      await ui.typeField('email', 'ada@example.com');
      await ui.apply('SPRING10');
      // A guest's e-mail lets the quote check the customer's rules before paying.
      expect(quotes[0]!.body.guestEmail).to.equal('ada@example.com');
      const confirmed = next(el, ApptBookingConfirmedEvent.type);
      ui.payButton().click();
      await confirmed;
      expect(purchases[0]!.body).to.include({ packageId: PKG.id, method: 'card', couponCode: 'SPRING10' });
      await ui.until(() => !!ui.part('confirmation'), 'no confirmation');
      expect(ui.text('amount')).to.equal('$108.00');
    });

    it('a code taking the whole price asks for no card: Confirm booking, and no payment method sent', async () => {
      const { el, ui } = await mountCheckout();
      await ui.typeField('name', 'Ada Lovelace');
      await ui.typeField('email', 'ada@example.com');
      await ui.apply('ONUS');
      expect(ui.part('test-mode')).to.equal(null);
      expect(ui.payLabel()).to.equal('Confirm booking');
      const confirmed = next(el, ApptBookingConfirmedEvent.type);
      ui.payButton().click();
      await confirmed;
      expect(purchases[0]!.body).to.include({ method: 'card', couponCode: 'ONUS' });
      expect(purchases[0]!.body).not.to.have.property('paymentMethod');
      expect(ui.text('amount')).to.equal('$0.00');
    });

    it('updates the Stripe form to the coupon price in place (what was typed stays), and removes it for a whole-price code', async () => {
      useStripe();
      const stripe = new FakeStripe();
      const { ui } = await mountCheckout({ stripe });
      expect(stripe.elementsOptions).to.deep.equal([{ mode: 'payment', amount: 12000, currency: 'usd', locale: 'en' }]);
      await ui.apply('SPRING10');
      await ui.until(() => stripe.amountUpdates.length === 1, 'the amount was never updated');
      expect(stripe.amountUpdates).to.deep.equal([10800]);
      expect([stripe.mounts, stripe.destroyed]).to.deep.equal([1, 0]);
      ui.button().click(); // Remove
      await ui.until(() => stripe.amountUpdates.length === 2, 'the amount was never restored');
      expect(stripe.amountUpdates).to.deep.equal([10800, 12000]);
      await ui.apply('ONUS');
      await ui.until(() => stripe.destroyed === 1, 'the card form stayed for a whole-price code');
      expect(ui.payLabel()).to.equal('Confirm booking');
    });

    it('says why a code cannot be used, in the field, tied to the input', async () => {
      const { el, ui } = await mountCheckout();
      const reasons: [string, string][] = [
        ['NOPE', 'This code does not exist. Check the spelling.'],
        ['OLD2020', 'This code has expired.'],
        ['SOON', 'This code is not valid yet.'],
        ['GONE', 'This code has been used up.'],
        ['OTHERS', 'This code is not valid for this package.'],
        ['NEWBIE', 'This code is for new members only.'],
      ];
      for (const [code, reason] of reasons) {
        await ui.apply(code);
        expect(ui.error(), code).to.equal(reason);
        expect(ui.input().getAttribute('aria-invalid')).to.equal('true');
        expect(ui.input().getAttribute('aria-describedby')).to.equal(ui.part('coupon-error')!.id);
        expect(ui.part('coupon-error')!.closest('[role="alert"]')).not.to.equal(null);
        expect(ui.part('coupon-price')).to.equal(null);
        expect(ui.payLabel()).to.equal('Pay $120.00');
      }
      await expect(el).to.be.accessible();
      // Typing again clears the reason.
      await ui.typeCode('SPRING1');
      expect(ui.part('coupon-error')).to.equal(null);
      expect(ui.input().getAttribute('aria-invalid')).to.equal('false');
    });

    it('says the reasons in German and in Arabic (right to left)', async () => {
      const german = await mountCheckout({ lang: 'de' });
      await german.ui.until(() => german.ui.text('coupon-label') === 'Gutscheincode', 'no German label');
      await german.ui.apply('GONE');
      expect(german.ui.error()).to.equal('Dieser Code ist aufgebraucht.');
      await german.ui.apply('NEWBIE');
      expect(german.ui.error()).to.equal('Dieser Code gilt nur für neue Mitglieder.');
      await german.ui.apply('SPRING10');
      expect(german.ui.text('coupon-discount')).to.equal('Gutschein SPRING10: −12,00 $');

      const arabic = await mountCheckout({ lang: 'ar' });
      await arabic.ui.until(() => arabic.ui.text('coupon-label') === 'رمز القسيمة', 'no Arabic label');
      await arabic.ui.apply('OLD2020');
      expect(arabic.ui.error()).to.equal('انتهت صلاحية هذا الرمز.');
      expect(getComputedStyle(arabic.ui.part('coupon')!).direction).to.equal('rtl');
      // The input starts at the right edge, the button at its left.
      expect(arabic.ui.button().getBoundingClientRect().right).to.be.at.most(arabic.ui.input().getBoundingClientRect().left);
      await expect(arabic.el).to.be.accessible();
    });

    it('works with the keyboard alone: Enter applies (and never pays), the focus stays, Remove takes it off', async () => {
      const { ui } = await mountCheckout();
      ui.input().focus();
      await sendKeys({ type: 'spring10' });
      await pressKey('Enter');
      await ui.until(() => !!ui.part('coupon-discount'), 'Enter did not apply the code');
      expect(purchases).to.deep.equal([]);
      expect(ui.focused()).to.equal('coupon-input');
      await pressKey('Tab');
      expect(ui.focused()).to.equal('coupon-button');
      await pressKey('Enter');
      await ui.until(() => !ui.part('coupon-discount'), 'Remove did not take the code off');
      expect(ui.focused()).to.equal('coupon-input');
      expect(ui.input().value).to.equal('');
      expect(ui.payLabel()).to.equal('Pay $120.00');
      // A refused code keeps the focus in the field, with its reason.
      await sendKeys({ type: 'nope' });
      await pressKey('Enter');
      await ui.until(() => ui.error() !== '', 'no reason');
      expect(ui.focused()).to.equal('coupon-input');
    });

    it('while checking, keeps the button’s size and the focus, says so, and holds Pay back', async () => {
      server.quoteGate = gate();
      const { ui } = await mountCheckout();
      await ui.typeCode('SPRING10');
      ui.button().focus();
      const size = ui.button().getBoundingClientRect();
      const formHeight = ui.part('base')!.getBoundingClientRect().height;
      ui.button().click();
      await ui.until(() => ui.button().getAttribute('aria-busy') === 'true', 'never checking');
      expect(ui.button().getBoundingClientRect().width).to.equal(size.width);
      expect(ui.button().getBoundingClientRect().height).to.equal(size.height);
      expect(ui.part('base')!.getBoundingClientRect().height).to.equal(formHeight);
      expect(ui.focused()).to.equal('coupon-button');
      expect(ui.root.querySelector('.coupon [role="status"]')!.textContent).to.equal('Checking the code…');
      expect(ui.payButton().disabled).to.equal(true);
      server.quoteGate.open();
      await ui.until(() => !!ui.part('coupon-discount'), 'never applied');
      expect(ui.focused()).to.equal('coupon-button');
      expect(ui.root.querySelector('.coupon [role="status"]')!.textContent).to.equal('Coupon SPRING10 applied.');
    });

    it('a purchase refusing the code shows why in the field, drops the price and keeps the guest’s entries', async () => {
      const { el, ui } = await mountCheckout();
      await ui.typeField('name', 'Ada Lovelace');
      await ui.typeField('email', 'ada@example.com');
      await ui.apply('SPRING10');
      expect(ui.payLabel()).to.equal('Pay $108.00');
      server.usedUp.add('SPRING10'); // the last use went to someone else meanwhile
      const failed = next(el, ApptPaymentFailedEvent.type);
      ui.payButton().click();
      expect((await failed).method).to.equal('card');
      await ui.until(() => ui.error() !== '', 'no reason in the field');
      expect(ui.error()).to.equal('This code has been used up.');
      expect(ui.part('coupon-price')).to.equal(null);
      expect(ui.part('error')).to.equal(null);
      expect(ui.payLabel()).to.equal('Pay $120.00');
      expect(ui.focused()).to.equal('coupon-input');
      expect(ui.root.querySelector<HTMLInputElement>('input[name="name"]')!.value).to.equal('Ada Lovelace');
      expect(ui.root.querySelector<HTMLInputElement>('input[name="email"]')!.value).to.equal('ada@example.com');
      expect(ui.root.querySelector<HTMLInputElement>('input[name="method"][value="card"]')!.checked).to.equal(true);
      // Paying again is a new attempt, without the code.
      const confirmed = next(el, ApptBookingConfirmedEvent.type);
      ui.payButton().click();
      await confirmed;
      expect(purchases[1]!.body.couponCode).to.equal(undefined);
      expect(purchases[1]!.key).not.to.equal(purchases[0]!.key);
    });

    it('quotes in credits for the credits method, and again when the method changes', async () => {
      const { el, ui } = await mountCheckout({ signedIn: true });
      await ui.apply('SPRING10');
      expect(ui.text('coupon-price')).to.equal('$108.00');
      const credits = ui.root.querySelector<HTMLInputElement>('input[name="method"][value="credits"]')!;
      credits.click();
      await ui.until(() => ui.text('coupon-price') === '4 credits', 'the code was not quoted for credits');
      expect(quotes.at(-1)!.body).to.deep.equal({ couponCode: 'SPRING10', packageId: PKG.id, method: 'credits' });
      expect(quotes.at(-1)!.customer).to.equal('cus_token');
      expect(ui.text('coupon-was-price')).to.equal('5 credits');
      expect(ui.text('coupon-discount')).to.equal('Coupon SPRING10: −1 credit');
      await ui.until(() => !ui.payButton().disabled, 'Pay never became available');
      expect(ui.payLabel()).to.equal('Pay 4 credits');
      const confirmed = next(el, ApptBookingConfirmedEvent.type);
      ui.payButton().click();
      await confirmed;
      expect(purchases[0]!.body).to.include({ method: 'credits', couponCode: 'SPRING10' });
    });

    it('offers no coupon field for a package with fee 0', async () => {
      const { ui } = await mountCheckout({ pkg: FREE });
      expect(ui.part('coupon')).to.equal(null);
    });

    it('forwards the coupon parts of the <appt-credits> it nests', async () => {
      server.balance = 2;
      const { ui } = await mountCheckout({ signedIn: true });
      ui.root.querySelector<HTMLInputElement>('input[name="method"][value="credits"]')!.click();
      await ui.until(() => !!ui.part('buy-credits'), 'no credits element');
      expect(ui.part('buy-credits')!.getAttribute('exportparts')).to.contain('coupon-input:buy-credits-coupon-input');
    });
  });

  describe('in <appt-credits>', () => {
    it('a code taking the whole price asks for no card and sends no payment method', async () => {
      const { el, ui } = await mountCredits();
      await chooseOffer(ui, 'Starter');
      await ui.apply('ONUS');
      expect(ui.part('test-mode')).to.equal(null);
      expect(ui.payLabel()).to.equal('Pay €0.00');
      expect(ui.payButton().disabled).to.equal(false);
      const purchased = next(el, ApptCreditsPurchasedEvent.type);
      ui.payButton().click();
      await purchased;
      expect(creditPurchases[0]!.body).to.include({ creditPackageId: 'cpk_starter', couponCode: 'ONUS' });
      expect(creditPurchases[0]!.body).not.to.have.property('paymentMethod');
    });

    it('applies a code to the chosen package: its price struck through beside the new one, the discount line and Pay', async () => {
      const { el, ui } = await mountCredits();
      expect(ui.part('coupon')).to.equal(null); // nothing chosen yet
      await chooseOffer(ui, 'Starter');
      await ui.apply('spring10');
      expect(quotes[0]!.body).to.deep.equal({ couponCode: 'spring10', creditPackageId: 'cpk_starter' });
      const chosen = ui.root.querySelector<HTMLElement>('[part~="offer"]:has(input:checked)')!;
      expect(chosen.querySelector('[part~="was-price"]')!.textContent!.trim()).to.equal('€10.00');
      expect(chosen.querySelector('[part~="price"]')!.textContent!.trim()).to.equal('€9.00');
      expect(ui.text('coupon-discount')).to.equal('Coupon SPRING10: −€1.00');
      expect(ui.payLabel()).to.equal('Pay €9.00');
      await expect(el).to.be.accessible();

      const purchased = next(el, ApptCreditsPurchasedEvent.type);
      ui.payButton().click();
      await purchased;
      expect(creditPurchases[0]!.body).to.include({ creditPackageId: 'cpk_starter', couponCode: 'SPRING10' });
      await ui.until(() => ui.text('success') !== '', 'no success message');
      expect(ui.text('success')).to.contain('€9.00');
    });

    it('quotes the code again for another package, and shows gift credits', async () => {
      const { ui } = await mountCredits();
      await chooseOffer(ui, 'Starter');
      await ui.apply('WELCOME');
      expect(ui.text('coupon-discount')).to.equal('Coupon WELCOME: +10 gift credits');
      expect(ui.payLabel()).to.equal('Pay €10.00');
      const large = [...ui.root.querySelectorAll<HTMLElement>('[part~="offer"]')].find((l) => l.innerText.includes('Large'))!;
      large.querySelector('input')!.click();
      await ui.until(() => quotes.length === 2 && !!ui.part('coupon-discount'), 'not quoted again');
      expect(quotes[1]!.body).to.deep.equal({ couponCode: 'WELCOME', creditPackageId: 'cpk_large' });
      expect(ui.payLabel()).to.equal('Pay €20.00');
    });

    it('a purchase refusing the code shows why in the field and the full price again', async () => {
      const { el, ui } = await mountCredits({ lang: 'de' });
      await chooseOffer(ui, 'Starter');
      await ui.apply('SPRING10');
      expect(ui.payLabel()).to.equal('9,00 € bezahlen');
      server.usedUp.add('SPRING10');
      const failed = next(el, ApptPaymentFailedEvent.type);
      ui.payButton().click();
      await failed;
      await ui.until(() => ui.error() !== '', 'no reason in the field');
      expect(ui.error()).to.equal('Dieser Code ist aufgebraucht.');
      expect(ui.part('pay-error')).to.equal(null);
      expect(ui.payLabel()).to.equal('10,00 € bezahlen');
      expect(ui.root.querySelector<HTMLInputElement>('[part~="offer"] input:checked')!.value).to.equal('cpk_starter');
      expect(ui.focused()).to.equal('coupon-input');
    });
  });
});
