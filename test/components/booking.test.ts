import { expect, fixture, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import '../../src/components/booking/define.js';
import type { ApptBooking } from '../../src/components/booking/booking.component.js';
import type { ApptPackages } from '../../src/components/packages/packages.component.js';
import type { ApptSlotPicker } from '../../src/components/slot-picker/slot-picker.component.js';
import type { ApptCheckout } from '../../src/components/checkout/checkout.component.js';
import type { Slot } from '../../src/client/index.js';
import { PackagesHarness } from './harness/packages-harness.js';
import { SlotPickerHarness } from './harness/slot-picker-harness.js';
import { makePackage } from './harness/fixtures.js';
import { resetPageSessions } from '../../src/components/customer/page-session.js';
import { resetVisitorZone } from '../../src/components/customer/visitor-zone.js';
import { SLOT_PICKER_PARTS } from '../../src/components/slot-picker/parts.js';

const API = 'https://api.apptkit.test';
const PKG = makePackage({ id: 'pkg_bk', title: 'Two sessions', sessions: 2, credits: null, fee: 9000, currency: 'EUR', country: 'DE' });

const DAY = 86_400_000;
/** The test's clock, given to the element: a Thursday morning, whatever today's date. */
const NOW = Date.parse('2031-05-08T07:00:00Z');
/** Offered times: 15:00Z on the next three days after tomorrow, 50 minutes each. */
function offered(from: number, to: number): Slot[] {
  const first = Math.floor(NOW / DAY) * DAY + 2 * DAY + 15 * 3_600_000;
  return [0, 1, 2]
    .map((i) => first + i * DAY)
    .filter((start) => start >= from && start < to)
    .map((start) => ({ start: new Date(start).toISOString().replace('.000Z', 'Z'), end: new Date(start + 50 * 60_000).toISOString().replace('.000Z', 'Z') }));
}

let holdAnswer: 'ok' | 'taken' = 'ok';
let purchaseAnswer: 'ok' | 'slot_taken' = 'ok';
let released: string[] = [];
let heldStarts: string[] = [];
let purchaseBodies: Record<string, unknown>[] = [];

function problem(status: number, code: string) {
  return HttpResponse.json({ type: 'about:blank', title: code, status, detail: code, code }, { status, headers: { 'Content-Type': 'application/problem+json' } });
}

const worker = setupWorker(
  http.get('*/v1/experts/:expertId/packages', () => HttpResponse.json({ data: [PKG] })),
  http.get('*/v1/experts/:expertId/slots', ({ request }) => {
    const url = new URL(request.url);
    const from = url.searchParams.get('from')!;
    const to = url.searchParams.get('to')!;
    return HttpResponse.json({ expertId: 'exp_1', packageId: PKG.id, timeZone: 'Europe/Berlin', from, to, data: offered(Date.parse(from), Date.parse(to)) });
  }),
  http.post('*/v1/holds', async ({ request }) => {
    const body = (await request.json()) as { starts: string[] };
    if (holdAnswer === 'taken') return problem(409, 'slot_taken');
    heldStarts = body.starts;
    const slots = body.starts.map((start) => ({ start, end: new Date(Date.parse(start) + 50 * 60_000).toISOString().replace('.000Z', 'Z') }));
    return HttpResponse.json(
      { id: 'hld_9', token: 'hold_tok', expertId: 'exp_1', packageId: PKG.id, slots, expiresAt: new Date(NOW + 600_000).toISOString() },
      { status: 201 },
    );
  }),
  http.delete('*/v1/holds/:id', ({ params }) => {
    released.push(String(params.id));
    return new HttpResponse(null, { status: 204 });
  }),
  http.get('*/v1/payment-config', () => HttpResponse.json({ provider: 'test' })),
  http.post('*/v1/purchases', async ({ request }) => {
    const body = (await request.json()) as Record<string, unknown>;
    purchaseBodies.push(body);
    if (purchaseAnswer === 'slot_taken') return problem(409, 'slot_taken');
    const bookings = heldStarts.map((start, i) => ({
      id: `bkg_${i}`,
      purchaseId: 'pur_9',
      expertId: 'exp_1',
      packageId: PKG.id,
      start,
      end: new Date(Date.parse(start) + 50 * 60_000).toISOString().replace('.000Z', 'Z'),
      joinToken: `jnt_${i}`,
    }));
    return HttpResponse.json(
      {
        id: 'pur_9',
        customerId: 'cus_9',
        packageId: PKG.id,
        expertId: 'exp_1',
        method: body.method,
        status: 'paid',
        amount: 9000,
        currency: 'EUR',
        credits: null,
        provider: 'test',
        sessionsTotal: 2,
        sessionsUsed: bookings.length,
        createdAt: new Date(NOW).toISOString(),
        token: 'pur_tok',
        paymentStatus: 'succeeded',
        bookings,
        emailSent: true,
      },
      { status: 201 },
    );
  }),
);

async function mount(attributes = '') {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size:360px"></div>`);
  // The HTML parser keeps the first of repeated attributes: the test's own come first.
  wrapper.innerHTML = `<appt-booking ${attributes} expert="exp_1" api="${API}" key="pk_test_demo" time-zone="Europe/Berlin" lang="en-GB"></appt-booking>`;
  const el = wrapper.firstElementChild as ApptBooking;
  el.now = () => NOW;
  await el.updateComplete;
  return el;
}

const inside = <T extends Element>(el: ApptBooking, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const text = (el: ApptBooking) => (inside<HTMLElement>(el, '[part~="base"]')!.innerText ?? '').replace(/\s+/g, ' ');

async function until(predicate: () => boolean, message: string): Promise<void> {
  for (let i = 0; i < 300 && !predicate(); i++) await new Promise((r) => setTimeout(r, 10));
  if (!predicate()) throw new Error(message);
}

/** From the package list to the checkout with the first offered time, switching the picker to `zone` first when given. */
async function reachCheckout(el: ApptBooking, events: string[], zone?: string) {
  for (const type of ['appt-package-select', 'appt-slot-select', 'appt-checkout-start', 'appt-booking-confirmed', 'appt-payment-failed']) {
    el.parentElement!.addEventListener(type, () => events.push(type));
  }
  await until(() => !!inside(el, 'appt-packages'), 'no package list');
  const packages = new PackagesHarness(inside<ApptPackages>(el, 'appt-packages')!);
  await packages.waitFor('loaded');
  packages.part('select-button')!.click();
  await until(() => !!inside(el, 'appt-slot-picker'), 'no slot picker');
  expect(text(el)).to.contain('Step 2 of 3: Times');
  expect(el.shadowRoot!.activeElement).to.equal(inside(el, '[part~="progress"]'));
  const picker = new SlotPickerHarness(inside<ApptSlotPicker>(el, 'appt-slot-picker')!);
  await picker.until(() => picker.availableDays().length > 0, 'no available day');
  if (zone) await picker.switchZone(zone);
  await picker.clickDay(picker.availableDays()[0]!);
  await picker.pickTime(picker.enabledTimes()[0]!);
  await el.updateComplete;
  expect(inside<HTMLButtonElement>(el, '[part~="continue-button"]')!.textContent!.trim()).to.equal('Continue with 1 time');
  inside<HTMLButtonElement>(el, '[part~="continue-button"]')!.click();
  await until(() => !!inside(el, 'appt-checkout'), 'no checkout');
  return inside<ApptCheckout>(el, 'appt-checkout')!;
}

/** Fills in the guest's name and e-mail and presses Pay (the test card that succeeds is chosen). */
async function payAsGuest(checkout: ApptCheckout): Promise<void> {
  const root = checkout.shadowRoot!;
  await until(() => !!root.querySelector('input[name="name"]'), 'no guest form');
  for (const [name, value] of [['name', 'Grace Hopper'], ['email', 'grace@example.com']] as const) {
    const input = root.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }
  await checkout.updateComplete;
  root.querySelector<HTMLButtonElement>('[part~="pay-button"]')!.click();
}

describe('<appt-booking>', () => {
  // Each test starts in a fresh tab: no customer signed in by an earlier test.
  beforeEach(() => resetPageSessions());
  beforeEach(() => resetVisitorZone());
  before(() => worker.start({ quiet: true, onUnhandledRequest: 'error' }));
  after(() => worker.stop());
  beforeEach(() => {
    holdAnswer = 'ok';
    purchaseAnswer = 'ok';
    released = [];
    heldStarts = [];
    purchaseBodies = [];
  });
  afterEach(() => worker.resetHandlers());

  it('takes a guest from the package list through times and checkout to the confirmation, telling the host at each step', async () => {
    const el = await mount();
    const events: string[] = [];
    const checkout = await reachCheckout(el, events);
    expect(heldStarts).to.have.length(1);
    expect(checkout.hold?.id).to.equal('hld_9');
    const root = checkout.shadowRoot!;
    await payAsGuest(checkout);
    await until(() => !!root.querySelector('[part~="confirmation"]'), `no confirmation: ${root.textContent}`);
    await el.updateComplete;
    expect(el.step).to.equal('confirmed');
    expect(events).to.deep.equal(['appt-package-select', 'appt-slot-select', 'appt-checkout-start', 'appt-booking-confirmed']);
    expect(released).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('carries the zone the visitor switched to in the times step to the checkout, the confirmation and the purchase', async () => {
    const el = await mount('time-zone=""'); // no zone set by the host: the browser's, until the visitor switches
    const checkout = await reachCheckout(el, [], 'America/New_York');
    const root = checkout.shadowRoot!;
    const shown = () => (root.querySelector<HTMLElement>('[part~="base"]')!.innerText ?? '').replace(/\s+/g, ' ');
    await until(() => shown().includes('Times in'), 'no zone named');
    // 15:00Z on Saturday, May 10, 2031 is 11:00 in New York (EDT).
    expect(shown()).to.contain('Sat, 10 May 2031, 11:00–11:50');
    expect(shown()).to.contain('Times in Eastern Time');
    await payAsGuest(checkout);
    await until(() => !!root.querySelector('[part~="confirmation"]'), `no confirmation: ${root.textContent}`);
    expect(shown()).to.contain('Sat, 10 May 2031, 11:00–11:50');
    expect(shown()).to.contain('Times in Eastern Time');
    expect(purchaseBodies).to.have.length(1);
    expect(purchaseBodies[0]).to.include({ timeZone: 'America/New_York', locale: 'en-GB' });
  });

  it('carries a switch in the times step to the checkout even where the host set the zone', async () => {
    const el = await mount(); // time-zone="Europe/Berlin"
    const checkout = await reachCheckout(el, [], 'Asia/Tokyo');
    const root = checkout.shadowRoot!;
    const shown = () => (root.querySelector<HTMLElement>('[part~="base"]')!.innerText ?? '').replace(/\s+/g, ' ');
    await until(() => shown().includes('Times in'), 'no zone named');
    // 15:00Z is midnight in Tokyo: Sunday, May 11.
    expect(shown()).to.contain('Sun, 11 May 2031, 00:00–00:50');
    expect(shown()).to.contain('Times in Japan Standard Time');
    // Back to the times: the picker still shows the visitor's zone, not the host's.
    inside<HTMLButtonElement>(el, '[part~="back-button"]')!.click();
    await until(() => !!inside(el, 'appt-slot-picker'), 'not back at the times');
    const picker = new SlotPickerHarness(inside<ApptSlotPicker>(el, 'appt-slot-picker')!);
    await picker.until(() => picker.availableDays().length > 0, 'no available day');
    expect((picker.part('zone-select') as HTMLSelectElement).value).to.equal('Asia/Tokyo');
  });

  it('gives the hold back when the visitor changes the times', async () => {
    const el = await mount();
    await reachCheckout(el, []);
    inside<HTMLButtonElement>(el, '[part~="back-button"]')!.click();
    await until(() => !!inside(el, 'appt-slot-picker'), 'not back at the times');
    await until(() => released.length === 1, 'hold not released');
    expect(released).to.deep.equal(['hld_9']);
  });

  it('goes back to fresh times with a notice when the checkout loses them', async () => {
    purchaseAnswer = 'slot_taken';
    const el = await mount();
    await payAsGuest(await reachCheckout(el, []));
    await until(() => !!inside(el, 'appt-slot-picker'), 'not back at the times');
    expect(inside<HTMLElement>(el, '[part~="notice"]')!.textContent).to.contain('One of your times is no longer available. Nothing was charged');
  });

  it('says when a time was taken before it could be reserved, and stays on the times', async () => {
    holdAnswer = 'taken';
    const el = await mount();
    await until(() => !!inside(el, 'appt-packages'), 'no package list');
    const packages = new PackagesHarness(inside<ApptPackages>(el, 'appt-packages')!);
    await packages.waitFor('loaded');
    packages.part('select-button')!.click();
    await until(() => !!inside(el, 'appt-slot-picker'), 'no slot picker');
    const picker = new SlotPickerHarness(inside<ApptSlotPicker>(el, 'appt-slot-picker')!);
    await picker.until(() => picker.availableDays().length > 0, 'no available day');
    await picker.clickDay(picker.availableDays()[0]!);
    await picker.pickTime(picker.enabledTimes()[0]!);
    await el.updateComplete;
    inside<HTMLButtonElement>(el, '[part~="continue-button"]')!.click();
    await until(() => !!inside(el, '[part~="notice"]'), 'no notice');
    expect(inside<HTMLElement>(el, '[part~="notice"]')!.textContent).to.contain('Someone just took one of these times.');
    expect(inside(el, 'appt-checkout')).to.equal(null);
    expect(inside<HTMLButtonElement>(el, '[part~="continue-button"]')!.textContent!.trim()).to.equal('Continue and choose times later');
  });

  it('speaks Arabic right to left, down to the steps inside it', async () => {
    const el = await mount('lang="ar"');
    await until(() => text(el).includes('الخطوة'), 'no Arabic');
    expect(inside(el, '[part~="base"]')!.getAttribute('dir')).to.equal('rtl');
    const packages = inside<ApptPackages>(el, 'appt-packages')!;
    await new PackagesHarness(packages).waitFor('loaded');
    expect(packages.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('dir')).to.equal('rtl');
  });

  it('forwards the parts of its steps, so the host page styles the packages, the picker and the checkout inside it', async () => {
    const style = document.createElement('style');
    style.textContent = `
      appt-booking::part(packages-card) { word-spacing: 7px; }
      appt-booking::part(picker-day-available) { letter-spacing: 3px; }
      appt-booking::part(picker-slot) { word-spacing: 5px; }
      appt-booking::part(checkout-summary) { letter-spacing: 4px; }
      appt-booking::part(day) { letter-spacing: 9px; }
    `;
    document.head.append(style);
    try {
      const el = await mount();
      await until(() => !!inside(el, 'appt-packages'), 'no package list');
      const packages = new PackagesHarness(inside<ApptPackages>(el, 'appt-packages')!);
      await packages.waitFor('loaded');
      expect(getComputedStyle(packages.part('card')!).wordSpacing).to.equal('7px');
      packages.part('select-button')!.click();
      await until(() => !!inside(el, 'appt-slot-picker'), 'no slot picker');
      const pickerEl = inside<ApptSlotPicker>(el, 'appt-slot-picker')!;
      const picker = new SlotPickerHarness(pickerEl);
      await picker.until(() => picker.availableDays().length > 0, 'no available day');
      const available = picker.day(picker.availableDays()[0]!);
      expect(getComputedStyle(available).letterSpacing).to.equal('3px');
      // A day without times is no `day-available`; an unprefixed name reaches nothing inside.
      const plain = picker.parts('day').find((cell) => cell.getAttribute('aria-disabled') === 'true')!;
      expect(getComputedStyle(plain).letterSpacing).to.equal('normal');
      await picker.clickDay(picker.availableDays()[0]!);
      expect(getComputedStyle(picker.parts('slot')[0]!).wordSpacing).to.equal('5px');
      // Every part the picker renders is forwarded.
      const rendered = new Set([...pickerEl.shadowRoot!.querySelectorAll('[part]')].flatMap((node) => [...node.part]));
      expect([...rendered].filter((name) => !SLOT_PICKER_PARTS.includes(name))).to.deep.equal([]);
      await picker.pickTime(picker.enabledTimes()[0]!);
      await el.updateComplete;
      inside<HTMLButtonElement>(el, '[part~="continue-button"]')!.click();
      await until(() => !!inside(el, 'appt-checkout'), 'no checkout');
      const checkout = inside<ApptCheckout>(el, 'appt-checkout')!;
      await until(() => !!checkout.shadowRoot!.querySelector('[part~="summary"]'), 'no summary');
      expect(getComputedStyle(checkout.shadowRoot!.querySelector('[part~="summary"]')!).letterSpacing).to.equal('4px');
    } finally {
      style.remove();
    }
  });
});
